"""The `PathStep` type: one link of a path through the hierarchy."""

from __future__ import annotations

from typing import TYPE_CHECKING

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.linked import Organization
from orgkb.kb.entities import organizations
from orgkb.kb.entities.organizations import OrganizationRecord

if TYPE_CHECKING:  # the network view (networkx) loads when a path is first asked for, not at start-up
    from orgkb.kb.coordination.network import PathStep as PathStepRecord


def _from(root: PathStepRecord, info: Info) -> OrganizationRecord:
    return info.context.memo(organizations.organization, root.from_id)


def _to(root: PathStepRecord, info: Info) -> OrganizationRecord:
    return info.context.memo(organizations.organization, root.to_id)


@strawberry.type(description='One link of a path: `from` `relation` `to`, e.g. a section "is a unit of" an office.')
class PathStep:
    relation: str = strawberry.field(
        description="How `from` stands to `to`: is a unit of, has the unit, is under, has under it."
    )
    from_: OrganizationRecord = strawberry.field(
        resolver=_from, name="from", graphql_type=Organization, description="Where this link starts."
    )
    to: OrganizationRecord = strawberry.field(
        resolver=_to, graphql_type=Organization, description="Where this link ends."
    )
