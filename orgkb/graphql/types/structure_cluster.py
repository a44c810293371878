"""The `StructureCluster` type: organizations of a set that cover alike matters."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.linked import Matter, Organization
from orgkb.kb.coordination.clusters import Cluster
from orgkb.kb.entities import organizations
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.ontology.thesaurus import MatterRecord


def _organizations(root: Cluster, info: Info) -> list[OrganizationRecord]:
    return [info.context.memo(organizations.organization, member.id) for member in root.members]


@strawberry.type(
    description=(
        "Organizations whose structures are alike: each covers much the same matters as its nearest others "
        "(Jaccard index of their matter sets), grouped as the communities of that nearness."
    )
)
class StructureCluster:
    organizations: list[OrganizationRecord] = strawberry.field(
        resolver=_organizations,
        graphql_type=list[Organization],
        description="The organizations of the cluster, by id.",
    )
    shared: tuple[MatterRecord, ...] = strawberry.field(
        graphql_type=list[Matter], description="The matters every one of them covers."
    )
    similarity: float = strawberry.field(
        description="How alike they are, 0 to 1: the mean share of matters two of them have in common."
    )
