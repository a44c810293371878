"""The table of common office kinds in Chinese and English (`office_kinds.tsv`).

It is how the Chinese page and the English page of one office get one identity: "静安区" +
"人民政府办公室" and "General Office of People's Government of" + "Jing'an District" both come
to `general-office` in the place `shanghai/jingan`. A name is translated only through this table,
never guessed: a name the table does not know keeps a slug of its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

DATA_FILE = "office_kinds.tsv"


@dataclass(frozen=True)
class OfficeKind:
    """One kind of office: its Chinese name, its English names and the slug they share."""

    chinese: str
    slug: str
    english: str
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class KindMatch:
    """A name read as a kind of office, after what comes before it ("曹家渡" + 街道办事处)."""

    kind: OfficeKind
    prefix: str


def fold_words(text: str) -> str:
    """English words folded for comparison: case, apostrophes, "the", hyphens and spaces.

    >>> fold_words("General Office of the People’s Government")
    'general office of peoples government'
    """
    text = re.sub(r"['’‘`]", "", text.lower())
    text = re.sub(r"[\s,\-_]+", " ", text)
    return re.sub(r"\bthe\b\s*", "", text).strip()


class OfficeKinds:
    """The table, searchable by a Chinese name's ending and by an English name."""

    def __init__(self, kinds: tuple[OfficeKind, ...]) -> None:
        self.kinds = kinds
        # longest Chinese name first, so 人民政府办公室 wins over 人民政府 and 办公室
        self._chinese = sorted(kinds, key=lambda kind: -len(kind.chinese))
        self._english: list[tuple[str, OfficeKind]] = sorted(
            ((fold_words(name), kind) for kind in kinds for name in (kind.english, *kind.variants)),
            key=lambda pair: -len(pair[0]),
        )

    def chinese(self, name: str) -> KindMatch | None:
        """The kind a Chinese name ends with, and what comes before it.

        >>> found = office_kinds().chinese("曹家渡街道办事处")
        >>> found.kind.slug, found.prefix
        ('sub-district-office', '曹家渡')
        """
        for kind in self._chinese:
            if name.endswith(kind.chinese):
                return KindMatch(kind, name.removesuffix(kind.chinese))
        return None

    def english(self, name: str) -> KindMatch | None:
        """The kind an English name is, whole or at its end after a locality's name.

        >>> found = office_kinds().english("Bureau of Civil Affairs")
        >>> found.kind.slug, found.prefix
        ('civil-affairs-bureau', '')
        """
        folded = fold_words(name)
        for words, kind in self._english:
            if folded == words:
                return KindMatch(kind, "")
            if folded.endswith(" " + words):
                return KindMatch(kind, folded.removesuffix(" " + words))
        return None

    def __len__(self) -> int:
        return len(self.kinds)


def parse_table(text: str) -> tuple[OfficeKind, ...]:
    """The kinds of the table's text; `ValueError` naming the line of a row that is not four columns."""
    kinds = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 4 or not all(columns[:3]):
            raise ValueError(f"{DATA_FILE}:{number}: expected 4 tab-separated columns, got {line[:60]!r}")
        chinese, slug, english, variants = columns
        kinds.append(OfficeKind(chinese, slug, english, tuple(filter(None, variants.split("|")))))
    return tuple(kinds)


@functools.cache
def office_kinds() -> OfficeKinds:
    """The table shipped with orgkb, read once."""
    text = resources.files("orgkb.ontology").joinpath(DATA_FILE).read_text("utf-8")
    return OfficeKinds(parse_table(text))
