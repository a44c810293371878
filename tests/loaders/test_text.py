"""Rules of orgkb.loaders.text on small inline pages: blocks, items and units."""

from __future__ import annotations

from orgkb.loaders.text import parse_text

_TITLE = "Nanshan District Urban Management Bureau\n"


def test_a_sentence_leading_in_to_the_list_is_no_duty() -> None:
    page = (
        _TITLE + "Duties and Responsibilities\n"
        "The main responsibilities of the Bureau are as follows:\n"
        "1) Implement the laws and policies on urban management.\n"
        "2) Complete other tasks assigned by the district government.\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.number for duty in document.duties] == [1, 2]
    assert document.duties[0].text.startswith("Implement")
    assert "The main responsibilities of the Bureau are as follows:" in document.dropped
    assert any("leading in" in warning for warning in document.warnings)


def test_an_unnumbered_first_duty_without_a_colon_stays_a_duty() -> None:
    page = (
        _TITLE + "Main Responsibilities\n"
        "Implement the laws and policies on urban management.\n"
        "- Manage parks and green spaces.\n"
        "- Complete other tasks assigned by the district government.\n"
    )
    assert len(parse_text(page, "page.txt").duties) == 3
