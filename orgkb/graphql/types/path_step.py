"""The `PathStep` type: one link of a path through the hierarchy."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.linked import Organization
from orgkb.kb import organizations


@strawberry.type(description='One link of a path: `from` `relation` `to`, e.g. a section "is a unit of" an office.')
class PathStep:
    from_id: strawberry.Private[str]
    to_id: strawberry.Private[str]
    relation: str = strawberry.field(
        description="How `from` stands to `to`: is a unit of, has the unit, is under, has under it."
    )

    @strawberry.field(name="from", description="Where this link starts.")
    def from_(self, info: Info) -> Organization:
        return Organization.from_record(info.context.memo(organizations.organization, self.from_id), info.context)

    @strawberry.field(description="Where this link ends.")
    def to(self, info: Info) -> Organization:
        return Organization.from_record(info.context.memo(organizations.organization, self.to_id), info.context)
