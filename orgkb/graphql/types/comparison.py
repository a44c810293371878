"""The `Comparison` type: two organizations' duties side by side."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Context
from orgkb.graphql.types.linked import Organization, Responsibility
from orgkb.graphql.types.matter_coverage import MatterCoverage
from orgkb.graphql.types.shared_duty import SharedDuty
from orgkb.kb.coordination.compare import Comparison as ComparisonRecord


@strawberry.type(
    description=(
        "How two organizations differ: the duties they share (matched pairs), the duties only one has, "
        "and how many duties of each concern each matter. Each side includes its units' duties."
    )
)
class Comparison:
    left: Organization = strawberry.field(description="The first organization compared.")
    right: Organization = strawberry.field(description="The second organization compared.")
    shared: list[SharedDuty] = strawberry.field(description="Duties of the left matched with duties of the right.")
    only_left: list[Responsibility] = strawberry.field(description="Duties of the left side with no match.")
    only_right: list[Responsibility] = strawberry.field(description="Duties of the right side with no match.")
    coverage: list[MatterCoverage] = strawberry.field(description="Per matter, the duties of each side about it.")

    @classmethod
    def from_record(cls, record: ComparisonRecord, context: Context) -> Comparison:
        return cls(
            left=Organization.from_record(record.left, context),
            right=Organization.from_record(record.right, context),
            shared=[SharedDuty.from_record(pair, context) for pair in record.shared],
            only_left=[Responsibility.from_record(duty, context) for duty in record.only_left],
            only_right=[Responsibility.from_record(duty, context) for duty in record.only_right],
            coverage=[MatterCoverage.from_record(row, context) for row in record.coverage],
        )
