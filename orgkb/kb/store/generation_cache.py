"""The one cache of orgkb: values computed from one state of a knowledge base (`kb.derived`)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from cachetools import LRUCache

DERIVED_ENTRIES = 4096  # values kept for one generation, least recently used dropped first
T = TypeVar("T")


class GenerationCache:
    """Values computed from one state of a knowledge base, dropped when its generation moves on.

    The one cache of orgkb: indexes, views and answers are built at most once per generation
    and key (a second thread asking for a value being built waits for it), at most `maxsize`
    of them kept (cachetools' LRU). Kept values are shared: callers must not mutate them.

    What a build leaves is frozen out of Python's cyclic garbage collector (`gc.freeze`) until the
    generation moves: on 1,000 pages a full collection walking the indexes held every thread, the
    server's event loop too, for 140-180 ms (`benchmarks/healthz.py`).
    """

    def __init__(self, maxsize: int = DERIVED_ENTRIES) -> None:
        self._lock = threading.Lock()
        self._generation = -1
        self._values: LRUCache[Hashable, Any] = LRUCache(maxsize)
        self._building: dict[Hashable, threading.Lock] = {}

    def _at(self, generation: int) -> None:
        if generation != self._generation:
            self._values.clear()
            self._generation = generation
            gc.unfreeze()  # what the old values held may now be garbage, cycles too

    def peek(self, generation: int, key: Hashable) -> tuple[bool, Any]:
        """(True, the value) when `key` is kept for `generation`, else (False, None)."""
        with self._lock:
            self._at(generation)
            try:
                return True, self._values[key]
            except KeyError:
                return False, None

    def get(self, generation: int, key: Hashable, build: Callable[[], T]) -> T:
        """The value kept under `key` for `generation`, built by `build()` if there is none."""
        known, value = self.peek(generation, key)
        if known:
            return cast(T, value)
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        with building:
            known, value = self.peek(generation, key)
            if known:
                return cast(T, value)
            try:
                built = build()
                gc.freeze()  # what was built lives long: spare every later collection walking it again
            finally:
                with self._lock:
                    self._building.pop(key, None)
            with self._lock:
                if generation == self._generation:
                    self._values[key] = built
            return built
