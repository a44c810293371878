"""A bounded cache of kb answers for servers, forgotten when the knowledge base next changes.

The knowledge base is read far more often than it is written; every write bumps
`kb.generation`, and a `Memo` forgets everything when it sees a new generation. Errors
raised on purpose (`OrgkbError`) are remembered too, so a repeated bad id costs nothing.
Remembered values are shared: callers must not mutate them.
"""

from __future__ import annotations

import enum
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Literal, TypeVar, cast

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
    """A bounded cache of `function(kb, *args)` results for one knowledge base.

    >>> memo = Memo(KnowledgeBase())
    >>> memo(len) == memo(len), memo.calls
    (True, 1)
    """

    def __init__(self, kb: KnowledgeBase, maxsize: int = 4096) -> None:
        self.kb = kb
        self.maxsize = maxsize
        self.calls = 0
        self._generation = kb.generation
        self._values: OrderedDict[tuple[Hashable, ...], Any] = OrderedDict()

    def __call__(self, function: Callable[..., T], *args: Hashable) -> T:
        """`function(kb, *args)`, computed once per generation of the knowledge base."""
        if self._generation != self.kb.generation:
            self._values.clear()
            self._generation = self.kb.generation
        key = (function, *args)
        found = self._values.get(key, MISSING)
        if found is not MISSING:
            self._values.move_to_end(key)
        else:
            self.calls += 1
            try:
                found = function(self.kb, *args)
            except OrgkbError as error:
                found = _Failed(error)
            self._values[key] = found
            if len(self._values) > self.maxsize:
                self._values.popitem(last=False)
        if isinstance(found, _Failed):
            raise found.error
        return cast(T, found)

    def peek(self, function: Callable[..., T], *args: Hashable) -> T | Literal[Missing.MISSING]:
        """The remembered `function(kb, *args)` (raising a remembered error), or `MISSING` without computing it.

        >>> memo = Memo(KnowledgeBase())
        >>> memo.peek(len) is MISSING, memo(len) == memo.peek(len)
        (True, True)
        """
        if self._generation != self.kb.generation:
            self._values.clear()
            self._generation = self.kb.generation
        key = (function, *args)
        found = self._values.get(key, MISSING)
        if found is MISSING:
            return MISSING
        self._values.move_to_end(key)
        if isinstance(found, _Failed):
            raise found.error
        return cast(T, found)

    def clear(self) -> None:
        self._values.clear()
