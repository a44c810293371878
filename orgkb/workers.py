"""`orgkb serve --workers N`: N processes answering on one listening socket, one store behind them.

Each worker is a forked process with its own knowledge base over the shared store (a SPARQL
server, or read-only opens of a directory store) and its own indexes; each follows the store's
generation (`KnowledgeBase.follow`, every `FOLLOW_SECONDS`, see `orgkb.app`), so that a write
made through one worker, or by `orgkb load`, reaches the others within about a second. Each
worker listens on a socket of its own on the one port (`orgkb.listen.listen_beside`), and the
kernel spreads new connections among them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
from collections.abc import Callable
from types import FrameType

from orgkb.kb.store import KnowledgeBase
from orgkb.settings import Settings

logger = logging.getLogger("orgkb.workers")


def serve_workers(
    open_kb: Callable[[], KnowledgeBase],
    workers: int,
    sock: socket.socket,
    settings: Settings | None = None,
    write_token: str | None = None,
) -> int:
    """Serve with `workers` forked processes, each calling `open_kb()` for its knowledge base, until
    SIGTERM or Ctrl-C; the exit status is 1 when a worker failed, else 0."""
    from orgkb.app import serve
    from orgkb.listen import listen_beside

    children: list[int] = []
    for number in range(workers):
        pid = os.fork()
        if pid == 0:  # the worker
            status = 1
            try:
                own = sock if number == 0 else listen_beside(sock)  # each its own share of connections
                if own is not sock:
                    sock.close()
                serve(open_kb(), settings=settings, write_token=write_token, sock=own)
                status = 0
            except BaseException:
                logger.exception("worker %d stopped", os.getpid())
            finally:
                os._exit(status)
        children.append(pid)

    def forward(signum: int, frame: FrameType | None) -> None:
        for child in children:
            with contextlib.suppress(ProcessLookupError):  # it stopped already
                os.kill(child, signal.SIGTERM)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    failed = False
    for child in children:
        _, status = os.waitpid(child, 0)
        failed = failed or os.waitstatus_to_exitcode(status) not in (0, -signal.SIGTERM, -signal.SIGINT)
    return 1 if failed else 0
