"""The `CoverageGap` type: an organization without a matter that most of its set covers."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.linked import Matter, Organization
from orgkb.kb.coordination.coverage import Gap
from orgkb.kb.entities import organizations
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.ontology.thesaurus import MatterRecord


def _organization(root: Gap, info: Info) -> OrganizationRecord:
    return info.context.memo(organizations.organization, root.organization.id)


@strawberry.type(description="An organization with no duty about a matter that most organizations of the set cover.")
class CoverageGap:
    organization: OrganizationRecord = strawberry.field(
        resolver=_organization, graphql_type=Organization, description="The organization that lacks the matter."
    )
    matter: MatterRecord = strawberry.field(graphql_type=Matter, description="The matter it lacks.")
    covered: int = strawberry.field(description="How many organizations of the set cover the matter.")
    of: int = strawberry.field(description="How many organizations the set has.")
