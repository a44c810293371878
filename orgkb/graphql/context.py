"""What every resolver of one request sees as `info.context`: the knowledge base and its answers.

Resolvers are plain synchronous functions over kb answers. The answers they ask for (an
organization by id, its units, a who-handles answer) are kept for the current state of the
knowledge base in one bounded LRU shared by every request (`Answers`), so an office's sections
cost one lookup each per state, not one per request: the office-with-sections operation takes
6 ms with them kept and 151 ms when every lookup is made afresh (`benchmarks/api.py`, part b).
Whole-store tables the API builds (every duty as a `Responsibility`, by owner:
`types.linked.duties_by_owner`) are kept with `KnowledgeBase.derived`, per state too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeAlias, TypeVar, cast

import strawberry
from cachetools import LRUCache

from orgkb.errors import OrgkbError
from orgkb.kb.store import KnowledgeBase

T = TypeVar("T")
ANSWERS = 4096
"""How many kb answers `Answers` keeps for one state of the knowledge base."""


class _Failed:
    """An error remembered in place of an answer: a repeated bad id costs nothing."""

    __slots__ = ("error",)

    def __init__(self, error: OrgkbError) -> None:
        self.error = error


class Answers:
    """`function(kb, *args)`, each computed once for one state of `kb` and kept among the last `maxsize`.

    Thread-safe (requests run in worker threads); values are shared, so callers must not change them.

    >>> answers = Answers(KnowledgeBase())
    >>> answers(len) == answers(len), answers.computed
    (True, 1)
    """

    def __init__(self, kb: KnowledgeBase, maxsize: int = ANSWERS) -> None:
        self.kb = kb
        self.computed = 0
        self._values: LRUCache[tuple[Hashable, ...], Any] = LRUCache(maxsize=maxsize)
        self._lock = threading.Lock()

    def __call__(self, function: Callable[..., T], *args: Hashable) -> T:
        """`function(kb, *args)`, from the kept answers when it was asked before; `OrgkbError`s are kept too."""
        key = (function, *args)
        with self._lock:
            found = self._values.get(key, _MISSING)
        if found is _MISSING:
            try:
                found = function(self.kb, *args)
            except OrgkbError as error:
                found = _Failed(error)
            with self._lock:
                self.computed += 1
                self._values[key] = found
        if isinstance(found, _Failed):
            raise found.error
        return cast(T, found)


_MISSING = object()


def answers(kb: KnowledgeBase) -> Answers:
    """The `Answers` of the current state of `kb`, shared by every request until the next write."""
    return kb.derived(("orgkb.graphql", "answers"), lambda: Answers(kb))


@dataclass(frozen=True)
class Context:
    """What every resolver of one request sees as `info.context`."""

    kb: KnowledgeBase
    memo: Answers

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Context:
        """A context over `kb` and the answers of its current state."""
        return cls(kb, answers(kb))


Info: TypeAlias = strawberry.Info[Context, None]
