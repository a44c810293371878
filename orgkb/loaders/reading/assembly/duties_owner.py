"""The body a page's list of duties belongs to, named by the sentence leading in to the list.

"The By-law Enforcement Section is responsible for the following:" over bulleted duties, "Responsibilities
of the Park and Recreation Board include:", "What do Electoral Services do?": the list under it is that
body's, so the body is the page's own. Read only where one such sentence leads in to a list (two or more
lead in to units' lists: `orgkb.loaders.reading.outline.lead_in_units`), where the name it gives ends in a body's
noun, and never on a line read as a unit's name alone (a sentence read as a unit and its duties may be the
body's own, as "The Public Works Department maintains ..." is on the department's page; the reading says
so, and the name yields to a sentence naming the page). Nothing here knows a language's words: the
language's `Cues.duties_owner` finds the sentence and its name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from orgkb.loaders.reading.roles import Role, Roled
from orgkb.ontology.places import fold_name

# Roles of a block that may lead in to the body's own list: not a unit's name alone, the site's frame or a contact.
_LEADS_IN = (Role.INTRO, Role.DUTY, Role.NAME, Role.HEADING, Role.UNIT_DUTIES)
_AMPERSAND = re.compile(r"\s*&\s*")


@dataclass(frozen=True)
class Owner:
    """The name the lead-in gives, the line it is printed on, and whether the lead-in was read as a unit's
    sentence ("The Roads Division is responsible for:" under the division's heading may be a unit's)."""

    name: str
    line: int
    as_unit: bool


def duties_owner(
    roled: list[Roled], lead_ins: tuple[re.Pattern[str], ...], names_body: Callable[[str], bool]
) -> Owner | None:
    """The body that the only sentence leading in to a list of duties names (one of `lead_ins`, fullmatch, the
    name in group "name"), or None when no sentence or more than one does."""
    found: list[Owner] = []
    for item, after in zip(roled, roled[1:], strict=False):
        node = item.node
        if node.marker is not None or item.role not in _LEADS_IN:
            continue
        if after.role is not Role.DUTY or after.node.marker is None or after.node.depth <= node.depth:
            continue  # no list of duties right under it
        text = node.text.strip()
        match = next((hit for pattern in lead_ins if (hit := pattern.fullmatch(text))), None)
        if match is not None and names_body(name := match.group("name").strip()):
            found.append(Owner(name, node.line, item.role is Role.UNIT_DUTIES))
    return found[0] if len(found) == 1 else None


def same_body(name: str, other: str) -> bool:
    """Whether two names name one body: one holds the other, folded ("Planning & Development" and "Planning
    and Development Department").

    >>> same_body("Planning & Development", "Planning and Development Department"), same_body("A Team", "B Team")
    (True, False)
    """
    folded, other_folded = (fold_name(_AMPERSAND.sub(" and ", text)) for text in (name, other))
    return folded in other_folded or other_folded in folded
