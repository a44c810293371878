"""The derived graph derived whole is emptied in transactions of a bounded size, what it says about
itself first: a national store's graph in one transaction held gigabytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.coordination.derived import DERIVED
from orgkb.kb.store import knowledge_base as store_module
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_paths


def _derived(kb: KnowledgeBase) -> set[str]:
    return {str(quad) for quad in kb.engine.quads(DERIVED) if quad.subject != DERIVED}


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    """A directory store of the built-in pages, its graph derived at the load's end."""
    loaded = KnowledgeBase(tmp_path / "kb")
    assert not load_paths(loaded, builtin_paths()).failed
    return loaded


def test_a_whole_derive_removes_the_old_graph_in_chunks_and_writes_the_same_links(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _derived(kb)
    assert len(before) > 100
    updates: list[str] = []
    update = kb.engine.update
    monkeypatch.setattr(store_module, "DROP_CHUNK", 50)
    monkeypatch.setattr(kb.engine, "update", lambda text: (updates.append(text), update(text))[1])
    kb._derive()  # derived whole again, as an open by newer code does
    assert _derived(kb) == before
    assert kb._derived_is_current()
    deletions = [text for text in updates if text.startswith("DELETE DATA")]
    assert len(deletions) >= len(before) // 50
    assert updates[0].startswith("DELETE WHERE")  # what the graph says about itself, first


def test_a_derive_stopped_after_its_first_chunk_leaves_a_graph_found_out_of_date(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _derived(kb)
    update = kb.engine.update
    sent: list[str] = []

    def stopped(text: str) -> None:
        if text.startswith("DELETE DATA") and any(item.startswith("DELETE DATA") for item in sent):
            raise KeyboardInterrupt  # the process stopped between two chunks
        sent.append(text)
        update(text)

    monkeypatch.setattr(store_module, "DROP_CHUNK", 50)
    monkeypatch.setattr(kb.engine, "update", stopped)
    with pytest.raises(KeyboardInterrupt):
        kb._derive()
    assert not kb._derived_is_current()  # so the next open derives it again, whole
    assert kb.path is not None and not KnowledgeBase(kb.path, read_only=True)._derived_is_current()
    monkeypatch.undo()
    kb._derive()
    assert kb._derived_is_current()
    assert _derived(kb) == before
