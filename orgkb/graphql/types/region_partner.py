"""The `RegionPartner` type: one organization's tie to a partner region."""

from __future__ import annotations

import strawberry

from orgkb.graphql.types.refs import OrganizationRef


@strawberry.type(description="An organization or unit that works with a partner region, and the kind of work.")
class RegionPartner:
    organization: OrganizationRef = strawberry.field(description="The organization or unit.")
    relation: str = strawberry.field(
        description=(
            "The kind of work, as an ontology term: counterpartSupport, pairingAssistance, friendlyExchange, "
            "regionalCooperation, exchangeVisits or worksWithRegion (the general relation)."
        )
    )
