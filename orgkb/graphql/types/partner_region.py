"""The `PartnerRegion` type: a region that organizations work with, and how."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.node import Node
from orgkb.graphql.types.region_partner import RegionPartner
from orgkb.kb import lookup
from orgkb.kb.catalog import PartnerRegionRecord


@strawberry.type(
    description=(
        "A region outside the district that its offices work with: regions Shanghai supports under "
        '"counterpart support" (paired assistance to poorer areas), sister provinces and cities, '
        "foreign friendly cities, Hong Kong and Macao. Named as the page names it."
    )
)
class PartnerRegion(Node):
    name: str = strawberry.field(description='The region as the page names it ("sister provinces and cities").')
    partner_links: strawberry.Private[tuple[tuple[str, str], ...]]

    @classmethod
    def from_record(cls, record: PartnerRegionRecord) -> PartnerRegion:
        return cls(id=strawberry.ID(record.id), name=record.name, partner_links=record.partners)

    @strawberry.field(description="The organizations and units that work with this region, and how.")
    def partners(self, info: Info) -> list[RegionPartner]:
        from orgkb.graphql.types.organization import Organization

        return [
            RegionPartner(
                organization=Organization.from_record(info.context.memo(lookup.organization, id), info.context),
                relation=relation,
            )
            for id, relation in self.partner_links
        ]
