"""The `Node` interface: anything that can be fetched again by its id with `node(id:)`.

The API's types declare the schema of kb records, and resolvers return the records themselves,
never copies: strawberry's default resolver reads a field of the same name from the record
(`getattr`), and a field that is computed or named otherwise has a resolver that takes the record
as `root`. A type that implements `Node` says which record it is backed by (`records_of`), so
that graphql-core can tell which type a record returned for `Node` is.
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
