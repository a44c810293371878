"""read_source: a text file, an HTML file (by suffix or by its bytes), any encoding -> a Page of clean blocks."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from orgkb.errors import LoadError
from orgkb.loaders.reading.page import Block, BlockKind
from orgkb.loaders.sources import Limits, read_source, use_limits
from orgkb.loaders.sources.read import clean_blocks

DATA = Path(__file__).parents[2] / "data"
SEED = Path(__file__).parents[3] / "orgkb" / "sources" / "jingan-general-office.txt"


@pytest.mark.parametrize(
    ("path", "media_type", "encoding", "site", "first"),
    [
        # file                                        media type    encoding   site                first block's text
        (SEED, "text/plain", "utf-8", None, "General Office of People's Government of Jing'an District"),
        (DATA / "encodings" / "jiangbei-general-office-gbk.txt", "text/plain", "gb18030", None, "General Office"),
        (DATA / "html" / "district-office-zh.html", "text/html", "utf-8", "www.qinghe.gov.cn", "青河区人民政府办公室_"),
        (DATA / "html" / "county-bureau-gbk.html", "text/html", "gb18030", None, "青河县民政局--机构职能"),
        (DATA / "html" / "district-office-big5.html", "text/html", "big5", None, "業務職掌 - 青河區公所"),
        (DATA / "html" / "qinghe-general-office-en.html", "text/html", "utf-8", "en.qinghe.gov.cn", "General Office"),
    ],
)
def test_sources_are_read(path: Path, media_type: str, encoding: str, site: str | None, first: str) -> None:
    page = read_source(path)
    assert (page.media_type, page.encoding, page.site) == (media_type, encoding, site)
    assert page.blocks[0].text.startswith(first)
    assert page.source == str(path) and page.name == path.name
    assert page.checksum == hashlib.sha256(path.read_bytes()).hexdigest()
    assert all(block.text and block.text == block.text.strip() for block in page.blocks)


def test_html_is_known_by_its_bytes_too(tmp_path: Path) -> None:
    html = (DATA / "html" / "haidian-general-office.html").read_bytes()
    saved = tmp_path / "haidian.txt"
    saved.write_bytes(html)
    assert read_source(saved).media_type == "text/html"
    utf16 = tmp_path / "haidian-utf16.txt"
    utf16.write_bytes(html.decode().encode("utf-16"))
    page = read_source(utf16)
    assert (page.media_type, page.encoding) == ("text/html", "utf-16")
    assert page.blocks == read_source(saved).blocks


def test_a_text_page_that_mentions_tags_stays_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("General Office\nEdit the <p> and <div> of the site.\n", "utf-8")
    assert read_source(page).media_type == "text/plain"


def test_a_declared_charset_reads_a_short_page(tmp_path: Path) -> None:
    page = tmp_path / "short.html"
    page.write_bytes('<meta charset="big5"><p>青河區公所</p>'.encode("big5"))
    assert [block.text for block in read_source(page).blocks] == ["青河區公所"]


def test_cleaning_is_recorded_on_the_page(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("General\u200b Office\n\u200b\u200b\nＭａｉｎ Responsibilities\n当前位置：首页 > 机构\n", "utf-8")
    found = read_source(page)
    assert [(block.line, block.text, block.kind, block.gap) for block in found.blocks] == [
        (1, "General Office", BlockKind.TEXT, False),
        (3, "Main Responsibilities", BlockKind.TEXT, True),  # a line of invisible characters is a blank line
        (4, "当前位置：首页 > 机构", BlockKind.BREADCRUMB, False),
    ]
    assert [(repair.line, repair.original) for repair in found.repairs] == [(1, "General\u200b"), (2, "\u200b\u200b")]


def test_cells_are_cleaned_and_a_row_needs_two() -> None:
    cleaned, _, _ = clean_blocks((Block(1, "Tel\t\u200b", BlockKind.ROW, cells=("Tel", "\u200b")),))
    assert cleaned == (Block(1, "Tel", BlockKind.TEXT),)


def test_repairs_are_capped_with_a_count() -> None:
    blocks = tuple(Block(line, f"a\u200bb c\u200bd {line}") for line in range(1, 151))
    cleaned, repairs, warnings = clean_blocks(blocks)
    assert len(cleaned) == 150 and all("\u200b" not in block.text for block in cleaned)
    assert len(repairs) == 200 and repairs[-1].line == 100
    assert warnings == ["100 more words held invisible characters, removed without a repair listed (the first 200 are)"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # bytes                                                  what the one line says
        (b"", "the file is empty"),
        (b" \t\r\n\xc2\xa0\r\n", "the page has no text"),
        (
            b"<html><head><title></title></head><body><script>x()</script></body></html>",
            "the page has no text (only markup)",
        ),
        (b"\xe2\x80\x8b\n\xe2\x80\x8b", "the page has no text"),
        (b"<p>" + b"<div>" * 3000 + b"</p>", "the page has no text (only markup); the HTML nests elements more than"),
    ],
)
def test_pages_without_text_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    page = tmp_path / "page.html" if content.startswith(b"<") else tmp_path / "page.txt"
    page.write_bytes(content)
    with pytest.raises(LoadError) as caught:
        read_source(page)
    assert str(caught.value).startswith(f"{page}: {message}")


def test_limits_apply(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"General Office\n" * 100)
    with pytest.raises(LoadError, match="over the limit of 1,000 bytes"):
        read_source(page, limits=Limits(max_bytes=1000))
    with use_limits(Limits(max_bytes=1000)), pytest.raises(LoadError, match="over the limit of 1,000 bytes"):
        read_source(page)
    assert read_source(page).blocks[-1].line == 100


def test_a_bom_is_no_repair(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(codecs.BOM_UTF8 + b"General Office\n")
    found = read_source(page)
    assert (found.blocks, found.repairs, found.encoding) == ((Block(1, "General Office"),), (), "utf-8")
