"""The listening socket of `orgkb serve`, opened before it says "serving": a bad host or a busy port is one line.

>>> listen("127.0.0.1", 0).close()
"""

from __future__ import annotations

import errno
import socket

from orgkb.errors import OrgkbError


def listen(host: str, port: int) -> socket.socket:
    """A TCP socket bound to `host`:`port` and listening; `OrgkbError` saying why it cannot be."""
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
