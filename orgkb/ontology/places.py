"""The gazetteer: every place orgkb knows, found by any of its names.

China's divisions down to townships and sub-districts, Hong Kong, Macao, Taiwan, the countries,
the UK's local authorities, US states and counties and the world's large cities, read from
`gazetteer.tsv.gz` (built from maintained packages by `scripts/gazetteer`; see there for the
sources and their licences). The file is read once, on first use, as sorted lines searched by
bisection: nothing is indexed at start-up, and a place is made an object only when asked for.
"""

from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from orgkb.ontology.namespace import PLACE
from orgkb.ontology.script import has_chinese

_PLACE_TYPE = re.compile(
    r"(?:\s+(?:new\s+district|district|new\s+area|sub[\s-]?district|municipality|city|province|county"
    r"|town(?:ship)?|street)|区|新区|市|街道|省|县|镇|乡)$"
)
DATA_FILE = "gazetteer.tsv.gz"
FORMAT = "orgkb-gazetteer/1"
# The types of place a city's name stands for: `city_of` walks up to the first of them.
CITY_TYPES = ("city", "province-level municipality", "special administrative region")
# Names of autonomous areas, spelled out in English words, that `names` leaves out.
_ENGLISH_NAME = re.compile(r"\b(?:autonomous|ethnic)\b")


def fold_name(name: str) -> str:
    """A name folded for comparison: case, apostrophes, quotes, dashes and runs of space.

    >>> fold_name("Jing’an  District")
    'jingan district'
    """
    name = unicodedata.normalize("NFKC", name).lower()
    name = re.sub(r"['’‘`\"“”]", "", name)
    return re.sub(r"[\s\-_]+", " ", name).strip()


def bare_name(folded: str) -> str:
    """A folded place name without the word for its type ("district", "新区", "city" ...).

    >>> bare_name("dapeng new district"), bare_name("静安区")
    ('dapeng', '静安')
    """
    return _PLACE_TYPE.sub("", folded)


@dataclass(frozen=True)
class Place:
    """A place in the gazetteer: its IRI, path, English name, type and the IRI of the place above it."""

    iri: str
    path: str
    label: str
    place_type: str
    parent: str | None
    chinese: str | None = None
    code: str | None = None  # the administrative code: 310106 for Jing'an District, GB-CMD for Camden
    names: tuple[str, ...] = ()  # its other names, English and Chinese, with and without their type

    @property
    def slug(self) -> str:
        return self.path.rsplit("/", 1)[-1]


class Gazetteer:
    """Places by every name they go by (English, Chinese, short, without apostrophes, codes), read
    from the data file's lines (`read_lines`; the shipped one is `default_gazetteer()`)."""

    def __init__(self, lines: tuple[list[str], list[str]]) -> None:
        rows, index = lines
        self._rows = rows  # "path\tparent row\ttype\tlabel\tchinese\tcode\tnames", sorted by path
        self._index = index  # "folded name\trow,row,...", sorted by name, rows in order of preference
        self._places: dict[int, Place] = {}

    # -- places by row ------------------------------------------------------------------------
    def _place(self, row: int) -> Place:
        place = self._places.get(row)
        if place is None:
            path, parent, place_type, label, chinese, code, names = self._rows[row].split("\t")
            place = Place(
                iri=str(PLACE) + path,
                path=path,
                label=label,
                place_type=place_type,
                parent=str(PLACE) + self._rows[int(parent)].partition("\t")[0] if parent else None,
                chinese=chinese or None,
                code=code or None,
                names=tuple(names.split("|")) if names else (),
            )
            self._places[row] = place
        return place

    def _row_of_path(self, path: str) -> int | None:
        at = bisect_left(self._rows, path + "\t")
        return at if at < len(self._rows) and self._rows[at].startswith(path + "\t") else None

    def _rows_named(self, folded: str) -> list[int]:
        if not folded:
            return []
        at = bisect_left(self._index, folded + "\t")
        if at < len(self._index) and self._index[at].startswith(folded + "\t"):
            return [int(row) for row in self._index[at][len(folded) + 1 :].split(",")]
        return []

    # -- lookups ------------------------------------------------------------------------------
    def candidates(self, name: str, within: str | Place | None = None) -> list[Place]:
        """Every place called `name`, the likeliest first (a name it goes by before a short one,
        the higher level first, then the order of the administrative codes).

        A name with its parent after a comma ("Huangpu, Guangzhou") or before it in Chinese
        ("广州市黄埔区") is looked for inside that parent. With `within` (a place or a name),
        only places inside it, or it itself.

        >>> [place.path for place in default_gazetteer().candidates("Huangpu District")][:2]
        ['shanghai/huangpu', 'guangdong/guangzhou/huangpu']
        """
        folded = fold_name(name)
        exact = self._rows_named(folded)
        bare = bare_name(folded)
        rows = exact if within is None and exact else list(dict.fromkeys([*exact, *self._rows_named(bare)]))
        if not rows:
            return self._compound(name, folded, within)
        return self._inside([self._place(row) for row in rows], within)

    def _compound(self, name: str, folded: str, within: str | Place | None) -> list[Place]:
        """A place named with its parent: "Huangpu, Guangzhou", "广州市黄埔区", "上海静安"."""
        head, comma, tail = name.rpartition(",")
        if comma and head.strip() and tail.strip():
            return self._inside(self.candidates(head, within=tail), within)
        if has_chinese(folded) and "," not in folded:
            for cut in range(len(folded) - 1, 1, -1):
                prefix, rest = folded[:cut], folded[cut:]
                if len(rest) >= 2 and self._rows_named(prefix):
                    found = self.candidates(rest, within=prefix)
                    if found:
                        return self._inside(found, within)
        return []

    def _inside(self, found: list[Place], within: str | Place | None) -> list[Place]:
        """The places of `found` inside `within` (a place or a name), or it itself; all without it."""
        if within is None:
            return found
        areas = {within.iri} if isinstance(within, Place) else {place.iri for place in self.candidates(within)}
        return [place for place in found if any(p.iri in areas for p in [place, *self.ancestors(place)])]

    def find(self, name: str, within: str | Place | None = None) -> Place | None:
        """The place called `name` (any of its names, with or without "District"), or None; the
        likeliest when several are (see `candidates`).

        With `within` (a place, or the name of a city or province), only a place inside it, or
        it itself: None when the gazetteer has the name only somewhere else, or does not know
        `within`.

        >>> gazetteer = default_gazetteer()
        >>> gazetteer.find("Huangpu District").path, gazetteer.find("Huangpu", within="Guangzhou").path
        ('shanghai/huangpu', 'guangdong/guangzhou/huangpu')
        >>> gazetteer.find("Huangpu District", within="Shenzhen") is None
        True
        """
        found = self.candidates(name, within)
        return found[0] if found else None

    def closest(self, name: str, limit: int = 3) -> list[Place]:
        """The places whose names are nearest to `name` in spelling, nearest first, for a message
        such as "no place called 'Jingn'; did you mean Jing'an District (Shanghai)?".

        Uses rapidfuzz (a maintained C++ edit-distance library: its `process.extract` scores the
        gazetteer's 170,000 names in a few tens of milliseconds, where difflib takes seconds).

        >>> [place.label for place in default_gazetteer().closest("Jingn")][:1]
        ["Jing'an District"]
        """
        from rapidfuzz import fuzz, process

        folded = fold_name(name)
        if not folded:
            return []
        scored = process.extract(folded, self._keys, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=50)
        # best score first; among equals, the name the likeliest place goes by
        ranked = sorted(scored, key=lambda found: (-found[1], self._rows_named(found[0])[0]))
        places: dict[str, Place] = {}
        for key, _, _ in ranked:
            place = self._place(self._rows_named(key)[0])
            places.setdefault(place.iri, place)
        return list(places.values())[:limit]

    @functools.cached_property
    def _keys(self) -> list[str]:
        return [line.partition("\t")[0] for line in self._index]

    def get(self, iri: str) -> Place | None:
        """The place with this IRI, or None."""
        if not iri.startswith(str(PLACE)):
            return None
        row = self._row_of_path(iri.removeprefix(str(PLACE)))
        return self._place(row) if row is not None else None

    def ancestors(self, place: Place) -> list[Place]:
        """The places above `place`, nearest first."""
        found: list[Place] = []
        current = place
        while current.parent and (parent := self.get(current.parent)):
            found.append(parent)
            current = parent
        return found

    def city_of(self, place: Place) -> Place | None:
        """The city (or province-level municipality, or Hong Kong or Macao) a place lies in,
        itself if it is one."""
        for candidate in [place, *self.ancestors(place)]:
            if candidate.place_type in CITY_TYPES:
                return candidate
        return None

    def describe(self, place: Place) -> str:
        """A place's name with the places above it that tell it apart: "Huangpu District
        (Guangzhou, Guangdong)", "Cook County (Illinois, United States)".

        >>> default_gazetteer().describe(default_gazetteer().find("Jing'an"))
        "Jing'an District (Shanghai)"
        """
        above = [ancestor.label for ancestor in self.ancestors(place) if ancestor.path != "china"]
        return f"{place.label} ({', '.join(above)})" if above else place.label

    def names(self) -> dict[str, str]:
        """Every folded name of a place of mainland China or Taiwan mapped to the likeliest place
        of that name: the words that say where a duty applies.

        Names in English words are left out: Hong Kong's and Macao's ("Central and Western",
        "Islands"), elsewhere's, and the long names of autonomous areas ("... Tujia and Miao
        Autonomous Prefecture": its short name, "Enshi", is in); so are the places named by one
        character, whose one syllable is a word of many other names ("Jing County", 泾县).
        """
        rows = self._pinyin_rows()
        found: dict[str, str] = {}
        for line in self._index:
            key, _, numbers = line.partition("\t")
            if _ENGLISH_NAME.search(key):
                continue
            row = next((int(number) for number in numbers.split(",") if int(number) in rows), None)
            if row is not None:
                found[key] = str(PLACE) + self._rows[row].partition("\t")[0]
        return found

    def _pinyin_rows(self) -> set[int]:
        """The rows of the places under mainland China's provinces and Taiwan."""
        parents = [line.split("\t", 2)[1] for line in self._rows]
        top: dict[int, int] = {}
        for row in range(len(self._rows)):
            chain = [row]
            while chain[-1] not in top and parents[chain[-1]]:
                chain.append(int(parents[chain[-1]]))
            root = top.get(chain[-1], chain[-1])
            for member in chain:
                top[member] = root
        roots = {row for row in set(top.values()) if self._rows[row].partition("\t")[0] in ("china", "taiwan")}
        outside = ("china", "hong-kong", "macao")
        found = set()
        for row, root in top.items():
            path, _, _, _, chinese, _ = self._rows[row].split("\t", 5)
            if root in roots and path.partition("/")[0] not in outside and len(chinese) > 2:
                found.add(row)
        return found

    def __iter__(self) -> Iterator[Place]:
        return (self._place(row) for row in range(len(self._rows)))

    def __len__(self) -> int:
        return len(self._rows)


def read_lines(text: str) -> tuple[list[str], list[str]]:
    """The place lines and the name lines of the data file's text."""
    lines = text.split("\n")
    header = lines[0].split("\t")
    if header[0] != FORMAT or len(header) != 3:
        raise ValueError(f"{DATA_FILE}: expected a first line '{FORMAT}<tab>places<tab>names', got {lines[0][:60]!r}")
    places, names = int(header[1]), int(header[2])
    return lines[1 : 1 + places], lines[1 + places : 1 + places + names]


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with orgkb, read once."""
    data = resources.files("orgkb.ontology").joinpath(DATA_FILE).read_bytes()
    return Gazetteer(read_lines(gzip.decompress(data).decode("utf-8")))
