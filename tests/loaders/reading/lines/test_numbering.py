"""List markers of orgkb.loaders.reading.lines.numbering: letters, lower-case Roman numerals, brackets, decimals."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.lines.numbering import read_marker, split_inline_items
from orgkb.loaders.reading.reader import parse_text


@pytest.mark.parametrize(
    ("line", "number", "style", "rest"),
    [
        # lettered lists, bracketed or dotted, either case
        ("(a) Implement the laws.", 1, "parenthesized-letter", "Implement the laws."),
        ("(c) Be responsible for x.", 3, "parenthesized-letter", "Be responsible for x."),
        ("b. the enrollment of schools;", 2, "letter", "the enrollment of schools;"),
        ("C. Office", 3, "letter-upper", "Office"),
        # lower-case Roman numerals, a space after the dot
        ("iv. Draw up the plan.", 4, "roman-lower", "Draw up the plan."),
        ("i. Implement the resolutions.", 1, "roman-lower", "Implement the resolutions."),
        # a number in square brackets ("【1】" folds to this)
        ("[1] Party and Government Office", 1, "bracketed-arabic", "Party and Government Office"),
        # the items of a numbered section: the last number is the item's
        ("1.3 Be responsible for planning.", 3, "decimal-2", "Be responsible for planning."),
        ("2.1. Party and Government Office", 1, "decimal-2", "Party and Government Office"),
        # more bullets
        ("★ Assist the leaders.", None, "bullet", "Assist the leaders."),
    ],
)
def test_read_marker(line: str, number: int | None, style: str, rest: str) -> None:
    marker = read_marker(line)
    assert marker is not None
    assert (marker.number, marker.style, marker.rest) == (number, style, rest)


@pytest.mark.parametrize(
    "line",
    [
        "i.e. the district government",  # an abbreviation, no space after the first dot
        "e.g. parks and green spaces",
        "1.5 million yuan of funds",  # a hard-wrapped line going on with a figure
        "A new district plan",
        "2023.05.08",
    ],
)
def test_no_marker(line: str) -> None:
    assert read_marker(line) is None


def test_lettered_units_and_lower_case_roman_duties() -> None:
    page = (
        "Huangpu District People's Government\n"
        "Main Functions\n"
        "i. Implement the resolutions of the district people's congress.\n"
        "ii. Lead the work of its working departments.\n"
        "v. Manage the economy of the district.\n"
        "Internal Organization\n"
        + "".join(f"{letter}. {name} Bureau\n" for letter, name in zip("abcdefghij", "ABCDEFGHIJ", strict=True))
    )
    document = parse_text(page, "page.txt")
    assert [duty.number for duty in document.duties] == [1, 2, 5]
    assert [unit.name for unit in document.units] == [f"{name} Bureau" for name in "ABCDEFGHIJ"]
    assert all(not unit.duties for unit in document.units)


@pytest.mark.parametrize(
    ("line", "items"),
    [
        # items glued to the Chinese full stop or semicolon ending the one before
        ("1、拟订规划。2、起草公文。", ["1、拟订规划。", "2、起草公文。"]),
        ("(1)拟订规划;(2)起草公文。", ["(1)拟订规划;", "(2)起草公文。"]),
        # a number glued to a full stop that does not continue the count parts nothing
        ("1、收入增长。3、支出减少。", ["1、收入增长。3、支出减少。"]),
    ],
)
def test_chinese_items_glued_to_the_stop_before(line: str, items: list[str]) -> None:
    assert split_inline_items(line) == items
