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


def test_a_page_break_inside_a_duty_drops_the_repeated_header() -> None:
    page = (
        "General Office of Longhua District People's Government\n"
        "Release Date: 2021-11-26 Views: 2,045\n"
        "Key Functions\n"
        "★ Draft and review the documents of the district government.\n"
        "★ Be responsible for the suggestions of deputies and the proposals of\n"
        "Previous  1  2  Next\n"
        "General Office of Longhua District People's Government\n"
        "Release Date: 2021-11-26 Views: 2,046\n"
        "Key Functions\n"
        "members of the district CPPCC committee.\n"
        "★ Complete other tasks assigned by the district government.\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.duties] == [
        "Draft and review the documents of the district government.",
        "Be responsible for the suggestions of deputies and the proposals of members of the district CPPCC committee.",
        "Complete other tasks assigned by the district government.",
    ]
    assert sum("repeated after a page break" in warning for warning in document.warnings) == 3


def test_a_date_line_after_the_content_is_dropped_and_dates_the_page() -> None:
    page = _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\nUpdated: 2022-10-08\n"
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.duties] == ["Implement the laws.", "Manage parks."]
    assert document.released is not None and document.released.isoformat() == "2022-10-08"


def test_a_responsibilities_label_under_a_unit_heading_opens_its_duties() -> None:
    page = (
        _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\n"
        "Departments and Duties\n"
        "◆ Secretariat Section\n"
        "Responsibilities: Draft and review official documents; handle archives.\n"
        "◆ Supervision Section\n"
        "Main duties:\n"
        "Supervise the implementation of decisions.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Secretariat Section", "Supervision Section"]
    assert [[duty.text for duty in unit.duties] for unit in document.units] == [
        ["Draft and review official documents", "Handle archives"],
        ["Supervise the implementation of decisions"],
    ]


def test_blank_lines_part_unnumbered_duties_even_when_a_line_carries_on_in_capitals() -> None:
    page = (
        "Xuhui District Civil Affairs Bureau\nMain Responsibilities\n\n"
        "Implement the laws and policies on civil affairs of the\nXuhui District People's Government.\n\n"
        "Be responsible for social assistance.\n\n"
        "Complete other tasks.\n"
    )
    assert [duty.text for duty in parse_text(page, "page.txt").duties] == [
        "Implement the laws and policies on civil affairs of the Xuhui District People's Government.",
        "Be responsible for social assistance.",
        "Complete other tasks.",
    ]


def test_units_as_table_rows_parted_by_tabs_or_bars() -> None:
    for separator in ("\t", " | "):
        page = (
            _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\n"
            "Internal Structure and Responsibilities\n"
            f"Department{separator}Main Duties\n"
            f"Office{separator}Handle documents; manage archives.\n"
            f"1{separator}Parks and Greening Section{separator}Manage parks and street trees.\n"
        )
        document = parse_text(page, "page.txt")
        assert [unit.name for unit in document.units] == ["Office", "Parks and Greening Section"], separator
        assert [len(unit.duties) for unit in document.units] == [2, 1]
        assert any("column headings were skipped" in warning for warning in document.warnings)


def test_a_tab_inside_a_duty_line_makes_no_unit() -> None:
    page = (
        _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\n"
        "Internal Organization\n(I) Office\nHandle documents\tand archives.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Office"]
    assert [duty.text for duty in document.units[0].duties] == ["Handle documents and archives"]


def test_affiliated_institutions_named_in_a_sentence() -> None:
    page = (
        _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\n"
        "Subordinate Units\n"
        "The Bureau has two directly affiliated public institutions: Nanshan District Parks Center"
        " and Nanshan District Sanitation Management Center.\n"
    )
    document = parse_text(page, "page.txt")
    assert [(unit.name, unit.kind.value) for unit in document.units] == [
        ("Nanshan District Parks Center", "affiliated-body"),
        ("Nanshan District Sanitation Management Center", "affiliated-body"),
    ]
