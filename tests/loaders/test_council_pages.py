"""Council and county department pages of our own (tests/data/councils/), in layouts the dev batches lack."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.files import read_page

COUNCILS = Path(__file__).parents[1] / "data" / "councils"


@pytest.mark.parametrize(
    ("page", "units"),
    [
        # a heading over a sentence opening with the same name ("The Food Safety Team inspects ...")
        (
            "brackley-environmental-health-teams.txt",
            ["Food Safety Team", "Pollution Control Team", "Private Sector Housing Team"],
        ),
        # a divisions table under a paragraph opening with the department's own name
        (
            "cedar-county-public-works-divisions.txt",
            [
                "Road Maintenance Division",
                "Engineering Division",
                "Surface Water Management Division",
                "Fleet Services Division",
            ],
        ),
    ],
)
def test_a_name_echoed_by_the_next_sentence_is_one_unit(page: str, units: list[str]) -> None:
    document = read_page(COUNCILS / page)
    assert [unit.name for unit in document.units] == units
    assert all(len(unit.duties) == 1 for unit in document.units)


def test_a_unit_named_as_the_organization_itself_gives_it_its_duties() -> None:
    document = read_page(COUNCILS / "cedar-county-public-works-divisions.txt")
    assert document.name == "Public Works Department"
    assert [duty.text[:25] for duty in document.duties] == ["Maintains the county's ro"]
    assert any("names the organization itself" in warning for warning in document.warnings)
