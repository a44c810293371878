"""The `Coverage` type: the matters many organizations cover, who lacks what most have, alike structures."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.coverage_gap import CoverageGap
from orgkb.graphql.types.coverage_row import CoverageRow
from orgkb.graphql.types.linked import Organization
from orgkb.graphql.types.structure_cluster import StructureCluster
from orgkb.kb.coordination import clusters
from orgkb.kb.coordination.clusters import Cluster
from orgkb.kb.coordination.coverage import CoverageMatrix, Gap, MatterRow
from orgkb.kb.entities import organizations
from orgkb.kb.entities.organizations import OrganizationRecord


def _ids(root: CoverageMatrix) -> tuple[str, ...]:
    return tuple(member.organization.id for member in root.members)


def _organizations(root: CoverageMatrix, info: Info) -> list[OrganizationRecord]:
    return [info.context.memo(organizations.organization, identifier) for identifier in _ids(root)]


def _clusters(root: CoverageMatrix, info: Info) -> tuple[Cluster, ...]:
    return info.context.memo(clusters.clusters, _ids(root)).clusters


def _alone(root: CoverageMatrix, info: Info) -> list[OrganizationRecord]:
    found = info.context.memo(clusters.clusters, _ids(root))
    return [info.context.memo(organizations.organization, record.id) for record in found.alone]


@strawberry.type(
    description=(
        "A coverage matrix: for each matter any of the organizations covers, how many duties of each concern it "
        "(its units' included); the gaps (a matter more than half of the set covers and one organization does "
        "not, in sets of three or more) and clusters of organizations with alike structures."
    )
)
class Coverage:
    organizations: list[OrganizationRecord] = strawberry.field(
        resolver=_organizations,
        graphql_type=list[Organization],
        description="The organizations compared: the columns.",
    )
    rows: tuple[MatterRow, ...] = strawberry.field(
        name="matters",
        graphql_type=list[CoverageRow],
        description="One row per matter, those most organizations cover first.",
    )
    gaps: tuple[Gap, ...] = strawberry.field(
        graphql_type=list[CoverageGap], description="Matters most of the set covers that an organization lacks."
    )
    clusters: tuple[Cluster, ...] = strawberry.field(
        resolver=_clusters,
        graphql_type=list[StructureCluster],
        description="Clusters of organizations with alike structures, largest first.",
    )
    alone: list[OrganizationRecord] = strawberry.field(
        resolver=_alone, graphql_type=list[Organization], description="The organizations alike to none of the others."
    )
