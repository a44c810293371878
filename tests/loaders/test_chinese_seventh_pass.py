"""Chinese pages in the layouts the seventh pass found on pages nobody had read (docs/zh-reader.md),
each written for this test (no text of a real page); tests/data/zh/seventh/README.md says what
each page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document, Kind
from orgkb.loaders.files import read_page

PAGES = Path(__file__).parent.parent / "data" / "zh" / "seventh"


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
