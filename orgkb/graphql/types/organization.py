"""The `Organization` type: an office, a government, or a unit inside one."""

from __future__ import annotations

from asyncio import Future
from collections.abc import Awaitable, Iterable
from typing import TYPE_CHECKING, Optional

import strawberry

from orgkb.errors import NotFoundError
from orgkb.graphql.context import Info, then
from orgkb.graphql.types.contact import Contact
from orgkb.graphql.types.kind import OrganizationKind
from orgkb.graphql.types.node import Node
from orgkb.graphql.types.partner_region import PartnerRegion
from orgkb.graphql.types.place import Place
from orgkb.graphql.types.refs import ResponsibilityRef, SourceDocumentRef
from orgkb.kb import organizations, places, sources
from orgkb.kb.coordination import links as coordination
from orgkb.kb.organizations import ContactRecord, OrganizationRecord

if TYPE_CHECKING:
    from orgkb.graphql.types.responsibility import Responsibility


@strawberry.type(
    description=(
        "A government body or a unit inside one. A district government has offices (such as its "
        "general office) and sub-district offices under it; an office is divided into sections or "
        "internal offices (its `units`), and each of them has a list of duties (`responsibilities`). "
        "Named bodies that duties mention (a service centre, a leading group's office) are "
        "organizations too."
    )
)
class Organization(Node):
    name: str = strawberry.field(description="The name as the page prints it.")
    alt_names: list[str] = strawberry.field(
        description='Other names it goes by ("Office for Letters and Calls" for a unit labeled so).'
    )
    kind: OrganizationKind = strawberry.field(description="What sort of body it is: government, office, section ...")
    is_unit: bool = strawberry.field(description="True for a section or internal office, i.e. a part of an office.")
    relation_to_parent: str | None = strawberry.field(
        description='How it stands to its parent when the page says so, e.g. "detached agency".'
    )
    record: strawberry.Private[OrganizationRecord]

    @classmethod
    def from_record(cls, record: OrganizationRecord) -> Organization:
        return cls(
            id=strawberry.ID(record.id),
            name=record.name,
            alt_names=list(record.alt_names),
            kind=OrganizationKind.of(record.kind),
            is_unit=record.is_unit,
            relation_to_parent=record.relation_to_parent,
            record=record,
        )

    @strawberry.field(
        description="The body directly above: the office a unit belongs to, or the government an office is under.",
        graphql_type=Optional["Organization"],
    )
    def parent(self, info: Info) -> Organization | None | Awaitable[Organization | None]:
        above = self.record.unit_of_id or self.record.parent_id
        if above is None:
            return None
        try:
            found = info.context.organizations.get(above)
        except NotFoundError:
            return None
        if isinstance(found, Future):
            return _parent_later(found)
        return Organization.from_record(found)

    @strawberry.field(description="Every body above this one, nearest first (office, then government).")
    def ancestors(self, info: Info) -> list[Organization]:
        return [
            Organization.from_record(record) for record in info.context.memo(organizations.ancestors, self.record.id)
        ]

    @strawberry.field(
        description="Its sections or internal offices, in the order the page lists them.",
        graphql_type=list["Organization"],
    )
    def units(self, info: Info) -> list[Organization] | Awaitable[list[Organization]]:
        return then(info.context.units.get(self.record.id), _organizations)

    @strawberry.field(
        description="Its own duties in page order (a unit's duties are on the unit, not here).",
        graphql_type=list[ResponsibilityRef],
    )
    def responsibilities(self, info: Info) -> list[Responsibility] | Awaitable[list[Responsibility]]:
        return then(info.context.responsibilities.get(self.record.id), list)

    @strawberry.field(description="The place it serves, for a unit its office's (a district or a sub-district).")
    def jurisdiction(self, info: Info) -> Place | None:
        found = info.context.memo(places.place_of, self.record.id)
        return Place.from_record(found) if found is not None else None

    @strawberry.field(description="The district it serves (the district around a sub-district), or null if unknown.")
    def district(self, info: Info) -> Place | None:
        found = info.context.memo(places.place_of, self.record.id)
        while found is not None and found.place_type not in ("district", "county"):
            found = info.context.memo(places.place, found.parent_id) if found.parent_id else None
        return Place.from_record(found) if found is not None else None

    @strawberry.field(
        description=(
            "How to reach it (telephone, e-mail, address, hours): its own contact details, or for a unit "
            "whose page prints none under its heading its office's; null if the page gives none."
        ),
        graphql_type=Contact | None,
    )
    def contact(self, info: Info) -> Contact | None | Awaitable[Contact | None]:
        return then(info.context.contacts.get(self.record.id), _contact)

    @strawberry.field(
        description=(
            "Units it works alongside on shared matters, strongest link first; `coordination(organization:)` "
            "gives the matters and duties behind each link."
        )
    )
    def coordinates_with(self, info: Info) -> list[Organization]:
        links = info.context.memo(coordination.coordination, self.record.id)
        return [Organization.from_record(link.organization) for link in links]

    @strawberry.field(
        description="Regions outside the district it works with (counterpart support, sister cities ...)."
    )
    def partner_regions(self, info: Info) -> list[PartnerRegion]:
        mine = {link.id for link in info.context.memo(organizations.partner_regions, self.record.id)}
        return [PartnerRegion.from_record(r) for r in info.context.memo(places.partner_regions) if r.id in mine]

    @strawberry.field(description="The page this organization was read from (null for a body only mentioned).")
    def source(self, info: Info) -> SourceDocumentRef | None:
        from orgkb.graphql.types.source_document import SourceDocument

        if self.record.document is None:
            return None
        found = info.context.memo(sources.find_source, self.record.document)
        return SourceDocument.from_record(found) if found is not None else None


def _organizations(records: Iterable[OrganizationRecord]) -> list[Organization]:
    return [Organization.from_record(record) for record in records]


def _contact(record: ContactRecord | None) -> Contact | None:
    return Contact.from_record(record) if record is not None else None


async def _parent_later(found: Future[OrganizationRecord]) -> Organization | None:
    try:
        return Organization.from_record(await found)
    except NotFoundError:
        return None
