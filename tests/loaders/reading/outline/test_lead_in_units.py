from __future__ import annotations

import pytest

from orgkb.loaders.reading.outline import outline_of
from orgkb.loaders.reading.outline.lead_in_units import name_lead_in_units
from orgkb.loaders.reading.page import Block
from orgkb.loaders.reading.reader import parse_text
from orgkb.loaders.reading.roles.cues import cues_for


def _texts(lines: list[str]) -> list[str]:
    nodes = outline_of(Block(number, text) for number, text in enumerate(lines, start=1))
    name_lead_in_units(nodes, cues_for("en").unit_lead_in)
    return [node.text for node in nodes]


def test_lead_ins_naming_units_over_their_lists_become_the_units_names() -> None:
    lines = [
        "Harbour and Parks",
        "Harbour & Parks is responsible for;",
        "• Quays",
        "• Parks",
        "The Quays Section is responsible for;",
        "• Dredging",
        "Parks Section is responsible for:",
        "• Mowing",
    ]
    assert _texts(lines) == [
        "Harbour and Parks",
        "Harbour & Parks is responsible for:",  # the title's own lead-in: the body's list
        "Quays",
        "Parks",
        "Quays Section",
        "Dredging",
        "Parks Section",
        "Mowing",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # one such lead-in only: it may be the body's own
        ["Harbour Services", "The Quays Section is responsible for:", "• Dredging"],
        # no list right under the lead-ins
        [
            "Harbour Services",
            "The Quays Section is responsible for:",
            "Dredging.",
            "The Parks Section is responsible for:",
            "Mowing.",
        ],
        # the subject is the title's body, however printed
        ["Parks", "The Parks Department is responsible for:", "• Mowing", "Parks is responsible for:", "• Trees"],
    ],
)
def test_other_lead_ins_stay_as_printed(lines: list[str]) -> None:
    assert _texts(lines) == [line.removeprefix("• ") for line in lines]


def test_a_page_of_a_body_and_its_sections_each_leading_in_to_its_list() -> None:
    page = (
        "Harbour and Parks\n\n"
        "Harbour & Parks is responsible for;\n\n·  Quays\n\n·  Parks\n\n\n"
        "The Quays Section is responsible for;\n\n·  Dredging of the harbour mouth\n\n·  Slipway inspections\n\n\n"
        "Parks Section is responsible for;\n\n·  Mowing of the greens\n"
    )
    document = parse_text(page, "harbour-parks.txt")
    assert [duty.text for duty in document.duties] == ["Quays", "Parks"]
    assert [(unit.name, len(unit.duties)) for unit in document.units] == [("Quays Section", 2), ("Parks Section", 1)]
