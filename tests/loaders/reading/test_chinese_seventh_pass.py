"""Chinese pages in the layouts the seventh pass found on pages nobody had read (docs/zh-reader.md),
each written for this test (no text of a real page); tests/data/zh/seventh/README.md says what
each page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document, Kind
from orgkb.loaders.load.files import read_page

PAGES = Path(__file__).parents[2] / "data" / "zh" / "seventh"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


@pytest.mark.parametrize(
    ("page", "name", "kind", "aliases"),
    [
        # 設立X(以下簡稱Y),為……: the verb setting it up is no part of its name; Y is its short name
        ("hexi-health-commission-setup.txt", "河西地區衛生和計畫生育委員會", Kind.DEPARTMENT, ["地區衛生計生委"]),
        # 设定X,同时挂Y牌子: the office in full (not the short form its duties use), Y a signboard
        ("beiling-general-office-setup.txt", "青川区人民政府办公室", Kind.GENERAL_OFFICE, ["青川区政府督查室"]),
    ],
)
def test_the_sentence_setting_the_office_up_names_it(page: str, name: str, kind: Kind, aliases: list[str]) -> None:
    document = _read(page)
    assert (document.name, document.kind) == (name, kind)
    assert set(aliases) <= set(document.aliases)
    assert len(document.duties) == 3


def test_a_unit_titled_with_its_other_name_in_brackets_is_a_unit() -> None:
    # "市政府应急管理办公室(市政府总值班室)" over its duties: the bracket makes the name no longer
    document = _read("songyuan-general-office-units.txt")
    units = {unit.name: (unit.aliases, len(unit.duties)) for unit in document.units}
    assert units == {
        "秘书科": ([], 2),
        "市政府应急管理办公室": (["市政府总值班室"], 3),
        "市政府政务公开办公室": (["市政府信息中心"], 2),
        "行政科": ([], 1),
    }


def test_two_numbered_duties_run_together_on_one_line_are_two() -> None:
    document = _read("lanling-general-office-inline.txt")
    assert [duty.quote[:7] for duty in document.duties] == [
        "负责市政府会议",
        "协助市政府领导",
        "督促检查市政府",
        "办理市政府领导",
    ]


def test_a_reforms_adjustments_give_only_the_duties_it_strengthens() -> None:
    # 取消的職責 and 下放的職責 are duties taken away, no unit and no duty of the commission's
    document = _read("dongpo-health-commission-adjustments.txt")
    assert [duty.quote[:6] for duty in document.duties] == ["深化醫藥衛生", "堅持計畫生育"]
    assert document.units == []


def test_a_units_name_and_its_duties_parted_by_a_space_make_a_unit() -> None:
    document = _read("jinxi-general-office-units-spaced.txt")
    assert [(unit.name, len(unit.duties)) for unit in document.units] == [("综合调研科", 2), ("秘书科", 2)]
    assert len(document.duties) == 2
