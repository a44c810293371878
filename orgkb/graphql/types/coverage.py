"""The `Coverage` type: the matters many organizations cover, who lacks what most have, alike structures."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Context, Info
from orgkb.graphql.types.coverage_gap import CoverageGap
from orgkb.graphql.types.coverage_row import CoverageRow
from orgkb.graphql.types.linked import Organization
from orgkb.graphql.types.structure_cluster import StructureCluster
from orgkb.kb import organizations
from orgkb.kb.coordination import clusters
from orgkb.kb.coordination.coverage import CoverageMatrix


@strawberry.type(
    description=(
        "A coverage matrix: for each matter any of the organizations covers, how many duties of each concern it "
        "(its units' included); the gaps (a matter more than half of the set covers and one organization does "
        "not, in sets of three or more) and clusters of organizations with alike structures."
    )
)
class Coverage:
    organizations: list[Organization] = strawberry.field(description="The organizations compared: the columns.")
    matters: list[CoverageRow] = strawberry.field(
        description="One row per matter, those most organizations cover first."
    )
    gaps: list[CoverageGap] = strawberry.field(description="Matters most of the set covers that an organization lacks.")
    ids: strawberry.Private[tuple[str, ...]]

    @classmethod
    def from_record(cls, record: CoverageMatrix, context: Context) -> Coverage:
        return cls(
            organizations=[
                Organization.from_record(context.memo(organizations.organization, member.organization.id), context)
                for member in record.members
            ],
            matters=[CoverageRow.from_record(row, context) for row in record.rows],
            gaps=[CoverageGap.from_record(gap, context) for gap in record.gaps],
            ids=tuple(member.organization.id for member in record.members),
        )

    @strawberry.field(description="Clusters of organizations with alike structures, largest first.")
    def clusters(self, info: Info) -> list[StructureCluster]:
        found = info.context.memo(clusters.clusters, self.ids)
        return [StructureCluster.from_record(cluster, info.context) for cluster in found.clusters]

    @strawberry.field(description="The organizations alike to none of the others.")
    def alone(self, info: Info) -> list[Organization]:
        found = info.context.memo(clusters.clusters, self.ids)
        return [
            Organization.from_record(info.context.memo(organizations.organization, record.id), info.context)
            for record in found.alone
        ]
