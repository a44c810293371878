"""What every resolver of one request sees as `info.context`: the knowledge base and its answers.

Resolvers are plain synchronous functions that return kb records themselves. The kb answers
they ask for (an organization by id, its units, its duties, a who-handles answer) are shared by
every request until the next write, in one bounded LRU (`Answers`, kept with
`KnowledgeBase.derived`): office with sections takes 2.4 ms with them kept and 9.4 ms when every
lookup is made afresh (`benchmarks/api.py`, part b).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeAlias, TypeVar, cast

import strawberry
from cachetools import LRUCache

from orgkb.errors import NotFoundError, OrgkbError
from orgkb.kb.store.knowledge_base import KnowledgeBase

T = TypeVar("T")
ANSWERS = 4096
"""How many kb answers to lookups by id `Answers` keeps for one state of the knowledge base."""
QUESTIONS = 256
"""How many kb answers to text a client typed `Answers` keeps for one state of the knowledge base."""


class _Failed:
    """An error remembered in place of an answer: a repeated bad id costs nothing."""

    __slots__ = ("error",)

    def __init__(self, error: OrgkbError) -> None:
        self.error = error


class Answers:
    """`function(kb, *args)`, each computed once for one state of `kb` and kept among the last `maxsize`.

    Answers to text a client typed (a who-handles question, a search, a place name) are kept
    apart, among the last `questions` of them (`question`): a flood of new questions neither
    pushes out the lookups by id that every office request makes nor grows the heap the garbage
    collector walks. 3,000 new who-handles questions kept in the one LRU held 75,000 more objects,
    and a full collection (which stops every thread) took 120 ms instead of 42.

    Thread-safe (requests run in worker threads); values are shared, so callers must not change them.

    >>> answers = Answers(KnowledgeBase())
    >>> answers(len) == answers(len), answers.computed
    (True, 1)
    """

    def __init__(self, kb: KnowledgeBase, maxsize: int = ANSWERS, questions: int = QUESTIONS) -> None:
        self.kb = kb
        self.computed = 0
        self._values: LRUCache[tuple[Hashable, ...], Any] = LRUCache(maxsize=maxsize)
        self._questions: LRUCache[tuple[Hashable, ...], Any] = LRUCache(maxsize=questions)
        self._lock = threading.Lock()

    def __call__(self, function: Callable[..., T], *args: Hashable) -> T:
        """`function(kb, *args)`, from the kept answers when it was asked before; `OrgkbError`s are kept too."""
        return self._answer(self._values, function, args)

    def question(self, function: Callable[..., T], *args: Hashable) -> T:
        """`function(kb, *args)` for arguments a client typed, kept among the recent questions."""
        return self._answer(self._questions, function, args)

    def found(self, function: Callable[..., T], *args: Hashable) -> T | None:
        """`function(kb, *args)` as `__call__` gives it, or None when it raises `NotFoundError`."""
        try:
            return self._answer(self._values, function, args)
        except NotFoundError:
            return None

    def _answer(
        self, kept: LRUCache[tuple[Hashable, ...], Any], function: Callable[..., T], args: tuple[Hashable, ...]
    ) -> T:
        key = (function, *args)
        with self._lock:
            found = kept.get(key, _MISSING)
        if found is _MISSING:
            try:
                found = function(self.kb, *args)
            except OrgkbError as error:
                found = _Failed(error.with_traceback(None))  # the frames of its making are not kept
            with self._lock:
                self.computed += 1
                if kept.maxsize > 0:
                    kept[key] = found
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
