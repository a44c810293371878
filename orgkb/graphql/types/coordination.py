"""The `Coordination` type: a unit another unit works alongside, and why we think so."""

from __future__ import annotations

import strawberry

from orgkb.graphql.types.linked import Matter, Organization, Responsibility
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.loaders.document import Duty
from orgkb.ontology.thesaurus import MatterRecord


@strawberry.type(
    description=(
        "A unit that the asked-about unit works alongside: the matters they both handle and the duties "
        "of both that show it. `basis` says whether the page states the link or orgkb inferred it."
    )
)
class Coordination:
    organization: OrganizationRecord = strawberry.field(
        graphql_type=Organization, description="The unit it coordinates with."
    )
    strength: float = strawberry.field(description="How strong the link is; higher is stronger.")
    basis: str = strawberry.field(
        description='Why the link exists: "stated" (a duty says so) or "shared-matter" (both handle a matter).'
    )
    matters: tuple[MatterRecord, ...] = strawberry.field(
        graphql_type=list[Matter], description="The matters the link is about."
    )
    evidence: tuple[Duty, ...] = strawberry.field(
        graphql_type=list[Responsibility], description="The duties, of both units, that show the link."
    )
