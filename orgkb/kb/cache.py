"""`Memo`: `function(kb, *args)` through `kb.derived`, for the GraphQL layer's DataLoaders.

It keeps nothing of its own: every answer lives in the knowledge base's one cache (under a key
of its own per memo), dropped at the next write. What it adds is the GraphQL layer's habits: errors raised on purpose
(`OrgkbError`) are remembered like answers, so a repeated bad id costs nothing, and `peek`
answers without computing.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable
from typing import Literal, TypeVar, cast

from orgkb.errors import OrgkbError
from orgkb.kb.store import KnowledgeBase

T = TypeVar("T")


class Missing(enum.Enum):
    """The type of `MISSING`."""

    MISSING = "missing"


MISSING = Missing.MISSING
"""What `Memo.peek` returns for an answer not computed yet."""


class _Failed:
    """An error remembered in place of an answer."""

    __slots__ = ("error",)

    def __init__(self, error: OrgkbError) -> None:
        self.error = error


class Memo:
    """`function(kb, *args)` computed once per generation of one knowledge base.

    >>> memo = Memo(KnowledgeBase())
    >>> memo(len) == memo(len), memo.calls
    (True, 1)
    """

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.calls = 0

    def __call__(self, function: Callable[..., T], *args: Hashable) -> T:
        """`function(kb, *args)`, computed once per generation of the knowledge base."""

        def build() -> T | _Failed:
            self.calls += 1
            try:
                return cast(T, function(self.kb, *args))
            except OrgkbError as error:
                return _Failed(error)

        return _answer(self.kb.derived((self, function, *args), build))

    def peek(self, function: Callable[..., T], *args: Hashable) -> T | Literal[Missing.MISSING]:
        """The remembered `function(kb, *args)` (raising a remembered error), or `MISSING` without computing it.

        >>> memo = Memo(KnowledgeBase())
        >>> memo.peek(len) is MISSING, memo(len) == memo.peek(len)
        (True, True)
        """
        known, found = self.kb.derived_if_built((self, function, *args))
        return _answer(found) if known else MISSING


def _answer(found: T | _Failed) -> T:
    if isinstance(found, _Failed):
        raise found.error
    return found
