"""The units of a page as the reader makes them (`orgkb.loaders.reading.assembly.units`)."""

from __future__ import annotations

import pytest

from orgkb.loaders.document import Kind, Unit
from orgkb.loaders.reading.assembly.drafts import Draft
from orgkb.loaders.reading.assembly.units import UnitMaker
from orgkb.loaders.reading.reader import parse_text
from orgkb.loaders.reading.roles.cues import cues_for


def _echoes(name: str, *units: str) -> tuple[list[str], list[str]]:
    """The units left after `UnitMaker.echoes`, and the organization's duties (one draft per unit given)."""
    maker = UnitMaker(cues_for("en"), lambda text, line: text, [])
    made = [Unit(unit, line, Kind.SECTION, line) for line, unit in enumerate(units, start=1)]
    drafts = [Draft(unit, [(unit.line, f"duty under {unit.name}")]) for unit in made]
    given = maker.echoes(name, made, drafts, [])
    return [unit.name for unit in made], [text for draft in given for _, text in draft.lines]


@pytest.mark.parametrize(
    ("name", "units", "left"),
    [
        # the organization's name printed again over its own paragraph
        ("Harbour Works Department", ["The Harbour Works Department"], []),
        # its name going on with a heading on it, or with its sentence cut after the name
        ("Harbour Works Department", ["Harbour Works Department Services and Responsibilities"], []),
        ("Harbour Works Department", ["The Harbour Works Department is responsible for the upkeep and"], []),
        ("Harbour Works Department", ["Harbour Works Department can -", "Harbour Works Department can't -"], []),
        # or inside words that name no body: a heading about it, its head's title
        ("Harbour Works Department", ["About the Harbour Works Department"], []),
        ("Harbour Works Department", ["Director, Harbour Works Department"], []),
        ("Harbour Works Department", ["The functions of the Harbour Works Department"], []),
        # the page's only unit, named as the organization with another unit's noun
        ("Harbour Works Department", ["Harbour Works Division"], []),
        # a unit of its own: the name goes on with a unit's name, or stands beside other units
        (
            "Harbour Works Department",
            ["Harbour Works Department Dredging Section"],
            ["Harbour Works Department Dredging Section"],
        ),
        (
            "Harbour Works Department",
            ["Harbour Works Division", "Moorings Office"],
            ["Harbour Works Division", "Moorings Office"],
        ),
        (
            "Harbour Works Department",
            ["Office of the Harbour Works Department"],
            ["Office of the Harbour Works Department"],
        ),
        # a one-word name opening a unit's name is no evidence
        ("Harbour", ["Harbour Lights and Buoys"], ["Harbour Lights and Buoys"]),
    ],
)
def test_a_unit_named_as_the_organization_itself_gives_it_its_duties(
    name: str, units: list[str], left: list[str]
) -> None:
    kept, given = _echoes(name, *units)
    assert kept == left
    assert given == [f"duty under {unit}" for unit in units if unit not in left]


_PAGE = """Harbour Works Division

photo of a Harbour Works Division crane lifting a pontoon at the marina.

{heading}

The Harbour Works Division looks after the district's wharves and boat ramps.

Some of the tasks the division carries out include:

  • Inspecting wharves and jetties after storms
  • Dredging the boat harbour channel every spring
  • Issuing berth permits for commercial vessels
"""


@pytest.mark.parametrize(
    "heading", ["Harbour Works Division Services and Responsibilities", "About the Harbour Works Division"]
)
def test_a_heading_naming_the_page_inside_other_words_heads_its_own_duties(heading: str) -> None:
    document = parse_text(_PAGE.format(heading=heading), "harbour.txt")
    assert document.name == "Harbour Works Division"
    assert document.units == []
    texts = [duty.text for duty in document.duties]
    assert "wharves and boat ramps" in texts[-4]
    assert [text.split()[0] for text in texts[-3:]] == ["Inspecting", "Dredging", "Issuing"]


def test_a_heading_naming_the_page_with_a_unit_noun_after_it_stays_a_unit() -> None:
    document = parse_text(_PAGE.format(heading="Harbour Works Division Moorings Team"), "harbour.txt")
    assert [unit.name for unit in document.units] == ["Harbour Works Division Moorings Team"]
