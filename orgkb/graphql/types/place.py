"""The `Place` type: a province, city, district or sub-district."""

from __future__ import annotations

from typing import Annotated

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.node import Node, records_of
from orgkb.kb.entities import places
from orgkb.kb.entities.places import PlaceRecord


def _parent(root: PlaceRecord, info: Info) -> PlaceRecord | None:
    return info.context.memo.found(places.place, root.parent_id) if root.parent_id is not None else None


@strawberry.type(
    description=(
        "A place an organization serves. Chinese cities contain districts, and districts contain "
        "sub-districts (neighbourhoods run by a sub-district office); `parent` climbs that ladder, "
        "and every `district` filter includes the places below the one named."
    )
)
class Place(Node):
    is_type_of = records_of(PlaceRecord)

    name: str = strawberry.field(description='The English name ("Jing\'an District").')
    place_type: str = strawberry.field(
        name="type",
        description="What level it is: province, province-level municipality, city, district or sub-district.",
    )
    alt_names: tuple[str, ...] = strawberry.field(
        graphql_type=list[str], description="Other names it goes by (short or Chinese forms)."
    )
    chinese_name: str | None = strawberry.field(description="The Chinese name, where known.")
    parent: PlaceRecord | None = strawberry.field(
        resolver=_parent,
        graphql_type=Annotated["Place", strawberry.lazy(__name__)] | None,
        description="The place this one lies in (a district's city), or null at the top.",
    )
