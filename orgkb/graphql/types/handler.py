"""The `Handler` type: one answer to "who handles this matter?"."""

from __future__ import annotations

import strawberry

from orgkb.graphql.types.evidence import Evidence
from orgkb.graphql.types.linked import Organization, Responsibility
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.loaders.document import Duty
from orgkb.loaders.document import Evidence as EvidenceRecord


@strawberry.type(
    description=(
        "An organization or unit that handles the matter asked about, with the duties that say so. "
        "The most specific unit whose own duty matches comes before the office it belongs to; a unit "
        "whose name alone says it comes after the answers whose duties say it, with `namedAt`."
    )
)
class Handler:
    organization: OrganizationRecord = strawberry.field(
        graphql_type=Organization, description="The organization or unit that handles the matter."
    )
    score: float = strawberry.field(description="How well its duties match the question; higher is better.")
    evidence: tuple[Duty, ...] = strawberry.field(
        graphql_type=list[Responsibility], description="The duties that justify the answer, best first."
    )
    reason: str = strawberry.field(description="Why it was chosen, in one line a person can check.")
    named_at: EvidenceRecord | None = strawberry.field(
        graphql_type=Evidence | None,
        description=(
            "Where its page names it, when no duty says the matter but its name does "
            "(then `evidence` is empty): page, line and the name printed there."
        ),
    )
