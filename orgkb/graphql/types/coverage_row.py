"""The `CoverageRow` type: one matter of a coverage matrix and each organization's duties about it."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Context
from orgkb.graphql.types.linked import Matter
from orgkb.kb.coordination.coverage import MatterRow


@strawberry.type(description="One matter and, per organization of the set (in its order), the duties about it.")
class CoverageRow:
    matter: Matter = strawberry.field(description="The matter.")
    counts: list[int] = strawberry.field(
        description="How many duties of each organization (its units' included) concern the matter."
    )
    covered: int = strawberry.field(description="How many of the organizations have at least one such duty.")

    @classmethod
    def from_record(cls, record: MatterRow, context: Context) -> CoverageRow:
        return cls(
            matter=Matter.from_record(record.matter, context), counts=list(record.counts), covered=record.covered
        )
