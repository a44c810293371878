"""The per-request context: the knowledge base, the shared memo and this request's DataLoaders.

A new `Context` (and so new DataLoaders) is made for every request and never shared: a
loader gathers the ids asked for while one request resolves and looks them up in one batch.
The `Memo` underneath is shared by all requests and forgets everything when the knowledge
base changes (its generation moves on).

What the memo already knows is answered at once (`MemoLoader.get`), without a future: a
resolver that returns a plain value lets graphql-core complete the field synchronously,
which costs a fraction of completing an awaitable. Only what is not known yet goes through
the loader, so on a cold memo the ids of all the parents resolved together still make one
batch.
"""

from __future__ import annotations

from asyncio import Future
from collections.abc import Awaitable, Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Literal, TypeAlias, TypeVar, cast

import strawberry
from strawberry.dataloader import DataLoader

from orgkb.errors import OrgkbError
from orgkb.kb import duties, organizations
from orgkb.kb.cache import MISSING, Memo, Missing
from orgkb.kb.organizations import ContactRecord, OrganizationRecord
from orgkb.kb.store import KnowledgeBase

if TYPE_CHECKING:
    from orgkb.graphql.types.responsibility import Responsibility

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
T = TypeVar("T")


class MemoLoader(DataLoader[K, V], Generic[K, V]):
    """This request's DataLoader over `function(kb, key)`, remembered in the shared memo.

    >>> memo = Memo(KnowledgeBase())
    >>> loader = MemoLoader(memo, lambda kb, key: key.upper())
    >>> loader.fetch("a"), loader.get("a"), loader.get_many(["a"])  # known: values, no future
    ('A', 'A', ['A'])
    """

    def __init__(self, memo: Memo, function: Callable[[KnowledgeBase, K], V]) -> None:
        super().__init__(load_fn=self._batch)
        self.memo = memo
        self.function = function

    def known(self, key: K) -> V | Literal[Missing.MISSING]:
        """The value for `key` if the memo has it (raising a remembered error), else `MISSING`."""
        return self.memo.peek(self.function, key)

    def fetch(self, key: K) -> V:
        """The value for `key`, looked up now if the memo does not have it."""
        return self.memo(self.function, key)

    async def _batch(self, keys: Sequence[K]) -> list[V | BaseException]:
        found: list[V | BaseException] = []
        for key in keys:
            try:
                found.append(self.fetch(key))
            except OrgkbError as error:
                found.append(error)
        return found

    def get(self, key: K) -> V | Future[V]:
        """The value for `key` now if the memo knows it, else a future this loader's next batch settles."""
        found = self.known(key)
        if found is MISSING:
            return cast("Future[V]", self.load(key))
        return found

    def get_many(self, keys: Iterable[K]) -> list[V] | Future[list[V]]:
        """The values for `keys` now if the memo knows them all, else a future of them (one batch)."""
        keys = list(keys)
        found = []
        for key in keys:
            value = self.known(key)
            if value is MISSING:
                return cast("Future[list[V]]", self.load_many(keys))
            found.append(value)
        return found


class _DutiesLoader(MemoLoader[str, tuple["Responsibility", ...]]):
    """Duties by owner, from the one index of every owner's duties (one kb query for all keys)."""

    def __init__(self, memo: Memo) -> None:
        super().__init__(memo, _duties_of)

    def known(self, key: str) -> tuple[Responsibility, ...] | Literal[Missing.MISSING]:
        index = self.memo.peek(duties_by_owner)
        return MISSING if index is MISSING else index.get(key, ())

    def fetch(self, key: str) -> tuple[Responsibility, ...]:
        return self.memo(duties_by_owner).get(key, ())


def then(found: V | Future[V], convert: Callable[[V], T]) -> T | Awaitable[T]:
    """`convert(found)`, now when `found` is a value, once it is loaded when it is a future."""
    if isinstance(found, Future):
        return _after(found, convert)
    return convert(found)


async def _after(found: Future[V], convert: Callable[[V], T]) -> T:
    return convert(await found)


def duties_by_owner(kb: KnowledgeBase) -> dict[str, tuple[Responsibility, ...]]:
    """Every duty as the API's `Responsibility`, by owner: made once per state of the knowledge base.

    The objects are shared by every request (resolvers only read them), so a duty is not
    converted again each time an answer lists it.
    """
    from orgkb.graphql.types.responsibility import Responsibility

    return {
        owner: tuple(Responsibility.from_record(duty) for duty in duties)
        for owner, duties in duties.responsibilities_by_owner(kb).items()
    }


def _duties_of(kb: KnowledgeBase, owner: str) -> tuple[Responsibility, ...]:
    return duties_by_owner(kb).get(owner, ())


def _units_of(kb: KnowledgeBase, identifier: str) -> tuple[OrganizationRecord, ...]:
    return tuple(organizations.units(kb, identifier))


@dataclass
class Context:
    """What every resolver of one request sees as `info.context`."""

    kb: KnowledgeBase
    memo: Memo
    organizations: MemoLoader[str, OrganizationRecord] = field(init=False)
    units: MemoLoader[str, tuple[OrganizationRecord, ...]] = field(init=False)
    responsibilities: MemoLoader[str, tuple[Responsibility, ...]] = field(init=False)
    contacts: MemoLoader[str, ContactRecord | None] = field(init=False)

    def __post_init__(self) -> None:
        self.organizations = MemoLoader(self.memo, organizations.organization)
        self.units = MemoLoader(self.memo, _units_of)
        self.responsibilities = _DutiesLoader(self.memo)
        self.contacts = MemoLoader(self.memo, organizations.contact)


Info: TypeAlias = strawberry.Info[Context, None]
