"""The generic `Edge` type: one item of a page of a list, with its cursor."""

from __future__ import annotations

from typing import Generic, TypeVar

import strawberry

Item = TypeVar("Item")


@strawberry.type(description="One item of a page of a list, and the cursor that points at it.")
class Edge(Generic[Item]):
    cursor: str = strawberry.field(description="An opaque cursor: pass it as `after` to continue after this item.")
    node: Item = strawberry.field(description="The item.")
