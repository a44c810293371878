"""A heading over the page's own duties that names the page's body, read as a unit by the roles.

A council's page titled "Roads Division" may head its duties "Roads Division Services and
Responsibilities", "About the Roads Division" or "Roads Division can -": the heading repeats the page's
name inside words that name no unit of their own. Read as a
unit, the page lost every duty under it to a unit that is the page itself. Such a block is a heading of
the duties section: what stands under it is the organization's. A heading whose other words name a unit
("Roads Division Signs Unit", "Office of the Roads Division") is a unit, and one that is the name itself is
left as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from orgkb.loaders.reading.roles.cues import Cues, Section
from orgkb.loaders.reading.roles.evidence import Role, names_unit
from orgkb.loaders.reading.roles.sequence import Roled
from orgkb.ontology.places import fold_name

_WORD = re.compile(r"\w+")


def own_headings(roled: list[Roled], cues: Cues) -> list[Roled]:
    """`roled` with every unit's heading that names the page's own body (its name inside other words that
    make no unit's name) read as the heading of the page's duties; English pages only."""
    if cues.language != "en":
        return roled
    name = next((item.evidence.name for item in roled if item.role is Role.NAME and item.evidence.name), None)
    if name is None:
        return roled
    words = _words(name)
    if len(words) < 2:  # a one-word name ("Parks") is in many a unit's name
        return roled
    return [
        replace(item, role=Role.HEADING, evidence=replace(item.evidence, heading=Section.DUTIES))
        if item.role is Role.UNIT and _names_page(item.node.text, words, cues)
        else item
        for item in roled
    ]


def _names_page(text: str, name: tuple[str, ...], cues: Cues) -> bool:
    """Whether a unit's heading is the page's name inside other words, and those words name no unit of their
    own ("Services and Responsibilities", "About the", "can -"; not "Moorings Team", "Office of the")."""
    printed = _WORD.findall(text)
    words = tuple(fold_name(word) for word in printed)
    size = len(name)
    at = next((start for start in range(len(words) - size + 1) if words[start : start + size] == name), None)
    if at is None or words == name:
        return False
    return not names_unit(" ".join(printed[:at] + printed[at + size :]), cues)


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold_name(word) for word in _WORD.findall(text))
