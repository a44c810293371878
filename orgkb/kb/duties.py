"""What the knowledge graph holds, listed: matters, places, partner regions, sources and every duty.

`lookup` answers about one organization at a time; this module answers about the whole graph
(the lists the GraphQL root offers) and resolves the public ids of things that are not
organizations: `matter/<slug>`, `place/<path>`, `source/<slug>`, and duty ids `<org>/duty/<n>`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from rdflib import URIRef

from orgkb.errors import NotFoundError, QueryError
from orgkb.kb import organizations as lookup
from orgkb.kb.records import Evidence, OrganizationRecord, ResponsibilityRecord, SourceRecord, id_of, iri_of
from orgkb.kb.store import KnowledgeBase
from orgkb.ontology.namespace import BASE, ID, MATTER, PLACE, ROLE, SOURCE
from orgkb.ontology.places import bare_name, fold_name

_PREFIXED = {"matter/": MATTER, "place/": PLACE, "source/": SOURCE}


@dataclass(frozen=True)
class MatterRecord:
    """A matter of government work from the thesaurus (foreign affairs, archives, ...)."""

    id: str
    name: str
    alt_names: tuple[str, ...] = ()
    chinese_name: str | None = None
    definition: str | None = None


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


def public_id(iri: str) -> str:
    """The public id of any orgkb IRI: a slug path for organizations and duties, `place/...` etc. else.

    >>> public_id("https://w3id.org/orgkb/place/shanghai/jingan")
    'place/shanghai/jingan'
    """
    if iri.startswith(str(ID)):
        return id_of(iri)
    return iri.removeprefix(BASE)


def iri_of_public(identifier: str) -> str:
    """The IRI of a public id of any kind; raises `QueryError` for text that cannot be one."""
    for prefix, namespace in _PREFIXED.items():
        if identifier.startswith(prefix):
            iri_of(identifier.removeprefix(prefix))  # the same slug rules apply
            return str(namespace) + identifier.removeprefix(prefix).strip("/")
    return iri_of(identifier)


# -- responsibilities ------------------------------------------------------------------------


def duty_matters(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """The matter ids each duty concerns, by duty id (duties about no known matter are absent)."""
    found: dict[str, list[str]] = defaultdict(list)
    for row in kb.select("duty_matters"):
        found[id_of(str(row["duty"]))].append(public_id(str(row["matter"])))
    return {duty: tuple(matters) for duty, matters in found.items()}


def _duty(row: dict[str, object], files: dict[str, str], matters: dict[str, tuple[str, ...]]) -> ResponsibilityRecord:
    number = row.get("number")
    duty_id = id_of(str(row["duty"]))
    return ResponsibilityRecord(
        id=duty_id,
        text=str(row["text"]),
        position=int(row["position"]),  # type: ignore[call-overload]
        role=str(row["role"]).removeprefix(str(ROLE)),
        owner_id=id_of(str(row["owner"])),
        source=Evidence(files.get(str(row["document"]), str(row["document"])), int(row["line"]), str(row["quote"])),  # type: ignore[call-overload]
        number=int(number) if number is not None else None,  # type: ignore[call-overload]
        matters=matters.get(duty_id, ()),
    )


def _files(kb: KnowledgeBase) -> dict[str, str]:
    return {str(SOURCE) + record.id: record.file for record in sources(kb)}


def all_responsibilities(kb: KnowledgeBase) -> list[ResponsibilityRecord]:
    """Every duty in the graph, grouped by owner in source order, with the matters each concerns."""
    files, matters = _files(kb), duty_matters(kb)
    return [_duty(row, files, matters) for row in kb.select("all_responsibilities")]


def responsibilities_by_owner(kb: KnowledgeBase) -> dict[str, tuple[ResponsibilityRecord, ...]]:
    """Every duty grouped by the id of the organization or unit that has it, in source order."""
    found: dict[str, list[ResponsibilityRecord]] = defaultdict(list)
    for duty in all_responsibilities(kb):
        found[duty.owner_id].append(duty)
    return {owner: tuple(duties) for owner, duties in found.items()}


def responsibility(kb: KnowledgeBase, identifier: str) -> ResponsibilityRecord:
    """One duty by id (`<organization id>/duty/<n>`); raises `NotFoundError` when there is none."""
    rows = kb.select("responsibility", duty=URIRef(iri_of(identifier)))
    if not rows:
        raise NotFoundError("responsibility", identifier)
    return _duty(rows[0], _files(kb), duty_matters(kb))


def with_matters(kb: KnowledgeBase, duties: list[ResponsibilityRecord]) -> list[ResponsibilityRecord]:
    """`duties` with their `matters` filled in from the graph."""
    matters = duty_matters(kb)
    return [replace(duty, matters=matters.get(duty.id, duty.matters)) for duty in duties]


def search_responsibilities(
    kb: KnowledgeBase, search: str | None = None, organization: str | None = None
) -> list[ResponsibilityRecord]:
    """Duties whose text contains every word of `search` (case-folded), of `organization` and its units.

    Raises `NotFoundError` when `organization` names nothing.
    """
    duties = all_responsibilities(kb)
    if organization is not None:
        lookup.organization(kb, organization)
        owners = {organization} | descendants(kb, organization)
        duties = [duty for duty in duties if duty.owner_id in owners]
    if search is not None and search.strip():
        words = fold_name(search).split()
        duties = [duty for duty in duties if all(word in fold_name(duty.text) for word in words)]
    return duties


# -- the hierarchy ----------------------------------------------------------------------------


def hierarchy(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    """Every (child id, parent id, relation) link: relation is `unitOf` or `subOrganizationOf`."""
    return [(id_of(str(r["child"])), id_of(str(r["parent"])), str(r["relation"])) for r in kb.select("hierarchy")]


def descendants(kb: KnowledgeBase, identifier: str) -> set[str]:
    """The ids of every unit and sub-organization below an organization, at any depth."""
    children: dict[str, set[str]] = defaultdict(set)
    for child, parent, _ in hierarchy(kb):
        children[parent].add(child)
    found: set[str] = set()
    stack = [identifier]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


def ancestors(kb: KnowledgeBase, identifier: str) -> list[OrganizationRecord]:
    """The organizations above an organization or unit, nearest first."""
    found: list[OrganizationRecord] = []
    seen = {identifier}
    record = lookup.organization(kb, identifier)
    while (above := record.unit_of_id or record.parent_id) and above not in seen:
        seen.add(above)
        record = lookup.organization(kb, above)
        found.append(record)
    return found


# -- matters, places, partner regions, sources --------------------------------------------------


def _label_key(label: str, label_type: str) -> str:
    chinese = any("\u4e00" <= char <= "\u9fff" for char in label)
    return f"zh-{label_type}" if chinese else label_type


def _chinese(labels: dict[str, list[str]]) -> str | None:
    found = [*labels.get("zh-pref", []), *labels.get("zh-alt", [])]
    return found[0] if found else None


def matters(kb: KnowledgeBase) -> list[MatterRecord]:
    """The matters of the thesaurus loaded in the graph, by English name (empty when none is loaded)."""
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    definitions: dict[str, str] = {}
    for row in kb.select("matters"):
        iri = str(row["matter"])
        label = str(row["label"])
        names[iri][_label_key(label, str(row["type"]))].append(label)
        if row.get("definition"):
            definitions[iri] = str(row["definition"])
    found = [
        MatterRecord(
            id=public_id(iri),
            name=(labels.get("pref") or labels.get("alt") or [*labels["zh-pref"], *labels["zh-alt"]])[0],
            alt_names=tuple(sorted(set(labels.get("alt", [])) | set(labels.get("pref", [])[1:]))),
            chinese_name=_chinese(labels),
            definition=definitions.get(iri),
        )
        for iri, labels in names.items()
    ]
    return sorted(found, key=lambda matter: matter.name.lower())


def matters_by_id(kb: KnowledgeBase) -> dict[str, MatterRecord]:
    """Every matter of the thesaurus by id."""
    return {record.id: record for record in matters(kb)}


def matter(kb: KnowledgeBase, identifier: str) -> MatterRecord:
    """One matter by id (`matter/<slug>`); raises `NotFoundError` when there is none."""
    found = matters_by_id(kb).get(identifier)
    if found is None:
        raise NotFoundError("matter", identifier)
    return found


def places(kb: KnowledgeBase) -> list[PlaceRecord]:
    """Every place the graph knows (the gazetteer and places pages added), in hierarchy order."""
    rows: dict[str, dict[str, object]] = {}
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in kb.select("places"):
        iri = str(row["place"])
        rows.setdefault(iri, row)
        label = str(row["label"])
        names[iri][_label_key(label, str(row["labelType"]))].append(label)
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
                chinese_name=_chinese(labels),
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


def sources(kb: KnowledgeBase) -> list[SourceRecord]:
    """Every loaded source document (one per page), by file name."""
    return sorted((lookup.source(kb, document) for document in kb.documents()), key=lambda record: record.file)


def find_source(kb: KnowledgeBase, reference: str) -> SourceRecord | None:
    """The loaded source document that `reference` names (its file name, id `source/...` or IRI), or None."""
    for record in sources(kb):
        if reference in (record.file, record.id, f"source/{record.id}", str(SOURCE) + record.id):
            return record
    return None
