"""The listening socket of `orgkb serve`, opened before it says "serving": a bad host or a busy port is one line.

>>> listen("127.0.0.1", 0).close()
"""

from __future__ import annotations

import errno
import socket

from orgkb.errors import OrgkbError

REUSE_PORT: int | None = getattr(socket, "SO_REUSEPORT", None)
"""The option that lets several sockets listen on one port, each given its share of connections."""


def listen(host: str, port: int, shared: bool = False) -> socket.socket:
    """A TCP socket bound to `host`:`port` and listening; `OrgkbError` saying why it cannot be.

    `shared`: other sockets of this user may listen on the same port beside it (`listen_beside`),
    the kernel spreading new connections among them (Linux's `SO_REUSEPORT`; ignored where there
    is none)."""
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as error:
        reason = error.strerror if isinstance(error, socket.gaierror) else str(error)
        raise OrgkbError(f"--host {host!r} is not an address of this machine: {reason}") from None
    except OverflowError:
        raise OrgkbError(f"--port {port} is not a port; expected a number from 1 to 65535") from None
    sock = socket.socket(family, kind, protocol)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: restart at once after a stop
        if shared and REUSE_PORT is not None:
            sock.setsockopt(socket.SOL_SOCKET, REUSE_PORT, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as error:
        sock.close()
        where = f"{host}:{port}"
        if error.errno == errno.EADDRINUSE:
            raise OrgkbError(
                f"cannot listen on {where}: the port is in use (another orgkb serve?); stop it or choose another --port"
            ) from None
        if error.errno == errno.EACCES:
            raise OrgkbError(f"cannot listen on {where}: permission denied (ports below 1024 need root)") from None
        raise OrgkbError(f"cannot listen on {where}: {error.strerror or error}") from None
    return sock


def listen_beside(sock: socket.socket) -> socket.socket:
    """A new socket listening on the address of `sock` (opened by `listen(..., shared=True)`), so
    that the kernel gives each its share of new connections; `sock` itself where sockets cannot
    share a port.

    Forked workers accepting from one inherited socket share its connections unevenly: the worker
    that wakes first takes them, and keep-alive clients stay with it. Sixteen clients connecting
    at once all went to one of two workers in three runs of four (`docs/deploy.md`).
    """
    if REUSE_PORT is None or not sock.getsockopt(socket.SOL_SOCKET, REUSE_PORT):
        return sock
    beside = socket.socket(sock.family, sock.type, sock.proto)
    try:
        beside.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        beside.setsockopt(socket.SOL_SOCKET, REUSE_PORT, 1)
        beside.bind(sock.getsockname())
        beside.listen(2048)
    except OSError as error:
        beside.close()
        raise OrgkbError(f"cannot listen beside {sock.getsockname()}: {error.strerror or error}") from None
    return beside
