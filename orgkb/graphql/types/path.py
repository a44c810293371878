"""The `Path` type: the shortest chain of links between two organizations or units."""

from __future__ import annotations

from typing import TYPE_CHECKING

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.linked import Organization
from orgkb.graphql.types.path_step import PathStep
from orgkb.kb.entities import organizations
from orgkb.kb.entities.organizations import OrganizationRecord

if TYPE_CHECKING:  # the network view (networkx) loads when a path is first asked for, not at start-up
    from orgkb.kb.coordination.network import PathStep as PathStepRecord


@strawberry.type(
    description=(
        "How two organizations or units are connected through the hierarchy: up from one to the body "
        "they share, then down to the other (a section, its office, the district government, ...)."
    )
)
class Path:
    steps: list[PathStepRecord] = strawberry.field(
        graphql_type=list[PathStep], description="The links, in order from `from` to `to`."
    )
    start_id: strawberry.Private[str]

    @strawberry.field(description="The number of links.")
    def length(self) -> int:
        return len(self.steps)

    @strawberry.field(
        graphql_type=list[Organization], description="Every organization on the path, from the start to the end."
    )
    def organizations(self, info: Info) -> list[OrganizationRecord]:
        ids = [self.start_id, *(step.to_id for step in self.steps)]
        return [info.context.memo(organizations.organization, id) for id in ids]
