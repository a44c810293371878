"""The `Node` interface: anything that can be fetched again by its id with `node(id:)`.

Resolvers return kb records themselves; a type that implements `Node` says which record backs it
(`records_of`), so that graphql-core can tell the type of a record returned for `Node`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry


def records_of(record: type) -> Callable[[Any, Any], bool]:
    """An `is_type_of` for a type whose objects are kb records of the class `record`.

    >>> records_of(int)(3, None), records_of(int)("3", None)
    (True, False)
    """

    def is_type_of(value: Any, _info: Any) -> bool:
        return isinstance(value, record)

    return is_type_of


@strawberry.interface(
    description=(
        "Anything with a stable id that `node(id:)` can fetch again: an organization or unit, a "
        "responsibility, a matter, a place, a partner region or a source document. Ids are readable "
        "slug paths (`shanghai/jingan/general-office`) and stay the same when a page is loaded again."
    )
)
class Node:
    id: strawberry.ID = strawberry.field(description="The stable, readable id of this thing.")
