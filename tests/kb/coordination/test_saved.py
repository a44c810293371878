"""The coordination saved beside a directory store, read back an entry at a time by the next process."""

from __future__ import annotations

import gc
import random
from pathlib import Path

import pytest

from orgkb.kb.coordination import saved
from orgkb.kb.coordination.shelf import ShelvedMap
from orgkb.kb.search import text
from orgkb.kb.search.text import place_words
from orgkb.kb.store.knowledge_base import COORDINATION_CODE, KnowledgeBase
from orgkb.loading import load_path, load_paths
from tests.kb.coordination.test_derived import PAGES, links, read_afresh


def _opened(store: Path) -> KnowledgeBase:
    kb = KnowledgeBase(store)
    kb._read_saved_coordination()
    assert kb._coordination is not None, "the saved coordination was not read back"
    assert isinstance(kb._coordination.duties, ShelvedMap)
    return kb


def test_pages_added_one_process_after_another_give_the_links_of_a_full_reading(tmp_path: Path) -> None:
    """Each process reads the saved coordination back, writes a page (or takes one out), saves
    what changed, and stops; after each, the derived graph is a reading of every page's."""
    store = tmp_path / "kb"
    order = list(PAGES)
    random.Random(5).shuffle(order)
    first = KnowledgeBase(store)
    assert not load_paths(first, order[:6]).failed
    first.save_derived()
    assert saved.path_of(store, COORDINATION_CODE).is_file()
    del first
    gc.collect()  # lets go of the store (its lock)
    for page in [*order[6:14], "remove", order[2]]:
        _one_process(store, page, order[2])
        gc.collect()


def _one_process(store: Path, page: Path | str, removed: Path) -> None:
    kb = _opened(store)
    if page == "remove":
        assert kb.remove_document(str(removed))
    else:
        assert load_path(kb, page).ok, page
        duties = kb._coordination.duties if kb._coordination is not None else None
        assert isinstance(duties, ShelvedMap) and len(duties._kept) < len(duties)  # not every duty read
    assert links(kb) == read_afresh(kb), page
    kb.save_derived()


def test_a_saved_coordination_of_another_state_is_not_read(tmp_path: Path) -> None:
    store = tmp_path / "kb"
    kb = KnowledgeBase(store)
    assert not load_paths(kb, PAGES[:3]).failed
    kb.save_derived()
    assert load_path(kb, PAGES[3]).ok  # the store moves on; the file is not saved again
    del kb
    gc.collect()
    reopened = KnowledgeBase(store)
    reopened._read_saved_coordination()
    assert reopened._coordination is None
    assert load_path(reopened, PAGES[4]).ok
    assert links(reopened) == read_afresh(reopened)


def _saved_and_closed(store: Path) -> Path:
    """`store` with three pages loaded and their coordination saved beside it, closed."""
    kb = KnowledgeBase(store)
    assert not load_paths(kb, PAGES[:3]).failed
    kb.save_derived()
    del kb
    gc.collect()
    return store


def test_a_damaged_file_is_built_again(tmp_path: Path) -> None:
    store = _saved_and_closed(tmp_path / "kb")
    saved.path_of(store, COORDINATION_CODE).write_bytes(b"not a database")
    reopened = KnowledgeBase(store)
    assert load_path(reopened, PAGES[3]).ok
    assert links(reopened) == read_afresh(reopened)


def test_the_place_words_are_saved_with_it_and_remembered_when_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _saved_and_closed(tmp_path / "kb")
    scanned = place_words()
    monkeypatch.setattr(text, "_PLACE_WORDS", [])
    read = saved.read(store, COORDINATION_CODE, KnowledgeBase(store, read_only=True).content_state()[1] or "")
    assert read is not None
    assert [scanned] == text._PLACE_WORDS
