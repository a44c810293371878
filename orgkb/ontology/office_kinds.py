"""The table of common office kinds in Chinese and English (`office_kinds.tsv`).

It is how the Chinese page and the English page of one office get one identity: "静安区" +
"人民政府办公室" and "General Office of People's Government of" + "Jing'an District" both come
to `general-office` in the place `shanghai/jingan`. A name is translated only through this table,
never guessed: a name the table does not know keeps a slug of its own.

A row may hold in some regions only (the mainland, Taiwan, Hong Kong, Macao: `REGIONS`), where
the same words name other offices: "Department of Health" is Taipei's 衛生局 and Hong Kong's 衞生署,
and in Fairfax County no kind of the table. Chinese names are matched in either script (traditional
characters folded to simplified ones, `orgkb.ontology.script`), and a government's own word before
the kind is no part of it: 臺北市政府 + 民政局, "Taichung City Government" + "Civil Affairs Bureau".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from orgkb.ontology.script import simplified

DATA_FILE = "office_kinds.tsv"
REGIONS = ("mainland", "taiwan", "hong-kong", "macao")
# What a government's name leaves before the kind of one of its offices: 臺北市政府 + 民政局,
# "Taichung City Government" + "Civil Affairs Bureau", "(Macao) SAR Government" + "Labour Affairs Bureau".
_CHINESE_GOVERNMENT = re.compile("政府$")
_ENGLISH_GOVERNMENT = re.compile(
    r"(?:^|\s)(?:(?:city|county|municipal|district|sar|special administrative region)\s+)?government$"
)


@dataclass(frozen=True)
class OfficeKind:
    """One kind of office: its Chinese name, its English names and the slug they share."""

    chinese: str
    slug: str
    english: str
    variants: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()  # where the row holds; empty: everywhere

    def holds_in(self, region: str | None) -> bool:
        """Whether the row holds for a page of `region` (None: a page no region is known for)."""
        return not self.regions or region in self.regions


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
        # per region, each name (Chinese folded to simplified, English folded) with its kind, the first row's
        self._chinese: dict[str | None, dict[str, OfficeKind]] = {}
        self._english: dict[str | None, dict[str, OfficeKind]] = {}
        for region in (None, *REGIONS):
            held = [kind for kind in kinds if kind.holds_in(region)]
            chinese, english = self._chinese.setdefault(region, {}), self._english.setdefault(region, {})
            for kind in held:
                chinese.setdefault(simplified(kind.chinese), kind)
                for words in (kind.english, *kind.variants):
                    english.setdefault(fold_words(words), kind)

    def chinese(self, name: str, region: str | None = None) -> KindMatch | None:
        """The kind a Chinese name ends with (in either script), and what comes before it but a
        government's 政府; the rows of `region` and those of everywhere.

        >>> found = office_kinds().chinese("曹家渡街道办事处")
        >>> found.kind.slug, found.prefix
        ('sub-district-office', '曹家渡')
        >>> office_kinds().chinese("政府社會局", "taiwan").kind.slug
        'social-welfare-bureau'
        """
        folded, names = simplified(name), self._chinese.get(region, self._chinese[None])
        # the longest ending first, so 人民政府办公室 wins over 人民政府 and 办公室
        for start in range(len(folded)):
            if (kind := names.get(folded[start:])) is not None:
                return KindMatch(kind, _CHINESE_GOVERNMENT.sub("", name[:start]))
        return None

    def english(self, name: str, region: str | None = None) -> KindMatch | None:
        """The kind an English name is, whole or at its end after a locality's name (but a
        government's name: "City Government"); the rows of `region` and those of everywhere.

        >>> found = office_kinds().english("Bureau of Civil Affairs")
        >>> found.kind.slug, found.prefix
        ('civil-affairs-bureau', '')
        >>> office_kinds().english("Department of Health", "taiwan").kind.slug
        'health-bureau'
        >>> office_kinds().english("Department of Health") is None
        True
        """
        folded, names = fold_words(name), self._english.get(region, self._english[None])
        if (kind := names.get(folded)) is not None:
            return KindMatch(kind, "")
        # the longest run of whole words it ends with
        for space in (match.start() for match in re.finditer(" ", folded)):
            if (kind := names.get(folded[space + 1 :])) is not None:
                return KindMatch(kind, _ENGLISH_GOVERNMENT.sub("", folded[:space]).strip())
        return None

    def __len__(self) -> int:
        return len(self.kinds)


def parse_table(text: str) -> tuple[OfficeKind, ...]:
    """The kinds of the table's text; `ValueError` naming the line of a row that is not four or
    five columns, or that names a region not in `REGIONS`."""
    kinds = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) not in (4, 5) or not all(columns[:3]):
            raise ValueError(f"{DATA_FILE}:{number}: expected 4 or 5 tab-separated columns, got {line[:60]!r}")
        chinese, slug, english, variants = columns[:4]
        regions = tuple(filter(None, columns[4].split("|"))) if len(columns) == 5 else ()
        if unknown := [region for region in regions if region not in REGIONS]:
            raise ValueError(
                f"{DATA_FILE}:{number}: unknown region {unknown[0]!r}, expected one of {', '.join(REGIONS)}"
            )
        kinds.append(OfficeKind(chinese, slug, english, tuple(filter(None, variants.split("|"))), regions))
    return tuple(kinds)


@functools.cache
def office_kinds() -> OfficeKinds:
    """The table shipped with orgkb, read once."""
    text = resources.files("orgkb.ontology").joinpath(DATA_FILE).read_text("utf-8")
    return OfficeKinds(parse_table(text))
