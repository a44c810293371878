"""`node(id:)`: find anything by its id, whatever its type."""

from __future__ import annotations

from orgkb.errors import NotFoundError
from orgkb.graphql.context import Context
from orgkb.graphql.types.linked import Matter, Organization, PartnerRegion, Responsibility
from orgkb.graphql.types.node import Node
from orgkb.graphql.types.place import Place
from orgkb.graphql.types.source_document import SourceDocument
from orgkb.kb import duties, matters, organizations, places, sources


def resolve_node(context: Context, identifier: str) -> Node:
    """The object with this id; raises `NotFoundError` when there is none, `QueryError` for a malformed id."""
    memo = context.memo
    if identifier.startswith("matter/"):
        return Matter.from_record(memo(matters.matter, identifier), context)
    if identifier.startswith("place/"):
        return Place.from_record(memo(places.place, identifier))
    if identifier.startswith("source/"):
        found = memo(sources.find_source, identifier)
        if found is None:
            raise NotFoundError("source document", identifier)
        return SourceDocument.from_record(found)
    if "/duty/" in identifier:
        return Responsibility.from_record(memo(duties.responsibility, identifier), context)
    if "/partner/" in identifier:
        for region in memo(places.partner_regions):
            if region.id == identifier:
                return PartnerRegion.from_record(region)
        raise NotFoundError("partner region", identifier)
    return Organization.from_record(memo(organizations.organization, identifier), context)
