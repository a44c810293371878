"""A time budget for reading one page, from its bytes to its `Document`.

In the main thread of a POSIX process the budget is a real-time timer (`signal.setitimer`):
its signal interrupts whatever runs, even a regular expression that backtracks, since Python
checks for signals inside the `re` engine. Elsewhere (a worker thread of a server) signals
cannot be used, and the budget is checked between stages (`Deadline.check`) instead; a server
that must bound every page runs its loads in the main thread of a worker process.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

from orgkb.errors import LoadError


class _Expired(BaseException):
    """Raised by the timer's signal; a BaseException so that no `except Exception` in a stage swallows it."""


class Deadline:
    """When the page's time is up; `check` raises `LoadError` once it is."""

    def __init__(self, source: str, seconds: float) -> None:
        self.source = source
        self.seconds = seconds
        self.ends = time.monotonic() + seconds

    def error(self) -> LoadError:
        return LoadError(self.source, f"took longer than {self.seconds:g} s to read (the limit per page)")

    def check(self) -> None:
        """Raise `LoadError` when the budget is spent."""
        if time.monotonic() > self.ends:
            raise self.error()


def _can_interrupt() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0  # no timer of someone else's (or an outer budget's)
    )


def _expire(signum: int, frame: FrameType | None) -> None:
    raise _Expired


@contextlib.contextmanager
def time_budget(source: str, seconds: float) -> Iterator[Deadline]:
    """Run the block within `seconds`, else raise `LoadError` "took longer than N s" naming `source`.

    >>> with time_budget("page.txt", 5) as deadline:
    ...     deadline.check()
    """
    deadline = Deadline(source, seconds)
    if not _can_interrupt():
        yield deadline
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield deadline
    except _Expired:
        raise deadline.error() from None
    finally:
        with contextlib.suppress(_Expired):  # the signal may come while the timer is being stopped
            signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
