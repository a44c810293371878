"""Answers computed once per state of the knowledge base: kept until the next write (`kb.generation`)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TypeVar, cast

from orgkb.kb.store import KnowledgeBase

T = TypeVar("T")
_MEMO: weakref.WeakKeyDictionary[KnowledgeBase, tuple[int, dict[str, object]]] = weakref.WeakKeyDictionary()
_LOCK = threading.RLock()


def per_generation(kb: KnowledgeBase, key: str, build: Callable[[], T]) -> T:
    """`build()`, computed at most once for each generation of `kb` under `key`."""
    with _LOCK:
        generation, values = _MEMO.get(kb, (-1, {}))
        if generation != kb.generation:
            values = {}
            _MEMO[kb] = (kb.generation, values)
        if key not in values:
            values[key] = build()
        return cast(T, values[key])
