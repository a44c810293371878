"""The per-request context: the knowledge base, the shared memo and this request's DataLoaders.

A new `Context` (and so new DataLoaders) is made for every request and never shared: a
loader gathers the ids asked for while one request resolves and looks them up in one batch.
The `Memo` underneath is shared by all requests and forgets everything when the knowledge
base changes (its generation moves on).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias, TypeVar

import strawberry
from strawberry.dataloader import DataLoader

from orgkb.errors import OrgkbError
from orgkb.kb import catalog, lookup
from orgkb.kb.cache import Memo
from orgkb.kb.records import ContactRecord, OrganizationRecord, ResponsibilityRecord
from orgkb.kb.store import KnowledgeBase

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def _loader(memo: Memo, function: Callable[[KnowledgeBase, K], V]) -> DataLoader[K, V]:
    async def load(keys: Sequence[K]) -> list[V | BaseException]:
        found: list[V | BaseException] = []
        for key in keys:
            try:
                found.append(memo(function, key))
            except OrgkbError as error:
                found.append(error)
        return found

    return DataLoader(load_fn=load)


def _duties_of(kb: KnowledgeBase, owner: str) -> tuple[ResponsibilityRecord, ...]:
    return catalog.responsibilities_by_owner(kb).get(owner, ())


def _units_of(kb: KnowledgeBase, identifier: str) -> tuple[OrganizationRecord, ...]:
    return tuple(lookup.units(kb, identifier))


@dataclass
class Context:
    """What every resolver of one request sees as `info.context`."""

    kb: KnowledgeBase
    memo: Memo
    organizations: DataLoader[str, OrganizationRecord] = field(init=False)
    units: DataLoader[str, tuple[OrganizationRecord, ...]] = field(init=False)
    responsibilities: DataLoader[str, tuple[ResponsibilityRecord, ...]] = field(init=False)
    contacts: DataLoader[str, ContactRecord | None] = field(init=False)

    def __post_init__(self) -> None:
        self.organizations = _loader(self.memo, lookup.organization)
        self.units = _loader(self.memo, _units_of)
        self.responsibilities = _loader(self.memo, _duties_of)
        self.contacts = _loader(self.memo, lookup.contact)


Info: TypeAlias = strawberry.Info[Context, None]
