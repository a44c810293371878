"""Document keys: one page, one key; the built-in pages keep the ids stores have always given them."""

from __future__ import annotations

from pathlib import Path, PurePath

import pytest

from orgkb.loaders.document import Document, Kind
from orgkb.loaders.identity.identifiers import document_iri
from orgkb.loaders.identity.keys import file_key, name_key, source_key
from orgkb.loaders.load.files import builtin_paths, read_page
from orgkb.loaders.reading.reader import parse_text
from orgkb.ontology.namespace import SOURCE

PAGE = "General Office\nMain Responsibilities\n1. Handle the daily work of the council.\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a file known by name only: its stem, as the seeds' IRIs have always been
        ("pages/jingan-general-office.txt", "jingan-general-office"),
        # a URL: its site and path, so that index.html of two sites are two documents
        ("https://www.qingshui.gov.cn/zwgk/index.html", "www-qingshui-gov-cn/zwgk/index"),
        ("https://www.baishi.gov.cn/zwgk/index.html", "www-baishi-gov-cn/zwgk/index"),
        ("http://example.gov.cn/page.php?id=3", "example-gov-cn/page/id-3"),
        ("https://example.gov.cn/", "example-gov-cn"),
    ],
)
def test_a_name_gives_the_key_it_always_gave(name: str, expected: str) -> None:
    assert name_key(name) == expected
    assert document_iri(Document(name, "0", "X", Kind.OTHER, 1)) == SOURCE[expected]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # slugs are kept as they are, the file's suffix too
        ("/srv/pages/a/general-office.txt", "file/srv/pages/a/general-office.txt"),
        ("/srv/pages/b/general-office.html", "file/srv/pages/b/general-office.html"),
        # any other segment: its slug and eight hex digits of its SHA-256, so none collide
        ("/srv/Pages/general-office.txt", "file/srv/pages-9046da16/general-office.txt"),
        ("/srv/pages/general office.txt", "file/srv/pages/general-office-txt-053642ac"),
        ("/srv/pages/General-Office.txt", "file/srv/pages/general-office-txt-0d8b62fb"),
    ],
)
def test_a_file_is_keyed_by_its_whole_path(path: str, expected: str) -> None:
    assert file_key(PurePath(path)) == expected


def test_keys_are_public_ids() -> None:
    from orgkb.ontology.ids import iri_of_public

    for path in ("/srv/静安/办公室.txt", "/srv/A B/c.TXT", "/srv/x/.hidden.txt"):
        key = file_key(PurePath(path))
        assert iri_of_public(f"source/{key}") == str(SOURCE[key])


def test_a_built_in_page_keeps_its_stem() -> None:
    assert [source_key(path) for path in builtin_paths()] == [path.stem for path in builtin_paths()]


def test_two_files_of_one_name_in_two_folders_have_two_keys(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "general-office.txt").write_text(PAGE, "utf-8")
    first, second = (read_page(tmp_path / folder / "general-office.txt") for folder in ("a", "b"))
    assert first.source == second.source == "general-office.txt"  # the name shown as evidence
    assert first.key != second.key
    assert first.key == source_key(tmp_path / "a" / "general-office.txt")
    assert first.key.startswith("file/") and first.key.endswith("/a/general-office.txt")


def test_a_relative_path_is_keyed_as_its_resolved_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "office.txt").write_text(PAGE, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert read_page(Path("a/office.txt")).key == read_page(tmp_path / "a" / "office.txt").key


def test_a_page_read_from_text_is_keyed_by_its_name() -> None:
    assert parse_text(PAGE, "https://www.qingshui.gov.cn/zwgk/index.html").key == "www-qingshui-gov-cn/zwgk/index"
