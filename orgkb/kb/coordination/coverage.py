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
from collections.abc import Sequence
from dataclasses import dataclass

from rdflib import URIRef

from orgkb.errors import NotFoundError, QueryError
from orgkb.kb.matters import MatterRecord, matters_by_id
from orgkb.kb.organizations import OrganizationRecord, hierarchy
from orgkb.kb.places import find_place, places, within
from orgkb.kb.store import KnowledgeBase
from orgkb.ontology.ids import id_of, iri_of, public_id
from orgkb.ontology.namespace import KIND

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

    def matters_of(self, index: int) -> frozenset[str]:
        """The ids of the matters member `index` covers."""
        return frozenset(row.matter.id for row in self.rows if row.counts[index])


def kinds(kb: KnowledgeBase) -> tuple[str, ...]:
    """The kinds of organization the ontology defines, by slug ("general-office", "department", ...)."""

    def build() -> tuple[str, ...]:
        rows = kb.select("kinds", scheme=URIRef(str(KIND)))
        return tuple(str(row["kind"]).removeprefix(str(KIND)) for row in rows)

    return kb.derived("coverage.kinds", build)


def select(
    kb: KnowledgeBase, ids: Sequence[str] = (), kind: str | None = None, district: str | None = None
) -> list[str]:
    """The ids of the organizations of a set: `ids` as given (each checked), or every organization
    a loaded page describes of `kind` serving `district` (either may be left out), by id.

    Raises `QueryError` when both `ids` and a kind or district are given, when none is, or for an
    unknown kind or place; `NotFoundError` for an id that names no organization.
    """
    described = _described(kb)
    if ids:
        if kind is not None or district is not None:
            raise QueryError("ids", list(ids), "give either ids or a kind and a district, not both")
        for identifier in ids:
            if identifier not in described:
                raise NotFoundError("organization", identifier)
        return list(dict.fromkeys(ids))
    if kind is None and district is None:
        raise QueryError("kind", None, "give the ids of the organizations, or a kind, a district or both")
    if kind is not None and kind not in kinds(kb):
        raise QueryError("kind", kind, f"is not a kind of organization; use one of {', '.join(kinds(kb))}")
    chosen = [org for org, record in described.items() if kind is None or record.kind == kind]
    if district is not None:
        serving = within(kb, find_place(kb, district).id)
        chosen = [org for org in chosen if org in serving]
    return sorted(chosen)


def coverage(kb: KnowledgeBase, ids: Sequence[str]) -> CoverageMatrix:
    """The coverage matrix of the organizations `ids` (see `select`), in that order.

    Raises `NotFoundError` for an id that names no organization a loaded page describes.

    >>> kb = KnowledgeBase.builtin()
    >>> matrix = coverage(kb, ["shanghai/jingan/general-office", "shenzhen/dapeng/general-office"])
    >>> [member.label for member in matrix.members]
    ["Jing'an District", 'Dapeng New District']
    >>> next(row.counts for row in matrix.rows if row.matter.id == "matter/foreign-affairs")
    (6, 1)
    """
    key = tuple(ids)
    return kb.derived(("coverage", key), lambda: _coverage(kb, key))


def _described(kb: KnowledgeBase) -> dict[str, OrganizationRecord]:
    """Every organization a loaded page describes (not its units), by id: one query, not one per organization.

    Its name is its first English label (a page may give a Chinese one too).
    """

    def build() -> dict[str, OrganizationRecord]:
        found: dict[str, OrganizationRecord] = {}
        for row in sorted(kb.select("coverage_members"), key=lambda row: _is_chinese(str(row["name"]))):
            identifier = id_of(str(row["org"]))
            kind = str(row["kind"]).removeprefix(str(KIND))
            found.setdefault(identifier, OrganizationRecord(id=identifier, name=str(row["name"]), kind=kind))
        return dict(sorted(found.items()))

    return kb.derived("coverage.described", build)


def _is_chinese(name: str) -> bool:
    return any("\u4e00" <= character <= "\u9fff" for character in name)


def _places_served(kb: KnowledgeBase) -> dict[str, str]:
    """The name of the place each described organization serves, by organization id."""

    def build() -> dict[str, str]:
        names = {record.id: record.name for record in places(kb)}
        found: dict[str, str] = {}
        for row in kb.select("organization_places"):
            name = names.get(public_id(str(row["place"])))
            if name is not None:
                found.setdefault(id_of(str(row["org"])), name)
        return found

    return kb.derived("coverage.places", build)


def _units(kb: KnowledgeBase) -> dict[str, list[str]]:
    """The units of each organization (any depth of `unitOf`), by organization id."""

    def build() -> dict[str, list[str]]:
        children: dict[str, list[str]] = defaultdict(list)
        for child, parent, relation in hierarchy(kb):
            if relation == "unitOf":
                children[parent].append(child)
        found: dict[str, list[str]] = {}
        for organization in children:
            below, stack = [], list(children[organization])
            while stack:
                unit = stack.pop()
                if unit not in below:
                    below.append(unit)
                    stack.extend(children.get(unit, ()))
            found[organization] = sorted(below)
        return found

    return kb.derived("coverage.units", build)


def _coverage(kb: KnowledgeBase, ids: tuple[str, ...]) -> CoverageMatrix:
    described, served, units, known = _described(kb), _places_served(kb), _units(kb), matters_by_id(kb)
    members: list[Member] = []
    counts: list[Counter[str]] = []
    for identifier in ids:
        record = described.get(identifier)
        if record is None:
            raise NotFoundError("organization", identifier)
        duties, matters = _duties(kb, (identifier, *units.get(identifier, ())))
        members.append(Member(record, served.get(identifier), duties))
        counts.append(matters)
    matter_ids = set().union(*counts) if counts else set()
    rows = [
        MatterRow(known.get(matter, MatterRecord(matter, matter)), tuple(found[matter] for found in counts))
        for matter in matter_ids
    ]
    rows.sort(key=lambda row: (-row.covered, -sum(row.counts), row.matter.name.lower()))
    return CoverageMatrix(tuple(members), tuple(rows), _gaps(members, rows))


def _duties(kb: KnowledgeBase, owners: Sequence[str]) -> tuple[int, Counter[str]]:
    """How many duties `owners` have, and how many of them concern each matter (by matter id).

    One query per owner, so that a matrix reads only its members' duties: reading every duty
    of the store (`duties.all_responsibilities`) takes minutes at national scale.
    """
    duties: set[str] = set()
    about: dict[str, set[str]] = defaultdict(set)
    for owner in owners:
        for row in kb.select("coverage_duties", owner=URIRef(iri_of(owner))):
            duty = str(row["duty"])
            duties.add(duty)
            if row.get("matter") is not None:
                about[public_id(str(row["matter"]))].add(duty)
    return len(duties), Counter({matter: len(found) for matter, found in about.items()})


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
