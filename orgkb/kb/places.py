"""Places (the gazetteer and the places loaded pages add) and the partner regions pages name."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from orgkb.errors import NotFoundError, QueryError
from orgkb.kb.matters import chinese_label, label_kind
from orgkb.kb.store import KnowledgeBase
from orgkb.ontology.ids import id_of, iri_of, iri_of_public, public_id
from orgkb.ontology.places import bare_name, fold_name


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
    """Every place the graph knows (the gazetteer and places pages added), in hierarchy order."""
    return kb.derived("places", lambda: _places(kb))


def _places(kb: KnowledgeBase) -> list[PlaceRecord]:
    rows: dict[str, dict[str, object]] = {}
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in kb.select("places"):
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
    """One place by id (`place/<path>`); raises `NotFoundError` when there is none."""
    for record in places(kb):
        if record.id == identifier:
            return record
    raise NotFoundError("place", identifier)


def find_place(kb: KnowledgeBase, name: str, argument: str = "district") -> PlaceRecord:
    """The place `name` names (any of its names, an id, with or without "District").

    Raises `QueryError` naming `argument` when no place of the graph goes by that name.
    """
    wanted = fold_name(name)
    if not wanted:
        raise QueryError(argument, name, 'is empty; give a place name such as "Jing\'an" or leave it out')
    by_name: dict[str, PlaceRecord] = {}
    for record in places(kb):
        for label in (record.name, *record.alt_names, record.chinese_name or "", record.id):
            by_name.setdefault(fold_name(label), record)
    bare = bare_name(wanted)
    found = by_name.get(wanted) or by_name.get(bare)
    if found is None and bare:
        # "Dapeng" for a place whose names all carry their type ("Dapeng New District", "大鹏新区")
        matches = {record.id: record for label, record in by_name.items() if bare_name(label) == bare}
        found = next(iter(matches.values())) if len(matches) == 1 else None
    if found is not None:
        return found
    raise QueryError(argument, name, "is not a place orgkb knows; the `places` field lists them")


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
        partners[region].add((id_of(str(row["owner"])), str(row["relation"]).rsplit("#", 1)[-1]))
    return [
        PartnerRegionRecord(region, names[region], tuple(sorted(partners[region])))
        for region in sorted(names, key=lambda key: (names[key].lower(), key))
    ]
