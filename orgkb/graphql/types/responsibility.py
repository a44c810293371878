"""The `Responsibility` type: one duty of an organization or unit, with its evidence."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Context, Info
from orgkb.graphql.types.evidence import Evidence
from orgkb.graphql.types.matter import Matter, matters_by_id
from orgkb.graphql.types.node import Node
from orgkb.graphql.types.refs import OrganizationRef
from orgkb.graphql.types.role import Role
from orgkb.kb import catalog, lookup
from orgkb.kb.records import ResponsibilityRecord


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
    matters: list[Matter] = strawberry.field(
        description="The matters of government work this duty concerns (from the thesaurus)."
    )
    owner_id: strawberry.Private[str]

    @classmethod
    def from_record(cls, record: ResponsibilityRecord, context: Context) -> Responsibility:
        """The API object of a duty, made once per state of the knowledge base (`Context.objects`)."""

        def make() -> Responsibility:
            known = matters_by_id(context)
            ids = record.matters or context.memo(catalog.duty_matters).get(record.id, ())
            return cls(
                id=strawberry.ID(record.id),
                number=record.number,
                position=record.position,
                text=record.text,
                role=Role.of(record.role),
                source=Evidence.from_record(record.source),
                matters=[known[matter] for matter in ids if matter in known],
                owner_id=record.owner_id,
            )

        return context.objects(cls, record, make)

    @strawberry.field(description="The organization or unit that has this duty.")
    def organization(self, info: Info) -> OrganizationRef:
        from orgkb.graphql.types.organization import Organization

        return Organization.from_record(info.context.memo(lookup.organization, self.owner_id), info.context)


def duties_of(owner: str, context: Context) -> list[Responsibility]:
    """The duties of one organization or unit in page order; the table of every owner's is made once per state."""

    def build() -> dict[str, tuple[Responsibility, ...]]:
        return {
            owner: tuple(Responsibility.from_record(duty, context) for duty in duties)
            for owner, duties in catalog.responsibilities_by_owner(context.kb).items()
        }

    return list(context.table("duties_by_owner", build).get(owner, ()))
