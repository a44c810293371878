"""The owners whose matter profiles hold each matter: sets by matter in memory, or (matter, owner)
pairs read a key at a time from a saved coordination.

A write moves a few owners' profiles: it adds or takes out the pairs of their matters, and reads
the owners of a matter only for the matters whose weights moved (`Coordination._sharing`), by a
range of keys. Kept as one set per matter, the holders of every matter a page touches were read
whole at each write (at 10,000 pages, the common matters are held by thousands of owners each).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, MutableMapping

from orgkb.kb.coordination.shelf import ShelvedMap

Pairs = ShelvedMap[tuple[str, str], bool]


class Holders:
    """matter -> the owners whose profiles hold it: in memory (built whole), or read from `pairs`."""

    def __init__(self, pairs: Pairs | None = None) -> None:
        self.by_matter: dict[str, set[str]] = defaultdict(set)
        self.pairs = pairs

    def holds(self, matter: str, owner: str) -> bool:
        if self.pairs is not None:
            return (matter, owner) in self.pairs
        return owner in self.by_matter.get(matter, ())

    def read_ahead(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Read at once whether each (matter, owner) of `pairs` is held (read from a save: a few
        statements, not one a pair)."""
        if self.pairs is not None:
            self.pairs.read_many(pairs)

    def add(self, matter: str, owner: str) -> None:
        if self.pairs is not None:
            self.pairs[(matter, owner)] = True
        else:
            self.by_matter[matter].add(owner)

    def discard(self, matter: str, owner: str) -> None:
        if self.pairs is not None:
            self.pairs.pop((matter, owner), None)
        else:
            held = self.by_matter.get(matter)
            if held is not None:
                held.discard(owner)

    def of(self, matter: str) -> set[str]:
        """The owners that hold `matter` (a new set)."""
        if self.pairs is not None:
            return {owner for _, owner in self.pairs.starting(matter)}
        return set(self.by_matter.get(matter, ()))

    def table(self) -> MutableMapping[tuple[str, str], bool]:
        """The (matter, owner) pairs, as they are saved."""
        if self.pairs is not None:
            return self.pairs
        return {(matter, owner): True for matter, owners in self.by_matter.items() for owner in owners}
