"""A paragraph describing several units, one sentence each, parted into one block per unit.

"The Roads Division maintains the county's roads. The Parks Division manages the parks." is two units
in prose: each sentence opens with a unit's name and a verb (the language's `Cues.prose_unit`).
Read as one block, the first unit would take the second's sentence as its duty and the second
would be lost. A paragraph with two or more such sentences is parted before each of them; what
comes before the first stays a block of its own. Every part keeps the paragraph's source line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from orgkb.loaders.reading.outline.markers import marker_of
from orgkb.loaders.reading.page import Block

# Where a sentence of Latin script starts: after a full stop, a semicolon or a question mark and a space;
# where a clause naming its subject starts: after a colon or a semicolon ("...: the Roads Division ...").
_SENTENCE_START = re.compile(r"(?<=[.;!?])\s+(?=[A-Z])|(?<=[:;])\s+(?=the\s+[A-Z])")


def announces(text: str, noun: str) -> bool:
    """Whether `text` names units by the plural of `noun` ("three specialised directorates", "two teams")."""
    return re.search(rf"\b{re.escape(noun)}e?s\b", text, re.IGNORECASE) is not None


def part_unit_sentences(
    blocks: Iterable[Block], prose_unit: re.Pattern[str], announced: re.Pattern[str] | None = None
) -> Iterator[Block]:
    """Every block, a paragraph of two or more sentences that each open with a unit's name parted before them.

    >>> unit = re.compile(r"^(?:The\\s+)?(?P<name>[A-Z]\\w+ Division)\\s+(?P<rest>[a-z]+s\\b.{8,})$")
    >>> text = "It has two divisions. The Roads Division repairs the roads. The Parks Division manages the parks."
    >>> [block.text for block in part_unit_sentences([Block(4, text)], unit)]
    ['It has two divisions.', 'The Roads Division repairs the roads.', 'The Parks Division manages the parks.']

    `announced` opens a unit's sentence with its noun in lower case ("The Roads division repairs ..."):
    such a sentence is a unit's only after the paragraph named the noun's plural ("two divisions").
    """
    for block in blocks:
        if block.cells or block.link or not _SENTENCE_START.search(block.text):
            yield block
            continue
        text = block.text
        marker = marker_of(text)
        opening = len(text) - len(marker.rest) if marker is not None else 0  # "3. The Roads Division ..."
        starts = [0, *(match.end() for match in _SENTENCE_START.finditer(text))]
        units: list[int] = []
        last = ""  # the unit the sentences are about: a sentence naming it again is more of its paragraph
        for start in starts:
            name = _unit_named(text, start or opening, prose_unit, announced)
            if name is not None and name.casefold() != last:
                units.append(start)
            last = name.casefold() if name is not None else last
        if len(units) < 2:
            yield block
            continue
        bounds = ([0] if units[0] else []) + units + [len(text)]
        for index, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
            part = text[start:end].strip()
            if part:
                yield replace(block, text=part, gap=block.gap if index == 0 else False)


def _unit_named(text: str, start: int, prose_unit: re.Pattern[str], announced: re.Pattern[str] | None) -> str | None:
    """The unit whose name opens the sentence at `start`, or None: a capitalized name, or one in lower case
    that the text before announced."""
    if match := prose_unit.match(text[start:]):
        return match.group("name")
    match = announced.match(text[start:]) if announced is not None else None
    return match.group("name") if match is not None and announces(text[:start], match.group("noun")) else None
