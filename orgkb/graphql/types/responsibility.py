"""The `Responsibility` type: one duty of an organization or unit, with its evidence."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING

import strawberry

from orgkb.graphql.context import Info, then
from orgkb.graphql.types.evidence import Evidence
from orgkb.graphql.types.node import Node
from orgkb.graphql.types.refs import MatterRef, OrganizationRef
from orgkb.graphql.types.role import Role
from orgkb.kb import duties
from orgkb.kb.duties import ResponsibilityRecord

if TYPE_CHECKING:
    from orgkb.graphql.types.organization import Organization


@strawberry.type(
    description=(
        "One duty of an organization or unit, as its page states it: a numbered item of an office's "
        '"main responsibilities", or one clause of the paragraph that describes a section. Each duty '
        "knows who has it, which matters it concerns and the line of the page it comes from."
    )
)
class Responsibility(Node):
    number: int | None = strawberry.field(description="Its number in the page's list, where the page numbers it.")
    position: int = strawberry.field(description="Its place among its owner's duties, 1 for the first.")
    text: str = strawberry.field(description="The duty in words, after repairs of the printed text.")
    role: Role = strawberry.field(description="What the owner does with the matter: leads, is responsible, ...")
    source: Evidence = strawberry.field(description="Where the duty is printed: page, line and quote.")
    owner_id: strawberry.Private[str]
    matter_ids: strawberry.Private[tuple[str, ...]]

    @classmethod
    def from_record(cls, record: ResponsibilityRecord) -> Responsibility:
        return cls(
            id=strawberry.ID(record.id),
            number=record.number,
            position=record.position,
            text=record.text,
            role=Role.of(record.role),
            source=Evidence.from_record(record.source),
            owner_id=record.owner_id,
            matter_ids=record.matters,
        )

    @strawberry.field(description="The matters of government work this duty concerns (from the thesaurus).")
    def matters(self, info: Info) -> list[MatterRef]:
        from orgkb.graphql.types.matter import matters_by_id

        ids = self.matter_ids or info.context.memo(duties.duty_matters).get(self.id, ())
        known = info.context.memo(matters_by_id)
        return [known[matter] for matter in ids if matter in known]

    @strawberry.field(description="The organization or unit that has this duty.", graphql_type=OrganizationRef)
    def organization(self, info: Info) -> Organization | Awaitable[Organization]:
        from orgkb.graphql.types.organization import Organization

        return then(info.context.organizations.get(self.owner_id), Organization.from_record)
