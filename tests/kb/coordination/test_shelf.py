"""A mapping kept in an SQLite table and read a key at a time behaves as a dict, across saves."""

from __future__ import annotations

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
