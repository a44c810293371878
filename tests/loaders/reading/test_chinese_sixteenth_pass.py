"""Chinese regulations in the layouts the sixteenth pass found on development pages (docs/zh-reader.md),
each written for this test (no text of a real page); tests/data/zh/sixteenth/README.md says what each
page shows."""

from __future__ import annotations

from pathlib import Path

from orgkb.loaders.document import Document
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.outline.split import split_blocks
from orgkb.loaders.reading.page import Block

PAGES = Path(__file__).parents[2] / "data" / "zh" / "sixteenth"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


def test_a_regulation_copied_as_bulleted_articles_names_its_body_and_its_groups() -> None:
    document = _read("lanjiang-information-office-rules.txt")
    # named in full once, in the second article (`X處(以下簡稱本處)`); before, under its file's name
    assert (document.name, document.name_source, document.kind.value) == ("嵐江市政府資訊處", None, "department")
    assert [unit.name for unit in document.units] == ["系統組", "網路組", "資料組", "會計室"]
    groups = {unit.name: unit for unit in document.units}
    assert [duty.quote for duty in groups["網路組"].duties] == ["網路架構、機房管理及資訊安全等事項"]
    # the staff table, the head's stand-in and the meeting's members are no duty of the last group or the office
    assert [duty.quote for duty in groups["資料組"].duties] == ["資料開放、統計分析及資料治理等事項"]
    assert document.duties == []


def test_a_units_article_opens_with_its_head_post() -> None:
    document = _read("hexi-standards-branch-rules.txt")
    assert [unit.name for unit in document.units] == ["第一課", "第二課"]
    assert [duty.quote[:6] for duty in document.units[1].duties] == ["化工類產品之", "化工類產品之"]
    # the branch's own three duties, no longer followed by its units' (8 before)
    assert len(document.duties) == 3


def test_items_numbered_by_a_numeral_and_a_space_after_a_lead_in() -> None:
    text = "本處設下列各組,分別掌理各有關事項: 一 甲組:文書事項。 二 乙組:出納事項。 三 丙組:研考事項。 四"
    parts = [block.text for block, _ in split_blocks([Block(3, text)], lambda text: None)]
    assert parts == [
        "本處設下列各組,分別掌理各有關事項:", "一、甲組:文書事項。", "二、乙組:出納事項。", "三、丙組:研考事項。",
    ]  # fmt: skip
    # a numeral and a space inside a sentence, or out of order, parts nothing
    for whole in ("本處掌理下列事項: 一 年一度之考核事項。", "本處設下列各組: 一 甲組:文書。 三 丙組:研考。"):
        assert [block.text for block, _ in split_blocks([Block(3, whole)], lambda text: None)] == [whole]
