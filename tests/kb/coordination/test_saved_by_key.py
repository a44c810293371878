"""A process that adds a page to a store with its coordination saved reads by key what used to be
read whole (the name index, the holders of each matter, the hierarchy, the versions), and the
links are those of a reading of every page."""

from __future__ import annotations

import gc
from pathlib import Path

from orgkb.kb.coordination.derived import Coordination, fingerprint
from orgkb.kb.coordination.holders import Holders
from orgkb.kb.coordination.shelf import ShelvedMap
from orgkb.kb.store.knowledge_base import KnowledgeBase
from tests.kb.coordination.test_derived import PAGES, links, read_afresh


def _counts(coordination: Coordination) -> dict[str, int]:
    """How many owners hold each matter, counted from the profiles."""
    counts: dict[str, int] = {}
    for owner in coordination.profiles:
        for matter in coordination.profiles[owner]:
            counts[matter] = counts.get(matter, 0) + 1
    return counts


def test_a_page_added_reads_the_small_part_by_key_and_links_as_a_full_reading(tmp_path: Path) -> None:
    store = tmp_path / "kb"
    first = KnowledgeBase(store)
    assert not first.load_paths(PAGES[:10]).failed
    assert first._coordination is not None
    assert {matter: n for matter, n in first._coordination.held.items() if n} == _counts(first._coordination)
    first.save_derived()
    del first
    gc.collect()
    for page in PAGES[10:13]:
        kb = KnowledgeBase(store)
        kb._read_saved_coordination()
        coordination = kb._coordination
        assert coordination is not None
        index, holders = coordination.index, coordination.holders
        assert not index.whole and index.names is None  # no automaton of every name is read
        assert isinstance(index.starts, ShelvedMap) and isinstance(index.candidates, ShelvedMap)
        assert isinstance(holders, Holders) and holders.pairs is not None
        assert isinstance(coordination.versions, ShelvedMap) and isinstance(coordination.hierarchy, ShelvedMap)
        assert kb.load_path(page).ok, page
        for keyed in (index.starts, index.candidates, holders.pairs, coordination.versions, coordination.hierarchy):
            assert len(keyed._kept) < len(keyed), keyed.table  # not every entry read
        assert {matter: n for matter, n in coordination.held.items() if n} == _counts(coordination)
        loaded = [version for version in (coordination.versions[graph] for graph in coordination.versions)]
        assert coordination.fingerprint == fingerprint(loaded)
        assert links(kb) == read_afresh(kb), page
        kb.save_derived()
        del kb
        gc.collect()
