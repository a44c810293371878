"""Chinese pages in the layouts the twelfth pass found on development pages of two sites or more
(docs/reader.md, "Twelfth pass: zh-val-4 read"), each written for this test (no text of a real page);
tests/data/zh/twelfth/README.md says what each page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document
from orgkb.loaders.files import read_page
from orgkb.loaders.roles.cues import Section, cues_for

PAGES = Path(__file__).parent.parent / "data" / "zh" / "twelfth"


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
