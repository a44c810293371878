"""Undeclared short pages read as everyday Chinese in GB18030 or Big5, whatever a detector's statistics say."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from orgkb.loaders.sources.encoding import decode
from orgkb.loaders.sources.han_reading import _has_low_second_byte, chinese_reading

# Short texts a detector took for UTF-16, Thai, EUC-JIS or Big5 in their GBK bytes.
SHORT_SIMPLIFIED = ("福田区卫生健康局", "钟楼区审", "钟楼区卫生健康局\n协调社会救助", "福田区审计")
SHORT_TRADITIONAL = ("臺北市政府民政局", "南庄區公所\n民政課", "社會課")
PHRASES = (
    "区人民政府办公室",
    "街道办事处",
    "镇人民政府",
    "卫生健康委员会",
    "主要职责",
    "内设机构",
    "负责辖区社会救助工作。",
    "承担机关文电、会务工作；",
    "联系电话：0571-87654321",
    "（一）",
    "办公室：",
    "协助做好征兵工作",
)


@pytest.mark.parametrize("text", SHORT_SIMPLIFIED)
@pytest.mark.parametrize("codec", ["gb18030", "gbk"])
def test_short_simplified_pages_read_as_gb18030(text: str, codec: str) -> None:
    decoded = decode(text.encode(codec), "page.txt")
    assert (decoded.encoding, decoded.text) == ("gb18030", text)


@pytest.mark.parametrize("text", SHORT_TRADITIONAL)
def test_short_traditional_pages_read_as_big5(text: str) -> None:
    decoded = decode(text.encode("big5"), "page.txt")
    assert (decoded.encoding, decoded.text) == ("big5", text)


def test_a_traditional_page_in_gbk_reads_as_gb18030_where_no_detector_reads_it() -> None:
    text = "鹿城區衛生健康局\n主要職責\n一、負責全區統計調查工作。\n（一）監督檢查科。監督公共場所的安全檢查。\n"
    decoded = decode(text.encode("gb18030"), "page.txt")
    assert (decoded.encoding, decoded.text) == ("gb18030", text)


@pytest.mark.parametrize("text", SHORT_SIMPLIFIED + SHORT_TRADITIONAL)
def test_short_utf8_pages_stay_utf8(text: str) -> None:
    assert decode(text.encode(), "page.txt").encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        # bytes                                                   why no Chinese reading is claimed
        ("民".encode("gbk"), "one Han character proves nothing"),
        ("大阪市役所の業務について".encode("shift_jis"), "kana read as rare characters"),
        ("東京都庁のお知らせ".encode("euc-jp"), "kana stay kana in GB18030"),
        ("Café de la Paix, Résumé".encode("cp1252"), "Latin-1 letters give no everyday Han"),
        (b"plain ASCII text", "no Han at all"),
    ],
)
def test_what_is_no_everyday_chinese_is_left_to_detection(data: bytes, why: str) -> None:
    assert chinese_reading(data) is None, why


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(PHRASES), min_size=1, max_size=4),
    cut=st.integers(min_value=2, max_value=60),
    codec=st.sampled_from(["gb18030", "gbk", "big5", "utf-8"]),
)
def test_short_chinese_pages_in_any_encoding_read_back(words: list[str], cut: int, codec: str) -> None:
    from opencc import OpenCC

    text = "".join(words)[:cut]
    assume(sum("\u4e00" <= char <= "\u9fff" for char in text) >= 2)  # one Han character says nothing
    if codec == "big5":
        text = str(OpenCC("s2t").convert(text))
        # known limit: without a second byte in 0x40-0x7E, Big5 bytes are EUC-JP's or EUC-KR's as much
        assume(_has_low_second_byte(text.encode("big5")))
    decoded = decode(text.encode(codec), "page.txt")
    assert decoded.text == text
