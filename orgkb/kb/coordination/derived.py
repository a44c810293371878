"""The coordination links of the derived graph, kept up to date as pages are loaded and removed.

Two kinds of evidence make a link (DESIGN.md, Coordination):
- **stated**: a duty says its unit assists, guides, supervises, serves, liaises or cooperates with,
  or reports to another unit or body (`orgkb.kb.coordination.stated`);
- **shared-matter**: two units of one office (or an office and one of its units) have duties about
  the same matter. Each matter weighs its inverse document frequency over the units of the graph,
  so a rare matter (foreign guests) binds more than a common one (meetings); the strength is the
  cosine of the two units' weighted matter profiles. Catch-all duties ("other tasks assigned")
  concern no matter and link nobody.

The links live in the derived named graph as `orgkb:coordinatesWith` (both ways) backed by one
reified `orgkb:Coordination` per pair. `Coordination` keeps what they were derived from, page by
page, and after a write reads back only the pages written: it finds again the stated links of
their duties and of the duties elsewhere whose names they change, and the shared-matter links of
their offices (of every office when the matter weights moved), and gives the triples to remove
and to add. It never touches the store itself: the knowledge base runs it inside each write, so
that reads never write (`KnowledgeBase`).
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

import ahocorasick
import pyoxigraph as ox

from orgkb.kb.coordination.stated import NameIndex, StatedLink, ancestors, find_stated, is_catch_all, label_keys
from orgkb.ontology.ids import id_of, iri_of, iri_of_public, public_id
from orgkb.ontology.namespace import BASE, GRAPH, ORGKB

STATED = "stated"
SHARED_MATTER = "shared-matter"
MIN_SHARED_STRENGTH = 0.1  # weaker shared-matter links are noise: one common matter between broad units
BROADER_WEIGHT = 0.5  # a duty about foreign guests is half about foreign affairs
UBIQUITOUS = 0.5  # a matter that more than this share of the units concern links nobody
DERIVED = ox.NamedNode(str(GRAPH["derived"]))

Select = Callable[..., list[dict[str, object]]]  # `KnowledgeBase.select`: a named query with bindings
Pair = tuple[str, str]
Row = tuple[str, str, bool, bool]  # an organization's name: (label, kind, described, parent)
Quad = ox.Quad


@dataclass(frozen=True)
class Duty:
    """A duty as coordination reads it."""

    id: str
    owner_id: str
    text: str
    matters: tuple[str, ...]


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


@dataclass
class Page:
    """What one page's graph holds that coordination is derived from."""

    duties: dict[str, Duty] = field(default_factory=dict)
    hierarchy: set[tuple[str, str, str]] = field(default_factory=set)  # (child, parent, relation)
    mentions: dict[str, list[str]] = field(default_factory=dict)  # duty -> the bodies it names
    organizations: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Change:
    """What a write changes in the derived graph: quads to remove and to add."""

    removed: list[Quad]
    added: list[Quad]


def _pages(select: Select, graph: str | None) -> dict[str, Page]:
    """The facts of one page's graph (`graph`), or of every page's (None)."""
    bound = {"graph": ox.NamedNode(graph)} if graph is not None else {}
    pages: dict[str, Page] = defaultdict(Page)
    if graph is not None:
        pages[graph] = Page()
    matters: dict[str, list[str]] = defaultdict(list)
    for row in select("page_duties", **bound):
        duty = id_of(str(row["duty"]))
        page = pages[str(row["graph"])]
        page.duties.setdefault(duty, Duty(duty, id_of(str(row["owner"])), str(row["text"]), ()))
        if row.get("matter"):
            matters[duty].append(public_id(str(row["matter"])))
    for page in pages.values():
        for duty, found in list(page.duties.items()):
            page.duties[duty] = replace(found, matters=tuple(sorted(set(matters.get(duty, ())))))
    for row in select("page_hierarchy", **bound):
        relation = (id_of(str(row["child"])), id_of(str(row["parent"])), str(row["relation"]))
        pages[str(row["graph"])].hierarchy.add(relation)
    for row in select("page_mentions", **bound):
        pages[str(row["graph"])].mentions.setdefault(id_of(str(row["duty"])), []).append(id_of(str(row["body"])))
    for page in pages.values():
        for bodies in page.mentions.values():
            bodies.sort()
    return dict(pages)


def _names(rows: Iterable[dict[str, object]]) -> dict[str, frozenset[Row]]:
    found: dict[str, set[Row]] = defaultdict(set)
    for row in rows:
        name = (str(row["label"]), str(row["kind"]), bool(row.get("described")), bool(row.get("parent")))
        found[str(row["org"])].add(name)
    return {org: frozenset(names) for org, names in found.items()}


def _expanded(duty: Duty, broader: dict[str, set[str]]) -> dict[str, float]:
    """The matters of a duty (weight 1) and the broader matters above them (weight `BROADER_WEIGHT`)."""
    found = {matter: BROADER_WEIGHT for direct in duty.matters for matter in broader.get(direct, ())}
    found.update(dict.fromkeys(duty.matters, 1.0))
    return found


def matter_weights(owners: dict[str, int], total: int) -> dict[str, float]:
    """The inverse document frequency of each matter over `total` owners (0 for ubiquitous ones)."""
    total = max(total, 1)
    return {matter: 0.0 if n / total > UBIQUITOUS else math.log(total / n) for matter, n in owners.items() if n}


class Coordination:
    """The coordination links of one store and everything they were derived from."""

    def __init__(self, select: Select) -> None:
        self.pages: dict[str, Page] = {}
        self.names: dict[str, frozenset[Row]] = {}  # organization IRI -> its names
        self.index = NameIndex([])
        self.broader: dict[str, set[str]] = defaultdict(set)
        for row in select("matter_broader"):
            self.broader[public_id(str(row["matter"]))].add(public_id(str(row["broader"])))
        self.duties: dict[str, Duty] = {}
        self.stated: dict[str, list[StatedLink]] = {}  # duty -> the links it states
        self.asked: dict[str, frozenset[frozenset[str]]] = {}  # duty -> the name keys it looked up
        self.stating: dict[Pair, set[str]] = defaultdict(set)  # pair -> the duties that state a link
        self.owned: dict[str, set[str]] = defaultdict(set)  # owner -> its duties that are not catch-alls
        self.profiles: dict[str, dict[str, float]] = {}
        self.owners_of: dict[str, int] = defaultdict(int)  # matter -> how many profiles hold it
        self.weights: dict[str, float] = {}
        self.parents: dict[str, str] = {}
        self.above: dict[str, frozenset[str]] = {}
        self.shared: dict[Pair, Link] = {}
        self.links: dict[Pair, Link] = {}  # what the derived graph holds

    # -- reading what changed ------------------------------------------------------------------
    def update(self, select: Select, changed: Iterable[str], removed: Iterable[str] = ()) -> Change:
        """Read back the pages `changed` (graph IRIs; new or rewritten) through `select` and forget
        `removed`; the change to the derived graph."""
        changed, removed = set(changed), set(removed) - set(changed)
        before = {org for page in changed | removed for org in self._page(page).organizations}
        old = [self._page(page) for page in changed | removed]
        old_duties = {duty for page in old for duty in page.duties}
        old_owners = {duty.owner_id for page in old for duty in page.duties.values()}
        old_hierarchy = {link for page in old for link in page.hierarchy}
        old_mentions = {duty: bodies for page in old for duty, bodies in page.mentions.items()}
        for page in removed:
            self.pages.pop(page, None)
        names: dict[str, frozenset[Row]] = {}
        for page in changed:
            self.pages[page] = _pages(select, page).get(page, Page())
            rows = select("page_organizations", graph=ox.NamedNode(page))
            names.update(_names(rows))
            self.pages[page].organizations = set(_names(rows))
        for org in before - names.keys():
            names[org] = _names(select("organization_names", org=ox.NamedNode(org))).get(org, frozenset())
        new = [self.pages[page] for page in changed]
        mentions = {duty: bodies for page in new for duty, bodies in page.mentions.items()}
        remention = {
            duty for duty in old_mentions.keys() | mentions.keys() if old_mentions.get(duty) != mentions.get(duty)
        }
        moved = old_hierarchy != {link for page in new for link in page.hierarchy}
        return self._apply(names, old_duties, old_owners, remention, moved)

    def rebuild(self, select: Select) -> Change:
        """Read every page again (the first write of a process, or a store found out of date);
        the change lists every link to add: the derived graph is to be written whole."""
        self.pages = _pages(select, None)
        organizations: dict[str, set[str]] = defaultdict(set)
        for row in select("page_organizations"):
            organizations[str(row["graph"])].add(str(row["org"]))
        for page, found in organizations.items():
            self.pages.setdefault(page, Page()).organizations = found
        names = _names(select("organization_names"))
        names.update({org: frozenset() for org in self.names.keys() - names.keys()})
        self.links = {}
        change = self._apply(names, set(self.duties), set(self.owned), set(), True, everything=True)
        return Change([], change.added)

    def _page(self, graph: str) -> Page:
        return self.pages.get(graph, Page())

    # -- deriving ------------------------------------------------------------------------------
    def _apply(
        self,
        names: dict[str, frozenset[Row]],
        old_duties: set[str],
        old_owners: set[str],
        remention: set[str],
        moved: bool,
        everything: bool = False,
    ) -> Change:
        renamed = {org for org, found in names.items() if self.names.get(org) != found}
        before = {org: self.names.get(org, frozenset()) for org in renamed}
        for org in renamed:
            if names[org]:
                self.names[org] = names[org]
            else:
                self.names.pop(org, None)
        duties = {duty.id: duty for page in self.pages.values() for duty in page.duties.values()}
        new_duties = {duty for page in self.pages.values() for duty in page.duties} - set(self.duties)
        rewritten = {d for d in old_duties if d in duties and duties[d] != self.duties.get(d)}
        self.duties = duties
        if renamed or everything:
            self.index = NameIndex(self._name_rows())
        if moved:
            self.parents = {}
            for child, parent, _ in sorted({link for page in self.pages.values() for link in page.hierarchy}):
                self.parents[child] = parent  # the last parent in order, as the full reading took it
        # the duties to read again: new, rewritten, and those whose names or place above changed
        again = new_duties | rewritten | (remention & set(duties)) | (set(duties) if everything else set())
        if renamed and not everything:
            keys = {
                key
                for org in renamed
                for rows in (before[org], self.names.get(org, frozenset()))
                for key in _keys(rows)
            }
            again |= {duty for duty, asked in self.asked.items() if asked & keys}
            labels = {
                label.casefold()
                for org in renamed
                for rows in (before[org], self.names.get(org, frozenset()))
                for label, *_ in rows
            }
            again |= _holding(labels, duties.values())
            ids = {id_of(org) for org in renamed}
            again |= {
                duty for page in self.pages.values() for duty, bodies in page.mentions.items() if ids & set(bodies)
            }
        if moved:
            above = {owner: ancestors(self.parents, owner) for owner in {d.owner_id for d in duties.values()}}
            again |= {d.id for d in duties.values() if above[d.owner_id] != self.above.get(d.owner_id)}
            self.above = above
        for duty in again & set(duties):
            owner = duties[duty].owner_id
            if owner not in self.above:
                self.above[owner] = ancestors(self.parents, owner)
        mentions = {duty: bodies for page in self.pages.values() for duty, bodies in page.mentions.items()}
        touched: set[Pair] = set()
        for duty in old_duties - set(duties):
            touched |= self._forget(duty)
        for duty in sorted(again & set(duties)):
            touched |= self._forget(duty)
            links, asked = find_stated(
                duties[duty], self.index, mentions.get(duty, ()), self.above.get(duties[duty].owner_id, frozenset())
            )
            self.stated[duty], self.asked[duty] = links, asked
            for link in links:
                pair = _pair(link.source_id, link.target_id)
                self.stating[pair].add(duty)
                touched.add(pair)
        owners = old_owners | {duties[duty].owner_id for duty in new_duties | rewritten}
        touched |= self._share(owners, everything)
        return self._write(touched)

    def _name_rows(self) -> list[dict[str, object]]:
        return [
            {"org": org, "label": label, "kind": kind, "described": described, "parent": parent}
            for org in sorted(self.names)
            for label, kind, described, parent in sorted(self.names[org])
        ]

    def _forget(self, duty: str) -> set[Pair]:
        pairs = {_pair(link.source_id, link.target_id) for link in self.stated.pop(duty, [])}
        self.asked.pop(duty, None)
        for pair in pairs:
            self.stating[pair].discard(duty)
        return pairs

    def _share(self, owners: set[str], everything: bool) -> set[Pair]:
        """Profiles of `owners` read again; the shared-matter links of their offices (of every office
        when the matter weights moved) found again; the pairs whose links may have changed."""
        owned: dict[str, set[str]] = defaultdict(set)
        for duty in self.duties.values():
            if duty.owner_id in owners and not is_catch_all(duty.text):
                owned[duty.owner_id].add(duty.id)
        for owner in owners:
            for matter in self.profiles.pop(owner, {}):
                self.owners_of[matter] -= 1
            self.owned.pop(owner, None)
            if owned.get(owner):
                self.owned[owner] = owned[owner]
                profile = self._profile(owner)
                self.profiles[owner] = profile
                for matter in profile:
                    self.owners_of[matter] += 1
        weights = matter_weights(self.owners_of, len(self.profiles))
        reweighed = weights != self.weights
        self.weights = weights
        families = self._families()
        if reweighed or everything:
            wanted = set(families)
        else:
            wanted = {office for office, family in families.items() if owners & family}
        touched = {pair for pair in self.shared if pair[0] in owners or pair[1] in owners}
        pairs = {pair for office in wanted for pair in _family_pairs(families[office])}
        if reweighed or everything:
            touched |= set(self.shared)
        for pair in touched - pairs:
            self.shared.pop(pair, None)
        for pair in pairs:
            link = self._shared_link(*pair)
            if link is None:
                self.shared.pop(pair, None)
            else:
                self.shared[pair] = link
        return touched | pairs

    def _families(self) -> dict[str, set[str]]:
        units: dict[str, set[str]] = defaultdict(set)
        for page in self.pages.values():
            for child, parent, relation in page.hierarchy:
                if relation == "unitOf":
                    units[parent].add(child)
        return {office: {office, *members} for office, members in units.items()}

    def _profile(self, owner: str) -> dict[str, float]:
        """The share of an owner's duties that concern each matter."""
        owned = self.owned[owner]
        totals: dict[str, float] = defaultdict(float)
        for duty in owned:
            for matter, weight in _expanded(self.duties[duty], self.broader).items():
                totals[matter] += weight
        return {matter: total / len(owned) for matter, total in totals.items()}

    def _shared_link(self, a: str, b: str) -> Link | None:
        left, right = self.profiles.get(a, {}), self.profiles.get(b, {})
        shared = {m for m in left.keys() & right.keys() if self.weights.get(m, 0.0) > 0}
        score = sum(self.weights[m] * math.sqrt(left[m] * right[m]) for m in shared)
        strength = 1 - math.exp(-score)
        if strength < MIN_SHARED_STRENGTH:
            return None
        evidence: set[str] = set()
        for owner in (a, b):
            # The duties that name a shared matter; else those under it through a narrower one.
            owned = [self.duties[duty] for duty in self.owned.get(owner, ())]
            direct = {duty.id for duty in owned if shared & set(duty.matters)}
            evidence |= direct or {duty.id for duty in owned if shared & _expanded(duty, self.broader).keys()}
        return Link(a, b, shared=round(strength, 4), matters=shared, evidence=evidence)

    def _merged(self, pair: Pair) -> Link | None:
        """The link of a pair: its shared-matter link with what its duties state added."""
        shared = self.shared.get(pair)
        link = replace(shared, matters=set(shared.matters), evidence=set(shared.evidence)) if shared else Link(*pair)
        stating = sorted(self.stating.get(pair, ()))
        if stating:
            found = [
                link for duty in stating for link in self.stated[duty] if _pair(link.source_id, link.target_id) == pair
            ]
            link.stated = min(0.9, 0.6 + 0.1 * len(stating))
            link.relations = sorted(dict.fromkeys(stated.relation for stated in found))
            link.evidence |= set(stating)
            link.matters |= {m for duty in stating for m in self.duties[duty].matters}
        elif shared is None:
            return None
        return link

    def _write(self, touched: set[Pair]) -> Change:
        removed: list[Link] = []
        added: list[Link] = []
        for pair in touched:
            old, new = self.links.get(pair), self._merged(pair)
            if old is not None and new is not None and _triples(old) == _triples(new):
                continue
            if old is not None:
                removed.append(old)
                del self.links[pair]
            if new is not None:
                added.append(new)
                self.links[pair] = new
        for pair in [pair for pair, duties in self.stating.items() if not duties]:
            del self.stating[pair]
        return Change(_quads(removed, removed=True), _quads(added))


def _keys(rows: Iterable[Row]) -> set[frozenset[str]]:
    return {key for label, kind, _, _ in rows for key in label_keys(label, kind.rsplit("/", 1)[-1])}


def _holding(labels: set[str], duties: Iterable[Duty]) -> set[str]:
    """The duties whose text holds one of `labels` (case-folded), read with one automaton."""
    labels = {label for label in labels if label}
    if not labels:
        return set()
    automaton = ahocorasick.Automaton()
    for label in labels:
        automaton.add_word(label, label)
    automaton.make_automaton()
    return {duty.id for duty in duties if next(automaton.iter(duty.text.casefold()), None) is not None}


def _pair(a: str, b: str) -> Pair:
    first, second = sorted((a, b))
    return first, second


def _family_pairs(family: set[str]) -> set[Pair]:
    members = sorted(family)
    return {(a, b) for i, a in enumerate(members) for b in members[i + 1 :]}


def coordination_iri(first: str, second: str) -> str:
    digest = hashlib.sha1(f"{first} {second}".encode()).hexdigest()[:16]
    return f"{BASE}coordination/{digest}"


_DOUBLE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _term(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _triples(link: Link) -> frozenset[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
    """`orgkb:coordinatesWith` both ways and a reified `orgkb:Coordination` for one link."""
    a, b = ox.NamedNode(iri_of(link.first)), ox.NamedNode(iri_of(link.second))
    node = ox.NamedNode(coordination_iri(link.first, link.second))
    found: set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = {
        (a, _term(ORGKB.coordinatesWith), b),
        (b, _term(ORGKB.coordinatesWith), a),
        (node, _TYPE, _term(ORGKB.Coordination)),
        (node, _term(ORGKB.coordinationOf), a),
        (node, _term(ORGKB.coordinationOf), b),
        (node, _term(ORGKB.basis), ox.Literal(link.basis)),
        (node, _term(ORGKB.strength), ox.Literal(str(link.strength), datatype=_DOUBLE)),
    }
    found |= {(node, _term(ORGKB.statedRelation), ox.Literal(relation)) for relation in link.relations}
    found |= {(node, _term(ORGKB.matter), ox.NamedNode(iri_of_public(m))) for m in link.matters}
    found |= {(node, _term(ORGKB.evidence), ox.NamedNode(iri_of(duty))) for duty in link.evidence}
    return frozenset(found)


def _quads(links: Iterable[Link], removed: bool = False) -> list[Quad]:
    return [ox.Quad(s, p, o, DERIVED) for link in links for s, p, o in sorted(_triples(link), key=str)]
