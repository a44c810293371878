"""Columns that a saved index maps from its file rather than unpickles: strings as one buffer and
offsets, and an inverted index of numbers as sorted keys and offsets (CSR).

Each is a few numpy arrays, which `orgkb.kb.store.mapped_file` keeps out of the pickle and maps
read-only: reading one back costs nothing per string or per number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar, overload

import numpy as np
from numpy.typing import NDArray

T = TypeVar("T")


def position(ordered: NDArray[np.integer], value: int) -> int:
    """Where `value` would go in the sorted `ordered` (before any equal to it), as `np.searchsorted`.

    >>> position(np.array([2, 5, 9], dtype=np.int32), 5), position(np.array([2, 5], dtype=np.int32), 2**40)
    (1, 2)

    `value` is searched as a number of the array's own type: given a Python `int`, `searchsorted`
    first casts the whole array to compare with it (37 µs for 50,000 `int32`s, 5 µs searched in
    their own type), and the postings of a common word at national scale hold that many.
    """
    try:
        wanted = ordered.dtype.type(value)
    except OverflowError:  # beyond what the type holds: before or after every number
        return 0 if value < 0 else len(ordered)
    return int(ordered.searchsorted(wanted))


class Rows(Sequence[T]):
    """A sequence whose items are made from columns when asked for: `rows[n]` is `_row(n)`, counted
    back from the end for a negative `n` and a list for a slice, as a list's items are."""

    _item = "row"  # what an item is called in the error for a number out of range

    def _row(self, number: int) -> T:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        size = len(self)
        if isinstance(index, slice):
            return [self._row(number) for number in range(*index.indices(size))]
        number = int(index) + (size if index < 0 else 0)
        if not 0 <= number < size:
            raise IndexError(f"{self._item} {index} of {size}")
        return self._row(number)

    def __iter__(self) -> Iterator[T]:
        return (self._row(number) for number in range(len(self)))


@dataclass(frozen=True)
class Strings(Rows[str]):
    """Strings one after the other in one UTF-8 buffer; the string `i` is `data[starts[i]:starts[i + 1]]`.

    >>> names = Strings.of(["Beijing", "北京"])
    >>> names[1], len(names), names.find("北京"), names.find("Tianjin")
    ('北京', 2, 1, None)

    The buffer is a numpy array of bytes, not `bytes`, so that a saved index keeps it out of the
    pickle and maps it (`orgkb.kb.store.mapped_file`). `find` needs the strings in order."""

    data: NDArray[np.uint8]
    starts: NDArray[np.int64]

    @classmethod
    def of(cls, values: Iterable[str]) -> Strings:
        encoded = [value.encode() for value in values]
        starts = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(value) for value in encoded], out=starts[1:])
        return cls(np.frombuffer(b"".join(encoded), dtype=np.uint8), starts)

    _item = "string"

    def __len__(self) -> int:
        return len(self.starts) - 1

    def _row(self, number: int) -> str:
        return self._encoded(number).decode()

    def _encoded(self, index: int) -> bytes:
        return self.data[int(self.starts[index]) : int(self.starts[index + 1])].tobytes()

    def find(self, value: str) -> int | None:
        """The number of `value` among these strings, sorted by their UTF-8 bytes (as Python sorts
        `str`: by code point); None when it is not one of them."""
        wanted, low, high = value.encode(), 0, len(self)
        while low < high:
            middle = (low + high) // 2
            if self._encoded(middle) < wanted:
                low = middle + 1
            else:
                high = middle
        return low if low < len(self) and self._encoded(low) == wanted else None


@dataclass(frozen=True)
class StringLists:
    """A list of strings for each number: `lists[i]` is `strings[starts[i]:starts[i + 1]]`."""

    strings: Strings
    starts: NDArray[np.int64]

    @classmethod
    def of(cls, lists: Sequence[Sequence[str]]) -> StringLists:
        starts = np.zeros(len(lists) + 1, dtype=np.int64)
        np.cumsum([len(values) for values in lists], out=starts[1:])
        return cls(Strings.of(value for values in lists for value in values), starts)

    def __getitem__(self, index: int) -> list[str]:
        return self.strings[int(self.starts[index]) : int(self.starts[index + 1])]


class Positions(Mapping[int, list[int]]):
    """An inverted index of numbers: for each key, the numbers of the items that have it, in order.

    >>> duties_of = Positions(np.array([2, 0, 2, 5]))
    >>> duties_of[2], list(duties_of), duties_of.get(1)
    ([0, 2], [0, 2, 5], None)

    Kept as the keys in order, where each key's numbers start, and the numbers (CSR), where a
    dict of lists held an object per number."""

    def __init__(self, key_of_item: NDArray[np.integer]) -> None:
        """`key_of_item[n]`: the key of item `n`; a negative key: none."""
        order = np.argsort(key_of_item, kind="stable")
        order = order[key_of_item[order] >= 0]
        keys = key_of_item[order]
        unique, first = np.unique(keys, return_index=True)
        self._keys: NDArray[np.integer] = unique
        self._starts = np.append(first, len(keys)).astype(np.int64)
        self._items = order.astype(np.int32)

    def __getitem__(self, key: int) -> list[int]:
        at = position(self._keys, int(key))
        if at == len(self._keys) or self._keys[at] != key:
            raise KeyError(key)
        found: list[int] = self._items[int(self._starts[at]) : int(self._starts[at + 1])].tolist()
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys.tolist())

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, int | np.integer):
            return False
        at = position(self._keys, int(key))
        return at < len(self._keys) and self._keys[at] == key

    def keys_array(self) -> NDArray[np.integer]:
        """Every key, in order, as an array."""
        return self._keys


class StringPostings(Mapping[str, NDArray[np.int32]]):
    """An inverted index by strings: for each key, the numbers of the items that hold it, in order,
    as an array (read-only when mapped from a saved index).

    >>> owners = StringPostings({"archives": [3, 7], "bureau": [7]})
    >>> owners["archives"].tolist(), "office" in owners, list(owners)
    ([3, 7], False, ['archives', 'bureau'])

    The keys in order as `Strings`, where each key's numbers start, and the numbers (CSR)."""

    def __init__(self, found: Mapping[str, Sequence[int]]) -> None:
        keys = sorted(found)
        self.keys_in_order = Strings.of(keys)
        self._starts = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum([len(found[key]) for key in keys], out=self._starts[1:])
        self._items = np.fromiter(
            (number for key in keys for number in found[key]), dtype=np.int32, count=int(self._starts[-1])
        )

    def __getitem__(self, key: str) -> NDArray[np.int32]:
        at = self.keys_in_order.find(key) if isinstance(key, str) else None
        if at is None:
            raise KeyError(key)
        return self._items[int(self._starts[at]) : int(self._starts[at + 1])]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.keys_in_order.find(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_in_order)

    def __len__(self) -> int:
        return len(self.keys_in_order)


class StringSets(Sequence[frozenset[str]]):
    """A set of strings for each number, each string a number into one vocabulary (CSR): the
    vocabulary is a list of its distinct strings, the sets one array of numbers into it. A set is
    made when first asked for and kept for the process (not saved): the ranking asks for the words
    of thousands of owners per question, mostly the same ones.

    >>> held = StringSets([frozenset({"archives", "bureau"}), frozenset()])
    >>> held[0] == {"archives", "bureau"}, held[1], len(held)
    (True, frozenset(), 2)
    """

    def __init__(self, sets: Sequence[frozenset[str]]) -> None:
        vocabulary = sorted({value for values in sets for value in values})
        number_of = {value: number for number, value in enumerate(vocabulary)}
        self._vocabulary = vocabulary  # a list (the words of names: tens of thousands), read as each set is
        self._starts = np.zeros(len(sets) + 1, dtype=np.int64)
        np.cumsum([len(values) for values in sets], out=self._starts[1:])
        self._members = np.fromiter(
            (number_of[value] for values in sets for value in sorted(values)),
            dtype=np.int32,
            count=int(self._starts[-1]),
        )
        self._made: dict[int, frozenset[str]] = {}  # the sets asked for, made once in this process

    def __getstate__(self) -> dict[str, object]:
        return {name: value for name, value in vars(self).items() if name != "_made"}

    def __setstate__(self, state: dict[str, object]) -> None:
        vars(self).update(state)
        self._made = {}

    def __len__(self) -> int:
        return len(self._starts) - 1

    @overload
    def __getitem__(self, index: int) -> frozenset[str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[frozenset[str]]: ...

    def __getitem__(self, index: int | slice) -> frozenset[str] | list[frozenset[str]]:
        if isinstance(index, slice):
            return [self[number] for number in range(*index.indices(len(self)))]
        made = self._made.get(index)  # the ranking asks for the same owners' words again and again
        if made is None:
            made = self._made[index] = self._make(index)
        return made

    def _make(self, index: int) -> frozenset[str]:
        number = int(index) + (len(self) if index < 0 else 0)
        if not 0 <= number < len(self):
            raise IndexError(f"set {index} of {len(self)}")
        members = self._members[int(self._starts[number]) : int(self._starts[number + 1])]
        return frozenset(map(self._vocabulary.__getitem__, members.tolist()))
