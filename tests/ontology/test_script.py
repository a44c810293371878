"""script: which characters are Han, and traditional characters folded to simplified ones."""

from __future__ import annotations

import pytest

from orgkb.ontology.script import HAN_CHARACTER, has_chinese, romanized, simplified


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月湖街道辦事處", "月湖街道办事处"),
        ("臺北市政府民政局", "台北市政府民政局"),
        ("负责全区最低生活保障", "负责全区最低生活保障"),  # simplified text is left as it is
        ("於是乾杯", "於是乾杯"),  # characters that are simplified ones too are kept
        ("Tel. 12345", "Tel. 12345"),
    ],
)
def test_simplified(text: str, expected: str) -> None:
    assert simplified(text) == expected
    assert len(simplified(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("静安", True),
        ("Jing'an", False),
        ("12345", False),
        ("、。（）：", False),  # CJK punctuation and full-width brackets are not Han
        # Wider than some modules tested before the one range: kb/entities/matters.py and the coverage matrix
        # took only U+4E00-U+9FFF, the thesaurus, who-handles' index and scope U+3400-U+9FFF.
        ("㮾梨", True),  # extension A (U+3400-U+4DBF)
        ("\uf9a8", True),  # a compatibility ideograph (U+F900-U+FAFF), as Hong Kong's pages print some
        ("𨋢", True),  # extension B (U+28AE2), Hong Kong's word for a lift
        ("\u4dc0", False),  # a Yijing hexagram, between extension A and the unified block: not Han
    ],
)
def test_has_chinese(text: str, expected: bool) -> None:
    assert has_chinese(text) is expected


def test_han_character_is_one_character() -> None:
    assert HAN_CHARACTER.findall("Tel 12345 静安区") == ["静", "安", "区"]


@pytest.mark.parametrize(
    ("chinese", "expected"),
    [
        ("青石镇", "qingshizhen"),  # one word, no tones, no spaces
        ("重庆", "chongqing"),  # the phrase dictionary's reading, not zhongqing
        ("曹家渡", "caojiadu"),
    ],
)
def test_romanized(chinese: str, expected: str) -> None:
    assert romanized(chinese) == expected
