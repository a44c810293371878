"""Organizations and their units: one by id or name, the hierarchy, contacts, the bodies and regions they work with."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rdflib import URIRef

from orgkb.errors import NotFoundError, QueryError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.kb.store.values import Value
from orgkb.kb.trees import below
from orgkb.loaders.document import Contact as Contact  # the loaders' record, re-exported: one record per thing
from orgkb.loaders.document import Kind
from orgkb.ontology.ids import id_of, iri_of, kind_of, term_of
from orgkb.ontology.namespace import KIND, SOURCE
from orgkb.ontology.places import fold_name


@dataclass(frozen=True)
class OrganizationRecord:
    """An organization, or a unit of one.

    `name` is its English name when it has one, else its name in another language; `names` its
    preferred name in each language and `labels` every name it goes by, each with its language
    tag ("zh", "en"); `alt_names` the names other than `name`.
    """

    id: str
    name: str
    kind: str
    alt_names: tuple[str, ...] = ()
    parent_id: str | None = None
    parent_name: str | None = None
    relation_to_parent: str | None = None
    unit_of_id: str | None = None
    document: str | None = None  # the file name of the page it was read from
    line: int | None = None
    position: int | None = None
    district: str | None = None
    city: str | None = None
    names: tuple[tuple[str, str], ...] = ()
    labels: tuple[tuple[str, str], ...] = ()
    document_iri: str | None = None  # that page's document IRI, which no other page shares
    province: str | None = None
    # where its provisional name came from when its page prints none ("file-name", "title" ...), else None
    name_source: str | None = None

    @property
    def is_unit(self) -> bool:
        return self.unit_of_id is not None

    @property
    def known_kind(self) -> Kind:
        """`kind` as one of the loaders' kinds; `OTHER` for another (a place compared as an organization)."""
        return Kind(self.kind) if self.kind in Kind._value2member_map_ else Kind.OTHER

    @property
    def serves(self) -> str:
        """Where it serves, as `show` prints it: its district and city, else its province as one.

        >>> OrganizationRecord("x", "X", "department", district="Futian District", city="Shenzhen").serves
        'Futian District, Shenzhen'
        >>> OrganizationRecord("x", "X", "department", province="Zhejiang").serves
        'Zhejiang (province)'
        """
        where = ", ".join(filter(None, [self.district, self.city]))
        return where or (f"{self.province} (province)" if self.province else "")

    def name_in(self, language: str | None) -> str:
        """Its preferred name in `language` ("zh", "en"), else another of its names in that language
        (a Chinese alias an English page gives), else `name`.

        >>> names = (("en", "Civil Affairs Bureau"), ("zh", "民政局"))
        >>> record = OrganizationRecord("x", "Civil Affairs Bureau", "department", names=names)
        >>> record.name_in("zh"), record.name_in("fr")
        ('民政局', 'Civil Affairs Bureau')
        """
        wanted = _primary(language)
        found = (name for lang, name in (*self.names, *self.labels) if _primary(lang) == wanted)
        return next(found, self.name)

    def other_name(self, language: str | None) -> str | None:
        """Its name in a language other than that of `name_in(language)`, for showing beside it, or None."""
        shown = self.name_in(language)
        every = (*self.names, *self.labels)
        shown_in = next((_primary(lang) for lang, name in every if name == shown), "")
        return next((name for lang, name in every if _primary(lang) != shown_in), None)

    def alt_names_in(self, language: str | None) -> tuple[str, ...]:
        """The names it goes by other than `name_in(language)`, only those in `language` when given."""
        shown = self.name_in(language)
        wanted = _primary(language) if language else None
        found = [text for lang, text in self.labels if text != shown and (wanted is None or _primary(lang) == wanted)]
        return tuple(sorted(set(found)))


def _primary(language: str | None) -> str:
    """The primary subtag of a language tag, lower case ("zh-Hans" -> "zh")."""
    return (language or "").split("-", 1)[0].casefold()


def preferred_name(names: list[tuple[str, str]]) -> str | None:
    """Of (language, name) pairs, the English name, else the first in order of language."""
    ordered = sorted(names, key=lambda pair: (_primary(pair[0]) != "en", pair[0], pair[1]))
    return ordered[0][1] if ordered else None


@dataclass(frozen=True)
class LinkRecord:
    """A body or partner region an organization works with, and how."""

    id: str
    name: str
    relation: str


def organization(kb: KnowledgeBase, identifier: str) -> OrganizationRecord:
    """The organization or unit with this id; raises `NotFoundError` when there is none."""
    iri = URIRef(iri_of(identifier))
    return _record(kb, iri, kb.select("organization_record", org=iri), identifier)


def _record(kb: KnowledgeBase, iri: URIRef, rows: list[dict[str, Value]], identifier: str) -> OrganizationRecord:
    """The record of `iri` from its rows of `organization_record.rq` (or `unit_records.rq`)."""
    parts: dict[str, list[dict[str, Value]]] = defaultdict(list)
    for row in rows:
        parts[str(row["part"])].append(row)
    kinds = sorted(str(row["value"]) for row in parts["kind"])
    prefs = sorted({(str(r["lang"]), str(r["value"])) for r in parts["pref"]})
    if not kinds or not prefs:
        raise NotFoundError("organization", identifier)
    name = preferred_name(prefs) or ""
    alts = {(str(r["lang"]), str(r["value"])) for r in parts["alt"]}
    alt_names = tuple(sorted(({label for _, label in alts} | {label for _, label in prefs}) - {name}))
    places = _jurisdiction(kb, iri, {str(row["value"]) for row in (*parts["place"], *parts["officePlace"])})
    city = places.get("city") or places.get("province-level municipality")
    parent = _parent(parts["parent"])
    page = _page(parts, {lang for lang, _ in prefs})
    unit_of = min((str(row["value"]) for row in parts["unitOf"]), default=None)
    position = min((int(str(row["value"])) for row in parts["position"]), default=None)
    name_source = min((str(row["value"]) for row in parts["nameSource"]), default=None)
    return OrganizationRecord(
        id=id_of(str(iri)),
        name=name,
        kind=kind_of(kinds[0]),
        alt_names=alt_names,
        parent_id=id_of(str(parent["parent"])) if parent else None,
        parent_name=str(parent["value"]) if parent else None,
        relation_to_parent="detached agency" if parent and parts["detached"] else None,
        unit_of_id=id_of(unit_of) if unit_of else None,
        document=page[1] if page else None,
        document_iri=page[0] if page else None,
        province=places.get("province"),
        line=page[2] if page else None,
        position=position,
        district=places.get("district"),
        city=city,
        names=tuple(sorted(prefs, key=lambda pair: (_primary(pair[0]) != "en", pair))),
        labels=tuple(sorted(alts | set(prefs))),
        name_source=name_source,
    )


def _jurisdiction(kb: KnowledgeBase, iri: URIRef, served: set[str]) -> dict[str, str]:
    """The English names of the place `iri` serves (`served`: its own places, or its office's)
    and of those above it, by place type."""
    if len(served) != 1:
        return _places_above(kb, iri)
    chains = kb.derived("organizations.jurisdictions", _Jurisdictions)
    return chains(kb, next(iter(served)), iri)


def _places_above(kb: KnowledgeBase, iri: URIRef) -> dict[str, str]:
    return {str(row["type"]): str(row["label"]) for row in kb.select("jurisdiction", org=iri)}


class _Jurisdictions:
    """The places above each place an organization serves, read once for one state of the store
    and shared by every organization serving that place alone: read with each organization, they
    were a fifth of an office's page on 10,000 pages (every office and unit of a county reading
    the county's chain again). Thread-safe: two requests asking at once read a chain twice.

    A chain is read with the first organization's `jurisdiction.rq` rather than from the place:
    Virtuoso 7.2 answers `skos:broader*` from a bound start wrongly (`docs/deploy.md`). It keeps no
    reference to the knowledge base (which keeps it): a store let go is closed at once."""

    def __init__(self) -> None:
        self._chains: dict[str, dict[str, str]] = {}

    def __call__(self, kb: KnowledgeBase, place: str, organization: URIRef) -> dict[str, str]:
        chain = self._chains.get(place)
        if chain is None:
            chain = self._chains[place] = _places_above(kb, organization)
        return dict(chain)


def _parent(rows: list[dict[str, Value]]) -> dict[str, Value] | None:
    """Of the "parent" rows (the organization it sits under, by each of its names), the one by its
    English name when it has one."""
    return min(
        rows,
        key=lambda r: (_primary(str(r["lang"])) != "en", str(r["parent"]), str(r["value"])),
        default=None,
    )


def _page(parts: dict[str, list[dict[str, Value]]], languages: set[str]) -> tuple[str, str, int | None] | None:
    """The page it was read from, as (IRI, file name, the line naming it there): one whose title is
    in the language of its name (its English name when it has one: `preferred_name`), else the first."""
    english = {lang for lang in languages if _primary(lang) == "en"}
    wanted = english or languages
    lines: dict[str, list[tuple[str | None, int | None]]] = defaultdict(list)
    for row in parts["line"]:
        lines[str(row["document"])].append((str(row["titleLang"]), int(str(row["line"]))))
    # each page with each line naming it there (and its title's language), a page naming it on none once
    found = [
        (language, str(row["document"]), line)
        for row in parts["page"]
        for language, line in sorted(lines.get(str(row["document"])) or [(None, None)], key=str)
    ]
    if not found:
        return None
    _, document, line = min(found, key=lambda page: (page[0] not in wanted, page[1]))
    files = {str(row["document"]): str(row["value"]) for row in parts["file"]}
    return document, files.get(document, document.removeprefix(str(SOURCE))), line


def units(kb: KnowledgeBase, identifier: str) -> list[OrganizationRecord]:
    """The units of an organization, in the order its page lists them.

    Their records are read by one query for them all (`unit_records.rq`), not one each."""
    office = URIRef(iri_of(identifier))
    facts: dict[str, list[dict[str, Value]]] = defaultdict(list)
    for row in kb.select("unit_records", office=office):
        facts[str(row["org"])].append(row)
    listed = [str(row["unit"]) for row in kb.select("units", org=office)]  # a unit of two names: listed twice
    records = {unit: _record(kb, URIRef(unit), facts[unit], id_of(unit)) for unit in dict.fromkeys(listed)}
    return [records[unit] for unit in listed]


def own_contact(kb: KnowledgeBase, identifier: str) -> Contact | None:
    """How to reach an organization or unit by its own contact details (a unit's are the lines
    under its heading), or None when its page gives it none."""
    merged: dict[str, str] = {}
    for row in kb.select("contact", org=URIRef(iri_of(identifier))):
        for key, value in row.items():
            merged.setdefault(key, str(value))
    if not merged:
        return None
    return Contact(
        telephone=merged.get("telephone"),
        email=merged.get("email"),
        fax=merged.get("fax"),
        hours=merged.get("hours"),
        address=merged.get("address"),
        postal_code=merged.get("postalCode"),
    )


def organizations(kb: KnowledgeBase, kind: str | None = None) -> list[OrganizationRecord]:
    """Every organization a loaded page describes (not its units), optionally of one kind."""
    rows = kb.select("organizations", kind=URIRef(str(KIND[kind])) if kind else None)
    # an organization with pages in two languages has a row per name and page: listed once
    return [organization(kb, id_of(iri)) for iri in dict.fromkeys(str(row["org"]) for row in rows)]


def bodies(kb: KnowledgeBase, identifier: str) -> list[LinkRecord]:
    """The bodies an organization or unit guides, administers, hosts the office of or assists."""
    rows = kb.select("bodies", owner=URIRef(iri_of(identifier)))
    return [LinkRecord(id_of(str(r["body"])), str(r["name"]), term_of(r["relation"])) for r in rows]


def partner_regions(kb: KnowledgeBase, identifier: str) -> list[LinkRecord]:
    """The partner regions an organization or unit works with, and how."""
    rows = kb.select("partner_regions", owner=URIRef(iri_of(identifier)))
    return [LinkRecord(id_of(str(r["region"])), str(r["name"]), term_of(r["relation"])) for r in rows]


def resolve(kb: KnowledgeBase, text: str, *, loose: bool = True) -> str:
    """The id of the organization or unit that `text` names: an id, an IRI or one of its names.

    When no name matches exactly and `loose` is true, the words of `text` may come in any order
    and may name the place the organization serves: "Jing'an General Office" and "General
    Office of Jing'an" both find the General Office of People's Government of Jing'an District.
    Raises `NotFoundError` when nothing matches, and `QueryError` when a name is ambiguous.
    """
    try:
        return organization(kb, text).id
    except (QueryError, NotFoundError):
        pass
    names: dict[str, list[str]] = defaultdict(list)
    for row in kb.select("named"):
        names[id_of(str(row["org"]))].append(str(row["label"]))
    wanted = fold_name(text)
    matches = sorted(org for org, labels in names.items() if wanted in {fold_name(label) for label in labels})
    if not matches and loose:
        matches = _loosely_named(kb, names, text)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        listed = "; ".join(f"{organization(kb, org).name} ({org})" for org in matches[:8])
        raise QueryError("id", text, f"names {len(matches)} organizations: {listed}; give one of their ids")
    raise NotFoundError("organization or unit", text)


def _name_words(text: str) -> set[str]:
    return {word for word in re.split(r"[^\w]+", fold_name(text)) if word and word not in _NAME_FILLERS}


_NAME_FILLERS = frozenset({"of", "the", "and", "for", "in", "s"})


def _loosely_named(kb: KnowledgeBase, names: dict[str, list[str]], text: str) -> list[str]:
    """The organizations whose names, with their place's names, hold every word of `text`.

    Of those, the ones whose own names hold the most of its words.
    """
    wanted = _name_words(text)
    if not wanted:
        return []
    places: dict[str, set[str]] = defaultdict(set)
    for row in kb.select("named_places"):
        places[id_of(str(row["org"]))] |= _name_words(str(row["label"]))
    best, found = 1, []
    for org, labels in names.items():
        own = set().union(*(_name_words(label) for label in labels))
        if not wanted <= own | places[org]:
            continue
        named = len(wanted & own)
        if named > best:
            best, found = named, [org]
        elif named == best:
            found.append(org)
    return sorted(found)


def contact(kb: KnowledgeBase, identifier: str) -> Contact | None:
    """How to reach an organization or unit: its own contact details, else for a unit its
    office's; None when its page gives neither."""
    own = own_contact(kb, identifier)
    if own is not None:
        return own
    rows = kb.select("office_of", org=URIRef(iri_of(identifier)))
    return own_contact(kb, id_of(str(rows[0]["office"]))) if rows else None


def office_and_contact(
    kb: KnowledgeBase, record: OrganizationRecord
) -> tuple[OrganizationRecord | None, Contact | None]:
    """The office `record` is a unit of (None for an office itself) and the contact that reaches
    it: the unit's own when its page prints one, else its office's."""
    office = organization(kb, record.unit_of_id) if record.unit_of_id else None
    return office, contact(kb, record.id)


# -- the hierarchy ----------------------------------------------------------------------------


def hierarchy(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    """Every (child id, parent id, relation) link: relation is `unitOf` or `subOrganizationOf`."""
    return kb.derived("hierarchy", lambda: _hierarchy(kb))


def _hierarchy(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    return [(id_of(str(r["child"])), id_of(str(r["parent"])), str(r["relation"])) for r in kb.select("hierarchy")]


def descendants(kb: KnowledgeBase, identifier: str) -> set[str]:
    """The ids of every unit and sub-organization below an organization, at any depth."""
    children: dict[str, set[str]] = defaultdict(set)
    for child, parent, _ in hierarchy(kb):
        children[parent].add(child)
    return below([identifier], children)


def ancestors(kb: KnowledgeBase, identifier: str) -> list[OrganizationRecord]:
    """The organizations above an organization or unit, nearest first."""
    found: list[OrganizationRecord] = []
    seen = {identifier}
    record = organization(kb, identifier)
    while (above := record.unit_of_id or record.parent_id) and above not in seen:
        seen.add(above)
        record = organization(kb, above)
        found.append(record)
    return found
