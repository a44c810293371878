"""The `PartnerRegion` type: a region that organizations work with, and how."""

from __future__ import annotations

from collections.abc import Awaitable

import strawberry

from orgkb.graphql.context import Info, then
from orgkb.graphql.types.node import Node
from orgkb.graphql.types.region_partner import RegionPartner
from orgkb.kb.organizations import OrganizationRecord
from orgkb.kb.places import PartnerRegionRecord


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

    @strawberry.field(
        description="The organizations and units that work with this region, and how.",
        graphql_type=list[RegionPartner],
    )
    def partners(self, info: Info) -> list[RegionPartner] | Awaitable[list[RegionPartner]]:
        from orgkb.graphql.types.organization import Organization

        def partners(records: list[OrganizationRecord]) -> list[RegionPartner]:
            return [
                RegionPartner(organization=Organization.from_record(record), relation=relation)
                for record, (_, relation) in zip(records, self.partner_links, strict=True)
            ]

        return then(info.context.organizations.get_many([link[0] for link in self.partner_links]), partners)
