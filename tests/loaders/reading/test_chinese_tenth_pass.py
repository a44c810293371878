"""Chinese pages in the layouts the tenth pass found on development pages of two sites (docs/zh-reader.md),
each written for this test (no text of a real page); tests/data/zh/tenth/README.md says what each page
shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.lines.header import Heading
from orgkb.loaders.reading.roles.cues.zh import _heading

PAGES = Path(__file__).parents[2] / "data" / "zh" / "tenth"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


def test_a_city_governments_list_of_bureaus_is_its_units_not_its_duties() -> None:
    document = _read("lanyang-city-government-organization.txt")
    assert document.name == "蘭陽市政府"
    assert [unit.name for unit in document.units] == [
        "民政局", "財政局", "觀光局", "工務局", "社會局", "研究發展考核委員會", "主計處", "總務科", "文書科", "機要科",
    ]  # fmt: skip
    # before, the seven bureaus were seven duties and the posts two more (`置秘書長一人`,
    # `置參事、顧問、技監,承市長之命`); the one duty is the sentence on its self-government
    assert [duty.quote[:8] for duty in document.duties] == ["蘭陽市政府辦理蘭"]
    listed = {unit.name: unit for unit in document.units}
    assert listed["民政局"].line == 17  # each unit keeps its own line as its evidence
    assert not listed["社會局"].duties  # the article after the list is no bureau's duty
    assert [duty.quote[:6] for duty in listed["總務科"].duties] == ["關於庶務管理"]


def test_an_agencys_units_are_set_up_in_a_list_and_detailed_in_their_own_articles() -> None:
    document = _read("lanjiang-elderly-administration-rules.txt")
    assert document.name == "嵐江市政府高齡福利署"
    assert [unit.name for unit in document.units] == ["長期照顧組", "社區關懷組", "福利津貼組", "秘書室", "主計室"]
    assert not document.duties  # every duty on the page is a unit's
    # each duty quoted as printed, with the list's own number after its bullet ("一、長期照顧……")
    duties = {unit.name: [duty.quote[2:8] for duty in unit.duties] for unit in document.units}
    assert duties["長期照顧組"] == ["長期照顧服務", "長期照顧機構"]
    assert duties["社區關懷組"] == ["社區關懷據點", "獨居長者關懷"]
    assert duties["福利津貼組"] == []


def test_units_set_up_with_their_duties_stay_units_with_duties() -> None:
    document = _read("qinglan-district-office-rules.txt")
    assert document.name == "雲嵐市青嵐區公所"
    assert [(unit.name, len(unit.duties)) for unit in document.units] == [
        ("民政課", 1), ("社會課", 1), ("人文課", 1), ("秘書室", 1),
    ]  # fmt: skip
    assert not document.duties


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("市府設下列各局、處、委員會:", Heading.UNITS),
        ("第 4 條 本署設下列組、室:", Heading.UNITS),
        ("本所设下列各科、室:", Heading.UNITS),
        ("輔助部門還設有以下的功能部門:", Heading.UNITS),
        ("為市長辦公室提供輔助的部門設有以下分支單位:", Heading.UNITS),
        ("设有以下几项职责:", None),
        # a clause after the units' nouns: a regulation's sentence, read as before
        ("本所設下列各課、室,分別掌理有關事項:", None),
        ("市府設置", None),
    ],
)
def test_a_sentence_setting_up_units_heads_them(heading: str, section: Heading | None) -> None:
    assert _heading(heading) is section


def test_an_item_setting_up_units_of_a_kind_lists_them_and_the_list_ends_with_it() -> None:
    document = _read("haijing-support-departments-decree.txt")
    names = [unit.name for unit in document.units]
    assert names[-2:] == ["檔案暨資料中心", "禮賓暨聯絡部"]  # "a. 檔案暨資料中心;" under "……還設有以下的功能部門:"
    # "三、……" after the lettered list is the decree's next item, no duty of the last unit listed
    assert not document.units[-1].duties
