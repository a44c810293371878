"""What the saved coordination's small part needed of the shelf: keys of a set of words in a place,
many keys read at once, the keys under a first string, and each table's length kept."""

from __future__ import annotations

import gc
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgkb.kb.coordination.holders import Holders
from orgkb.kb.coordination.shelf import Shelf, ShelvedMap, decode_key, encode_key, read_ahead

PART = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), min_size=1, max_size=3)


@given(st.frozensets(PART, max_size=3), st.one_of(st.just(""), PART))
def test_a_set_of_words_in_a_place_is_read_back_as_written(words: frozenset[str], place: str) -> None:
    assert decode_key(encode_key((words, place))) == (words, place)


def test_read_many_reads_what_get_reads_and_remembers_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "shelf.sqlite"
    Shelf(path).write({}, {"t": ({"a": 1, "b": 2, ("c", "d"): 3}, False)})
    shelved: ShelvedMap[object, int] = ShelvedMap(Shelf(path), "t")
    shelved.read_many(["a", ("c", "d"), "missing"])
    shelved.shelf.connection.execute('DELETE FROM "t"')  # what was read is answered without the table
    assert shelved.get("a") == 1 and shelved[("c", "d")] == 3 and "missing" not in shelved
    shelved["missing"] = 4
    assert shelved["missing"] == 4 and len(shelved) == 4


@pytest.mark.parametrize("collecting", [True, False])
def test_read_ahead_reads_a_shelved_map_at_once_and_leaves_the_garbage_collector_as_it_was(
    tmp_path: Path, collecting: bool
) -> None:
    path = tmp_path / "shelf.sqlite"
    Shelf(path).write({}, {"t": ({"a": {"x"}, "b": {"y"}}, False)})
    shelved: ShelvedMap[str, set[str]] = ShelvedMap(Shelf(path), "t", set)
    in_memory = {"a": {"x"}}
    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        read_ahead(shelved, ["a", "b", "c"])
        read_ahead(in_memory, ["a", "b"])  # nothing to read: left as it is
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()
    shelved.shelf.connection.execute('DELETE FROM "t"')
    assert shelved.get("a") == {"x"} and shelved.get("b") == {"y"} and shelved.get("c") is None
    assert in_memory == {"a": {"x"}}


_MATTERS = st.sampled_from(["m", "ma", "m a", "mb", "n"])
_OWNERS = st.sampled_from(["o1", "o2", "o/3"])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(_MATTERS, _OWNERS)),
    st.lists(st.tuples(st.booleans(), _MATTERS, _OWNERS, st.booleans()), max_size=20),
)
def test_holders_read_back_by_key_answer_as_the_sets_in_memory(
    saved: list[tuple[str, str]], writes: list[tuple[bool, str, str, bool]]
) -> None:
    expected = Holders()
    for matter, owner in saved:
        expected.add(matter, owner)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shelf.sqlite"
        Shelf(path).write({}, {"holders": (expected.table(), False)})
        keyed = Holders(ShelvedMap(Shelf(path), "holders"))
        for add, matter, owner, save in writes:
            for holders in (expected, keyed):
                (holders.add if add else holders.discard)(matter, owner)
            if save and keyed.pairs is not None:
                keyed.pairs.shelf.write({}, {})
                keyed = Holders(ShelvedMap(Shelf(path), "holders"))  # another process reads what was saved
            for each in ["m", "ma", "m a", "mb", "n"]:
                assert keyed.of(each) == expected.of(each), each
                assert all(keyed.holds(each, owner) == expected.holds(each, owner) for owner in ["o1", "o2", "o/3"])


def test_each_table_s_length_is_kept_as_written(tmp_path: Path) -> None:
    path = tmp_path / "shelf.sqlite"
    Shelf(path).write({}, {"t": ({"a": 1, "b": 2}, False), "u": ({}, False)})
    shelved: ShelvedMap[str, int] = ShelvedMap(Shelf(path), "t")
    shelved["c"] = 3
    del shelved["a"]
    shelved.shelf.write({}, {})
    reopened = Shelf(path)
    with sqlite3.connect(path) as connection:
        counted = {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in "tu"}
    assert counted == {"t": 2, "u": 0}
    assert {table: reopened.length(table) for table in "tu"} == counted
    assert reopened.meta("lengths") is not None
