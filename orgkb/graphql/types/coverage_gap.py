"""The `CoverageGap` type: an organization without a matter that most of its set covers."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Context
from orgkb.graphql.types.linked import Matter, Organization
from orgkb.kb import organizations
from orgkb.kb.coordination.coverage import Gap


@strawberry.type(description="An organization with no duty about a matter that most organizations of the set cover.")
class CoverageGap:
    organization: Organization = strawberry.field(description="The organization that lacks the matter.")
    matter: Matter = strawberry.field(description="The matter it lacks.")
    covered: int = strawberry.field(description="How many organizations of the set cover the matter.")
    of: int = strawberry.field(description="How many organizations the set has.")

    @classmethod
    def from_record(cls, record: Gap, context: Context) -> CoverageGap:
        return cls(
            organization=Organization.from_record(
                context.memo(organizations.organization, record.organization.id), context
            ),
            matter=Matter.from_record(record.matter, context),
            covered=record.covered,
            of=record.of,
        )
