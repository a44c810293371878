"""Pages are read from files, HTML files and URLs; bad input is refused with one line naming the file (and line)."""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
from pathlib import Path

import pytest

from orgkb.errors import LoadError
from orgkb.loaders.document import Document
from orgkb.loaders.load import files
from orgkb.loaders.load.files import MAX_PAGE_BYTES, builtin_paths, expand_paths, read_page
from orgkb.loaders.reading.page import Page
from orgkb.loaders.sources import Limits, use_limits

DATA = Path(__file__).parents[2] / "data"
BAD = DATA / "bad"


@pytest.mark.parametrize(
    ("name", "message", "line"),
    [
        # file                       what the message says                 line blamed
        ("empty.txt", "the file is empty", None),
        ("whitespace-only.txt", "no text", None),
        ("binary.bin", "binary", None),
        ("utf16-without-bom.txt", "UTF-16 text needs its byte-order mark", None),
        ("script-only.html", "the page has no text (only markup)", None),
        ("no-responsibilities.txt", "but no responsibilities heading, duty or unit", 2),
        ("numbering-only.txt", "expected responsibilities (duties or units) after this heading", 4),
    ],
)
def test_bad_pages_are_refused_with_file_and_line(name: str, message: str, line: int | None) -> None:
    with pytest.raises(LoadError) as caught:
        read_page(BAD / name)
    error = caught.value
    assert error.source == str(BAD / name)
    assert error.line == line
    assert message in str(error)
    assert "\n" not in str(error)
    assert str(error).startswith(str(BAD / name))


@pytest.mark.parametrize(
    ("path", "name", "line"),
    [
        # once refused (GBK, HTML), now read: the name, and the first duty with its line
        (
            DATA / "encodings" / "jiangbei-general-office-gbk.txt",
            "General Office of Jiangbei District People's Government",
            4,
        ),
        (DATA / "html" / "haidian-general-office.html", "General Office of Haidian District People's Government", 12),
    ],
)
def test_gbk_and_html_pages_are_read(path: Path, name: str, line: int) -> None:
    document = read_page(path)
    assert document.name == name
    assert document.duties[0].text.startswith("Handle the daily administrative affairs of the district government")
    assert document.duties[0].line == line
    assert document.source == path.name


def test_a_chinese_page_is_read_with_the_chinese_cues() -> None:
    document = read_page(BAD / "chinese-only.txt")  # refused before the staged reader
    assert (document.name, document.language, document.name_line) == ("广州市天河区商务局", "zh", 2)
    assert [duty.line for duty in document.duties] == [5, 6, 7, 8]
    assert document.duties[1].text == "负责推进全区消费市场发展，培育商圈和特色商业街。"
    assert [unit.name for unit in document.units] == ["办公室", "市场运行科", "外经贸科"]
    assert (document.contact.telephone, document.released) == ("020-38621234", dt.date(2022, 10, 8))


def test_html_evidence_is_the_source_line() -> None:
    document = read_page(DATA / "html" / "qinghe-general-office-en.html")
    assert document.name_line == 32  # the <h1>
    assert [duty.line for duty in document.duties] == [35, 36, 37, 38, 39]  # the <p> of each duty
    assert [(unit.name, unit.line) for unit in document.units] == [
        ("Secretariat Section", 43),
        ("Supervision Section", 44),
        ("Letters and Calls Section", 45),
    ]
    assert (document.contact.telephone, document.contact.line) == ("0571-88880000", 48)
    assert document.site == "en.qinghe.gov.cn"
    assert all("hidden" not in duty.text for duty in document.all_duties())


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    with pytest.raises(LoadError, match="52,428,800 bytes") as caught:
        read_page(huge)
    assert str(MAX_PAGE_BYTES) not in str(caught.value)  # the limit is shown with separators
    assert f"{MAX_PAGE_BYTES:,}" in str(caught.value)
    with pytest.raises(LoadError, match="over the limit of 1,000 bytes"):
        read_page(DATA / "html" / "qinghe-general-office-en.html", max_bytes=1000)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        read_page(tmp_path / "absent.txt")
    with pytest.raises(LoadError, match="is a directory"):
        read_page(tmp_path)


def test_special_files_are_refused_before_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    messages: list[str] = []

    def read_all() -> None:
        for path in (fifo, "/dev/zero", "/dev/urandom", loop):
            try:
                read_page(path)
            except LoadError as error:
                messages.append(str(error))

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "a special file blocked the reader"
    assert messages == [
        f"{fifo}: is a named pipe (FIFO), not a page file",
        "/dev/zero: is a character device, not a page file",
        "/dev/urandom: is a character device, not a page file",
        f"{loop}: is a symbolic link loop (or a chain of links too long to follow)",
    ]


def test_a_page_that_takes_too_long_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The whole parse is bounded, even a regular expression that backtracks (as one did on a 75 KB
    # title line, issue 12 row 6): here the reader is made to run one.
    def backtracking(page: Page) -> Document:
        re.match(r"(a+)+$", "a" * 64 + "b")
        raise AssertionError("the budget did not stop the parse")

    monkeypatch.setattr(files, "parse_page", backtracking)
    page = tmp_path / "long-title.txt"
    page.write_text("General Office\n", "utf-8")
    with use_limits(Limits(page_seconds=0.5)), pytest.raises(LoadError) as caught:
        read_page(page)
    assert str(caught.value) == f"{page}: took longer than 0.5 s to read (the limit per page)"


def test_directories_expand_to_their_page_files() -> None:
    found = [Path(path).name for path in expand_paths([BAD])]
    assert "README.md" not in found and "binary.bin" not in found
    assert found == sorted(found)
    assert "empty.txt" in found and "script-only.html" in found
    html = [Path(path).name for path in expand_paths([DATA / "html"])]
    assert html == sorted(path.name for path in (DATA / "html").iterdir())


def test_urls_pass_through_unchanged(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.html")  # no page: not listed, and never opened
    assert list(expand_paths(["https://www.qinghe.gov.cn/jgsz/", tmp_path])) == ["https://www.qinghe.gov.cn/jgsz/"]


def test_builtin_corpus_ships_three_pages() -> None:
    assert [path.name for path in builtin_paths()] == [
        "caojiadu-subdistrict-office.txt",
        "dapeng-general-office.txt",
        "jingan-general-office.txt",
    ]
