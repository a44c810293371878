"""The lines around a page's content (orgkb.loaders.reading.lines.header): dates, headings, furniture."""

from __future__ import annotations

import datetime as dt

import pytest

from orgkb.loaders.reading.lines.header import (
    Heading,
    heading_misspellings,
    is_noise,
    read_date,
    read_heading,
    strip_metadata,
)
from orgkb.loaders.reading.reader import parse_text


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Publish Time: 2023年5月8日\tSource: Nanshan District Government Online", dt.date(2023, 5, 8)),
        ("Release Time: 2022-01-30 10:25", dt.date(2022, 1, 30)),
        ("Time: 2021-07-15", dt.date(2021, 7, 15)),
        ("Date of publication: 26/03/2024   Source: Jiang'an District", dt.date(2024, 3, 26)),
        # a date alone on its line, day first when it is dotted or slashed
        ("18.05.2023", dt.date(2023, 5, 18)),
        ("2023-05-18", dt.date(2023, 5, 18)),
        # Chinese date labels left in an English page
        ("发布日期：2023-01-01", dt.date(2023, 1, 1)),
        ("发布时间：2022年11月23日 10:25", dt.date(2022, 11, 23)),
    ],
)
def test_release_dates(line: str, date: dt.date) -> None:
    assert read_date(line) == date


@pytest.mark.parametrize(
    "line",
    [
        "Office Hours: 9:00-12:00, 14:00-18:00",
        "It covers 23.6 square kilometers and has 12 communities.",
        "Founded in 2001, the centre serves 18 communities.",
    ],
)
def test_no_release_date(line: str) -> None:
    assert read_date(line) is None


def test_a_bare_date_line_is_the_release_date_and_no_intro() -> None:
    page = "Beiyuan Sub-district Office\n18.05.2023\nMain Functions\n1. Implement the laws.\n2. Serve enterprises.\n"
    document = parse_text(page, "page.txt")
    assert document.released == dt.date(2023, 5, 18)
    assert strip_metadata("18.05.2023") == ""


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        # a site and no date, a date and no site, both glued on, neither
        ("Luohu Water Affairs Bureau From: sz.gov.cn", "Luohu Water Affairs Bureau"),
        ("Luohu Water Affairs Bureau Updated: 2022-10-08 Views: 1,204", "Luohu Water Affairs Bureau"),
        ("From:dpxq.gov.cnUpdated:2022-10-08", ""),
        # the publisher and the counter after the date, with or without a date label
        ("发布日期：2023-03-09   Source: Anji County People's Government   Views: 865", ""),
        ("Source: Shapingba District Health Commission", ""),
        ("Founded in 2001 as the Luohu Water Office", "Founded in 2001 as the Luohu Water Office"),
    ],
)
def test_strip_metadata(line: str, rest: str) -> None:
    assert strip_metadata(line) == rest


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Main Functions of the District Government", Heading.DUTIES),
        # qualifiers councils and county departments print before their duties
        ("Core Functions", Heading.DUTIES),
        ("Statutory Duties", Heading.DUTIES),
        ("Roles and Responsibilities", Heading.DUTIES),
        ("General Duties of the Department", Heading.DUTIES),
        ("Our Mandate", Heading.DUTIES),
        ("Key Tasks", Heading.DUTIES),
        ("Areas of Responsibility", Heading.DUTIES),
        ("Powers and Functions", Heading.DUTIES),
        ("Responsibilities of the Town Government:", Heading.DUTIES),
        ("Working Departments", Heading.UNITS),
        # a heading word misspelt by one letter
        ("Departments and Responsibilites", Heading.UNITS),
        ("MAIN RESPONSIBILITES", Heading.DUTIES),
        ("Internal Organiztion:", Heading.UNITS),
        # headings of unseen pages
        ("Institutional Functions", Heading.DUTIES),
        ("Public Institutions", Heading.AFFILIATED),
        ("Affiliated Units", Heading.AFFILIATED),
        ("Leadership", Heading.LEADERS),
        ("Leader Information", Heading.LEADERS),
        ("Leaders' Profiles", Heading.LEADERS),
        ("Internal Bodies", Heading.UNITS),
        ("Public Service Units", Heading.AFFILIATED),
        ("Functions of the Institution", Heading.DUTIES),
        # a county department's and a branch's headings over their duties
        ("Job responsibilities", Heading.DUTIES),
        ("Scope of Responsibilities :", Heading.DUTIES),
        ("Scope of Duties", Heading.DUTIES),
    ],
)
def test_headings(line: str, heading: Heading) -> None:
    assert read_heading(line) is heading


@pytest.mark.parametrize(
    "line", ["Responsible", "Education Bureau", "Office", "Section", "Main Functionaries", "Departmental Staff"]
)
def test_no_heading(line: str) -> None:
    assert read_heading(line) is None


def test_a_misspelt_heading_word_is_reported_as_a_repair() -> None:
    assert heading_misspellings("Departments and Responsibilites") == [("Responsibilites", "Responsibilities")]
    page = (
        "Longhua District Commerce Bureau\nMain Fuctions\n1. Implement the laws.\n2. Serve enterprises.\n"
        "Departments and Responsibilites\n(I) Office\nHandle documents.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Office"]
    assert {(repair.line, repair.original, repair.replacement) for repair in document.repairs} == {
        (2, "Fuctions", "Functions"),
        (5, "Responsibilites", "Responsibilities"),
    }


@pytest.mark.parametrize(
    "line", ["Previous  1  2  Next", "Prev 1 2 3 Next Last", "Page 2 of 3", "上一页 1 2 下一页", "- 2 -"]
)
def test_pagination_is_noise(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize("line", ["Next, organize the training of teachers.", "Pages of the district portal", "2"])
def test_no_pagination(line: str) -> None:
    assert not is_noise(line)


@pytest.mark.parametrize(
    "line",
    [
        # breadcrumbs: after "Home", between arrows, after "Location:", between '>>', in Chinese
        "Home > News > Responsibilities",
        "Home / Government Information",
        "Home » About the Bureau",
        "Government Information > Organization > Main Responsibilities",
        "Current Location: Home",
        "Your position：Home",
        "Portal>>Information>>Duties",
        "当前位置：首页 > 政务公开",
        "首页 › 政务公开",
        # the footer: at its start, and a record number anywhere in it
        "COPYRIGHT 2023 Luohu District",
        "ICP No. 05083328",
        "Record: 沪公网安备 31010602000123号",
        "Filing 粤ICP备05083328号",
        # page links in any case
        "PREVIOUS 1 2 NEXT",
        "page 1 of 2",
        "— 3 —",
    ],
)
def test_furniture_is_noise(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize(
    "line",
    [
        "Guide the 24/7 hotline and the work of the next term.",
        "Responsibilities: draft the plan of the office.",
        "Manage the homepage of the district portal.",
        "Coordinate work with 上海 partners.",
    ],
)
def test_content_is_no_noise(line: str) -> None:
    assert not is_noise(line)


@pytest.mark.parametrize(
    "line",
    [
        "Contact person: Mr. Wang",  # a contact line, not the 'Contact' heading
        "Contact the district government for details",
        "Affiliated institutions handle the examinations",
        "Links with Hong Kong and Macao are promoted",
    ],
)
def test_a_heading_word_that_begins_a_longer_line_is_no_heading(line: str) -> None:
    assert read_heading(line) is None


def test_an_update_date_with_its_weekday_and_time() -> None:
    line = "Last updated: Fri 23rd January, 2015 @ 09:55"
    assert read_date(line) == dt.date(2015, 1, 23)
    assert strip_metadata(line) == ""
