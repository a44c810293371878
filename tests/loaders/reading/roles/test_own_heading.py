"""A heading naming the page's own body over its duties: the duties' heading, not a unit."""

from __future__ import annotations

from orgkb.loaders.reading.reader import parse_text

_PAGE = """Harbour Works Division

photo of a Harbour Works Division crane lifting a pontoon at the marina.

{heading}

The Harbour Works Division looks after the district's wharves and boat ramps.

Some of the tasks the division carries out include:

  • Inspecting wharves and jetties after storms
  • Dredging the boat harbour channel every spring
  • Issuing berth permits for commercial vessels
"""


def test_a_heading_naming_the_page_inside_other_words_heads_its_duties() -> None:
    document = parse_text(_PAGE.format(heading="Harbour Works Division Services and Responsibilities"), "harbour.txt")
    assert document.name == "Harbour Works Division"
    assert document.units == []
    texts = [duty.text for duty in document.duties]
    assert "wharves and boat ramps" in texts[-4]
    assert [text.split()[0] for text in texts[-3:]] == ["Inspecting", "Dredging", "Issuing"]


def test_a_heading_about_the_page_heads_its_duties_too() -> None:
    document = parse_text(_PAGE.format(heading="About the Harbour Works Division"), "harbour.txt")
    assert document.units == []
    assert [duty.text.split()[0] for duty in document.duties][-3:] == ["Inspecting", "Dredging", "Issuing"]


def test_a_heading_ending_in_a_unit_noun_stays_a_unit() -> None:
    document = parse_text(_PAGE.format(heading="Harbour Works Division Moorings Team"), "harbour.txt")
    assert [unit.name for unit in document.units] == ["Harbour Works Division Moorings Team"]
