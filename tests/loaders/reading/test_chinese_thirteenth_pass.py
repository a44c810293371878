"""Chinese pages in the layouts the thirteenth pass found on development pages of two sites or more
(docs/zh-reader.md, "Thirteenth pass: Chinese pages"), each written for this test (no text of a real
page); tests/data/zh/thirteenth/README.md says what each page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.roles.cues import Section, cues_for

PAGES = Path(__file__).parents[2] / "data" / "zh" / "thirteenth"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # a budget or final-accounts report's sections on its money and its year's work: no duties
        ("部门决算情况说明", Section.RELATED),
        ("收支预算情况说明", Section.RELATED),
        ("收入支出决算总体情况说明", Section.RELATED),
        ("2025年重点工作", Section.RELATED),
        # the budget's units: the units' section, no unit of its own
        ("单位构成", Section.UNITS),
        ("部门预算单位构成", Section.UNITS),
        # the units with their duties under one heading, and a heading over one kind of the body's units
        ("部门职责和机构设置", Section.UNITS),
        ("主要职责及内设机构", Section.UNITS),
        ("白石乡行政部门机构职责", Section.UNITS),
        ("事业单位职能", Section.UNITS),
        # the report's title is no section ("2021年度部门决算情况说明" heads the whole report)
        ("2021年度部门决算情况说明", None),
        ("重点工作的完成情况", None),
    ],
)
def test_a_reports_sections_on_its_money(text: str, section: Section | None) -> None:
    assert cues_for("zh").heading(text) == section


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("剑河县卫生健康局职能简介", Section.DUTIES),
        ("房屋事務處的職責為:", Section.DUTIES),
        ("街道的主要职能是", Section.DUTIES),
        ("街道办事处职能:", Section.DUTIES),
        # without a colon, 的 or a verb the body's name and its duties' word are a title naming the body
        ("街道办事处职能", None),
        ("海曙区月湖街道办事处主要职责", None),
        ("主要职能是", None),
    ],
)
def test_the_bodys_name_leading_in_to_its_duties(text: str, section: Section | None) -> None:
    assert cues_for("zh").heading(text) == section


def test_a_final_accounts_profile_lists_its_units_past_the_budgets_sections() -> None:
    document = _read("linyuan-health-center-accounts.txt")
    # before: "单位构成" and "部门决算情况说明" were units, so the listing under 机构设置 named units the page did
    # not detail and added none
    assert document.name == "青石县临园街道社区卫生服务中心"
    assert [unit.name for unit in document.units] == ["办公室", "财务室", "公共卫生科", "药房", "检验室"]
    assert [duty.text[:4] for duty in document.duties] == ["社区预防", "社区保健", "社区医疗"]


def test_a_budgets_duties_stop_at_the_years_key_work() -> None:
    document = _read("songping-town-budget.txt")
    # before: "2025年重点工作" was a unit holding the year's targets and the budget's sections
    assert document.name == "松坪镇人民政府"
    assert [duty.text[:4] for duty in document.duties] == ["贯彻执行", "负责本镇", "负责本镇"]
    assert document.units == []


def test_duties_under_the_bodys_name_and_its_duties() -> None:
    document = _read("beihai-housing-office-regulation.txt")
    assert document.name == "北海城市房屋事務處"
    assert [duty.text[:4] for duty in document.duties] == ["協助制定", "管理公共", "監察樓宇"]


def test_a_long_sentence_saying_what_the_body_is_names_it() -> None:
    # before: what it does between 是 and 部門 (more than 30 characters) hid the sentence
    sentence = "北海城市房屋事務處是負責協助制定及執行房屋、物業管理、樓宇維修及租務管理政策的北海城市公共部門。"
    names = [match.group("name") for pattern in cues_for("zh").first_sentence if (match := pattern.search(sentence))]
    assert "北海城市房屋事務處" in names


def test_a_part_title_framing_the_name_with_the_profiles_words() -> None:
    document = _read("hefeng-subdistrict-accounts.txt")
    # before: "第一部分 X部门概况" was a heading, the page loaded under its file's name, and "街道办事处职能:" held
    # the three duties as one
    assert document.name == "河风街道办事处"
    assert document.name_source is None
    assert [duty.text[:4] for duty in document.duties] == ["宣传贯彻", "加强党的", "统筹辖区"]


@pytest.mark.parametrize(
    ("page", "duties"),
    [
        # before: "街道的主要职能是:1、……" was one duty (the items glued to their full stops were not parted)
        ("shiqiao-subdistrict-accounts.txt", ["履行辖区党的", "履行辖区经济", "履行辖区公共", "完成区委、区"]),
        # before: the sentence saying when the bureau was set up and its three items were one paragraph of prose
        ("qingshan-housing-bureau-accounts.txt", ["贯彻执行住房", "负责全市住房", "负责全市建筑"]),
    ],
)
def test_numbered_duties_run_on_after_their_lead_in(page: str, duties: list[str]) -> None:
    assert [duty.text[:6] for duty in _read(page).duties] == duties


def test_a_posts_powers_are_no_duties_of_the_body() -> None:
    document = _read("beihai-housing-office-supervision.txt")
    # before: the three powers of the secretary supervising the office were counted as its duties
    assert [duty.text[:4] for duty in document.duties] == ["房屋事務", "協助制定", "管理公共", "監察樓宇"]
    assert cues_for("zh").heading("局長的職權主要包括:") == Section.LEADERS
    assert cues_for("zh").heading("局長的職責") is None


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("2025-03-20 10:15 作者:兰溪县卫生健康局  来源:兰溪县卫生健康局", True),
        ("撰写时间:2022-06-13稿件来源:开阳区人民政府办公室", True),
        ("發布時間:2023-01-05 來源:本局", True),
        ("2024年3月25日起施行来源于上级的规定", False),
    ],
)
def test_an_articles_dateline_is_furniture(text: str, dateline: bool) -> None:
    assert bool(cues_for("zh").furniture.fullmatch(text)) is dateline


def test_a_budget_under_an_articles_dateline() -> None:
    document = _read("lanxi-health-bureau-budget.txt")
    # before: the dateline was a duty and "基本职能及主要工作" a unit holding the three duties
    assert document.name == "兰溪县卫生健康局"
    assert [duty.text[:4] for duty in document.duties] == ["组织拟订", "负责全县", "负责全县"]
    assert document.units == []


@pytest.mark.parametrize(
    ("page", "name", "kind", "duties"),
    [
        # the name only in the sentence leading in to the units, after the duties
        ("liuxi-subdistrict-accounts.txt", "柳溪街道办事处", "sub-district-office", ["履行辖区党的", "履行辖区社会"]),
        # the name only in a final-accounts report's note on a table it leaves empty, at the foot
        ("baiyang-town-accounts.txt", "白杨镇人民政府", "government", ["宣传贯彻党和", "按照有关规定"]),
    ],
)
def test_a_name_printed_only_after_the_duties(page: str, name: str, kind: str, duties: list[str]) -> None:
    document = _read(page)
    # before: the page loaded under its file's name; the duties above the name stay the page's
    assert (document.name, document.name_source, document.kind) == (name, None, kind)
    assert [duty.text[:6] for duty in document.duties][:2] == duties
    assert len(document.duties) in (3, 4) and len(document.units) in (3, 4)
    assert any("the name printed in the text was taken" in warning for warning in document.warnings)
