"""columns: strings, lists and inverted indexes as arrays, equal to the Python values they replace."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from orgkb.kb.search.columns import Positions, StringLists, StringPostings, Strings, StringSets, position

WORDS = sorted(["", "archives", "archive", "Zhabei", "静安", "区", "école", "a;b"])


def test_strings_read_back_each_string_and_find_it_in_order() -> None:
    strings = Strings.of(WORDS)
    assert list(strings) == WORDS and strings[-1] == WORDS[-1] and strings[2:4] == WORDS[2:4]
    assert [strings.find(word) for word in WORDS] == list(range(len(WORDS)))
    assert strings.find("archiv") is None and strings.find("zzz") is None and strings.find("静") is None
    assert Strings.of([]).find("a") is None
    with pytest.raises(IndexError):
        strings[len(WORDS)]


@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.uint32])
def test_a_position_is_where_searchsorted_puts_the_number(dtype: type[np.integer]) -> None:
    ordered = np.array([0, 2, 2, 5, 9], dtype=dtype)
    for value in (-(2**70), -1, 0, 1, 2, 3, 5, 9, 10, 2**40, 2**70):  # and beyond what the type holds
        assert position(ordered, value) == int(np.searchsorted(ordered.astype(object), value)), value
    assert position(np.zeros(0, dtype=dtype), 3) == 0


def test_string_lists_keep_each_list() -> None:
    lists = [["b", "a"], [], ["静安"]]
    table = StringLists.of(lists)
    assert [table[n] for n in range(3)] == lists


def test_positions_are_the_numbers_of_each_key_in_order() -> None:
    keys = np.array([3, -1, 0, 3, 3, -1, 7], dtype=np.int32)
    positions = Positions(keys)
    assert dict(positions) == {0: [2], 3: [0, 3, 4], 7: [6]}
    assert 3 in positions and -1 not in positions and 4 not in positions and "3" not in positions
    assert positions.get(4, ()) == () and len(positions) == 3
    assert positions.keys_array().tolist() == [0, 3, 7]
    assert dict(Positions(np.zeros(0, dtype=np.int32))) == {}


def test_string_postings_answer_as_the_dict_of_arrays_they_replace() -> None:
    found = {"archiv": [1, 4], "safeti": [0], "档案": [2, 3, 4]}
    postings = StringPostings(found)
    assert {key: value.tolist() for key, value in postings.items()} == found
    assert postings.get("missing") is None and "archiv" in postings and 1 not in postings
    assert postings["档案"].dtype == np.int32


def test_string_sets_keep_each_set_and_survive_a_pickle() -> None:
    sets = [frozenset({"archiv", "bureau"}), frozenset(), frozenset({"档案", "archiv"})]
    table = pickle.loads(pickle.dumps(StringSets(sets)))
    assert list(table) == sets and table[1:] == sets[1:] and table[-1] == sets[-1] and len(table) == 3
