"""Chinese pages in the layouts the eleventh pass found on development pages of two sites or more
(docs/zh-reader.md, "Eleventh pass"), each written for this test (no text of a real page);
tests/data/zh/eleventh/README.md says what each page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.lines.unit_listings import listed_units
from orgkb.loaders.reading.reader import parse_text
from orgkb.loaders.reading.roles.cues import cues_for
from orgkb.loaders.reading.roles.evidence import _titles_a_list

PAGES = Path(__file__).parents[2] / "data" / "zh" / "eleventh"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


def test_a_table_of_contents_gives_no_duty_unit_or_name() -> None:
    document = _read("shiquan-town-final-accounts.txt")
    # before: the parts' and tables' titles were units and duties, and the three duties a unit's
    assert [duty.quote[:6] for duty in document.duties] == ["宣传贯彻国家", "负责本镇农业", "组织实施本镇"]
    assert [duty.line for duty in document.duties] == [21, 23, 25]  # the text's lines, not the contents'
    assert "lines 1-15: a table of contents was dropped" in document.warnings
    assert document.dropped[:3] == ["目 录", "第一部分 概况", "一、本部门职责"]


def test_units_counted_then_named_after_ji_with_the_same_words_after_each() -> None:
    document = _read("shiquan-town-final-accounts.txt")
    assert [unit.name for unit in document.units] == ["党政办公室", "社会事务办公室", "规划建设办公室", "便民服务中心"]
    assert {unit.line for unit in document.units} == {29}


def test_a_part_of_table_names_is_no_duty_or_unit() -> None:
    document = _read("shiquan-town-final-accounts.txt")
    texts = [duty.text for duty in document.duties] + [unit.name for unit in document.units]
    assert not [text for text in texts if "决算" in text or "部分" in text]


def test_a_final_accounts_title_and_a_part_title_frame_the_name() -> None:
    document = _read("qingshan-service-center-final-accounts.txt")
    assert document.name == "青山市政务服务中心"
    assert [unit.name for unit in document.units] == ["综合科", "审批协调科", "督查科"]  # "分别是" with no colon
    assert len(document.duties) == 3


def test_a_part_title_on_the_profile_keeps_the_duties_under_it() -> None:
    # the title less the name is "第一部分:概况", a profile: no part closing the duties (before: every duty lost)
    page = "2022年青山市政务服务中心部门决算\n第一部分:青山市政务服务中心概况\n"
    page += "(一)负责进驻部门的集中办公。\n(二)受理群众投诉。\n"
    document = parse_text(page, "page.txt")
    assert document.name == "青山市政务服务中心"
    assert [duty.text[:4] for duty in document.duties] == ["负责进驻", "受理群众"]


def test_a_title_naming_the_office_before_its_years_final_accounts() -> None:
    document = _read("baihe-sub-district-budget-title.txt")
    assert document.name == "白河市东湖区人民政府柳岸街道办事处"
    assert len(document.duties) == 3


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # a count and its kind, a comma, then 即 / 分别是 and the names, no colon
        ("本局共有三个内设机构,即办公室、规划科和执法大队。", ["办公室", "规划科", "执法大队"]),
        ("新闻处下设有两个科 , 分别是宣传科和联络科。", ["宣传科", "联络科"]),
        # the words after every name are left out only where each name is a unit's without them
        ("本镇共有两个内设机构,即党政办公室组织机构、便民服务中心组织机构。", ["党政办公室", "便民服务中心"]),
        ("本局共有两个内设机构,即综合办公室、执法办公室。", ["综合办公室", "执法办公室"]),
        # names with no unit's noun count only when the count is theirs
        ("本局共有三个工作专班,即党建专班、民生专班。", []),
        ("本局共有两个工作专班,即党建专班、民生专班。", ["党建专班", "民生专班"]),
    ],
)
def test_listing_after_a_count(sentence: str, units: list[str]) -> None:
    assert listed_units(sentence, cues_for("zh")) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("本局设立了专家委员会。", ["专家委员会"]),  # before: '立了专家委员会'
        ("本局设置了信访室。", ["信访室"]),
        ("本局设有办公室、执法大队。", ["办公室", "执法大队"]),
        ("本局设计了新的办事流程。", []),
    ],
)
def test_a_body_setting_up_a_unit_names_it_without_the_verb(sentence: str, units: list[str]) -> None:
    document = parse_text(f"青河区民政局\n主要职责\n一、负责全区民政工作。\n{sentence}\n", "page.txt")
    assert [unit.name for unit in document.units] == units


@pytest.mark.parametrize(
    ("page", "duties"),
    [
        # "一、概况" over "(一)主要职能" under the duties' heading (before: a duty)
        ("songlin-bureau-section-titles.txt", ["负责全县自然", "承担自然资源"]),
        # "一、单位主要职责" over "(一)……" under the part's title (before: a duty)
        ("songlin-forestry-section-title.txt", ["组织编制全县", "负责全县森林"]),
    ],
)
def test_a_marked_section_title_over_its_list_is_no_duty(page: str, duties: list[str]) -> None:
    assert [duty.text[:6] for duty in _read(page).duties] == duties


@pytest.mark.parametrize(
    ("title", "list_title"),
    [
        ("基本情况说明", True),
        ("单位主要职责", False),  # the duties' heading since the twelfth pass (its section, not a title)
        ("概况", True),
        ("综合科", False),  # a unit over its duties
        ("主要职责", False),  # a heading the cues know
        ("负责全县林地保护利用规划的编制", False),  # too long for a title
        ("有关职责分工。", False),  # a sentence
    ],
)
def test_titles_a_list(title: str, list_title: bool) -> None:
    assert _titles_a_list(title, cues_for("zh")) is list_title
    assert not _titles_a_list(title, cues_for("en"))  # Chinese titles only
