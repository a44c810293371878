"""Derived values kept beside a directory store: read back by the next process, never for another state."""

from __future__ import annotations

import gc
import os
import threading
import time
from pathlib import Path

import pytest

from orgkb.kb.coordination import saved
from orgkb.kb.coordination.derived import DERIVED, Coordination
from orgkb.kb.search import index
from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store import persisted
from orgkb.kb.store.knowledge_base import COORDINATION_CODE, KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_path, load_paths

BATCH = Path(__file__).parents[2] / "data" / "batch"


def _saved(store: Path, name: str) -> list[str]:
    for thread in threading.enumerate():  # the index is saved in a thread of its own
        if thread.name.startswith("save-"):
            thread.join()
    return sorted(path.name for path in persisted.folder_of(store).glob(f"{name}-*.pickle"))


def _loaded(store: Path) -> KnowledgeBase:
    kb = KnowledgeBase(store)
    assert not load_paths(kb, builtin_paths()).failed
    kb.flush()
    return kb


def _answers(kb: KnowledgeBase) -> list[str]:
    return [repr(answer) for answer in who_handles(kb, "archives", None, 5)]


def _no_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: HandlerIndex, kb: KnowledgeBase) -> None:
        raise AssertionError("the index was built, not read back")

    monkeypatch.setattr(index.HandlerIndex, "__init__", refuse)


def test_the_index_is_saved_beside_the_store_and_read_back_by_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "kb"
    kb = _loaded(store)
    expected = _answers(kb)
    [saved] = _saved(store, "handler-index")
    del kb
    _no_building(monkeypatch)
    reopened = KnowledgeBase(store)
    assert _answers(reopened) == expected
    assert _saved(store, "handler-index") == [saved]


def test_a_store_changed_since_builds_its_index_again_and_drops_the_old_one(tmp_path: Path) -> None:
    store = tmp_path / "kb"
    kb = _loaded(store)
    handler_index(kb)
    [before] = _saved(store, "handler-index")
    assert load_path(kb, BATCH / "good-xuhui-archives-bureau.txt").ok
    built = handler_index(kb)
    assert any(duty.document.endswith("good-xuhui-archives-bureau.txt") for duty in built.duties)
    [after] = _saved(store, "handler-index")
    assert after != before
    del kb
    assert len(handler_index(KnowledgeBase(store)).duties) == len(built.duties)


def test_a_damaged_file_is_built_again(tmp_path: Path) -> None:
    store = tmp_path / "kb"
    kb = _loaded(store)
    expected = _answers(kb)
    [saved] = _saved(store, "handler-index")
    (persisted.folder_of(store) / saved).write_bytes(b"not a pickle")
    del kb
    assert _answers(KnowledgeBase(store)) == expected


def test_nothing_is_saved_for_a_store_in_memory_or_while_coordination_waits(tmp_path: Path) -> None:
    kb = KnowledgeBase()
    assert not load_paths(kb, builtin_paths()[:1]).failed
    handler_index(kb)
    kb.save_derived()
    store = tmp_path / "kb"
    on_disk = KnowledgeBase(store)
    with on_disk.deferring_derived():
        assert not load_paths(on_disk, builtin_paths()).failed
        assert on_disk.content_state()[1] is None
        handler_index(on_disk)
    assert _saved(store, "handler-index") == []


def test_the_coordination_saved_by_a_load_lets_the_next_open_add_a_page_without_reading_every_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, other = tmp_path / "kb", tmp_path / "other"
    for folder in (store, other):
        _loaded(folder).save_derived()
    assert saved.path_of(store, COORDINATION_CODE).is_file()
    saved.path_of(other, COORDINATION_CODE).unlink()
    reopened, rebuilt = KnowledgeBase(store), KnowledgeBase(other)

    def refuse(*args: object) -> None:
        raise AssertionError("every page was read again")

    page = BATCH / "good-minhang-xinhong-subdistrict.txt"
    assert load_path(rebuilt, page).ok
    monkeypatch.setattr(Coordination, "rebuild", refuse)
    assert load_path(reopened, page).ok
    derived = [
        {f"{q.subject} {q.predicate} {q.object}" for q in kb.engine.quads(DERIVED)} for kb in (reopened, rebuilt)
    ]
    assert derived[0] - _times(derived[0]) == derived[1] - _times(derived[1])


def _times(lines: set[str]) -> set[str]:
    """The lines that depend on when pages were loaded (the fingerprint of their versions)."""
    return {line for line in lines if "#sha256>" in line}


@pytest.mark.parametrize("collecting", [True, False])
def test_reading_a_value_back_leaves_the_garbage_collector_as_it_was(tmp_path: Path, collecting: bool) -> None:
    kb = KnowledgeBase(tmp_path / "store")
    persisted.write(kb, "value", ["orgkb.kb.store.persisted"], "state", {"kept": [1, 2]})
    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        assert persisted.read(kb, "value", ["orgkb.kb.store.persisted"], "state") == {"kept": [1, 2]}
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()


def test_finish_saving_returns_once_every_value_being_saved_is_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "kb"
    kb = _loaded(store)
    _saved(store, "handler-index")  # the index the load's answers built, saved
    started, release = threading.Event(), threading.Event()
    slow_write = persisted.write

    def write_when_released(*arguments: object) -> None:
        started.set()
        release.wait(timeout=30)
        slow_write(*arguments)  # type: ignore[arg-type]

    monkeypatch.setattr(persisted, "write", write_when_released)
    assert load_path(kb, BATCH / "good-xuhui-archives-bureau.txt").ok
    kb.flush()
    _answers(kb)  # builds the index again for the new state, saved in a thread
    assert started.wait(timeout=30)
    threading.Timer(0.2, release.set).start()
    persisted.finish_saving()
    assert release.is_set()
    assert len(list(persisted.folder_of(store).glob("handler-index-*.pickle"))) == 1
    assert not persisted._saving


def test_a_save_removes_what_saves_killed_mid_write_left_behind(tmp_path: Path) -> None:
    store = tmp_path / "kb"
    kb = _loaded(store)
    folder = persisted.folder_of(store)
    folder.mkdir(exist_ok=True)
    cut, under_way = folder / ".handler-index-cut", folder / ".handler-index-under-way"
    for temporary in (cut, under_way):
        temporary.write_bytes(b"half a pickle")
    long_ago = time.time() - persisted.CUT_SAVE_SECONDS - 60
    os.utime(cut, (long_ago, long_ago))
    assert load_path(kb, BATCH / "good-xuhui-archives-bureau.txt").ok
    handler_index(kb)
    persisted.finish_saving()
    assert not cut.exists()
    assert under_way.exists()  # recent: another process's save, left to it
