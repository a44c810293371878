"""What every resolver of one request sees as `info.context`: the knowledge base, its answers and the API's objects.

Resolvers are plain synchronous functions over kb answers. Two things are shared by every
request until the next write to the knowledge base:

- the kb answers resolvers ask for (an organization by id, its units, a who-handles answer), in
  one bounded LRU (`Answers`), so an office's sections cost one lookup each per state, not one
  per request: the office-with-sections operation takes 2.4 ms with them kept and 9.4 ms when
  every lookup is made afresh (`benchmarks/api.py`, part b);
- the API objects made from those answers (`Objects`): each record becomes its GraphQL type once
  per state (an `Organization` with its duties, a `Responsibility` with its matters), so a field
  such as `responsibilities` or `matters` is a plain attribute that graphql-core reads without a
  resolver call, and a duty that appears in many answers is one object. An organization's duties
  are read for it alone (`duties.responsibilities`, kept in `Answers`), never every duty of the
  store: on a national store that table took longer than a server's start. Every matter by id
  is kept with `KnowledgeBase.derived`, as are `Answers` and `Objects` themselves.
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


class Objects:
    """API objects made from kb records, each made once for one state of the knowledge base.

    Keyed by the type and the record (records are frozen dataclasses), so equal records give one
    object however many answers list them. Objects are shared by every request and never changed
    once made; there are at most as many as the records of one state.

    >>> objects = Objects()
    >>> objects(list, ("a",), lambda: ["made"]) is objects(list, ("a",), lambda: ["again"])
    True
    """

    def __init__(self) -> None:
        self._made: dict[tuple[type, Hashable], Any] = {}

    def __call__(self, kind: type[T], record: Hashable, make: Callable[[], T]) -> T:
        """The `kind` object of `record`: made by `make()` the first time it is asked for."""
        key = (kind, record)
        found = self._made.get(key)
        if found is None:
            found = self._made.setdefault(key, make())  # two threads may make it; one is kept
        return cast(T, found)

    def __len__(self) -> int:
        return len(self._made)


def objects(kb: KnowledgeBase) -> Objects:
    """The `Objects` of the current state of `kb`, shared by every request until the next write."""
    return kb.derived(("orgkb.graphql", "objects"), Objects)


@dataclass(frozen=True)
class Context:
    """What every resolver of one request sees as `info.context`."""

    kb: KnowledgeBase
    memo: Answers
    objects: Objects

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Context:
        """A context over `kb`, the answers and the objects of its current state."""
        return cls(kb, answers(kb), objects(kb))


Info: TypeAlias = strawberry.Info[Context, None]
