"""Snapshots for the SPARQL workers: one per generation, of a memory or a directory store, the newest kept."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_path
from orgkb.web.sparql.snapshots import KEEP, Snapshots

PAGES = sorted(builtin_paths())


def _duties(folder: str) -> int:
    store = ox.Store.read_only(folder)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/orgkb/def#Responsibility> }"
    results = store.query(query, use_default_graph_as_union=True)
    return int(next(iter(results))["n"].value)  # type: ignore[arg-type, index, union-attr]


def test_one_snapshot_per_generation_of_a_memory_store() -> None:
    kb = KnowledgeBase()
    snapshots = Snapshots(kb)
    empty = snapshots.current()
    assert snapshots.current() == empty  # nothing was written: the same snapshot
    load_path(kb, PAGES[0])
    loaded = snapshots.current()
    assert loaded != empty and _duties(empty) == 0 and _duties(loaded) > 0
    snapshots.close()
    assert not Path(loaded).exists()


def test_a_directory_store_is_backed_up_and_old_snapshots_are_removed(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "store")
    snapshots = Snapshots(kb)
    made = [snapshots.current()]
    for page in PAGES:
        load_path(kb, page)
        made.append(snapshots.current())
    assert len(made) == len(set(made)) == len(PAGES) + 1 > KEEP
    assert [Path(folder).exists() for folder in made] == [False] * (len(made) - KEEP) + [True] * KEEP
    assert _duties(made[-1]) > _duties(made[-2]) > 0
    snapshots.close()


def test_a_remote_store_is_copied(oxigraph_url: str) -> None:
    kb = KnowledgeBase(oxigraph_url)
    load_path(kb, PAGES[0])
    snapshots = Snapshots(kb)
    reference = KnowledgeBase()
    load_path(reference, PAGES[0])
    assert _duties(snapshots.current()) == _duties(Snapshots(reference).current()) > 0
    snapshots.close()
    kb.close()
