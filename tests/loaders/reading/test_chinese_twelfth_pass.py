"""Chinese pages in the layouts the twelfth pass found on development pages of two sites or more
(docs/reader.md, "Twelfth pass: zh-val-4 read"), each written for this test (no text of a real page);
tests/data/zh/twelfth/README.md says what each page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.lines.unit_listings import listed_units, name_like
from orgkb.loaders.reading.roles.cues import Section, cues_for

PAGES = Path(__file__).parents[2] / "data" / "zh" / "twelfth"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


@pytest.mark.parametrize("text", ["部门主要职责", "单位主要职能", "1、部门主要职责", "一、单位主要职责:"])
def test_the_bodys_word_then_main_duties_is_the_duties_heading(text: str) -> None:
    # before: 部门 or 单位 before 主要职责 made no heading (only one of them was allowed)
    heading = cues_for("zh").heading
    assert heading(text.split("、", 1)[-1]) == Section.DUTIES


def test_duties_under_a_numbered_section_on_the_bodys_main_duties() -> None:
    document = _read("hexi-environment-bureau-budget.txt")
    # before: "部门主要职责" was a unit, the three duties its own, the body with none
    assert document.name == "河西市生态环境局"
    assert [duty.text[:6] for duty in document.duties] == ["贯彻执行国家", "负责全市生态", "承担全市污染"]
    assert "部门主要职责" not in [unit.name for unit in document.units]


@pytest.mark.parametrize("text", ["主要工作範疇:", "本组的工作范围包括:", "工作范围", "本中心的工作範圍如下:"])
def test_the_scope_of_the_work_is_the_duties_heading(text: str) -> None:
    assert cues_for("zh").heading(text) == Section.DUTIES


def test_a_scope_of_work_heading_is_no_duty_or_unit() -> None:
    assert cues_for("zh").heading("工作范围内的事项") is None  # a phrase, not the heading


@pytest.mark.parametrize(
    ("page", "duties"),
    [
        # before: "本组的工作范围包括:" was a unit and the items its duties
        ("nanshan-health-promotion-unit.txt", ["社区健康", "学校健康", "研究及评"]),
        # before: "主要工作範疇:" was a unit and the bullets its duties
        ("beigang-clinic-services-section.txt", ["為市民提", "統籌各區", "為診所醫"]),
    ],
)
def test_duties_under_the_scope_of_the_work(page: str, duties: list[str]) -> None:
    document = _read(page)
    assert [duty.text[:4] for duty in document.duties] == duties
    assert not [unit.name for unit in document.units if "工作" in unit.name]


def test_counted_unit_lines_with_a_second_name_in_brackets() -> None:
    document = _read("liushu-town-budget-units.txt")
    # the layout read whole (on this short page the lines read as units without the count too; the
    # count vouches for them on longer pages, where the bracketed line was no name before: below)
    assert [(unit.name, unit.aliases) for unit in document.units] == [
        ("党政办公室", []),
        ("经济发展办公室", ["农业农村和乡村振兴工作办公室"]),
        ("社会事务办公室", []),
        ("综合行政执法办公室", []),
    ]
    assert [unit.line for unit in document.units] == [7, 8, 9, 10]
    assert len(document.duties) == 2


@pytest.mark.parametrize(
    ("text", "like"),
    [
        ("经济发展办公室(农业农村和乡村振兴工作办公室)", True),
        ("文秘科(保密办)", True),
        ("负责规划(含编制)", False),  # a duty
        ("综合科(负责全镇的文书工作)", False),  # a duty in the brackets, no second name
    ],
)
def test_a_second_name_in_brackets_is_judged_like_the_first(text: str, like: bool) -> None:
    assert name_like(text, cues_for("zh")) is like


def test_units_named_in_brackets_after_their_count_and_kind() -> None:
    document = _read("qinghe-water-bureau-profile.txt")
    # before: the two affiliated units in brackets were not read
    assert [unit.name for unit in document.units] == [
        "青河市水文站",
        "青河市河道管理所",
        "办公室",
        "水资源股",
        "工程建设股",
    ]
    assert [duty.text[:6] for duty in document.duties] == ["负责全市水资", "组织实施全市"]


def test_a_count_and_kind_in_brackets_names_the_units_alone() -> None:
    listed = listed_units("本局下设三个事业编制机构(青山县林业站、青山县种苗站、青山县森林防火中心)。", cues_for("zh"))
    assert listed == ["青山县林业站", "青山县种苗站", "青山县森林防火中心"]
