"""The `StructureCluster` type: organizations of a set that cover alike matters."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Context
from orgkb.graphql.types.linked import Matter, Organization
from orgkb.kb import organizations
from orgkb.kb.coordination.clusters import Cluster


@strawberry.type(
    description=(
        "Organizations whose structures are alike: each covers much the same matters as its nearest others "
        "(Jaccard index of their matter sets), grouped as the communities of that nearness."
    )
)
class StructureCluster:
    organizations: list[Organization] = strawberry.field(description="The organizations of the cluster, by id.")
    shared: list[Matter] = strawberry.field(description="The matters every one of them covers.")
    similarity: float = strawberry.field(
        description="How alike they are, 0 to 1: the mean share of matters two of them have in common."
    )

    @classmethod
    def from_record(cls, record: Cluster, context: Context) -> StructureCluster:
        return cls(
            organizations=[
                Organization.from_record(context.memo(organizations.organization, member.id), context)
                for member in record.members
            ],
            shared=[Matter.from_record(matter, context) for matter in record.shared],
            similarity=record.similarity,
        )
