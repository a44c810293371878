"""The `Node` interface: anything that can be fetched again by its id with `node(id:)`."""

from __future__ import annotations

import strawberry


@strawberry.interface(
    description=(
        "Anything with a stable id that `node(id:)` can fetch again: an organization or unit, a "
        "responsibility, a matter, a place, a partner region or a source document. Ids are readable "
        "slug paths (`shanghai/jingan/general-office`) and stay the same when a page is loaded again."
    )
)
class Node:
    id: strawberry.ID = strawberry.field(description="The stable, readable id of this thing.")
