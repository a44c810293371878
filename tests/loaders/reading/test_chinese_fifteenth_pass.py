"""Chinese pages in the layouts the fifteenth pass found on development pages of two sites or more
(docs/zh-reader.md, "Fifteenth pass: names over their duties, joined headings"), each written for this
test (no text of a real page); tests/data/zh/fifteenth/README.md says what each page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.roles.cues import Section, cues_for

PAGES = Path(__file__).parents[2] / "data" / "zh" / "fifteenth"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # the units' heading joined by 及/和 to another heading or to a profile's (people, posts)
        ("机构设置及部门预算单位构成", Section.UNITS),
        ("机构设置及人员情况", Section.UNITS),
        ("機構設置及決算單位構成", Section.UNITS),
        ("内设机构和人员编制", Section.UNITS),
        # a duty joining a heading's words to its own: no heading
        ("机构设置和编制管理工作", None),
        ("机构设置及人员调配", None),
        ("人员情况及机构设置", None),
    ],
)
def test_two_headings_joined_are_the_firsts(text: str, section: Section | None) -> None:
    assert cues_for("zh").heading(text) == section


@pytest.mark.parametrize(
    ("page", "name", "kind", "duties"),
    [
        # `(一)X主要职能。` over the duties: no duty, and the only place the page prints its name
        ("qingtan-town-budget.txt", "青潭县柳湾镇人民政府", "government", "贯彻执行 加强党的 统筹区域 强化基层"),
        # `X的主要职责是:`, while the duties speak of another body twice
        (
            "heqiao-district-office-profile.txt",
            "青河市河桥区人民政府办公室",
            "general-office",
            "协助区政 负责区政 督促检查 完成区委",
        ),
    ],
)
def test_the_name_leading_in_to_the_duties_names_the_page(page: str, name: str, kind: str, duties: str) -> None:
    document = _read(page)
    # before: the first page loaded under its file's name with its lead-in as a duty; the second was
    # named after the body its duties speak of (区委外事工作委员会)
    assert (document.name, document.name_source, document.kind) == (name, None, kind)
    assert [duty.text[:4] for duty in document.duties] == duties.split()
    assert any("the name printed in the text was taken" in warning for warning in document.warnings)


def test_a_name_after_the_duties_under_a_joined_heading_keeps_them() -> None:
    document = _read("songxi-town-budget.txt")
    # before: `二、机构设置及部门预算单位构成` was a sixth duty; read as a heading alone, the sentence naming the
    # town under it became the page's name block and the five duties above it its preamble
    assert document.name == "松溪镇人民政府"
    assert [duty.text[:4] for duty in document.duties] == ["制定和组", "负责本镇", "负责本镇", "按计划组", "完成上级"]
    units = ["党政办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室"]
    assert [unit.name for unit in document.units] == units
