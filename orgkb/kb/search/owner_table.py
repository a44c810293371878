"""The owners of the who-handles index (organizations and units) as columns, and their numbers by IRI.

Like the duties (`duty_table`), an `Owner` is made only when one is asked for by its number: a
saved index maps a few arrays (`orgkb.kb.store.mapped_file`) instead of unpickling an object, its lists
and its strings for each of the 577,904 owners of the national corpus (at M, the owners were
the slowest part of the index to read back).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from orgkb.kb.search.columns import Rows, StringLists, Strings


@dataclass
class Owner:
    """An organization or unit: its names, the organization above it, its place.

    A body a page names only through an office's duty ("administering community cultural
    activity centers") has no organization above it; the office that keeps it stands in for one,
    and it serves that office's place.
    """

    iri: str
    name: str = ""
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None
    place: str | None = None
    keepers: list[str] = field(default_factory=list)
    kind: str | None = None  # the name of its kind: "general office", "section"
    kept: bool = False  # its `parent` is the office that keeps it, not one it is a unit of


class _MaybeStrings:
    """A string or None for each number."""

    def __init__(self, values: Sequence[str | None]) -> None:
        self._strings = Strings.of(value or "" for value in values)
        self._none = np.fromiter((value is None for value in values), dtype=bool, count=len(values))

    def __getitem__(self, index: int) -> str | None:
        return None if self._none[index] else self._strings[index]


_FIELDS = ("iri", "name", "aliases", "parent", "place", "keepers", "kind", "kept")


class OwnerRecord:
    """One owner of an `OwnerTable`, read from its columns field by field as it is asked for: the
    ranking sorts tens of thousands of owners by name per question, and made whole each cost 100 µs.
    Equal to the `Owner` it was made from."""

    __slots__ = ("_number", "_table")

    def __init__(self, table: OwnerTable, number: int) -> None:
        self._table = table
        self._number = number

    @property
    def iri(self) -> str:
        return self._table.iris[self._number]

    @property
    def name(self) -> str:
        return self._table.names[self._number]

    @property
    def aliases(self) -> list[str]:
        return self._table.aliases[self._number]

    @property
    def parent(self) -> str | None:
        return self._table.parents[self._number]

    @property
    def place(self) -> str | None:
        return self._table.places[self._number]

    @property
    def keepers(self) -> list[str]:
        return self._table.keepers[self._number]

    @property
    def kind(self) -> str | None:
        return self._table.kinds[self._number]

    @property
    def kept(self) -> bool:
        return bool(self._table.kept[self._number])

    def whole(self) -> Owner:
        """The owner as an `Owner`."""
        return Owner(*(getattr(self, name) for name in _FIELDS))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Owner | OwnerRecord):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _FIELDS)

    __hash__ = None  # type: ignore[assignment]  # as an `Owner`, which is mutable

    def __repr__(self) -> str:
        return repr(self.whole())


class OwnerTable(Rows[OwnerRecord]):
    """Every owner of the index, by number, their IRIs in order; `table[n]` is the owner numbered `n`.

    Their names are a list of strings (read back in C, about 50 ns each: the ranking reads them
    most); the rest are columns."""

    def __init__(self, owners: Sequence[Owner]) -> None:
        iris = [owner.iri for owner in owners]
        if iris != sorted(iris):
            raise ValueError("the owners of an index are numbered in the order of their IRIs")
        self._size = len(owners)
        self.iris = Strings.of(iris)
        self.names = [owner.name for owner in owners]
        self.aliases = StringLists.of([owner.aliases for owner in owners])
        self.keepers = StringLists.of([owner.keepers for owner in owners])
        self.parents = _MaybeStrings([owner.parent for owner in owners])
        self.places = _MaybeStrings([owner.place for owner in owners])
        self.kinds = _MaybeStrings([owner.kind for owner in owners])
        self.kept = np.fromiter((owner.kept for owner in owners), dtype=bool, count=self._size)

    _item = "owner"

    def __len__(self) -> int:
        return self._size

    def _row(self, number: int) -> OwnerRecord:
        return OwnerRecord(self, number)

    def __eq__(self, other: object) -> bool:
        """Equal to a list (or any sequence) of the same owners, as the list it replaces was."""
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(mine == theirs for mine, theirs in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to a list, so unhashable as one


class OwnerNumbers(Mapping[str, int]):
    """The number of each owner by its IRI, found in the table's IRIs (in order) by bisection."""

    def __init__(self, owners: OwnerTable) -> None:
        self._iris = owners.iris

    def __getitem__(self, iri: str) -> int:
        found = self._iris.find(iri) if isinstance(iri, str) else None
        if found is None:
            raise KeyError(iri)
        return found

    def __contains__(self, iri: object) -> bool:
        return isinstance(iri, str) and self._iris.find(iri) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._iris)

    def __len__(self) -> int:
        return len(self._iris)
