"""The `MatterCoverage` type: one row of the matter-by-organization table of a comparison."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Context
from orgkb.graphql.types.linked import Matter
from orgkb.kb.coordination.compare import CoverageRow


@strawberry.type(description="How many duties of each side concern one matter.")
class MatterCoverage:
    matter: Matter = strawberry.field(description="The matter.")
    left: int = strawberry.field(description="The number of duties of the left side that concern it.")
    right: int = strawberry.field(description="The number of duties of the right side that concern it.")

    @classmethod
    def from_record(cls, record: CoverageRow, context: Context) -> MatterCoverage:
        return cls(matter=Matter.from_record(record.matter, context), left=record.left, right=record.right)
