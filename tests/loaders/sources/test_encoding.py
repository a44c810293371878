"""Bytes to text: byte-order marks, UTF-8, declared charsets when the bytes agree, detection, binary refused."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from orgkb.errors import LoadError
from orgkb.loaders.sources.encoding import codec_name, decode

DATA = Path(__file__).parents[2] / "data"
SIMPLIFIED = "\n".join(
    [
        "青河区人民政府办公室",
        "主要职责",
        "一、负责区政府日常政务的运转工作，协助区政府领导处理日常工作。",
        "二、负责起草区政府文件。",
        "",
    ]
)
TRADITIONAL = "青河區公所\n業務職掌\n一、戶政、兵役及宗教禮俗業務。\n二、社會救助及身心障礙者福利業務。\n"
ENGLISH = "General Office of Qinghe District\nMain Responsibilities\n1. Handle the daily affairs.\n"


@pytest.mark.parametrize(
    ("data", "declared", "encoding", "text"),
    [
        # bytes                                          declared   read as       text
        (ENGLISH.encode(), None, "utf-8", ENGLISH),
        (SIMPLIFIED.encode(), None, "utf-8", SIMPLIFIED),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode(), None, "utf-8", SIMPLIFIED),
        (SIMPLIFIED.encode("gbk"), None, "gb18030", SIMPLIFIED),
        (SIMPLIFIED.encode("gb18030"), None, "gb18030", SIMPLIFIED),
        ((ENGLISH + SIMPLIFIED).encode("gbk"), None, "gb18030", ENGLISH + SIMPLIFIED),
        (TRADITIONAL.encode("big5"), None, "big5", TRADITIONAL),
        (SIMPLIFIED.encode("utf-16"), None, "utf-16", SIMPLIFIED),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), None, "utf-16", SIMPLIFIED),
        (SIMPLIFIED.encode("utf-32"), None, "utf-32", SIMPLIFIED),
        # a short page is ambiguous: the declared charset decides, and GB18030 wins a tie
        ("民政局".encode("gbk"), None, "gb18030", "民政局"),
        ("民政局".encode("gbk"), "GB2312", "gb18030", "民政局"),
        ("青河區公所".encode("big5"), "big5", "big5", "青河區公所"),
        # a declaration the bytes contradict is overruled by them
        (SIMPLIFIED.encode(), "gbk", "utf-8", SIMPLIFIED),
        (SIMPLIFIED.encode("gbk"), "utf-8", "gb18030", SIMPLIFIED),
        ("Café de la Paix".encode("cp1252"), "windows-1252", "cp1252", "Café de la Paix"),
    ],
)
def test_encodings_are_read(data: bytes, declared: str | None, encoding: str, text: str) -> None:
    decoded = decode(data, "page.txt", declared)
    assert (decoded.encoding, decoded.text) == (encoding, text)


def test_a_contradicted_declaration_is_a_warning() -> None:
    assert decode(SIMPLIFIED.encode(), "page.html", "gbk").warnings == (
        "the page declares 'gbk' but its bytes are UTF-8; read as UTF-8",
    )
    assert "unknown charset 'x-klingon'" in decode(ENGLISH.encode(), "page.html", "x-klingon").warnings[0]
    assert decode(ENGLISH.encode(), "page.html", "gbk").warnings == ()  # ASCII agrees with any of them


def test_a_few_broken_bytes_in_utf8_are_replaced_not_guessed() -> None:
    data = SIMPLIFIED.encode() * 3 + b"\n\xff end"
    decoded = decode(data, "page.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text.endswith("\n\ufffd end")
    assert decoded.warnings == ("line 14: bytes that are not UTF-8 (first 0xff) were read as U+FFFD",)


def test_a_utf8_mark_is_believed_over_broken_bytes() -> None:
    decoded = decode(codecs.BOM_UTF8 + "主要职责".encode("gbk"), "page.txt", "gbk")
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == ("line 1: bytes that are not UTF-8 (first 0xd6) were read as U+FFFD",)


def test_the_gbk_fixture_is_read() -> None:
    decoded = decode((DATA / "encodings" / "jiangbei-general-office-gbk.txt").read_bytes(), "x")
    assert decoded.encoding == "gb18030"
    assert decoded.text.startswith("General Office of Jiangbei District People's Government（江北区人民政府办公室）")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # bytes                                         what the one line says
        (b"", "the file is empty"),
        ((DATA / "bad" / "binary.bin").read_bytes(), "binary data (it holds NUL bytes)"),
        (SIMPLIFIED.encode("utf-16-le"), "UTF-16 text needs its byte-order mark"),
        (random.Random(7).randbytes(4000).replace(b"\0", b"\1"), "binary data, not a text page"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 20 + b"text", "control characters"),
        (codecs.BOM_UTF16_LE + b"o\x00k\x00\x00\xd8", "not utf-16-le though the page begins with its mark"),
    ],
)
def test_what_is_not_text_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(LoadError, match="^page.txt") as caught:
        decode(data, "page.txt")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_random_bytes_never_raise_anything_but_load_error() -> None:
    generator = random.Random(11)
    for size in (1, 2, 3, 10, 100, 1000):
        for _ in range(20):
            data = generator.randbytes(size)
            try:
                decoded = decode(data, "page.txt")
            except LoadError as error:
                assert str(error).startswith("page.txt") and "\n" not in str(error)
            else:
                assert decoded.text and codec_name(decoded.encoding) is not None, decoded


def test_codec_names() -> None:
    assert [codec_name(label) for label in ("gbk", "GB18030", "Big5", "utf-8", "UTF8", "latin1", "nonsense")] == [
        "gb18030",
        "gb18030",
        "big5",
        "utf-8",
        "utf-8",
        "iso8859-1",
        None,
    ]
