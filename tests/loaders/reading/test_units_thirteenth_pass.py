"""Unit names in the layouts the thirteenth pass found on unseen pages of two sites or more (docs/reader.md,
"Units, thirteenth pass"), each in a page written for this test (no text of a real page);
tests/data/units/thirteenth/README.md says what each page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.lines.header import Heading, read_heading
from orgkb.loaders.reading.lines.unit_listings import listed_units
from orgkb.loaders.reading.roles.cues import cues_for

PAGES = Path(__file__).parents[2] / "data" / "units" / "thirteenth"
ZH = cues_for("zh")
EN = cues_for("en")


def _units(name: str) -> list[str]:
    document: Document = read_page(PAGES / name)
    return [unit.name for unit in document.units]


def test_a_listing_in_each_clause_of_a_sentence() -> None:
    sentence = "局本级内设3个科室:办公室、规划科、财务科;所属管理所内设2个股室,分别为综合股、巡查股。"
    # before: the first listing ran on to the end, gluing the next clause's lead-in to a name
    assert listed_units(sentence, ZH) == ["办公室", "规划科", "财务科", "综合股", "巡查股"]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("内设3个科室:办公室、规划科、财务科;另有临时机构。", ["办公室", "规划科", "财务科"]),  # one clause lists
        ("内设4个科室:办公室、规划科;财务科、审计科。", ["办公室", "规划科", "财务科", "审计科"]),  # one listing
    ],
)
def test_clauses_that_do_not_each_list_units_are_one_listing(sentence: str, units: list[str]) -> None:
    assert listed_units(sentence, ZH) == units


def test_the_listed_units_of_a_budget_page_whose_headings_name_no_unit() -> None:
    units = _units("donggang-water-bureau-accounts.txt")
    # before: "二、部门决算情况说明" stood for the page's units, and the listing, naming none of them, gave none
    listed = ["办公室", "水资源管理科", "工程建设科", "财务审计科", "综合股", "巡查股", "养护股"]
    listed += ["综合办公室", "水质监测室", "管网维护室"]
    assert [name for name in units if name in listed] == listed


def test_units_listed_apart_from_the_units_the_page_details() -> None:
    units = _units("baishi-township-accounts.txt")
    # before: the offices in brackets after the kind with no count were not read, and the two public
    # institutions alone made too short a listing to stand beside the numbered offices named otherwise
    listed = ["党政办", "财政所", "农业办", "社会事务办", "综治办", "农业综合服务中心", "文化服务中心"]
    assert units[: len(listed)] == listed
    assert units[len(listed) :] == ["党建综合办公室", "经济发展办公室", "社会事务办公室"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("本镇为一级预算单位(党政办、财政所、综治办)。", ["党政办", "财政所", "综治办"]),
        ("本单位(局机关、信息中心)负责全区规划工作。", []),  # two names: a note, no listing
        ("本单位(含下属单位)负责全区规划、建设、管理工作。", []),
    ],
)
def test_names_in_brackets_after_the_kind_with_no_count(text: str, units: list[str]) -> None:
    assert listed_units(text, ZH) == units


def test_labels_naming_the_units_kind_then_what_it_includes() -> None:
    units = _units("eastvale-education-bureau.txt")
    # before: "Organization of Education Bureau" was a unit holding the three parts as its duties
    assert units[:9] == [
        "Division of Primary Education",
        "Division of Secondary Education",
        "Division of Lifelong Learning",
        "Personnel Office",
        "Accounting Office",
        "Secretariat Office",
        "Curriculum Advisory Group",
        "Reading Promotion Center",
        "Digital Learning Office",
    ]
    assert not [name for name in units if "schools" in name or name.startswith("Organization")]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Task-Oriented Teams include Road Safety Group, Youth Sports Center, and Archives Office.",
            ["Road Safety Group", "Youth Sports Center", "Archives Office"],
        ),
        ("**2. Support Units **include Finance Office and Personnel Office.", ["Finance Office", "Personnel Office"]),
        ("Our services include parking permits, street cleaning and recycling.", []),  # no unit's kind
        ("Its duties include drafting policies for schools.", []),
    ],
)
def test_a_units_kind_then_what_it_includes(text: str, units: list[str]) -> None:
    assert listed_units(text, EN) == units


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Organization of Education Bureau", Heading.UNITS),
        ("Organisational Structure of the Parks Department", Heading.UNITS),
        ("Organization of Work", None),  # no body's noun
        ("Main Responsibilities and Organization of Caojiadu Sub-district Office", None),  # a title
    ],
)
def test_the_bodys_organization_heads_its_units(text: str, section: Heading | None) -> None:
    assert read_heading(text) == section
