"""The `Repair` type: a change the loader made to a page's printed text."""

from __future__ import annotations

import strawberry


@strawberry.type(
    description=(
        "A change the loader made to the printed text of a page, such as splitting a glued word "
        '("adetached" -> "a detached"). Repairs are recorded so that nothing changes silently.'
    )
)
class Repair:
    line: int = strawberry.field(description="The line of the page where the text was repaired (1 is the first).")
    original: str = strawberry.field(description="The text as printed.")
    replacement: str = strawberry.field(description="The text as repaired.")
