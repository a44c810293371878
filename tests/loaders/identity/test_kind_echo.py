"""A name that says no kind takes it from the noun the text prints after it (own fixtures)."""

from __future__ import annotations

import pytest

from orgkb.loaders.document import Kind
from orgkb.loaders.identity.kind_echo import echoed_noun
from orgkb.loaders.reading.reader import parse_text


@pytest.mark.parametrize(
    ("name", "text", "noun"),
    [
        # "&" in the text for the name's "and", the noun in lower case
        ("Parks and Recreation", "The Parks & Recreation department looks after the reserves.", "department"),
        # the text's capitals differ from the heading's
        ("Environmental health", "The Environmental Health section inspects food premises.", "section"),
        # a plural, capitalized: the name printed in full
        ("Planning and Zoning", "The Planning and Zoning Divisions of the Department of Works", "division"),
        # the name with no noun after it, or another word between
        ("Parks and Recreation", "Parks and Recreation staff mow the reserves.", None),
        ("Parks and Recreation", "The Parks and Recreation budget department", None),
        # a name of one word is too common to be read so
        ("Libraries", "The Libraries team lends books.", None),
    ],
)
def test_the_noun_after_the_name(name: str, text: str, noun: str | None) -> None:
    assert echoed_noun(name, text) == noun


# A council's page titled with its service's name alone; its first sentence gives the noun.
PAGE = """\
Waste and Recycling

The Waste & Recycling team collects the district's bins and runs its recycling centres.

* Collection of household bins every fortnight.
* Running the Kereru Road recycling centre.
"""


def test_a_page_titled_without_a_noun_takes_its_kind_from_its_first_sentence() -> None:
    document = parse_text(PAGE, "page.txt")
    assert document.name == "Waste and Recycling"
    assert document.kind is Kind.SECTION


def test_a_name_with_its_noun_keeps_the_kind_its_noun_says() -> None:
    page = PAGE.replace("Waste and Recycling\n", "Waste and Recycling Department\n", 1)
    assert parse_text(page, "page.txt").kind is Kind.DEPARTMENT
