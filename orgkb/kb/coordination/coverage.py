"""Many organizations compared at once: which matters each covers, who lacks what most have.

A set is chosen by ids, or by a kind and a place ("every general office in Shanghai"). The
coverage matrix counts, for each matter of the thesaurus and each organization of the set, how
many of the organization's duties (its units' included) concern the matter. A *gap* is a matter
that most of the set covers (more than `MAJORITY` of it, in a set of at least `GAP_SET` members)
and one member does not. Clusters of alike structures are computed on demand (see `clusters`).

Reads never write: the matrix and the clusters are kept per state of the store (`kb.derived`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rdflib import URIRef

from orgkb.errors import NotFoundError, QueryError
from orgkb.kb.entities.matters import matters_by_id
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.kb.entities.places import find_place, within
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.ontology.ids import id_of, iri_of, kind_of, public_id
from orgkb.ontology.namespace import KIND
from orgkb.ontology.script import has_chinese
from orgkb.ontology.thesaurus import MatterRecord

MAJORITY = 0.5  # a matter "most" of the set covers: more than half of it
GAP_SET = 3  # the smallest set in which a missing matter is called a gap


@dataclass(frozen=True)
class Member:
    """One organization of the compared set: its record, the place it serves and its number of duties."""

    organization: OrganizationRecord
    place: str | None
    duties: int

    @property
    def label(self) -> str:
        """A short name for a column: the place it serves, else its own name."""
        return self.place or self.organization.name


@dataclass(frozen=True)
class MatterRow:
    """One matter and, per member in the matrix's order, how many of its duties concern it."""

    matter: MatterRecord
    counts: tuple[int, ...]

    @property
    def covered(self) -> int:
        """How many members have at least one duty about the matter."""
        return sum(1 for count in self.counts if count)


@dataclass(frozen=True)
class Gap:
    """A member without a duty about a matter that `covered` of the `of` members cover."""

    organization: OrganizationRecord
    matter: MatterRecord
    covered: int
    of: int


@dataclass(frozen=True)
class CoverageMatrix:
    """Matters by organization: the members, one row per matter covered by any member, and the gaps."""

    members: tuple[Member, ...]
    rows: tuple[MatterRow, ...]
    gaps: tuple[Gap, ...]


def kinds(kb: KnowledgeBase) -> tuple[str, ...]:
    """The kinds of organization the ontology defines, by slug ("general-office", "department", ...)."""

    def build() -> tuple[str, ...]:
        rows = kb.select("kinds", scheme=URIRef(str(KIND)))
        return tuple(kind_of(row["kind"]) for row in rows)

    return kb.derived("coverage.kinds", build)


def select(
    kb: KnowledgeBase, ids: Sequence[str] = (), kind: str | None = None, district: str | None = None
) -> list[str]:
    """The ids of the organizations of a set: `ids` as given (each checked), or every organization
    a loaded page describes of `kind` serving `district` (either may be left out), by id.

    Raises `QueryError` when both `ids` and a kind or district are given, when none is, or for an
    unknown kind or place; `NotFoundError` for an id that names no organization.
    """
    if ids:
        if kind is not None or district is not None:
            raise QueryError("ids", list(ids), "give either ids or a kind and a district, not both")
        for identifier in ids:
            _member(kb, identifier)
        return list(dict.fromkeys(ids))
    if kind is None and district is None:
        raise QueryError("kind", None, "give the ids of the organizations, or a kind, a district or both")
    if kind is not None and kind not in kinds(kb):
        raise QueryError("kind", kind, f"is not a kind of organization; use one of {', '.join(kinds(kb))}")
    chosen = list(_described(kb, kind))
    if district is not None:
        serving = within(kb, find_place(kb, district).id)
        chosen = [org for org in chosen if org in serving]
    return sorted(chosen)


def coverage(kb: KnowledgeBase, ids: Sequence[str]) -> CoverageMatrix:
    """The coverage matrix of the organizations `ids` (see `select`), in that order.

    Raises `NotFoundError` for an id that names no organization a loaded page describes.

    >>> from orgkb.loading import builtin_knowledge_base
    >>> kb = builtin_knowledge_base()
    >>> matrix = coverage(kb, ["shanghai/jingan/general-office", "shenzhen/dapeng/general-office"])
    >>> [member.label for member in matrix.members]
    ["Jing'an District", 'Dapeng New District']
    >>> next(row.counts for row in matrix.rows if row.matter.id == "matter/foreign-affairs")
    (6, 1)
    """
    key = tuple(ids)
    return kb.derived(("coverage", key), lambda: _coverage(kb, key))


def _described(kb: KnowledgeBase, kind: str | None) -> dict[str, tuple[OrganizationRecord, str | None]]:
    """Every organization a loaded page describes (not its units) of `kind` (or of any), by id, with
    the name of the place it serves: one query, not one per organization."""

    def build() -> dict[str, tuple[OrganizationRecord, str | None]]:
        return _members(kb.select("coverage_members", kind=URIRef(str(KIND[kind])) if kind else None))

    return kb.derived(("coverage.described", kind), build)


def _member(kb: KnowledgeBase, identifier: str) -> tuple[OrganizationRecord, str | None]:
    """One organization a loaded page describes, with the name of the place it serves; raises
    `NotFoundError` for an id that names none (a unit, a body a page only mentions, nothing)."""
    found = _members(kb.select("coverage_members", org=URIRef(iri_of(identifier)))).get(identifier)
    if found is None:
        raise NotFoundError("organization", identifier)
    return found


def _members(rows: Sequence[Mapping[str, object]]) -> dict[str, tuple[OrganizationRecord, str | None]]:
    """Records from `coverage_members` rows: each organization's first English name (a page may give
    a Chinese one too) and the first English name of its place."""
    names: dict[str, list[str]] = defaultdict(list)
    places: dict[str, list[str]] = defaultdict(list)
    kinds: dict[str, str] = {}
    for row in rows:
        identifier = id_of(str(row["org"]))
        kinds.setdefault(identifier, kind_of(row["kind"]))
        names[identifier].append(str(row["name"]))
        if row.get("placeName") is not None:
            places[identifier].append(str(row["placeName"]))
    found: dict[str, tuple[OrganizationRecord, str | None]] = {}
    for identifier in sorted(names):
        name = min(names[identifier], key=has_chinese)
        place = min(places[identifier], key=has_chinese, default=None)
        found[identifier] = (OrganizationRecord(id=identifier, name=name, kind=kinds[identifier]), place)
    return found


def _coverage(kb: KnowledgeBase, ids: tuple[str, ...]) -> CoverageMatrix:
    known = matters_by_id(kb)
    members: list[Member] = []
    counts: list[Counter[str]] = []
    for identifier in ids:
        record, place = _member(kb, identifier)
        duties, matters = _duties(kb, identifier)
        members.append(Member(record, place, duties))
        counts.append(matters)
    matter_ids = set().union(*counts) if counts else set()
    rows = [
        MatterRow(known.get(matter, MatterRecord(matter, matter)), tuple(found[matter] for found in counts))
        for matter in matter_ids
    ]
    rows.sort(key=lambda row: (-row.covered, -sum(row.counts), row.matter.name.lower()))
    return CoverageMatrix(tuple(members), tuple(rows), _gaps(members, rows))


def _duties(kb: KnowledgeBase, identifier: str) -> tuple[int, Counter[str]]:
    """How many duties an organization and its units have, and how many of them concern each matter.

    Two queries bound to the organization, counted by the store, so that a matrix reads only its
    members' duties and nothing of the whole store: reading every duty (`duties.all_responsibilities`)
    or every link of the hierarchy took minutes at national scale. (One query over every
    organization of a kind, `coverage_counts` bound to ?kind, took three times as long per member
    on 1,000 pages.)
    """
    org = URIRef(iri_of(identifier))
    totals = kb.select("coverage_totals", org=org)
    about = Counter(
        {
            public_id(str(row["matter"])): int(str(row["duties"]))
            for row in kb.select("coverage_counts", org=org)
            if "matter" in row
        }
    )
    return (int(str(totals[0]["duties"])) if totals else 0), about


def _gaps(members: Sequence[Member], rows: Sequence[MatterRow]) -> tuple[Gap, ...]:
    if len(members) < GAP_SET:
        return ()
    gaps = [
        Gap(members[index].organization, row.matter, row.covered, len(members))
        for row in rows
        if row.covered > MAJORITY * len(members)
        for index, count in enumerate(row.counts)
        if not count
    ]
    return tuple(sorted(gaps, key=lambda gap: (-gap.covered, gap.matter.name.lower(), gap.organization.id)))
