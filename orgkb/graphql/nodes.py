"""`node(id:)`: find anything by its id, whatever its type."""

from __future__ import annotations

from collections.abc import Hashable

from orgkb.errors import NotFoundError
from orgkb.graphql.context import Context
from orgkb.kb.entities import duties, matters, organizations, places, sources


def resolve_node(context: Context, identifier: str) -> Hashable:
    """The kb record with this id, of any type that implements `Node`.

    Raises `NotFoundError` when there is none, `QueryError` for a malformed id.
    """
    memo = context.memo
    if identifier.startswith("matter/"):
        return memo(matters.matter, identifier)
    if identifier.startswith("place/"):
        return memo(places.place, identifier)
    if identifier.startswith("source/"):
        found = memo(sources.find_source, identifier)
        if found is None:
            raise NotFoundError("source document", identifier)
        return found
    if "/duty/" in identifier:
        return memo(duties.responsibility, identifier)
    if "/partner/" in identifier:
        for region in memo(places.partner_regions):
            if region.id == identifier:
                return region
        raise NotFoundError("partner region", identifier)
    return memo(organizations.organization, identifier)
