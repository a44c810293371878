"""The `Role` enum: what a unit does with a matter, read from the verb of its duty."""

from __future__ import annotations

from enum import Enum

import strawberry


@strawberry.enum(
    description=(
        "What a unit does with a matter, read from the verb that opens the duty: leading it, being "
        "responsible for it, coordinating others, supervising, guiding, assisting, or undertaking tasks."
    )
)
class Role(Enum):
    LEADS = strawberry.enum_value("leads", description='Leads the matter ("lead", "take the lead in").')
    RESPONSIBLE = strawberry.enum_value("responsible", description='Is responsible for it ("be responsible for").')
    COORDINATES = strawberry.enum_value("coordinates", description='Coordinates others on it ("coordinate").')
    SUPERVISES = strawberry.enum_value("supervises", description='Supervises or inspects it ("supervise").')
    GUIDES = strawberry.enum_value("guides", description='Guides other bodies in it ("guide").')
    ASSISTS = strawberry.enum_value("assists", description='Assists another body with it ("assist").')
    UNDERTAKES = strawberry.enum_value("undertakes", description='Carries out tasks for it ("undertake").')
