"""Which units coordinate with which: links stated in the text, and links through shared matters.

Two kinds of evidence make a link (DESIGN.md, Coordination):
- **stated**: a duty says its unit assists, guides, supervises, serves, liaises or cooperates with,
  or reports to another unit or body (`orgkb.kb.coordination.stated`);
- **shared-matter**: two units of one office (or an office and one of its units) have duties about
  the same matter. Each matter weighs its inverse document frequency over the units of the graph,
  so a rare matter (foreign guests) binds more than a common one (meetings); the strength is the
  cosine of the two units' weighted matter profiles. Catch-all duties ("other tasks assigned")
  concern no matter and link nobody.

The links live in the derived named graph as `orgkb:coordinatesWith` (both ways) backed by one
reified `orgkb:Coordination` per pair. The graph records a fingerprint of the documents it was
built from; readers call `ensure_coordination`, which rebuilds it only when a document was loaded
or removed since.
"""

from __future__ import annotations

import hashlib
import math
import threading
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import RDF, XSD, Literal, URIRef
from rdflib.namespace import PROV

from orgkb.kb.coordination.stated import is_catch_all, stated_links
from orgkb.kb.duties import ResponsibilityRecord, all_responsibilities
from orgkb.kb.matters import MatterRecord
from orgkb.kb.matters import matters as all_matters
from orgkb.kb.organizations import OrganizationRecord, hierarchy, organization
from orgkb.kb.store import DERIVED_GRAPH, KnowledgeBase, to_ox
from orgkb.ontology import ids
from orgkb.ontology.ids import id_of, iri_of
from orgkb.ontology.namespace import BASE, ORGKB

STATED = "stated"
SHARED_MATTER = "shared-matter"
MIN_SHARED_STRENGTH = 0.1  # weaker shared-matter links are noise: one common matter between broad units
BROADER_WEIGHT = 0.5  # a duty about foreign guests is half about foreign affairs
UBIQUITOUS = 0.5  # a matter that more than this share of the units concern links nobody
_BUILT: weakref.WeakKeyDictionary[KnowledgeBase, int] = weakref.WeakKeyDictionary()
_LOCK = threading.RLock()


@dataclass(frozen=True)
class CoordinationLink:
    """A unit the asked-about unit works with, how strongly (0-1), why, and the duties that show it.

    `relations` says what a stated duty does ("guides", "reports to"); it is empty for a link
    that rests on shared matters only.
    """

    organization: OrganizationRecord
    strength: float
    basis: str  # "stated" | "shared-matter"
    matters: tuple[MatterRecord, ...]
    evidence: tuple[ResponsibilityRecord, ...]
    relations: tuple[str, ...] = ()


@dataclass
class Link:
    """A coordination link as computed, before it is stored: ids only."""

    first: str
    second: str
    stated: float = 0.0
    shared: float = 0.0
    matters: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)
    relations: list[str] = field(default_factory=list)

    @property
    def basis(self) -> str:
        return STATED if self.stated else SHARED_MATTER

    @property
    def strength(self) -> float:
        return round(1 - (1 - self.stated) * (1 - self.shared), 4)


def _expanded(duty: ResponsibilityRecord, broader: dict[str, set[str]]) -> dict[str, float]:
    """The matters of a duty (weight 1) and the broader matters above them (weight `BROADER_WEIGHT`)."""
    found = {matter: BROADER_WEIGHT for direct in duty.matters for matter in broader.get(direct, ())}
    found.update(dict.fromkeys(duty.matters, 1.0))
    return found


def matter_weights(profiles: dict[str, dict[str, float]]) -> dict[str, float]:
    """The inverse document frequency of each matter over the owners' profiles (0 for ubiquitous ones)."""
    owners: dict[str, int] = defaultdict(int)
    for profile in profiles.values():
        for matter in profile:
            owners[matter] += 1
    total = max(len(profiles), 1)
    return {matter: 0.0 if n / total > UBIQUITOUS else math.log(total / n) for matter, n in owners.items()}


def _shared_links(
    duties: list[ResponsibilityRecord], hierarchy: list[tuple[str, str, str]], broader: dict[str, set[str]]
) -> list[Link]:
    by_owner: dict[str, list[ResponsibilityRecord]] = defaultdict(list)
    for duty in duties:
        if not is_catch_all(duty.text):
            by_owner[duty.owner_id].append(duty)
    expanded = {duty.id: _expanded(duty, broader) for owned in by_owner.values() for duty in owned}
    # The share of an owner's duties that concern each matter.
    profiles: dict[str, dict[str, float]] = {}
    for owner, owned in by_owner.items():
        totals: dict[str, float] = defaultdict(float)
        for duty in owned:
            for matter, weight in expanded[duty.id].items():
                totals[matter] += weight
        profiles[owner] = {matter: total / len(owned) for matter, total in totals.items()}
    weights = matter_weights(profiles)
    units: dict[str, list[str]] = defaultdict(list)
    for child, parent, relation in hierarchy:
        if relation == "unitOf":
            units[parent].append(child)
    pairs: set[tuple[str, str]] = set()
    for office, members in units.items():
        family = sorted({office, *members})
        pairs |= {(a, b) for i, a in enumerate(family) for b in family[i + 1 :]}
    links = []
    for a, b in sorted(pairs):
        left, right = profiles.get(a, {}), profiles.get(b, {})
        shared = {m for m in left.keys() & right.keys() if weights.get(m, 0.0) > 0}
        score = sum(weights[m] * math.sqrt(left[m] * right[m]) for m in shared)
        strength = 1 - math.exp(-score)
        if strength < MIN_SHARED_STRENGTH:
            continue
        evidence: set[str] = set()
        for owner in (a, b):
            # The duties that name a shared matter; else those under it through a narrower one.
            direct = {duty.id for duty in by_owner[owner] if shared & set(duty.matters)}
            evidence |= direct or {duty.id for duty in by_owner[owner] if shared & expanded[duty.id].keys()}
        links.append(Link(a, b, shared=round(strength, 4), matters=shared, evidence=evidence))
    return links


def _broader(kb: KnowledgeBase) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for row in kb.select("matter_broader"):
        found[ids.public_id(str(row["matter"]))].add(ids.public_id(str(row["broader"])))
    return found


def compute_links(kb: KnowledgeBase) -> list[Link]:
    """Every coordination link the graph supports, stated and shared-matter merged per pair."""
    duties = all_responsibilities(kb)
    by_id = {duty.id: duty for duty in duties}
    merged: dict[tuple[str, str], Link] = {}
    for link in _shared_links(duties, hierarchy(kb), _broader(kb)):
        merged[(link.first, link.second)] = link
    stated_by_pair: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for stated in stated_links(kb, duties):
        a, b = sorted((stated.source_id, stated.target_id))
        stated_by_pair[(a, b)].append((stated.relation, stated.duty_id))
    for (a, b), found in stated_by_pair.items():
        link = merged.setdefault((a, b), Link(a, b))
        duties_stating = sorted({duty for _, duty in found})
        link.stated = min(0.9, 0.6 + 0.1 * len(duties_stating))
        link.relations = list(dict.fromkeys(relation for relation, _ in found))
        link.evidence |= set(duties_stating)
        link.matters |= {m for duty in duties_stating for m in by_id[duty].matters}
    return sorted(merged.values(), key=lambda link: (link.first, link.second))


def _coordination_iri(link: Link) -> URIRef:
    digest = hashlib.sha1(f"{link.first} {link.second}".encode()).hexdigest()[:16]
    return URIRef(f"{BASE}coordination/{digest}")


def _fingerprint(kb: KnowledgeBase) -> str:
    rows = kb.select("document_versions")
    text = "\n".join(f"{row['document']} {row['sha']} {row.get('generated', '')}" for row in rows)
    return hashlib.sha256(text.encode()).hexdigest()


RdfTriple = tuple[URIRef, URIRef, URIRef | Literal]


def link_triples(links: Iterable[Link], fingerprint: str, documents: Iterable[str]) -> list[RdfTriple]:
    """The derived graph for `links`: `orgkb:coordinatesWith` both ways and a reified `orgkb:Coordination` each."""
    graph = URIRef(str(DERIVED_GRAPH))
    triples: list[RdfTriple] = [(graph, RDF.type, PROV.Entity), (graph, ORGKB.sha256, Literal(fingerprint))]
    triples += [(graph, PROV.wasDerivedFrom, URIRef(document)) for document in documents]
    for link in links:
        a, b = URIRef(iri_of(link.first)), URIRef(iri_of(link.second))
        node = _coordination_iri(link)
        triples += [
            (a, ORGKB.coordinatesWith, b),
            (b, ORGKB.coordinatesWith, a),
            (node, RDF.type, ORGKB.Coordination),
            (node, ORGKB.coordinationOf, a),
            (node, ORGKB.coordinationOf, b),
            (node, ORGKB.basis, Literal(link.basis)),
            (node, ORGKB.strength, Literal(link.strength, datatype=XSD.double)),
        ]
        triples += [(node, ORGKB.statedRelation, Literal(relation)) for relation in link.relations]
        triples += [(node, ORGKB.matter, URIRef(ids.iri_of_public(m))) for m in sorted(link.matters)]
        triples += [(node, ORGKB.evidence, URIRef(iri_of(duty))) for duty in sorted(link.evidence)]
    return triples


def rebuild_coordination(kb: KnowledgeBase) -> int:
    """Materialize the coordination links in the derived graph (replacing it); the number of links."""
    with _LOCK:
        fingerprint = _fingerprint(kb)
        links = compute_links(kb)
        triples = link_triples(links, fingerprint, kb.documents())
        kb.replace_graph(DERIVED_GRAPH, [(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples])  # type: ignore[misc]
        _BUILT[kb] = kb.generation
        return len(links)


def ensure_coordination(kb: KnowledgeBase) -> bool:
    """Rebuild the derived graph if a document was loaded or removed since it was built; True if rebuilt."""
    with _LOCK:
        if _BUILT.get(kb) == kb.generation:
            return False
        stored = kb.select("derived_state")
        if stored and str(stored[0]["fingerprint"]) == _fingerprint(kb):
            _BUILT[kb] = kb.generation
            return False
        rebuild_coordination(kb)
        return True


def coordination(kb: KnowledgeBase, organization_id: str, limit: int = 10) -> list[CoordinationLink]:
    """The units and bodies `organization_id` coordinates with, strongest first (at most `limit`).

    Raises `NotFoundError` when the id names nothing.

    >>> kb = KnowledgeBase.builtin()
    >>> section = "shanghai/jingan/general-office/section-for-reform-of-administrative-approval-system"
    >>> [(link.basis, link.organization.name) for link in coordination(kb, section, 1)]
    [('shared-matter', "General Office of People's Government of Jing'an District")]
    """
    organization(kb, organization_id)
    ensure_coordination(kb)
    unit = URIRef(iri_of(organization_id))
    rows = kb.select("coordination", unit=unit)[: max(limit, 0)]
    details: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for row in kb.select("coordination_details", unit=unit):
        matters, evidence = details[str(row["coordination"])]
        if row.get("matter"):
            matters.add(ids.public_id(str(row["matter"])))
        if row.get("evidence"):
            evidence.add(id_of(str(row["evidence"])))
    names = {matter.id: matter for matter in all_matters(kb)}
    duties = {duty.id: duty for duty in all_responsibilities(kb)}
    links = []
    for row in rows:
        matters, evidence = details[str(row["coordination"])]
        links.append(
            CoordinationLink(
                organization=organization(kb, id_of(str(row["partner"]))),
                strength=float(row["strength"]),  # type: ignore[arg-type]
                basis=str(row["basis"]),
                matters=tuple(names.get(m, MatterRecord(m, m)) for m in sorted(matters)),
                evidence=tuple(sorted((duties[d] for d in evidence if d in duties), key=_duty_order)),
                relations=tuple(sorted(str(row["relations"]).split("; "))) if row.get("relations") else (),
            )
        )
    return links


def _duty_order(duty: ResponsibilityRecord) -> tuple[str, int]:
    return (duty.owner_id, duty.position)
