"""The `PageInfo` type: where a page of a list stands (Relay cursor connections)."""

from __future__ import annotations

import strawberry


@strawberry.type(description="Where this page of a list stands: pass `endCursor` as `after` to get the next page.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="True when more items follow this page.")
    has_previous_page: bool = strawberry.field(description="True when items come before this page.")
    start_cursor: str | None = strawberry.field(description="The cursor of the first item of this page.")
    end_cursor: str | None = strawberry.field(description="The cursor of the last item of this page.")
