"""A process that adds a page to a store with its coordination saved reads by key what used to be
read whole (the name index, the holders of each matter, the hierarchy, the versions), and the
links are those of a reading of every page."""

from __future__ import annotations

import gc
from collections import Counter
from pathlib import Path

import pytest

from orgkb.kb.coordination.derived import Coordination, fingerprint
from orgkb.kb.coordination.holders import Holders
from orgkb.kb.coordination.shelf import ShelvedMap
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import load_path, load_paths
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
    assert not load_paths(first, PAGES[:10]).failed
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
        assert load_path(kb, page).ok, page
        for keyed in (index.starts, index.candidates, holders.pairs, coordination.versions, coordination.hierarchy):
            assert len(keyed._kept) < len(keyed), keyed.table  # not every entry read
        assert {matter: n for matter, n in coordination.held.items() if n} == _counts(coordination)
        loaded = [version for version in (coordination.versions[graph] for graph in coordination.versions)]
        assert coordination.fingerprint == fingerprint(loaded)
        assert links(kb) == read_afresh(kb), page
        kb.save_derived()
        del kb
        gc.collect()


# What a write reads for the pairs a moved weight weighs again, and for its own duties and owners:
# after the change (scale15) no entry of these is read one statement at a time.
READ_AHEAD = ("profiles", "serials", "evidence", "links", "holders", "duties", "mentions", "stated", "asked")


def test_a_write_that_moves_weights_reads_what_it_weighs_again_in_a_few_statements(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "kb"
    first = KnowledgeBase(store)
    assert not load_paths(first, PAGES[:10]).failed
    first.save_derived()
    del first
    gc.collect()
    one, many = Counter[str](), Counter[str]()
    stored, read_many = ShelvedMap._stored, ShelvedMap.read_many

    def counted(self: ShelvedMap[object, object], key: object) -> object:
        one[self.table] += 1
        return stored(self, key)

    def counted_many(self: ShelvedMap[object, object], keys: object) -> None:
        keys = list(keys)  # type: ignore[call-overload]
        many[self.table] += len(keys)
        read_many(self, keys)

    monkeypatch.setattr(ShelvedMap, "_stored", counted)
    monkeypatch.setattr(ShelvedMap, "read_many", counted_many)
    for page in PAGES[10:13]:
        kb = KnowledgeBase(store)
        kb._read_saved_coordination()
        coordination = kb._coordination
        assert coordination is not None
        weights = dict(coordination.weights)
        one.clear()
        many.clear()
        assert load_path(kb, page).ok, page
        assert coordination.weights != weights  # every weight of a few pages moves with a unit more
        assert {table: one[table] for table in READ_AHEAD if one[table]} == {}, page
        assert many["evidence"] and many["links"] and many["profiles"], page
        for table in ("member_of", "families"):  # one at a time: the page's own organizations' only
            assert one[table] < many[table], (page, table, one[table], many[table])
        assert links(kb) == read_afresh(kb), page
        kb.save_derived()
        del kb
        gc.collect()
