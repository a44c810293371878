"""The `OrganizationKind` enum: what sort of body an organization or unit is."""

from __future__ import annotations

from enum import Enum

import strawberry


@strawberry.enum(
    description=(
        "What sort of body an organization is. A district has a *government*; the government has a "
        "*general office* (its secretariat) and *departments*; a general office is split into *sections*; "
        "a *sub-district office* runs a neighbourhood for the district and has *internal offices*."
    )
)
class OrganizationKind(Enum):
    GOVERNMENT = strawberry.enum_value("government", description="A people's government of a city or district.")
    GENERAL_OFFICE = strawberry.enum_value(
        "general-office", description="The general office of a government: its secretariat and coordinator."
    )
    SUB_DISTRICT_OFFICE = strawberry.enum_value(
        "sub-district-office",
        description="A sub-district (street) office: the district government's agency for one neighbourhood.",
    )
    DEPARTMENT = strawberry.enum_value("department", description="A department or bureau of a government.")
    SECTION = strawberry.enum_value("section", description="A section: an internal unit of an office.")
    INTERNAL_OFFICE = strawberry.enum_value(
        "internal-office", description="An internal office of a sub-district office or bureau."
    )
    AFFILIATED_BODY = strawberry.enum_value(
        "affiliated-body", description="A body attached to an office (a centre, a leading group's office)."
    )
    SERVICE_CENTER = strawberry.enum_value("service-center", description="A service centre open to the public.")
    PARTY_COMMITTEE = strawberry.enum_value("party-committee", description="A committee of the Communist Party.")
    LEGISLATURE = strawberry.enum_value("legislature", description="A people's congress or its standing committee.")
    ADVISORY_BODY = strawberry.enum_value("advisory-body", description="A consultative body such as a CPPCC committee.")
    OTHER = strawberry.enum_value("other", description="Any other kind of body.")
