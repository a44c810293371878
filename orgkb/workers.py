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
import time
from collections.abc import Callable, Iterator
from types import FrameType

from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.settings import Settings

logger = logging.getLogger("orgkb.workers")


RESTARTS = 3
"""How many times the workers may stop unasked within `RESTART_WINDOW` seconds and be started again;
one more, and the server stops (a worker that dies as it starts would otherwise be forked forever)."""
RESTART_WINDOW = 60.0


def serve_workers(
    open_kb: Callable[[], KnowledgeBase],
    workers: int,
    sock: socket.socket,
    settings: Settings | None = None,
    write_token: str | None = None,
) -> int:
    """Serve with `workers` forked processes, each calling `open_kb()` for its knowledge base, until
    SIGTERM or Ctrl-C; the exit status is 1 when a worker failed (even one started again), else 0.

    A worker that stops unasked (killed, or failed) is started again in its place: its share of
    the port's connections would otherwise go unanswered (the first worker's socket is this
    process's, which keeps it open). After `RESTARTS` such stops within `RESTART_WINDOW` seconds
    the others are stopped too, with a message saying so, and the status is 1."""
    children: dict[int, int] = {}  # process id -> worker number
    stopping = False

    def forward(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for child in children:
            with contextlib.suppress(ProcessLookupError):  # it stopped already
                os.kill(child, signal.SIGTERM)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    for number in range(workers):
        with _signals_held():
            children[_start(number, open_kb, sock, settings, write_token)] = number
    failed = False
    stops: list[float] = []
    while children:
        pid, status = os.wait()
        if pid not in children:
            continue
        number = children.pop(pid)
        code = os.waitstatus_to_exitcode(status)
        failed = failed or code not in (0, -signal.SIGTERM, -signal.SIGINT)
        if stopping:
            continue
        now = time.monotonic()
        stops = [*(when for when in stops if when > now - RESTART_WINDOW), now]
        if len(stops) > RESTARTS:
            logger.error(
                "worker %d stopped (exit status %d), %d workers stopped in %.0f s: stopping the server",
                pid,
                code,
                len(stops),
                RESTART_WINDOW,
            )
            failed = True
            forward(signal.SIGTERM, None)
            continue
        logger.warning("worker %d stopped (exit status %d); starting another in its place", pid, code)
        with _signals_held():
            children[_start(number, open_kb, sock, settings, write_token)] = number
    return 1 if failed else 0


def _start(
    number: int,
    open_kb: Callable[[], KnowledgeBase],
    sock: socket.socket,
    settings: Settings | None,
    write_token: str | None,
) -> int:
    """Fork worker `number` (the first answers on `sock`, the others on sockets beside it); its process id."""
    from orgkb.app import serve
    from orgkb.listen import listen_beside

    pid = os.fork()
    if pid == 0:  # the worker
        status = 1
        try:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)  # (uvicorn sets its own as it starts)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
            own = sock if number == 0 else listen_beside(sock)  # each its own share of connections
            if own is not sock:
                sock.close()
            serve(open_kb(), settings=settings, write_token=write_token, sock=own)
            status = 0
        except BaseException:
            logger.exception("worker %d stopped", os.getpid())
        finally:
            os._exit(status)
    return pid


_STOPS = {signal.SIGTERM, signal.SIGINT}


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGTERM and SIGINT held back while a worker is forked and recorded: a stop arriving then
    would miss it, and the server would wait for it forever."""
    signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
