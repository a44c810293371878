"""A mapping kept in an SQLite table and read a key at a time behaves as a dict, across saves."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from orgkb.kb.coordination.shelf import Shelf, ShelvedMap, decode_key, encode_key
from orgkb.loaders.document import Duty, Role

# as the coordination's keys are: ids, pairs of ids, sets of words (no NUL in them; parts not empty)
PART = st.text(
    st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), min_size=1, max_size=3
)  # text, no lone surrogates
KEYS = st.one_of(PART, st.tuples(PART, PART), st.frozensets(PART, min_size=1, max_size=3))
# (what to do, a key, a value): set, delete, pop, add to the key's set (as a defaultdict(set) is used), save
OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["set", "delete", "pop", "add", "save"]), KEYS, st.integers(0, 3)), max_size=40
)


@given(KEYS)
def test_a_key_is_read_back_as_written(key: object) -> None:
    assert decode_key(encode_key(key)) == key


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(KEYS, st.sets(st.integers(0, 3)), max_size=8), OPERATIONS)
def test_a_shelved_map_answers_as_a_dict_through_saves_and_reopenings(
    saved: dict[object, set[int]], operations: list[tuple[str, object, int]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shelf.sqlite"
        Shelf(path).write({}, {"t": (dict(saved), False)})
        expected: defaultdict[object, set[int]] = defaultdict(set, {key: set(value) for key, value in saved.items()})
        shelved: ShelvedMap[object, set[int]] = ShelvedMap(Shelf(path), "t", set)
        for action, key, value in operations:
            if action == "set":
                shelved[key] = expected[key] = {value}
            elif action == "delete" and key in expected:
                del shelved[key], expected[key]
            elif action == "pop":
                assert shelved.pop(key, None) == expected.pop(key, None)
            elif action == "add":
                shelved[key].add(value)
                expected[key].add(value)
            elif action == "save":
                shelved.shelf.write({}, {})
                shelved = ShelvedMap(Shelf(path), "t", set)  # another process reads what was saved
            assert shelved.get(key) == expected.get(key) and (key in shelved) == (key in expected)
            assert len(shelved) == len(expected)
        assert dict(shelved.items()) == dict(expected)


def test_holding_finds_the_texts_that_hold_a_fragment_saved_or_given(tmp_path: Path) -> None:
    def duty(text: str) -> Duty:
        return Duty(text, text, 1, 1, Role.UNDERTAKES, id="x/duty/1", owner_id="x")

    path = tmp_path / "shelf.sqlite"
    Shelf(path).write({}, {"duties": ({"a": duty("Assist the Audit Bureau"), "b": duty("Archives")}, True)})
    duties: ShelvedMap[str, Duty] = ShelvedMap(Shelf(path), "duties", texts=True)
    duties["c"] = duty("Guide the AUDIT bureau's work")
    del duties["a"]
    assert duties.holding({"audit bureau"}) == {"c"}
    assert duties.holding({"archives", "nothing"}) == {"b"}


def _rows_written(shelved: ShelvedMap[object, object]) -> int:
    """The rows a save of `shelved` alone writes or takes out (SQLite's count of changes)."""
    connection = shelved.shelf.connection
    before = connection.total_changes
    with shelved.shelf.transaction():
        shelved.write_changes()
    return connection.total_changes - before


def test_a_value_changed_in_place_is_written_back_and_one_left_alone_is_not(tmp_path: Path) -> None:
    path = tmp_path / "shelf.sqlite"
    saved = {"a": {"x"}, "b": {"y", "z"}, "c": {"w"}, ("d", "e"): {"v"}}
    Shelf(path).write({}, {"t": (saved, False)})
    shelved: ShelvedMap[object, set[str]] = ShelvedMap(Shelf(path), "t", set)
    shelved.read_many(["a", "b", ("d", "e")])
    shelved["a"].add("new")  # changed in place: the map is not told
    shelved["c"].discard("w")  # read one key at a time, and emptied in place
    assert shelved["b"] == {"y", "z"} and shelved[("d", "e")] == {"v"}  # read, left as they were
    shelved["f"].add("u")  # a key given
    assert _rows_written(shelved) == 3  # a, c and f; not b, not (d, e)
    assert _rows_written(shelved) == 0  # saved again unchanged: nothing
    reopened: ShelvedMap[object, set[str]] = ShelvedMap(Shelf(path), "t", set)
    assert dict(reopened.items()) == {**saved, "a": {"x", "new"}, "c": set(), "f": {"u"}}


def test_a_value_taken_out_and_given_again_unchanged_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "shelf.sqlite"
    Shelf(path).write({}, {"t": ({"a": (1, 2), "b": (3,)}, False)})
    shelved: ShelvedMap[str, tuple[int, ...]] = ShelvedMap(Shelf(path), "t")
    value = shelved.pop("a")
    shelved["a"] = value  # the row in the table is already this value
    del shelved["b"]
    assert _rows_written(shelved) == 1  # b taken out, a not written
    reopened: ShelvedMap[str, tuple[int, ...]] = ShelvedMap(Shelf(path), "t")
    assert dict(reopened.items()) == {"a": (1, 2)}


def test_a_set_pickled_by_another_process_is_not_written_back_when_unchanged(tmp_path: Path) -> None:
    # a set pickles in the order of the hashes of its process: saved by a process with other hashes,
    # it is read back here as equal, but pickled again in another order
    path = tmp_path / "shelf.sqlite"
    words = sorted(f"word{n}" for n in range(40))
    script = (
        "import sys; from pathlib import Path; from orgkb.kb.coordination.shelf import Shelf;"
        f"Shelf(Path(sys.argv[1])).write({{}}, {{'t': ({{'a': set({words!r}), 'b': set({words!r})}}, False)}})"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(path)],
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "8" if os.environ.get("PYTHONHASHSEED") == "7" else "7"},
    )
    shelved: ShelvedMap[str, set[str]] = ShelvedMap(Shelf(path), "t", set)
    stored = shelved.shelf.connection.execute("SELECT value FROM t WHERE key = ?", (encode_key("a"),)).fetchone()[0]
    assert shelved["a"] == set(words) and shelved["b"] == set(words)
    assert pickle.dumps(shelved["a"], protocol=pickle.HIGHEST_PROTOCOL) != stored  # the case tested
    shelved["b"].add("word40")
    assert _rows_written(shelved) == 1  # b only
    assert ShelvedMap(Shelf(path), "t", set)["b"] == {*words, "word40"}
