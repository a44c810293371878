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

import functools
import hashlib
import math
import operator
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from typing import cast

import ahocorasick
import pyoxigraph as ox

from orgkb.kb.coordination.broader import broader_matters, weighted_matters
from orgkb.kb.coordination.derive_code import derive_digest
from orgkb.kb.coordination.holders import Holders
from orgkb.kb.coordination.shelf import ShelvedMap, read_ahead
from orgkb.kb.coordination.stated import (
    NameIndex,
    StatedLink,
    ancestors,
    find_stated,
    is_catch_all,
    label_keys,
    place_of_node,
)
from orgkb.kb.entities.duty_rows import page_duties
from orgkb.kb.store.values import named_node
from orgkb.kb.trees import below
from orgkb.loaders.document import Duty
from orgkb.ontology.ids import id_of, iri_of, iri_of_public, kind_of
from orgkb.ontology.namespace import BASE, GRAPH, ORGKB

STATED = "stated"
SHARED_MATTER = "shared-matter"
MIN_SHARED_STRENGTH = 0.1  # weaker shared-matter links are noise: one common matter between broad units
UBIQUITOUS = 0.5  # a matter that more than this share of the units concern links nobody
WEIGHT_DIGITS = 2  # matter weights are rounded so: one unit more moves few of them, not all (see `matter_weights`)
COUNT_DIGITS = 2  # and weighed with the counts of owners rounded to so many significant digits (the same)
DERIVED = ox.NamedNode(str(GRAPH["derived"]))
BULK = 32  # pages written at once from which every page is read in one query rather than page by page

# `KnowledgeBase.rows` (or `select`): a named query's rows with bindings, read as they come
Select = Callable[..., Iterable[Mapping[str, object]]]
Pair = tuple[str, str]
Row = tuple[str, str, bool, bool]  # an organization's name: (label, kind, described, parent)
Quad = ox.Quad


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
    """What a write changes in the derived graph: quads to remove and to add (a rebuild's links
    are not among them: `Coordination.quads` makes them as they are written)."""

    removed: list[Quad]
    added: list[Quad]


def _pages(select: Select, graph: str | None) -> dict[str, Page]:
    """The facts of one page's graph (`graph`), or of every page's (None)."""
    bound = {"graph": ox.NamedNode(graph)} if graph is not None else {}
    pages: dict[str, Page] = defaultdict(Page)
    if graph is not None:
        pages[graph] = Page()
    for found, duties in page_duties(select("page_duties", **bound), select("page_duty_matters", **bound)).items():
        pages[found].duties = duties
    for row in select("page_hierarchy", **bound):
        relation = (_id(row["child"]), _id(row["parent"]), sys.intern(str(row["relation"])))
        pages[str(row["graph"])].hierarchy.add(relation)
    for row in select("page_mentions", **bound):
        pages[str(row["graph"])].mentions.setdefault(id_of(str(row["duty"])), []).append(_id(row["body"]))
    for page in pages.values():
        for bodies in page.mentions.values():
            bodies.sort()
    return dict(pages)


def _organizations(select: Select, graph: str | None) -> dict[str, set[str]]:
    """The organizations one page's graph (or every page's) names or places above its own."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in select("page_organizations", **({"graph": ox.NamedNode(graph)} if graph is not None else {})):
        found[str(row["graph"])].add(sys.intern(str(row["org"])))
    return found


def _id(iri: object) -> str:
    """The id of a node's IRI, one copy of it however many pages name the node."""
    return sys.intern(id_of(str(iri)))


def _names(rows: Iterable[Mapping[str, object]]) -> dict[str, frozenset[Row]]:
    found: dict[str, set[Row]] = defaultdict(set)
    for row in rows:
        name = (str(row["label"]), str(row["kind"]), bool(row.get("described")), bool(row.get("parent")))
        found[str(row["org"])].add(name)
    return {org: frozenset(names) for org, names in found.items()}


def matter_weights(owners: Mapping[str, int], total: int) -> dict[str, float]:
    """The inverse document frequency of each matter over `total` owners (0 for ubiquitous ones),
    weighed with the counts rounded to `COUNT_DIGITS` significant digits and rounded to
    `WEIGHT_DIGITS` decimals.

    Unrounded, every weight moves with every unit added (`total` is in each), and with them the
    shared-matter link of every pair of the store: a write cost as much as a reading of every
    page. Rounding the weights alone is not enough at scale: on 10,000 pages (40,000 units) a page
    of ten units moves `total` by 1/4,000 of itself, and so some of the hundred matters' rounded
    weights at nearly every write, each re-weighing thousands of offices' pairs. With the counts
    rounded, `total` moves once every 1,000 units there, and a matter's count once in 10 to 100
    owners more. Both are functions of the counts alone, so the weights
    are those a reading of every page gives, whatever the order of the writes.

    >>> matter_weights({"archives": 1, "meetings": 3}, 4)
    {'archives': 1.39, 'meetings': 0.0}
    >>> matter_weights({"archives": 40}, 40_123) == matter_weights({"archives": 40}, 40_456)
    True
    """
    total = max(total, 1)
    return {
        matter: 0.0 if n / total > UBIQUITOUS else round(math.log(rounded(total) / rounded(n)), WEIGHT_DIGITS)
        for matter, n in owners.items()
        if n
    }


def rounded(count: int) -> int:
    """`count` rounded to `COUNT_DIGITS` significant digits.

    >>> rounded(87), rounded(40_123), rounded(40_456)
    (87, 40000, 40000)
    """
    scale = int(10 ** max(len(str(count)) - COUNT_DIGITS, 0))
    return (count + scale // 2) // scale * scale


class Coordination:
    """The coordination links of one store and everything they were derived from."""

    def __init__(self, select: Select) -> None:
        self.broader = broader_matters(select("matter_broader"))
        self._reset()

    def _reset(self) -> None:
        self.pages: dict[str, Page] = {}
        self.versions: MutableMapping[str, int] = {}  # document IRI -> a digest of its checksum and load time
        self.versions_digest = 0  # every version xor-ed: the `fingerprint`, kept as versions come and go
        self.names: dict[str, frozenset[Row]] = {}  # organization IRI -> its names
        self.index = NameIndex([])
        self.duties: dict[str, Duty] = {}
        self.mentions: dict[str, list[str]] = {}  # duty -> the bodies the loader found it naming
        self.duties_of: dict[str, set[str]] = defaultdict(set)  # owner -> its duties
        self.catch_alls_of: dict[str, set[str]] = defaultdict(set)  # owner -> its "other tasks assigned" duties
        # each link, and how many pages state it
        self.hierarchy: MutableMapping[tuple[str, str, str], int] = Counter()
        self.parents: dict[str, str] = {}
        self.uplinks: dict[str, set[tuple[str, str]]] = defaultdict(set)  # child -> (parent, relation) of its links
        self.below: dict[str, set[str]] = defaultdict(set)  # parent -> the children whose parent it is
        self.families: dict[str, set[str]] = {}  # office -> the office and its units
        self.above: dict[str, frozenset[str]] = {}
        self.stated: dict[str, list[StatedLink]] = {}  # duty -> the links it states
        self.asked: dict[str, frozenset[frozenset[str]]] = {}  # duty -> the name keys it looked up
        self.askers: dict[frozenset[str], set[str]] = defaultdict(set)  # name key -> the duties that looked it up
        self.mentioned_by: dict[str, set[str]] = defaultdict(set)  # body -> the duties the loader found naming it
        self.stating: dict[Pair, set[str]] = defaultdict(set)  # pair -> the duties that state a link
        self.profiles: dict[str, dict[str, float]] = {}  # owner -> the share of its duties on each matter
        self.serials: dict[str, int] = {}  # owner -> the number of its profile, new each time it is read again
        self.serial = 0  # the last number given
        self.holders = Holders()  # matter -> the owners whose profiles hold it
        self.held: dict[str, int] = {}  # matter -> how many owners hold it (all the weights need)
        self.weights: dict[str, float] = {}
        self.member_of: dict[str, set[str]] = defaultdict(set)  # owner -> the offices whose families hold it
        self.shared: dict[Pair, Link] = {}
        # pair -> the numbers of the two profiles and the shared matters its evidence was found for, and that evidence
        self.evidence: dict[Pair, tuple[int | None, int | None, set[str], set[str]]] = {}
        self.links: dict[Pair, Link] = {}  # what the derived graph holds
        self._interned: dict[frozenset[frozenset[str]], frozenset[frozenset[str]]] = {}  # one copy of each `asked`

    @property
    def fingerprint(self) -> str:
        """A digest of every document the links were derived from, as loaded."""
        return f"{self.versions_digest:064x}"

    # -- reading what changed ------------------------------------------------------------------
    def update(self, select: Select, changed: Iterable[str], removed: Iterable[str] = ()) -> Change:
        """Read back the pages `changed` (graph IRIs; new or rewritten) through `select` and forget
        `removed`; the change to the derived graph."""
        changed, removed = set(changed), set(removed) - set(changed)
        old = {page: self.pages.pop(page) for page in changed | removed if page in self.pages}
        bulk = len(changed) >= BULK  # one reading of every page costs less than many of one page
        new = _pages(select, None) if bulk else {}
        organizations = _organizations(select, None) if bulk else {}
        for page in changed:
            if not bulk:
                new.update(_pages(select, page))
                organizations.update(_organizations(select, page))
            new.setdefault(page, Page()).organizations = organizations.get(page, set())
        new = {page: new[page] for page in changed}
        wanted = {org for page in [*old.values(), *new.values()] for org in page.organizations}
        if bulk:
            everyone = _names(select("organization_names"))
            names = {org: everyone.get(org, frozenset()) for org in wanted}
        else:
            names = {
                org: _names(select("organization_names", org=ox.NamedNode(org))).get(org, frozenset()) for org in wanted
            }
        read = versions(select, None) if bulk else {}
        for page in changed if not bulk else ():
            read.update(versions(select, page))
        loaded = {page: version for page in changed for version in read.get(page, [])}
        before = self.fingerprint
        had = {page for page in changed | removed if page in self.versions}
        for page in had:
            self.versions_digest ^= self.versions.pop(page)
        for page, version in loaded.items():
            self.versions[page] = version
            self.versions_digest ^= version
        change = self._apply(list(old.values()), new, names)
        gone, came = had - loaded.keys(), loaded.keys() - had
        return Change(
            [*_about(before, gone), *change.removed], [*_about(self.fingerprint, came, entity=True), *change.added]
        )

    def rebuild(self, select: Select) -> Change:
        """Read every page again (the first write of a process, a store found out of date, the end
        of a load); the derived graph is to be written whole: what the change adds (what the graph
        says about itself) and every link's quads (`quads`, made as they are written)."""
        self._reset()
        new = _pages(select, None)
        for page, found in _organizations(select, None).items():
            new.setdefault(page, Page()).organizations = found
        self.versions = {page: version for page, found in versions(select, None).items() for version in found}
        self.versions_digest = int(fingerprint(self.versions.values()), 16)
        self._apply([], new, _names(select("organization_names")), everything=True)
        return Change([], _about(self.fingerprint, set(self.versions), entity=True))

    def quads(self) -> Iterator[Quad]:
        """The quads of every link, one link at a time (after `rebuild`: what the graph holds)."""
        for link in self.links.values():
            yield from _quads([link])

    # -- deriving ------------------------------------------------------------------------------
    def _apply(
        self, old: list[Page], new: dict[str, Page], names: dict[str, frozenset[Row]], everything: bool = False
    ) -> Change:
        renamed = {org for org, found in names.items() if self.names.get(org, frozenset()) != found}
        before = {org: self.names.get(org, frozenset()) for org in renamed}
        for org in renamed:
            if names[org]:
                self.names[org] = names[org]
            else:
                self.names.pop(org, None)
        if everything:
            self.index = NameIndex(self._name_rows())
        elif renamed:
            self.index.update({org: self._name_rows(org) for org in renamed})
        # duties: gone, and new or rewritten (text, matters or the bodies named)
        old_duties = {duty.id: duty for page in old for duty in page.duties.values()}
        old_mentions = {duty: bodies for page in old for duty, bodies in page.mentions.items()}
        for gone_duty in old_duties.values():
            self.duties.pop(gone_duty.id, None)
            for body in self.mentions.pop(gone_duty.id, ()):
                self.mentioned_by[body].discard(gone_duty.id)
            self.duties_of[gone_duty.owner_id].discard(gone_duty.id)
            self.catch_alls_of[gone_duty.owner_id].discard(gone_duty.id)
        self.pages.update(new)
        new_duties = {duty.id: duty for page in new.values() for duty in page.duties.values()}
        new_mentions = {duty: bodies for page in new.values() for duty, bodies in page.mentions.items()}
        read_ahead(self.duties, new_duties)
        read_ahead(self.mentions, new_mentions)
        self.duties.update(new_duties)
        self.mentions.update(new_mentions)
        for named, bodies in new_mentions.items():
            for body in bodies:
                self.mentioned_by[body].add(named)
        for new_duty in new_duties.values():
            self.duties_of[new_duty.owner_id].add(new_duty.id)
            if is_catch_all(new_duty.text):
                self.catch_alls_of[new_duty.owner_id].add(new_duty.id)
        again = {
            d for d in new_duties if old_duties.get(d) != new_duties[d] or old_mentions.get(d) != new_mentions.get(d)
        }
        gone = old_duties.keys() - new_duties.keys()
        # the hierarchy: parents, the organizations above each unit, the families of offices
        old_links = {link for page in old for link in page.hierarchy}
        new_links = {link for page in new.values() for link in page.hierarchy}
        moved = everything or old_links != new_links
        if everything:
            self.hierarchy = Counter(link for page in new.values() for link in page.hierarchy)
            self.parents, self.below, self.uplinks = {}, defaultdict(set), defaultdict(set)
            self._reparent(self.hierarchy)
            self.above = {owner: ancestors(self.parents, owner) for owner in self.duties_of if self.duties_of[owner]}
        elif moved:
            for edge, count in Counter(edge for page in old for edge in page.hierarchy).items():
                self.hierarchy[edge] = self.hierarchy.get(edge, 0) - count
            for edge, count in Counter(edge for page in new.values() for edge in page.hierarchy).items():
                self.hierarchy[edge] = self.hierarchy.get(edge, 0) + count
            changed = old_links ^ new_links
            for came_or_went in changed:
                if self.hierarchy.get(came_or_went, 0) <= 0:
                    self.hierarchy.pop(came_or_went, None)
            # the organizations above a node change only for the nodes whose parent changed and those below them
            for owner in self._below(self._reparent(changed)):
                chain = ancestors(self.parents, owner)
                if chain != self.above.get(owner):
                    again |= self.duties_of.get(owner, set())
                    self.above[owner] = chain
        read_ahead(self.above, {self.duties[duty].owner_id for duty in again})
        for duty in again:
            owner = self.duties[duty].owner_id
            if owner not in self.above:
                self.above[owner] = ancestors(self.parents, owner)
        # the duties elsewhere whose names changed: a name key they looked up, a name they hold, a body they name
        if renamed and not everything:
            rows = [row for org in renamed for row in (*before[org], *self.names.get(org, frozenset()))]
            for org in renamed:
                again |= self._asking(org, [*before[org], *self.names.get(org, frozenset())])
            again |= _holding({label.casefold() for label, *_ in rows}, self.duties)
            for org in renamed:
                again |= self.mentioned_by.get(id_of(org), set())
        if everything:
            again = set(self.duties)
        touched: set[Pair] = set()
        for duty in gone:
            touched |= self._forget(duty)
        if not everything:  # what the duties read again ask for, read in a few statements
            read_ahead(self.duties, again)
            self.index.read_ahead(self.duties[duty].text.casefold() for duty in again if duty in self.duties)
            for table in (self.stated, self.asked, self.mentions):
                read_ahead(table, again)
            read_ahead(self.above, {self.duties[duty].owner_id for duty in again if duty in self.duties})
        for duty in sorted(duty for duty in again if duty in self.duties):
            touched |= self._forget(duty)
            found = self.duties[duty]
            links, asked = find_stated(
                found, self.index, self.mentions.get(duty, ()), self.above.get(found.owner_id, frozenset())
            )
            if links:  # most duties state none: nothing is kept for them
                self.stated[duty] = links
            if asked:
                self.asked[duty] = self._interned.setdefault(asked, asked)
            for key in asked:
                self.askers[key].add(duty)
            for link in links:
                pair = _pair(link.source_id, link.target_id)
                self.stating[pair].add(duty)
                touched.add(pair)
        owners = {duty.owner_id for duty in old_duties.values()} | {duty.owner_id for duty in new_duties.values()}
        if everything:
            owners = set(self.duties_of)
        changed_links = old_links ^ new_links
        nodes = {node for child, parent, _ in changed_links for node in (child, parent)}
        touched |= self._share(owners, nodes if moved else set(), everything, changed_links)
        if everything:  # nothing was linked: every link is new, its quads made when written (`quads`)
            for pair in touched:
                merged = self._merged(pair)
                if merged is not None:
                    self.links[pair] = merged
                if not self.stating.get(pair):
                    self.stating.pop(pair, None)
            return Change([], [])
        return self._write(touched)

    def _reparent(self, links: Iterable[tuple[str, str, str]]) -> set[str]:
        """The parents of the children of `links` (hierarchy links that came or went) taken again: the
        last in order of those left, as a reading of every page takes it; the children whose parent changed."""
        children = set()
        for child, parent, relation in links:
            if self.hierarchy.get((child, parent, relation), 0) > 0:
                self.uplinks[child].add((parent, relation))
            else:
                self.uplinks[child].discard((parent, relation))
            children.add(child)
        moved = set()
        for child in children:
            last = max(self.uplinks[child])[0] if self.uplinks.get(child) else None
            if last != self.parents.get(child):
                old = self.parents.pop(child, None)
                if old is not None:
                    self.below[old].discard(child)
                if last is not None:
                    self.parents[child] = last
                    self.below[last].add(child)
                moved.add(child)
        return moved

    def _below(self, nodes: set[str]) -> set[str]:
        """`nodes` and every node under them."""
        return set(nodes) | below(nodes, self.below)

    def _name_rows(self, only: str | None = None) -> list[dict[str, object]]:
        """The names of every organization (or of `only`) as `NameIndex` reads them."""
        return [
            {"org": org, "label": label, "kind": kind, "described": described, "parent": parent}
            for org in (sorted(self.names) if only is None else [only])
            for label, kind, described, parent in sorted(self.names.get(org, ()))
        ]

    def _asking(self, org: str, rows: Sequence[Row]) -> set[str]:
        """The duties whose lookup of a name may now find `org` or no longer find it (its names were
        `rows`, before and after): those that looked up one of its name keys from its place, or
        from a place where no node of its kind goes by that key (there a node a page describes is
        taken), not those that a node of its kind in their own place answers whatever `org` is."""
        node = id_of(org)
        place = place_of_node(node)
        described = any(found for _, _, found, _ in rows)
        kinds = {kind_of(kind) for _, kind, _, _ in rows}
        found: set[str] = set()
        for key in _keys(rows):
            askers = self.askers.get(key)
            if not askers:
                continue
            if not described:
                found |= {duty for duty in askers if place_of_node(duty) == place}
                continue
            answered = {
                candidate.place
                for candidate in self.index.by_key.get(key, {}).values()
                if candidate.id != node and candidate.kind in kinds and len(kinds) == 1
            }
            found |= {duty for duty in askers if (at := place_of_node(duty)) == place or at not in answered}
        return found

    def _forget(self, duty: str) -> set[Pair]:
        pairs = {_pair(link.source_id, link.target_id) for link in self.stated.pop(duty, [])}
        for key in self.asked.pop(duty, ()):
            self.askers[key].discard(duty)
        for pair in pairs:
            self.stating[pair].discard(duty)
        return pairs

    def _share(
        self, owners: set[str], regrouped: set[str], everything: bool, links: set[tuple[str, str, str]]
    ) -> set[Pair]:
        """The profiles of `owners` read again, and the shared-matter links found again of the
        offices whose families hold them or `regrouped` (nodes whose hierarchy `links` changed),
        and of the pairs of a family that share a matter whose weight moved (every office when
        `everything`); the pairs whose links may have changed."""
        for table in (self.profiles, self.serials, self.duties_of, self.catch_alls_of):
            read_ahead(table, owners)
        read_ahead(self.duties, {duty for owner in owners for duty in self.duties_of.get(owner, ())})
        made = {owner: self._profile(owner) for owner in owners}
        self.holders.read_ahead(
            (matter, owner) for owner in owners for matter in [*self.profiles.get(owner, {}), *(made[owner] or {})]
        )
        for owner in owners:
            for matter in self.profiles.pop(owner, {}):
                self._hold(matter, owner, False)
            profile = made[owner]
            self.serials.pop(owner, None)
            if profile is not None:
                self.profiles[owner] = profile
                self.serial += 1
                self.serials[owner] = self.serial
                for matter in profile:
                    self._hold(matter, owner, True)
        weights = matter_weights(self.held, len(self.profiles))
        moved = {
            matter for matter in weights.keys() | self.weights.keys() if weights.get(matter) != self.weights.get(matter)
        }
        self.weights = weights
        if everything:
            old_families = {office: set(family) for office, family in self.families.items()}
            self._group()
            offices = set(self.families) | set(old_families)
        else:
            near = owners | regrouped
            offices = {office for owner in near for office in self.member_of.get(owner, ())}
            offices |= {parent for _, parent, relation in links if relation == "unitOf"}
            old_families = {office: set(self.families.get(office, ())) for office in offices}
            self._regroup(links)
            offices |= {office for owner in near for office in self.member_of.get(owner, ())}
            old_families.update({office: set() for office in offices - old_families.keys()})
        old_pairs = {pair for office in offices for pair in _family_pairs(old_families.get(office, set()))}
        pairs = {pair for office in offices for pair in _family_pairs(self.families.get(office, set()))}
        if not everything:
            pairs |= self._sharing(moved)  # only their weights moved: the rest of their families weigh the same
        members = {owner for pair in pairs for owner in pair}
        read_ahead(self.profiles, members)
        read_ahead(self.serials, members)
        read_ahead(self.shared, old_pairs | pairs)
        read_ahead(self.evidence, old_pairs | pairs)
        for pair in old_pairs - pairs:
            self.shared.pop(pair, None)
            self.evidence.pop(pair, None)
        for pair in pairs:
            link = self._shared_link(*pair)
            if link is None:
                self.shared.pop(pair, None)
            else:
                self.shared[pair] = link
        return old_pairs | pairs

    def _hold(self, matter: str, owner: str, held: bool) -> None:
        """`owner`'s profile holds `matter` (`held`) or no longer does: its holders and their count."""
        if self.holders.holds(matter, owner) == held:
            return
        if held:
            self.holders.add(matter, owner)
        else:
            self.holders.discard(matter, owner)
        self.held[matter] = self.held.get(matter, 0) + (1 if held else -1)

    def _sharing(self, matters: set[str]) -> set[Pair]:
        """The pairs of a family whose two members both hold one of `matters`: a pair's strength
        weighs only the matters both hold, so a weight that moved changes no other pair's (a rare
        matter's weight moves when one owner more holds it, and weighing again every pair of its
        holders' families made a write at 10,000 pages re-weigh tens of thousands of pairs)."""
        held = {matter: self.holders.of(matter) for matter in matters}
        read_ahead(self.member_of, {owner for owners in held.values() for owner in owners})
        offices = {
            matter: {office for owner in owners for office in self.member_of.get(owner, ())}
            for matter, owners in held.items()
        }
        read_ahead(self.families, {office for found in offices.values() for office in found})
        found: set[Pair] = set()
        for matter, owners in held.items():
            for office in offices[matter]:
                found |= _family_pairs(self.families.get(office, set()) & owners)
        return found

    def _group(self) -> None:
        """The families of every office (it and its units), from the whole hierarchy."""
        units: dict[str, set[str]] = defaultdict(set)
        for child, parent, relation in self.hierarchy:
            if relation == "unitOf":
                units[parent].add(child)
        self.families = {office: {office, *members} for office, members in units.items()}
        self.member_of = defaultdict(set)
        for office, family in self.families.items():
            for member in family:
                self.member_of[member].add(office)

    def _regroup(self, links: set[tuple[str, str, str]]) -> None:
        """The families after the hierarchy `links` came or went (`self.hierarchy` already holds what is left)."""
        for child, parent, relation in links:
            if relation != "unitOf":
                continue
            if self.hierarchy.get((child, parent, relation), 0) > 0:
                family = self.families.setdefault(parent, {parent})
                family.add(child)
                self.member_of[parent].add(parent)
                self.member_of[child].add(parent)
            elif parent in self.families and child in self.families[parent]:
                self.families[parent].discard(child)
                self.member_of[child].discard(parent)
                if self.families[parent] == {parent}:
                    del self.families[parent]
                    self.member_of[parent].discard(parent)

    def _profile(self, owner: str) -> dict[str, float] | None:
        """The share of an owner's duties (not catch-alls) that concern each matter; None without any."""
        owned = self._sharing_duties(owner)
        if not owned:
            return None
        totals: dict[str, float] = defaultdict(float)
        for duty in owned:
            for matter, weight in weighted_matters(duty.matters, self.broader).items():
                totals[matter] += weight
        return {matter: total / len(owned) for matter, total in totals.items()}

    def _sharing_duties(self, owner: str) -> list[Duty]:
        """The duties of `owner` that may share a matter: all but the catch-alls."""
        catch_alls = self.catch_alls_of.get(owner, set())
        return [self.duties[duty] for duty in self.duties_of.get(owner, ()) if duty not in catch_alls]

    def _shared_link(self, a: str, b: str) -> Link | None:
        left, right = self.profiles.get(a, {}), self.profiles.get(b, {})
        shared = {m for m in left.keys() & right.keys() if self.weights.get(m, 0.0) > 0}
        score = sum(self.weights[m] * math.sqrt(left[m] * right[m]) for m in shared)
        strength = 1 - math.exp(-score)
        if strength < MIN_SHARED_STRENGTH:
            return None
        known = self.evidence.get((a, b))
        serials = (self.serials.get(a), self.serials.get(b))
        if known is not None and (known[0], known[1]) == serials and known[2] == shared:
            evidence = known[3]  # the same profiles and matters: only the weights moved
        else:
            evidence = set()
            for owner in (a, b):
                # The duties that name a shared matter; else those under it through a narrower one.
                owned = self._sharing_duties(owner)
                direct = {duty.id for duty in owned if shared & set(duty.matters)}
                evidence |= direct or {
                    duty.id for duty in owned if shared & weighted_matters(duty.matters, self.broader).keys()
                }
            self.evidence[(a, b)] = (*serials, shared, evidence)
        return Link(a, b, shared=round(strength, 4), matters=shared, evidence=evidence)  # never changed in place

    def _merged(self, pair: Pair) -> Link | None:
        """The link of a pair: its shared-matter link with what its duties state added."""
        shared = self.shared.get(pair)
        stating = sorted(self.stating.get(pair, ()))
        if shared is not None and not stating:
            return shared  # links are never changed in place: the same object serves both
        link = replace(shared, matters=set(shared.matters), evidence=set(shared.evidence)) if shared else Link(*pair)
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
        restrengthened: list[tuple[Link, Link]] = []  # only the strength moved (the matter weights did)
        read_ahead(self.links, touched)
        read_ahead(self.stating, touched)
        for pair in touched:
            old, new = self.links.get(pair), self._merged(pair)
            if old is not None and new is not None and _same(old, new):
                if old.strength != new.strength:
                    restrengthened.append((old, new))
                    self.links[pair] = new
                continue
            if old is not None:
                removed.append(old)
                del self.links[pair]
            if new is not None:
                added.append(new)
                self.links[pair] = new
            if not self.stating.get(pair):
                self.stating.pop(pair, None)
        return Change(
            _quads(removed) + [_strength(old) for old, _ in restrengthened],
            _quads(added) + [_strength(new) for _, new in restrengthened],
        )


def fingerprint(versions: Iterable[int]) -> str:
    """One digest of documents' versions, whatever their order (each added or taken out alone)."""
    return f"{functools.reduce(operator.xor, versions, 0):064x}"


def versions(select: Select, graph: str | None) -> dict[str, list[int]]:
    """The version of one loaded document (or of every one): its checksum and load time, digested."""
    found: dict[str, list[int]] = defaultdict(list)
    for row in select("document_versions", **({"document": ox.NamedNode(graph)} if graph is not None else {})):
        text = f"{row['document']} {row['sha']} {row.get('generated', '')}"
        found[str(row["document"])].append(int(hashlib.sha256(text.encode()).hexdigest(), 16))
    return found


_PROV_ENTITY = ox.NamedNode("http://www.w3.org/ns/prov#Entity")
_DERIVED_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_SHA256 = ox.NamedNode(str(ORGKB.sha256))
_CODE_DIGEST = ox.NamedNode(str(ORGKB.codeDigest))


def _about(fingerprint: str, documents: set[str], entity: bool = False) -> list[Quad]:
    """What the derived graph says about itself: a `prov:Entity`, derived from `documents`, with the
    fingerprint of the documents it was derived from (and, for a new entity, the digest of the code
    that derived it: `derive_code`)."""
    found = [ox.Quad(DERIVED, TYPE, _PROV_ENTITY, DERIVED)] if entity else []
    found += [ox.Quad(DERIVED, _CODE_DIGEST, ox.Literal(derive_digest()), DERIVED)] if entity else []
    found.append(ox.Quad(DERIVED, _SHA256, ox.Literal(fingerprint), DERIVED))
    return found + [ox.Quad(DERIVED, _DERIVED_FROM, ox.NamedNode(document), DERIVED) for document in sorted(documents)]


def _keys(rows: Iterable[Row]) -> set[frozenset[str]]:
    return {key for label, kind, _, _ in rows for key in label_keys(label, kind_of(kind))}


def _holding(labels: set[str], duties: Mapping[str, Duty]) -> set[str]:
    """The duties whose text holds one of `labels` (case-folded), read with one automaton (or, for
    duties read back from a save, searched where they are kept: `ShelvedMap.holding`)."""
    labels = {label for label in labels if label}
    if not labels:
        return set()
    if isinstance(duties, ShelvedMap):
        return cast(set[str], duties.holding(labels))
    automaton = ahocorasick.Automaton()
    for label in labels:
        automaton.add_word(label, label)
    automaton.make_automaton()
    return {duty.id for duty in duties.values() if next(automaton.iter(duty.text.casefold()), None) is not None}


def _same(old: Link, new: Link) -> bool:
    """Whether two links of a pair are written as the same triples, but for their strength."""
    return _shape(old) == _shape(new)


def _shape(link: Link) -> tuple[object, ...]:
    return link.basis, link.matters, link.evidence, set(link.relations)


def _strength(link: Link) -> Quad:
    node = ox.NamedNode(pair_iri("coordination", link.first, link.second))
    return ox.Quad(node, _STRENGTH, ox.Literal(str(link.strength), datatype=DOUBLE), DERIVED)


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a <= b else (b, a)


def _family_pairs(family: set[str]) -> set[Pair]:
    members = sorted(family)
    return {(a, b) for i, a in enumerate(members) for b in members[i + 1 :]}


def pair_iri(kind: str, first: str, second: str) -> str:
    """The IRI of what links `first` and `second`: a `coordination`, an `alignment`."""
    digest = hashlib.sha1(f"{first} {second}".encode()).hexdigest()[:16]
    return f"{BASE}{kind}/{digest}"


DOUBLE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@functools.lru_cache(maxsize=65536)
def _node(identifier: str) -> ox.NamedNode:
    return ox.NamedNode(iri_of(identifier))


@functools.lru_cache(maxsize=4096)
def _matter(identifier: str) -> ox.NamedNode:
    return ox.NamedNode(iri_of_public(identifier))


_COORDINATES_WITH, _COORDINATION, _COORDINATION_OF = (
    named_node(str(t)) for t in (ORGKB.coordinatesWith, ORGKB.Coordination, ORGKB.coordinationOf)
)
_BASIS, _STRENGTH, _STATED_RELATION = (named_node(str(t)) for t in (ORGKB.basis, ORGKB.strength, ORGKB.statedRelation))
_MATTER, _EVIDENCE = named_node(str(ORGKB.matter)), named_node(str(ORGKB.evidence))


def _triples(link: Link) -> frozenset[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
    """`orgkb:coordinatesWith` both ways and a reified `orgkb:Coordination` for one link."""
    a, b = _node(link.first), _node(link.second)
    node = ox.NamedNode(pair_iri("coordination", link.first, link.second))
    found: set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = {
        (a, _COORDINATES_WITH, b),
        (b, _COORDINATES_WITH, a),
        (node, TYPE, _COORDINATION),
        (node, _COORDINATION_OF, a),
        (node, _COORDINATION_OF, b),
        (node, _BASIS, ox.Literal(link.basis)),
        (node, _STRENGTH, ox.Literal(str(link.strength), datatype=DOUBLE)),
    }
    found |= {(node, _STATED_RELATION, ox.Literal(relation)) for relation in link.relations}
    found |= {(node, _MATTER, _matter(m)) for m in link.matters}
    found |= {(node, _EVIDENCE, _node(duty)) for duty in link.evidence}
    return frozenset(found)


def _quads(links: Iterable[Link]) -> list[Quad]:
    return [ox.Quad(s, p, o, DERIVED) for link in links for s, p, o in _triples(link)]
