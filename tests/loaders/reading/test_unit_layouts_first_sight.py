"""Unit names at first sight: every layout that carried units the reader missed on a site it had never
seen (docs/reader.md, "Unit names at first sight"), in a page of our own, read back unit by unit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgkb.loaders.reading.reader import parse_text

PAGES = Path(__file__).parents[2] / "data" / "unit-layouts"
EXPECTED: dict[str, dict[str, object]] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


def _case(page: str) -> object:
    """A layout's page; a layout that today's reader still misses (a "gap" in expected.json) must fail."""
    gap = EXPECTED[page].get("gap")
    marks = [pytest.mark.xfail(reason=str(gap), strict=True)] if gap else []
    return pytest.param(page, marks=marks, id=str(EXPECTED[page]["layout"]))


@pytest.mark.parametrize("page", [_case(page) for page in sorted(EXPECTED)])
def test_the_units_of_each_layout_are_read_as_printed(page: str) -> None:
    document = parse_text((PAGES / page).read_text(encoding="utf-8"), page)
    assert [unit.name for unit in document.units] == EXPECTED[page]["units"]


def test_every_fixture_is_checked() -> None:
    assert sorted(path.name for path in PAGES.glob("*.txt")) == sorted(EXPECTED)


def test_names_a_count_leads_in_to_carry_no_text_after_them() -> None:
    document = parse_text((PAGES / "en-list-lines.txt").read_text(encoding="utf-8"), "page.txt")
    assert all(not unit.duties for unit in document.units)
    assert [duty.text for duty in document.duties] == [
        "Each department is led by a director who reports to the chief executive."
    ]


def test_a_count_the_lines_do_not_match_reads_no_list() -> None:
    page = (
        "Our Departments, Carrow Shire Council\n\nThe three departments are:\n\n"
        "Community Services\nInfrastructure and Assets\n"
    )
    names = [unit.name for unit in parse_text(page, "page.txt").units]
    assert names != ["Community Services", "Infrastructure and Assets"]


def test_the_sentence_on_the_page_s_own_department_is_its_duty() -> None:
    document = parse_text((PAGES / "en-prose-units.txt").read_text(encoding="utf-8"), "page.txt")
    assert [duty.text for duty in document.duties] == [  # the sentence whole, its subject kept (docs/reader.md)
        "The Public Works Department is responsible for the roads, water mains and sewers of the town."
    ]
    streets = document.units[1]
    assert [duty.text for duty in streets.duties] == [
        "Provides snow clearing, street sweeping and the repair of potholes and sidewalks"
    ]


def test_a_unit_that_opens_the_title_but_is_another_body_stays_a_unit() -> None:
    page = (
        "Roads Department Annual Overview, Harlow Vale County\n\n"
        "The Roads Department Annual Overview team publishes the figures.\n\n"
        "The Bridges Section inspects every bridge each year.\n\n"
        "The Lighting Section maintains street lights.\n"
    )
    names = [unit.name for unit in parse_text(page, "page.txt").units]
    assert "Bridges Section" in names
    assert "Lighting Section" in names


@pytest.mark.parametrize("sentence", ["本局设计了新的方案。", "本所设秘书一人。"])
def test_a_body_that_sets_up_no_unit_lists_none(sentence: str) -> None:
    page = f"青石市应急管理局\n\n主要职责\n(一)负责全市应急管理工作。\n\n{sentence}\n"
    assert parse_text(page, "page.txt").units == []
