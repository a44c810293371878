"""Units named in a list, read from one block's text."""

from __future__ import annotations

import pytest

from orgkb.loaders.roles.cues import cues_for
from orgkb.loaders.unit_listings import listed_units, names_only, split_typed

EN = cues_for("en")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "The bureau has set up three offices, namely the Finance Office, the Audit Office and the Legal Office.",
            ["the Finance Office", "the Audit Office", "the Legal Office"],
        ),
        (  # the kind first, the names in brackets without their nouns
            "It has three divisions (Land Survey, Titles and Deeds, Land Leases).",
            ["Land Survey", "Titles and Deeds", "Land Leases"],
        ),
        (  # two conjunctions in the last name: where the names part is not known, it stays whole
            "It has three divisions (Land Survey, Land Leases and Titles and Deeds).",
            ["Land Survey", "Land Leases and Titles and Deeds"],
        ),
        ("It has three divisions (survey, leases and deeds).", []),  # no names: lower case
        ("The bureau drafts plans for the district.", []),
    ],
)
def test_listed_units(text: str, units: list[str]) -> None:
    assert listed_units(text, EN) == units


@pytest.mark.parametrize(
    ("listing", "names"),
    [
        ("Roads, Parks and Street Cleaning", ["Roads", "Parks and Street Cleaning"]),  # one word: no parting
        ("Roads, Park Care and Street Cleaning", ["Roads", "Park Care", "Street Cleaning"]),
        ("Religion and Customs", ["Religion and Customs"]),
    ],
)
def test_the_last_two_names_of_a_typed_listing_part_when_both_have_two_words(listing: str, names: list[str]) -> None:
    assert split_typed(listing, EN) == names


def test_a_block_of_names_only() -> None:
    assert names_only("Finance Section, Audit Section and Legal Section", EN) == [
        "Finance Section",
        "Audit Section",
        "Legal Section",
    ]
    assert names_only("Draft the plans, manage the budget and audit the accounts.", EN) == []
