"""owner_table: the index's owners as columns, each made again whole when asked for."""

from __future__ import annotations

import pickle

import pytest

from orgkb.kb.search.owner_table import Owner, OwnerNumbers, OwnerTable

OWNERS = [
    Owner(
        "https://w3id.org/orgkb/org/a", "General Office", ["办公室", "Office"], None, "place/x", [], "general office"
    ),
    Owner("https://w3id.org/orgkb/org/a/archives", "Archives Section", [], "https://w3id.org/orgkb/org/a", None),
    Owner("https://w3id.org/orgkb/org/b", "", [], "https://w3id.org/orgkb/org/a", "place/y", ["k1", "k2"], kept=True),
]


def test_the_table_gives_back_every_owner_as_it_was() -> None:
    table = pickle.loads(pickle.dumps(OwnerTable(OWNERS)))
    assert list(table) == OWNERS and table[-1] == OWNERS[-1] and table[0:2] == OWNERS[0:2]
    assert table == OWNERS and OwnerTable([]) == [] and table != OWNERS[:2]
    with pytest.raises(IndexError):
        table[3]


def test_owners_are_numbered_by_their_iris_in_order() -> None:
    numbers = OwnerNumbers(OwnerTable(OWNERS))
    assert dict(numbers) == {owner.iri: n for n, owner in enumerate(OWNERS)}
    assert numbers.get("https://w3id.org/orgkb/org/c") is None and "https://w3id.org/orgkb/org/a" in numbers
    with pytest.raises(ValueError, match="order"):
        OwnerTable(list(reversed(OWNERS)))
