"""The `MatterCoverage` type: one row of the matter-by-organization table of a comparison."""

from __future__ import annotations

import strawberry

from orgkb.graphql.types.linked import Matter
from orgkb.ontology.thesaurus import MatterRecord


@strawberry.type(description="How many duties of each side concern one matter.")
class MatterCoverage:
    matter: MatterRecord = strawberry.field(graphql_type=Matter, description="The matter.")
    left: int = strawberry.field(description="The number of duties of the left side that concern it.")
    right: int = strawberry.field(description="The number of duties of the right side that concern it.")
