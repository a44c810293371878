"""The generic `Connection` type: one page of a long list, Relay style."""

from __future__ import annotations

from typing import Generic, TypeVar

import strawberry

from orgkb.graphql.types.edge import Edge
from orgkb.graphql.types.page_info import PageInfo

Item = TypeVar("Item")


@strawberry.type(
    description=(
        "One page of a list (Relay cursor connection): ask for `first` items, then pass "
        "`pageInfo.endCursor` as `after` for the next page. `totalCount` counts the whole list."
    )
)
class Connection(Generic[Item]):
    edges: list[Edge[Item]] = strawberry.field(description="The items of this page with their cursors.")
    page_info: PageInfo = strawberry.field(description="Whether more pages follow, and the cursors to reach them.")
    total_count: int = strawberry.field(description="How many items the whole list has, across all pages.")

    @strawberry.field(description="The items of this page without cursors, for clients that need no paging.")
    def nodes(self) -> list[Item]:
        return [edge.node for edge in self.edges]
