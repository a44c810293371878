"""The `Place` type: a province, city, district or sub-district."""

from __future__ import annotations

import strawberry

from orgkb.errors import NotFoundError
from orgkb.graphql.context import Info
from orgkb.graphql.types.node import Node
from orgkb.kb import places
from orgkb.kb.places import PlaceRecord


@strawberry.type(
    description=(
        "A place an organization serves. Chinese cities contain districts, and districts contain "
        "sub-districts (neighbourhoods run by a sub-district office); `parent` climbs that ladder, "
        "and every `district` filter includes the places below the one named."
    )
)
class Place(Node):
    name: str = strawberry.field(description='The English name ("Jing\'an District").')
    type: str = strawberry.field(
        description="What level it is: province, province-level municipality, city, district or sub-district."
    )
    alt_names: list[str] = strawberry.field(description="Other names it goes by (short or Chinese forms).")
    chinese_name: str | None = strawberry.field(description="The Chinese name, where known.")
    parent_id: strawberry.Private[str | None]

    @classmethod
    def from_record(cls, record: PlaceRecord) -> Place:
        return cls(
            id=strawberry.ID(record.id),
            name=record.name,
            type=record.place_type,
            alt_names=list(record.alt_names),
            chinese_name=record.chinese_name,
            parent_id=record.parent_id,
        )

    @strawberry.field(description="The place this one lies in (a district's city), or null at the top.")
    def parent(self, info: Info) -> Place | None:
        if self.parent_id is None:
            return None
        try:
            return Place.from_record(info.context.memo(places.place, self.parent_id))
        except NotFoundError:
            return None
