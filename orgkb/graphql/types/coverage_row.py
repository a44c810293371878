"""The `CoverageRow` type: one matter of a coverage matrix and each organization's duties about it."""

from __future__ import annotations

import strawberry

from orgkb.graphql.types.linked import Matter
from orgkb.ontology.thesaurus import MatterRecord


@strawberry.type(description="One matter and, per organization of the set (in its order), the duties about it.")
class CoverageRow:
    matter: MatterRecord = strawberry.field(graphql_type=Matter, description="The matter.")
    counts: tuple[int, ...] = strawberry.field(
        graphql_type=list[int],
        description="How many duties of each organization (its units' included) concern the matter.",
    )
    covered: int = strawberry.field(description="How many of the organizations have at least one such duty.")
