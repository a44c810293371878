"""The gazetteer: places.ttl as a lookup from any of a place's names to the place and its ancestors."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from orgkb.ontology.namespace import ORGKB, PLACE

_PLACE_TYPE = re.compile(
    r"(?:\s+(?:new\s+district|district|new\s+area|sub[\s-]?district|municipality|city|province|county"
    r"|town(?:ship)?|street)|区|新区|市|街道|省|县|镇|乡)$"
)


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
    """A place in the gazetteer."""

    iri: str
    path: str
    label: str
    place_type: str
    parent: str | None

    @property
    def slug(self) -> str:
        return self.path.rsplit("/", 1)[-1]


class Gazetteer:
    """Places by every name they go by (English, Chinese, short, without apostrophes)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._places: dict[str, Place] = {}
        self._names: dict[str, str] = {}
        # Every place a name is given to: two cities can have a district of the same name.
        self._named: dict[str, list[str]] = {}
        for subject in sorted(set(graph.subjects(ORGKB.placeType, None)), key=str):
            iri = str(subject)
            label = next(
                (
                    str(value)
                    for value in graph.objects(subject, SKOS.prefLabel)
                    if getattr(value, "language", None) == "en"
                ),
                iri,
            )
            broader = graph.value(subject, SKOS.broader)
            self._places[iri] = Place(
                iri=iri,
                path=iri.removeprefix(str(PLACE)),
                label=label,
                place_type=str(graph.value(subject, ORGKB.placeType)),
                parent=str(broader) if broader is not None else None,
            )
            for predicate in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
                for value in graph.objects(subject, predicate):
                    folded = fold_name(str(value))
                    self._names.setdefault(folded, iri)
                    named = self._named.setdefault(folded, [])
                    if iri not in named:
                        named.append(iri)

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer shipped with orgkb."""
        return default_gazetteer()

    def find(self, name: str, within: str | Place | None = None) -> Place | None:
        """The place called `name` (any of its names, with or without "District"), or None.

        With `within` (a place, or the name of a city or province), only a place inside it, or
        it itself: None when the gazetteer has the name only somewhere else, or does not know
        `within`.

        >>> gazetteer = default_gazetteer()
        >>> gazetteer.find("Huangpu District").path, gazetteer.find("Huangpu", within="Shanghai").path
        ('shanghai/huangpu', 'shanghai/huangpu')
        >>> gazetteer.find("Huangpu District", within="Guangzhou") is None
        True
        """
        folded = fold_name(name)
        named = self._named.get(folded, [])
        if within is None:
            iris = named or self._named.get(bare_name(folded), [])
            return self._places[iris[0]] if iris else None
        area = within if isinstance(within, Place) else self.find(within)
        if area is None:
            return None
        for iri in dict.fromkeys([*named, *self._named.get(bare_name(folded), [])]):
            place = self._places[iri]
            if place == area or area in self.ancestors(place):
                return place
        return None

    def get(self, iri: str) -> Place | None:
        return self._places.get(iri)

    def ancestors(self, place: Place) -> list[Place]:
        """The places above `place`, nearest first."""
        found: list[Place] = []
        current = place
        while current.parent and (parent := self._places.get(current.parent)):
            found.append(parent)
            current = parent
        return found

    def city_of(self, place: Place) -> Place | None:
        """The city (or province-level municipality) a place lies in, itself if it is one."""
        for candidate in [place, *self.ancestors(place)]:
            if candidate.place_type in ("city", "province-level municipality"):
                return candidate
        return None

    def names(self) -> dict[str, str]:
        """Every folded name mapped to its place IRI."""
        return dict(self._names)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._places.values())


def _read(name: str) -> Graph:
    graph = Graph()
    graph.parse(data=resources.files("orgkb.ontology").joinpath(name).read_text("utf-8"), format="turtle")
    return graph


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with orgkb, read once."""
    return Gazetteer(_read("places.ttl"))


def place_iri(path: str) -> URIRef:
    return URIRef(str(PLACE) + path)
