"""The `PathStep` type: one link of a path through the hierarchy."""

from __future__ import annotations

from collections.abc import Awaitable

import strawberry

from orgkb.graphql.context import Info, then
from orgkb.graphql.types.organization import Organization


@strawberry.type(description='One link of a path: `from` `relation` `to`, e.g. a section "is a unit of" an office.')
class PathStep:
    from_id: strawberry.Private[str]
    to_id: strawberry.Private[str]
    relation: str = strawberry.field(
        description="How `from` stands to `to`: is a unit of, has the unit, is under, has under it."
    )

    @strawberry.field(name="from", description="Where this link starts.", graphql_type=Organization)
    def from_(self, info: Info) -> Organization | Awaitable[Organization]:
        return then(info.context.organizations.get(self.from_id), Organization.from_record)

    @strawberry.field(description="Where this link ends.", graphql_type=Organization)
    def to(self, info: Info) -> Organization | Awaitable[Organization]:
        return then(info.context.organizations.get(self.to_id), Organization.from_record)
