"""The embedded engine: a directory several processes open read-only, following its one writer."""

from __future__ import annotations

from pathlib import Path

from orgkb.kb.store.engines.embedded import EmbeddedEngine
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_path, load_paths

JINGAN = next(path for path in builtin_paths() if path.name.startswith("jingan"))


def test_a_read_only_directory_follows_its_writer(tmp_path: Path) -> None:
    writer = KnowledgeBase(tmp_path / "store")
    load_path(writer, JINGAN)
    writer.flush()
    reader = KnowledgeBase(tmp_path / "store", read_only=True)
    assert isinstance(reader.engine, EmbeddedEngine)
    opened = reader.engine.store
    assert len(reader.documents()) == 1 and not reader.follow()
    assert reader.engine.store is opened  # nothing written: not opened again
    load_paths(writer, [path for path in builtin_paths() if path != JINGAN])
    writer.flush()
    assert reader.follow()
    assert len(reader.documents()) == len(builtin_paths())


def test_a_read_only_store_writes_nothing_when_opened(tmp_path: Path) -> None:
    KnowledgeBase(tmp_path / "store").flush()
    files = sorted((path.name, path.stat().st_size) for path in (tmp_path / "store").iterdir())
    KnowledgeBase(tmp_path / "store", read_only=True)
    assert sorted((path.name, path.stat().st_size) for path in (tmp_path / "store").iterdir()) == files
