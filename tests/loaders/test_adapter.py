"""The temporary parse_page: text pages read exactly as before, HTML pages with their source lines."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from benchmarks.html_pages import as_html
from orgkb.errors import LoadError
from orgkb.loaders.adapter import parse_page
from orgkb.loaders.files import builtin_paths, read_page
from orgkb.loaders.page import Block, BlockKind, Page
from orgkb.loaders.text import parse_text

ROOT = Path(__file__).parents[2]
# Every text page of the repo that reads as UTF-8 (a GBK one is read now and was refused before).
TEXT_PAGES = sorted(
    path
    for path in [
        *ROOT.glob("tests/data/**/*.txt"),
        *ROOT.glob("orgkb/sources/*.txt"),
        *ROOT.glob("benchmarks/**/*.txt"),
    ]
    if path.stat().st_size and not path.read_bytes().startswith(b"\xff") and b"\0" not in path.read_bytes()
)


def old_read(path: Path) -> object:
    data = path.read_bytes()
    try:
        return parse_text(data.decode("utf-8"), path.name, checksum=hashlib.sha256(data).hexdigest())
    except UnicodeDecodeError:
        return None
    except LoadError as error:
        return (error.reason, error.line)


@pytest.mark.parametrize("path", TEXT_PAGES, ids=[path.name for path in TEXT_PAGES])
def test_text_pages_read_as_before(path: Path) -> None:
    before = old_read(path)
    if before is None:
        pytest.skip("not UTF-8: refused before")
    try:
        after: object = read_page(path)
    except LoadError as error:
        after = (error.reason, error.line)
    assert after == before


@pytest.mark.parametrize("path", builtin_paths(), ids=[path.name for path in builtin_paths()])
def test_a_seed_as_html_gives_the_same_facts_and_lines(tmp_path: Path, path: Path) -> None:
    page = tmp_path / f"{path.stem}.html"
    page.write_text(as_html(path.read_text("utf-8"), furniture=False), "utf-8")
    text, markup = read_page(path), read_page(page)
    assert (markup.name, markup.name_line, markup.kind, markup.jurisdiction) == (
        text.name,
        text.name_line,
        text.kind,
        text.jurisdiction,
    )
    assert [(duty.line, duty.text) for duty in markup.all_duties()] == [
        (duty.line, duty.text) for duty in text.all_duties()
    ]
    assert [(unit.line, unit.name) for unit in markup.units] == [(unit.line, unit.name) for unit in text.units]
    assert markup.contact == text.contact


def page(*blocks: Block) -> Page:
    return Page("page.html", "page.html", "0" * 64, blocks, "text/html", "utf-8")


def test_lines_map_back_to_the_source() -> None:
    document = parse_page(
        page(
            Block(7, "Home > Offices", BlockKind.BREADCRUMB),
            Block(9, "About", BlockKind.ITEM, level=1, link=True),
            Block(12, "Qinghe General Office", BlockKind.HEADING, level=1, gap=True),
            Block(12, "Main Responsibilities:", BlockKind.HEADING, level=2, gap=True),
            Block(30, "1. Handle the daily affairs of the district government.", gap=True),
            Block(30, "2. Complete other tasks assigned by the district government.", gap=False),
            Block(41, "Tel | 0571-88880000", BlockKind.ROW, cells=("Tel", "0571-88880000"), gap=True),
        )
    )
    assert (document.name, document.name_line) == ("Qinghe General Office", 12)
    assert [duty.line for duty in document.duties] == [30, 30]
    assert (document.contact.telephone, document.contact.line) == ("0571-88880000", 41)


def test_an_error_names_the_source_and_its_line() -> None:
    with pytest.raises(LoadError) as caught:
        parse_page(
            page(Block(3, "Qinghe General Office", BlockKind.HEADING, level=1), Block(20, "Contact us", gap=True))
        )
    assert caught.value.source == "page.html"
    assert caught.value.line in (None, 3, 20)


def test_the_document_keeps_what_the_door_found(tmp_path: Path) -> None:
    source = tmp_path / "qinghe.html"
    source.write_text(
        '<link rel="canonical" href="https://www.qinghe.gov.cn/jgsz/">\n<h1>Qinghe\u200b General Office</h1>\n'
        "<h2>Main Responsibilities:</h2>\n<p>1. Handle the daily affairs of the district government.</p>\n",
        "utf-8",
    )
    document = read_page(source)
    assert document.site == "www.qinghe.gov.cn"
    assert document.name == "Qinghe General Office"
    assert [(repair.line, repair.original, repair.reason) for repair in document.repairs][:1] == [
        (2, "Qinghe\u200b", "zero-width character removed")
    ]
