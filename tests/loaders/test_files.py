"""Bad input is refused with one line naming the file (and line), and nothing else happens."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.errors import LoadError
from orgkb.loaders.files import MAX_PAGE_BYTES, builtin_paths, expand_paths, read_page

BAD = Path(__file__).parent.parent / "data" / "bad"


@pytest.mark.parametrize(
    ("name", "message", "line"),
    [
        # file                       what the message says                 line blamed
        ("empty.txt", "the file is empty", None),
        ("whitespace-only.txt", "no text", None),
        ("binary.bin", "binary", None),
        ("gbk-encoded.txt", "not UTF-8", 1),
        ("page.html", "HTML page", 1),
        ("no-responsibilities.txt", "Main Responsibilities", None),
        ("numbering-only.txt", "numbered responsibilities", 4),
        ("chinese-only.txt", "the page is in Chinese", 2),
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


def test_gbk_error_says_how_to_convert() -> None:
    with pytest.raises(LoadError, match="iconv -f GBK"):
        read_page(BAD / "gbk-encoded.txt")


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    with pytest.raises(LoadError, match="52,428,800 bytes") as caught:
        read_page(huge)
    assert str(MAX_PAGE_BYTES) not in str(caught.value)  # the limit is shown with separators
    assert f"{MAX_PAGE_BYTES:,}" in str(caught.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        read_page(tmp_path / "absent.txt")
    with pytest.raises(LoadError, match="is a directory"):
        read_page(tmp_path)


def test_directories_expand_to_their_page_files() -> None:
    found = [path.name for path in expand_paths([BAD])]
    assert "README.md" not in found and "binary.bin" not in found
    assert found == sorted(found)
    assert "empty.txt" in found


def test_builtin_corpus_ships_three_pages() -> None:
    assert [path.name for path in builtin_paths()] == [
        "caojiadu-subdistrict-office.txt",
        "dapeng-general-office.txt",
        "jingan-general-office.txt",
    ]
