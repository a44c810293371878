"""The `Coordination` type: a unit another unit works alongside, and why we think so."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Context
from orgkb.graphql.types.linked import Matter, Organization, Responsibility
from orgkb.kb.coordination.links import CoordinationLink


@strawberry.type(
    description=(
        "A unit that the asked-about unit works alongside: the matters they both handle and the duties "
        "of both that show it. `basis` says whether the page states the link or orgkb inferred it."
    )
)
class Coordination:
    organization: Organization = strawberry.field(description="The unit it coordinates with.")
    strength: float = strawberry.field(description="How strong the link is; higher is stronger.")
    basis: str = strawberry.field(
        description='Why the link exists: "stated" (a duty says so) or "shared-matter" (both handle a matter).'
    )
    matters: list[Matter] = strawberry.field(description="The matters the link is about.")
    evidence: list[Responsibility] = strawberry.field(description="The duties, of both units, that show the link.")

    @classmethod
    def from_record(cls, record: CoordinationLink, context: Context) -> Coordination:
        return cls(
            organization=Organization.from_record(record.organization, context),
            strength=record.strength,
            basis=record.basis,
            matters=[Matter.from_record(matter, context) for matter in record.matters],
            evidence=[Responsibility.from_record(duty, context) for duty in record.evidence],
        )
