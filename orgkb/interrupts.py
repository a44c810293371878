"""Ctrl-C and SIGTERM for a command that commits in steps: they stop it between steps, never inside one.

>>> with Interrupts() as interrupts, interrupts.held():
...     pass
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from types import FrameType, TracebackType

Handler = Callable[[int, FrameType | None], object] | int | None
"""What `signal.signal` returns: a Python handler, `SIG_DFL` or `SIG_IGN`, or None for one set outside Python."""


class Interrupts:
    """Within: SIGINT and SIGTERM raise `KeyboardInterrupt`, but only once a `held()` block is over."""

    def __init__(self) -> None:
        self._holding = False
        self._pending = False
        self._previous: dict[signal.Signals, Handler] = {}

    def __enter__(self) -> Interrupts:
        if threading.current_thread() is threading.main_thread():
            for number in (signal.SIGINT, signal.SIGTERM):
                self._previous[number] = signal.signal(number, self._handle)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """A step that must finish once started: an interruption during it is raised after it."""
        self._holding = True
        try:
            yield
        finally:
            self._holding = False
        if self._pending:
            raise KeyboardInterrupt

    def _handle(self, number: int, frame: FrameType | None) -> None:
        if self._holding:
            self._pending = True
            return
        raise KeyboardInterrupt
