"""Places (those of the gazetteer that loaded pages use, and those pages describe), the one place
resolver (`find_place`), and the partner regions pages name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass, field
from typing import cast

from rdflib import URIRef

from orgkb.errors import NotFoundError, QueryError
from orgkb.kb.entities.matters import chinese_label, label_kind
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.kb.store.values import Value
from orgkb.ontology.ids import id_of, iri_of, iri_of_public, public_id, term_of
from orgkb.ontology.places import Gazetteer, Place, bare_name, default_gazetteer, fold_name


@dataclass(frozen=True)
class PlaceRecord:
    """A place of the gazetteer: a province, city, district or sub-district."""

    id: str
    name: str
    place_type: str
    parent_id: str | None = None
    alt_names: tuple[str, ...] = ()
    chinese_name: str | None = None


@dataclass(frozen=True)
class PartnerRegionRecord:
    """A region organizations work with, and who works with it how: (organization id, relation) pairs."""

    id: str
    name: str
    partners: tuple[tuple[str, str], ...] = field(default=())


def places(kb: KnowledgeBase) -> list[PlaceRecord]:
    """Every place the store describes (the gazetteer's that loaded pages use, and those pages
    describe), in hierarchy order."""
    return kb.derived("places", lambda: _places(kb))


def _places(kb: KnowledgeBase, bound: URIRef | None = None) -> list[PlaceRecord]:
    """Every place's record, or only the place `bound`'s."""
    rows: dict[str, dict[str, Value]] = {}
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in kb.select("places", place=bound):
        iri = str(row["place"])
        rows.setdefault(iri, row)
        label = str(row["label"])
        names[iri][label_kind(label, str(row["labelType"]))].append(label)
    found = []
    for iri, row in rows.items():
        labels = names[iri]
        found.append(
            PlaceRecord(
                id=public_id(iri),
                name=(labels.get("pref") or labels.get("alt") or [*labels["zh-pref"], *labels["zh-alt"]])[0],
                place_type=str(row["type"]),
                parent_id=public_id(str(row["parent"])) if row.get("parent") else None,
                alt_names=tuple(sorted(set(labels.get("alt", [])) | set(labels.get("zh-alt", [])))),
                chinese_name=chinese_label(labels),
            )
        )
    return sorted(found, key=lambda place: place.id)


def place(kb: KnowledgeBase, identifier: str) -> PlaceRecord:
    """One place by id (`place/<path>`); raises `NotFoundError` when there is none.

    Read by a query bound to the place: an organization's page asks for one, and reading every
    place first took 5.5 s on 10,000 pages (87,000 names), in the first request of a server.
    """
    try:
        found = _places(kb, URIRef(iri_of_public(identifier))) if identifier.startswith("place/") else []
    except QueryError:  # text no place's id can be
        found = []
    if not found or found[0].id != identifier:
        raise NotFoundError("place", identifier)
    return found[0]


def find_place(kb: KnowledgeBase, name: str, argument: str = "district") -> PlaceRecord:
    """The place `name` names: the one resolver every `district` argument goes through (CLI,
    GraphQL, who handles, the staff page).

    A place goes by any of its names in the gazetteer or on a loaded page (English or Chinese,
    with or without its apostrophe or "District": "Jing'an", "Jingan", "静安区"), with its city
    ("Huangpu, Guangzhou", "广州市黄埔区"), or by its id (`place/shanghai/jingan`). A place of the
    gazetteer that the store describes comes first, then a place a loaded page describes, then the
    gazetteer's likeliest place of that name (which no loaded page may serve).

    Raises `QueryError` naming `argument` when several places the store describes go by the name
    (listing them) or no place does (with the closest names and examples of accepted ones).

    A name of the gazetteer's place that the store describes is resolved by queries bound to the
    gazetteer's places of that name; every place's names are read only for any other name (a
    page may describe a place of that name): at L, reading them took minutes.
    """
    described = _Described(kb)
    names = _NamesWhenRead(lambda: _known(kb).names)
    iri = _resolve(name, names, described, lambda: _examples(kb, _known(kb)), argument=argument)
    record = described.record(iri)
    if record is not None:
        return record
    found = default_gazetteer().get(iri)
    if found is None:  # pragma: no cover - the resolver returns a place of the graph or of the gazetteer
        raise QueryError(argument, name, "is not a place orgkb knows; the `places` field lists them")
    return PlaceRecord(
        id=public_id(found.iri),
        name=found.label,
        place_type=found.place_type,
        parent_id=public_id(found.parent) if found.parent else None,
        alt_names=found.names,
        chinese_name=found.chinese,
    )


def _known(kb: KnowledgeBase) -> _Known:
    return kb.derived("places.find_place", lambda: _Known(places(kb)))


class _Described(Container[str]):
    """Whether the store describes a place, and its record, read by a query bound to that place.

    `_resolve` asks this of the gazetteer's few places of a name, so that a name the gazetteer
    knows is resolved without reading every place's record (at L, 41,000 places: minutes). When
    every place's record is already read (`places`), that is used instead.
    """

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def record(self, iri: str) -> PlaceRecord | None:
        """The record of the place `iri` if the store describes it, else None."""
        built, known = self.kb.derived_if_built("places.find_place")
        if built:
            return cast(_Known, known).records.get(iri)
        found = self.kb.derived(("places.described", iri), lambda: tuple(_places(self.kb, URIRef(iri))))
        return found[0] if found and found[0].id == public_id(iri) else None

    def __contains__(self, iri: object) -> bool:
        return isinstance(iri, str) and self.record(iri) is not None


class _NamesWhenRead(Mapping[str, str]):
    """The folded names of every place the store describes, read only when first asked for."""

    def __init__(self, read: Callable[[], Mapping[str, str]]) -> None:
        self._read = read

    def __getitem__(self, name: str) -> str:
        return self._read()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


class _Known:
    """The places the store describes, by IRI, and each of their folded names (and ids) -> IRI."""

    def __init__(self, records: list[PlaceRecord]) -> None:
        self.records = {iri_of_public(record.id): record for record in records}
        self.names: dict[str, str] = {}
        for iri, record in self.records.items():
            for label in (record.name, *record.alt_names, record.chinese_name or "", record.id):
                self.names.setdefault(fold_name(label), iri)


def _examples(kb: KnowledgeBase, known: _Known) -> str:
    """Names of places loaded organizations serve, for an error message."""
    served = {str(row["place"]) for row in kb.select("served_places")}
    names = sorted(repr(record.name) for iri, record in known.records.items() if iri in served)
    return ", ".join(names[:6]) if names else "'Shanghai'"


# Places of the township level: a county-level place or above of the same name is the one meant.
_TOWNSHIPS = frozenset({"town", "sub-district"})


def _resolve(
    district: str,
    names: Mapping[str, str],
    loaded: Container[str],
    examples: Callable[[], str],
    gazetteer: Gazetteer | None = None,
    argument: str = "district",
) -> str:
    """The IRI of the place `district` names (see `find_place`): a loaded place of the gazetteer
    of that name, else a place a loaded page describes (`names`: folded name -> IRI), else the
    gazetteer's likeliest place of that name. `loaded` holds the places the store describes.

    Several loaded places of the name are one when a single one of them is above the township
    level (a district, a county, a city). Raises `QueryError` naming `argument` when several loaded
    places go by the name otherwise (listing them) or none does (with the closest names, and
    `examples()` of accepted ones).
    """
    gazetteer = gazetteer or default_gazetteer()
    folded = fold_name(district)
    if not folded:
        raise QueryError(argument, district, 'is empty; give a place such as "Jing\'an" or leave it out')
    candidates = gazetteer.candidates(district)
    served = [place for place in candidates if place.iri in loaded]
    above = [place for place in served if place.place_type not in _TOWNSHIPS]
    if len(served) > 1 and len(above) == 1:
        # In a national store every district shares its name with some town: "Tianhe" is Guangzhou's
        # district, not a town of Chongqing (asked as "Tianhe, Kaizhou").
        return above[0].iri
    if len(served) > 1:
        choices = "; ".join(gazetteer.describe(place) for place in served[:5])
        raise QueryError(
            argument,
            district,
            f"names several places: {choices}; say which, with its city after a comma "
            f"(for example {served[0].label.removesuffix(' District')!r}, {_city_hint(gazetteer, served[1])!r})",
        )
    if served:
        return served[0].iri
    if (found := _loaded_name(folded, names)) is not None:
        return found
    if candidates:
        return candidates[0].iri
    closest = [gazetteer.describe(place) for place in gazetteer.closest(district)]
    local = [_described(gazetteer, iri, name) for name, iri in _closest_loaded(folded, names)]
    suggestions = list(dict.fromkeys([*local, *closest]))[:3]
    hint = f"did you mean {' or '.join(suggestions)}? " if suggestions else ""
    raise QueryError(
        argument,
        district,
        f"is not a place orgkb knows; {hint}give a district, sub-district, county, town or city by any "
        f"of its names (English or Chinese, with or without 'District'), for example {examples()}",
    )


def _city_hint(gazetteer: Gazetteer, place: Place) -> str:
    city = next((above for above in gazetteer.ancestors(place) if above.place_type != "country"), None)
    short = place.label.removesuffix(" District")
    return f"{short}, {city.label}" if city is not None else short


def _loaded_name(folded: str, names: Mapping[str, str]) -> str | None:
    """A place a loaded page describes, by its name or its name without its type word."""
    bare = bare_name(folded)
    for candidate in (folded, bare):
        place = names.get(candidate) if candidate else None
        if place is not None:
            return place
    if bare:
        # "Dapeng" for a place whose names all carry their type ("Dapeng New District", "大鹏新区")
        found = sorted({place for name, place in names.items() if bare_name(name) == bare})
        if len(found) == 1:
            return found[0]
    return None


def _closest_loaded(folded: str, names: Mapping[str, str]) -> list[tuple[str, str]]:
    """The loaded places' names nearest to `folded` in spelling (rapidfuzz, as `Gazetteer.closest`)."""
    from rapidfuzz import fuzz, process

    found = process.extract(folded, list(names), scorer=fuzz.ratio, limit=2, score_cutoff=70)
    return [(name, names[name]) for name, _, _ in found]


def _described(gazetteer: Gazetteer, iri: str, name: str) -> str:
    place = gazetteer.get(iri)
    return gazetteer.describe(place) if place is not None else repr(name)


def within(kb: KnowledgeBase, place_id: str) -> set[str]:
    """The ids of the organizations and units that serve a place or a place inside it."""
    rows = kb.select("within", place=URIRef(iri_of_public(place_id)))
    return {id_of(str(row["org"])) for row in rows}


def place_of(kb: KnowledgeBase, identifier: str) -> PlaceRecord | None:
    """The place an organization (or a unit's organization) serves, or None when its page names none."""
    rows = kb.select("place_of", org=URIRef(iri_of(identifier)))
    if not rows:
        return None
    return place(kb, public_id(str(rows[0]["place"])))


def partner_regions(kb: KnowledgeBase) -> list[PartnerRegionRecord]:
    """Every partner region a loaded page names, with the organizations that work with it and how."""
    names: dict[str, str] = {}
    partners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in kb.select("partner_regions"):
        region = id_of(str(row["region"]))
        names[region] = str(row["name"])
        partners[region].add((id_of(str(row["owner"])), term_of(row["relation"])))
    return [
        PartnerRegionRecord(region, names[region], tuple(sorted(partners[region])))
        for region in sorted(names, key=lambda key: (names[key].lower(), key))
    ]
