"""Pages read, then stored (`orgkb.loading`): the report in the order the paths name the pages, the
progress, a correction, another document key, and the built-in corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb import loading
from orgkb.errors import StoreError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.corrections import Correction
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import builtin_knowledge_base, load_path, load_paths

PARKS = (
    "Harbourside District Bureau of Parks\nMain Responsibilities\n"
    "1. Maintain the district's parks, gardens and street trees.\n2. Complete other tasks assigned.\n"
)
LIBRARIES = (
    "Harbourside District Library Service\nMain Responsibilities\n"
    "1. Run the district's public libraries and mobile library.\n2. Complete other tasks assigned.\n"
)


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    parks, libraries = tmp_path / "parks.txt", tmp_path / "libraries.txt"
    parks.write_text(PARKS, "utf-8")
    libraries.write_text(LIBRARIES, "utf-8")
    return [parks, tmp_path / "missing.txt", libraries]


def test_pages_are_reported_in_order_and_a_page_that_fails_writes_nothing(pages: list[Path]) -> None:
    kb = KnowledgeBase()
    seen: list[tuple[int, int]] = []
    report = load_paths(kb, pages, progress=lambda done, total: seen.append((done, total)))
    assert [result.source for result in report.results] == [str(path) for path in pages]
    assert [result.ok for result in report.results] == [True, False, True]
    assert "missing.txt" in str(report.failed[0].error)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert len(kb.documents()) == 2


def test_a_correction_is_applied_to_the_page_read(pages: list[Path]) -> None:
    result = load_paths(KnowledgeBase(), pages[:1], correction=Correction(name="Harbourside Parks Bureau")).results[0]
    assert result.document is not None
    assert result.document.name == "Harbourside Parks Bureau"
    assert result.document.repairs[-1].reason == "load option"


def test_keys_give_a_page_the_key_it_has_elsewhere(pages: list[Path]) -> None:
    kb = KnowledgeBase()
    result = load_paths(kb, pages[:1], keys={str(pages[0]): "harbourside/parks.txt"}).results[0]
    assert result.document is not None and result.document.key == "harbourside/parks.txt"
    assert [iri.rpartition("/source/")[2] for iri in kb.documents()] == ["harbourside/parks.txt"]
    own = load_path(kb, pages[0])  # under its own key: a newer copy of that page, which it replaces
    assert own.document is not None and own.document.key == f"file{pages[0]}"
    assert own.superseded and len(kb.documents()) == 1


def test_the_built_in_corpus_is_loaded_whole() -> None:
    assert len(builtin_knowledge_base().documents()) == len(builtin_paths()) == 3


def test_a_built_in_page_that_fails_is_a_store_error(pages: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "builtin_paths", lambda: pages[1:2])
    with pytest.raises(StoreError, match="the built-in corpus failed to load: .*missing.txt"):
        builtin_knowledge_base()
