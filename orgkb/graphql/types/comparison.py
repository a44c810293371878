"""The `Comparison` type: two organizations' duties side by side."""

from __future__ import annotations

import strawberry

from orgkb.graphql.types.linked import Organization, Responsibility
from orgkb.graphql.types.matter_coverage import MatterCoverage
from orgkb.graphql.types.shared_duty import SharedDuty
from orgkb.kb.coordination.compare import CoverageRow
from orgkb.kb.coordination.compare import SharedDuty as SharedDutyRecord
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.loaders.document import Duty


@strawberry.type(
    description=(
        "How two organizations differ: the duties they share (matched pairs), the duties only one has, "
        "and how many duties of each concern each matter. Each side includes its units' duties."
    )
)
class Comparison:
    left: OrganizationRecord = strawberry.field(
        graphql_type=Organization, description="The first organization compared."
    )
    right: OrganizationRecord = strawberry.field(
        graphql_type=Organization, description="The second organization compared."
    )
    shared: tuple[SharedDutyRecord, ...] = strawberry.field(
        graphql_type=list[SharedDuty], description="Duties of the left matched with duties of the right."
    )
    only_left: tuple[Duty, ...] = strawberry.field(
        graphql_type=list[Responsibility], description="Duties of the left side with no match."
    )
    only_right: tuple[Duty, ...] = strawberry.field(
        graphql_type=list[Responsibility], description="Duties of the right side with no match."
    )
    coverage: tuple[CoverageRow, ...] = strawberry.field(
        graphql_type=list[MatterCoverage], description="Per matter, the duties of each side about it."
    )
