"""The knowledge base: one Oxigraph store, one named graph per source document.

The ontology, the matter thesaurus and the gazetteer live in graphs of their own; facts
derived from several documents (coordination) live in the derived graph, brought up to date by
every write for the pages it wrote (`orgkb.kb.coordination.derived`), so that reading never
writes. Queries are named files in `kb/queries/` run with bound parameters.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import re
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, TypeVar
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from rdflib import URIRef

from orgkb.errors import LoadError, OrgkbError, StoreError
from orgkb.kb.coordination import saved
from orgkb.kb.coordination.broader import broader_matters
from orgkb.kb.coordination.derive_code import derive_digest
from orgkb.kb.coordination.derived import DERIVED, Change, Coordination, fingerprint, versions
from orgkb.kb.coordination.translations import Translations, page_duties_in
from orgkb.kb.identity import lookalikes
from orgkb.kb.identity.duty_agreement import THRESHOLD as DUTY_THRESHOLD
from orgkb.kb.identity.duty_agreement import DutyAgreement, agreement, document_duties
from orgkb.kb.queries import named_query
from orgkb.kb.store import bulk, persisted
from orgkb.kb.store.engines import EmbeddedEngine, Engine, ProtocolEngine, open_engine
from orgkb.kb.store.engines.base import as_ntriples
from orgkb.kb.store.generation_cache import GenerationCache
from orgkb.kb.store.values import Value, from_ox, named_node, substitutions, to_term
from orgkb.loaders.document import Document
from orgkb.loaders.identity.identifiers import document_iri, organization_iri, regional_slugs
from orgkb.loaders.identity.keys import name_key, source_key
from orgkb.loaders.rdf.triples import document_ntriples
from orgkb.ontology import lookalike_keys
from orgkb.ontology.namespace import GRAPH, KIND, ORGKB, PLACE, PREFIXES, SOURCE
from orgkb.ontology.place_graph import places_triples
from orgkb.ontology.places import default_gazetteer
from orgkb.ontology.thesaurus import MatterMatcher, default_matcher

ONTOLOGY_GRAPHS = {"ontology": "orgkb.ttl", "places": "places.ttl", "matters": "matters.ttl"}
DERIVED_GRAPH = GRAPH["derived"]
NEAR_IDENTITIES_UP_TO = 50  # pages written from which a write reads every page's identity at once, and keeps them
LARGE_CHANGE = 2000  # quads added to the derived graph from which they are added apart from the removals
DROP_CHUNK = 100_000  # quads of the derived graph removed in one transaction when it is derived whole
PLACES_GRAPH = GRAPH["places"]
COORDINATION_CODE = (
    "orgkb.kb.coordination",
    "orgkb.kb.entities.duty_rows",
    "orgkb.loaders.document",
    "orgkb.kb.queries",
    "orgkb.ontology",
    "orgkb.kb.search.text",
)  # what builds the coordination
_PLACE_IRI = re.compile(rf"<({re.escape(str(PLACE))}[^>]+)>")
ExportFormat = TypingLiteral["turtle", "nquads", "trig", "jsonld", "ntriples"]
T = TypeVar("T")
_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


class PageRead(Protocol):
    """A page read before it is stored (`orgkb.loaders.load.pages.PageRead`): its source, and the
    document and the N-Triples lines (matched against the thesaurus) read from it, or why it could not be."""

    @property
    def source(self) -> str: ...
    @property
    def document(self) -> Document | None: ...
    @property
    def error(self) -> LoadError | None: ...
    @property
    def ntriples(self) -> tuple[str, ...] | None: ...


@dataclass
class LoadResult:
    """What loading one page did: the document (when it parsed) or the error, and the triple count."""

    source: str
    document: Document | None = None
    triples: int = 0
    error: LoadError | None = None
    replaced: bool = False
    superseded: tuple[str, ...] = ()  # other pages about the same organization that this one replaced
    joined: tuple[str, ...] = ()  # pages about the same organization in other languages, kept beside it
    alike: tuple[str, ...] = ()  # what looked like this page's organization but was kept apart (report lines)

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BatchReport:
    """The results of loading several pages."""

    results: list[LoadResult] = field(default_factory=list)

    @property
    def failed(self) -> list[LoadResult]:
        return [result for result in self.results if not result.ok]

    @property
    def loaded(self) -> list[LoadResult]:
        return [result for result in self.results if result.ok]


class KnowledgeBase:
    """The knowledge graph of offices, units and duties, over one store (`orgkb.kb.store.engines`).

    `KnowledgeBase()` is in memory; `KnowledgeBase(path)` persists in a directory (several
    processes may open it `read_only`); `KnowledgeBase("http://host:7878")` uses a SPARQL 1.1 server.
    Raises `StoreError` when the store cannot be opened.
    """

    def __init__(
        self, path: str | Path | None = None, matcher: MatterMatcher | None = None, read_only: bool = False
    ) -> None:
        self.engine: Engine = open_engine(path, read_only)
        self.path = self.engine.path
        server = self.engine.endpoints.query if isinstance(self.engine, ProtocolEngine) else None
        self.saved_in = persisted.saved_in(self.path, server)  # where values slow to build are kept
        self.matcher = matcher if matcher is not None else default_matcher()
        self._thesaurus_matched = matcher is None  # so triples a page's read wrote with the thesaurus are as ours
        self.generation = 0
        self._derived = GenerationCache()
        raw = self._bulk_store()  # pages a bulk load cut short left: dropped whole
        self.recovered = bulk.recover(raw) if raw is not None else []
        self._load_vocabularies()
        self._described = self._described_places()
        self._coordination: Coordination | None = None
        self._translations: Translations | None = None
        self._write_lock = threading.RLock()
        self._deferred: tuple[set[str], set[str]] | None = None  # written and removed while deferring
        self._saved_coordination = ""  # the state of the coordination saved beside the store
        self._seen: str | None = None  # the derived graph's fingerprint this process last saw (`follow`)
        self._identities: dict[str, list[lookalikes.PageIdentity]] | None = None  # kept from a large write on
        self._keyed = False  # whether every loaded page is known to carry its lookalike keys
        self._broader: dict[str, set[str]] | None = None  # the matters above each matter (`_by_duties`)
        if not self.documents():
            self._coordination = Coordination(self.select)
            self._translations = Translations(self.select)
            self._keyed = True  # no page lacks its keys
        elif not self.engine.read_only and not self._derived_is_current():
            self._derive()  # left out of date by an older orgkb, or a write cut short
        if self.engine.shared:
            self._seen = self._stored_fingerprint()

    # -- writing ---------------------------------------------------------------------------
    def _load_vocabularies(self) -> None:
        for key, filename in ONTOLOGY_GRAPHS.items():
            graph = named_node(str(GRAPH[key]))
            if self.engine.read_only or self.engine.has_graph(graph):
                continue
            self.engine.load_turtle(resources.files("orgkb.ontology").joinpath(filename).read_bytes(), graph)

    def _described_places(self) -> set[str]:
        """The places the places graph describes (the gazetteer writes only those pages use)."""
        return {str(row["place"]) for row in self.select("described_places")}

    def _place_lines(self, lines: Sequence[str], pending: set[str]) -> list[str]:
        """N-Triples describing the gazetteer's places that `lines` name (and the places above
        them) which the places graph does not describe yet; their IRIs are added to `pending`."""
        prefix = str(PLACE)
        named = {iri for line in lines if prefix in line for iri in _PLACE_IRI.findall(line)}
        new = named - self._described - pending
        if not new:
            return []
        triples = [t for t in places_triples(default_gazetteer(), new) if str(t[0]) not in self._described]
        pending |= {str(triple[0]) for triple in triples}
        return [f"{to_term(s)} {to_term(p)} {to_term(o)} .\n" for s, p, o in triples]

    def _replace_lines(
        self, target: ox.NamedNode, lines: list[str], dropped: list[ox.NamedNode], places: Sequence[str] = ()
    ) -> int:
        """Replace `target` by N-Triples lines whose terms pyoxigraph wrote, dropping `dropped` too,
        and add `places` (lines describing places) to the places graph."""
        # One update request is one transaction: readers see the old graphs or the new one.
        # The data is N-Triples terms serialized by pyoxigraph, never pasted text.
        drops = "".join(f"DROP SILENT GRAPH {other} ; " for other in dropped)
        data = "".join(lines)
        described = f" GRAPH {named_node(str(PLACES_GRAPH))} {{ {''.join(places)} }}" if places else ""
        self.engine.update(
            f"{drops}DROP SILENT GRAPH {target} ; INSERT DATA {{ GRAPH {target} {{ {data} }}{described} }}"
        )
        self.generation += 1
        return len(lines)

    def add_document(self, document: Document) -> LoadResult:
        """Store `document` in its own named graph, replacing an earlier load of the same page."""
        return self.add_documents([document])[0]

    def add_documents(
        self, documents: Sequence[Document], ntriples: Sequence[Sequence[str] | None] = ()
    ) -> list[LoadResult]:
        """Store parsed documents: the new ones in one transaction, each reloaded one in its own.

        A page is keyed by its file name (a URL by its site and path). A page about an organization
        that another loaded page in the same language describes (the same name in the same place:
        a newer copy saved under another name) replaces that page too, and its result names it in
        `superseded`; a page about it in another language is kept beside it (`joined`). Pages that
        look alike without being one organization are kept apart and named in `alike`.
        `ntriples` may give each document's N-Triples lines, as `document_ntriples` wrote them with
        this knowledge base's matcher (None for a document whose lines are to be written here).
        """
        with self._write_lock:
            if self.engine.shared:
                self.follow()  # another process's write first, so that the derived data builds on it
            self._read_saved_coordination()
            try:
                results, written, dropped = self._add_documents(documents, ntriples)
            except BaseException:
                self._identities = None  # read again at the next write: the store holds what it holds
                raise
            if self._deferred is not None:
                self._deferred[0].update(written)
                self._deferred[1].update(dropped)
            else:
                self._derive(written, dropped)
        return results

    @contextlib.contextmanager
    def deferring_derived(self) -> Iterator[None]:
        """Within, writes leave the derived graph (coordination) as it was; it is brought up to date
        once, for every page written, when the block ends (`orgkb load` of many batches).

        A process stopped inside leaves the derived graph out of date, and the next open derives it
        again (as for a store an older orgkb wrote). Readers in the meantime see the old links.
        """
        with self._write_lock:
            if self._deferred is not None:  # already deferring: the outer block derives
                yield
                return
            self._read_saved_coordination()
            self._deferred = (set(), set())
            try:
                yield
            finally:
                written, removed = self._deferred
                self._deferred = None
                self._derive(written, removed - written)

    def _add_documents(
        self, documents: Sequence[Document], ntriples: Sequence[Sequence[str] | None]
    ) -> tuple[list[LoadResult], set[str], set[str]]:
        results: list[LoadResult] = []
        written: set[str] = set()  # the graphs written
        dropped: set[str] = set()  # and those removed, about an organization a page written is about
        pending: set[str] = set()  # the places described by the TriG in `fresh`
        fresh: list[str] = []  # the new pages as TriG: one graph block each, written together
        fresh_places: list[str] = []  # the places they name that the places graph lacks, as N-Triples
        fresh_pages: set[str] = set()  # the graphs of the pages in `fresh`
        fresh_organizations: set[tuple[str, str]] = set()  # and the organizations they are about, by language
        if self._identities is None and (len(documents) > NEAR_IDENTITIES_UP_TO or not self._pages_keyed()):
            pages = self._page_identities()
            if not self._keyed:
                self._give_lookalike_keys(pages)
            self._identities = lookalikes.by_place_and_slug(pages)
        near = lookalikes.NearPages(self._near_identities) if self._identities is None else None
        keys = self._identities if self._identities is not None else {}
        written_here: dict[str, Document] = {}  # the pages of this write, by graph: their duties are not stored yet
        for number, document in enumerate(documents):
            graph = named_node(str(document_iri(document)))
            organization = str(organization_iri(document))
            identity = lookalikes.PageIdentity(
                graph.value,
                document.source,
                organization,
                str(KIND[document.kind.value]),
                document.language,
                regional_slugs(document),
            )
            if near is not None:
                keys = near.keys(identity)
            partner, agreements = self._by_duties(document, identity, keys, written_here, fresh_organizations)
            if partner is not None:  # one office by its duties: its page is written as the partner's
                organization = partner.organization
                identity = dataclasses.replace(identity, organization=organization, also=())
                if near is not None:
                    keys = near.keys(identity)
                lines = document_ntriples(document, self.matcher, URIRef(organization))
            else:
                given = ntriples[number] if number < len(ntriples) else None
                lines = list(given) if given is not None else document_ntriples(document, self.matcher)
            written_here[graph.value] = document
            if graph.value in fresh_pages or (organization, document.language) in fresh_organizations:
                # the same page or organization twice in one batch: write the first, the last one wins
                self._insert_graphs(fresh, fresh_places, fresh_pages, pending)
                fresh, fresh_places, fresh_pages, fresh_organizations, pending = [], [], set(), set(), set()
            existed = self.engine.has_graph(graph)
            about = {page: found for page, found in self._pages_about(organization).items() if page != graph.value}
            older = {page: file for page, (file, language) in about.items() if language == document.language}
            joined = tuple(sorted(file for file, language in about.values() if language != document.language))
            said = {other: found.describe() + _below(found) for other, found in agreements.items()}
            alike = tuple(lookalikes.lookalikes(identity, lookalikes.candidates(identity, keys, set(older)), said))
            if partner is not None:
                joined = tuple(file for file in joined if file != partner.file)
                alike = (
                    f"joins {partner.file}: the same office in another language, though the names do not say so"
                    f" ({agreements[partner.graph].describe()}); both pages kept",
                    *alike,
                )
            for page in older:
                lookalikes.discard(keys, page)
            lookalikes.add(keys, identity)
            if near is not None:
                near.written(identity, older.keys())
            written.add(graph.value)
            dropped |= older.keys()
            if existed or older:
                described: set[str] = set()
                places = self._place_lines(lines, described)
                count = self._replace_lines(graph, lines, [named_node(page) for page in older], places)
                self._described |= described
                results.append(
                    LoadResult(
                        document.source,
                        document,
                        count,
                        replaced=existed,
                        superseded=tuple(sorted(older.values())),
                        joined=joined,
                        alike=alike,
                    )
                )
                continue
            fresh += [f"{graph} {{\n", *lines, "}\n"]
            fresh_places += self._place_lines(lines, pending)
            fresh_pages.add(graph.value)
            fresh_organizations.add((organization, document.language))
            results.append(LoadResult(document.source, document, len(lines), joined=joined, alike=alike))
        if fresh:
            self._insert_graphs(fresh, fresh_places, fresh_pages, pending)
        return results, written, dropped - written

    def _insert_graphs(self, trig: list[str], places: list[str], pages: set[str], described: set[str]) -> None:
        """Write the new graphs of `pages`, given as TriG of pyoxigraph-written terms, and `places`
        (N-Triples lines describing `described`) into the places graph.

        Up to `bulk.BULK_FROM` pages (or into a store that is not an embedded one), in one
        transaction; more through Oxigraph's bulk loader, journalled so that each page is all in
        or all out (`orgkb.kb.store.bulk`), the places first in a transaction of their own (a place
        described without a page naming it is harmless).
        """
        places_graph = named_node(str(PLACES_GRAPH))
        described_places = [f"{places_graph} {{\n", *places, "}\n"] if places else []
        raw = self._bulk_store()
        if raw is None or len(pages) < bulk.BULK_FROM:
            self.engine.insert_trig("".join([*trig, *described_places]))
        else:
            if described_places:
                self.engine.insert_trig("".join(described_places))
            bulk.bulk_insert(raw, "".join(trig), pages)
        self._described |= described
        self.generation += 1

    def _by_duties(
        self,
        document: Document,
        page: lookalikes.PageIdentity,
        keys: dict[str, list[lookalikes.PageIdentity]],
        written_here: Mapping[str, Document],
        fresh_organizations: set[tuple[str, str]],
    ) -> tuple[lookalikes.PageIdentity | None, dict[str, DutyAgreement]]:
        """The page of another language that `page` is one office with by its duties (the names
        allowing it: `lookalikes.may_be_one`), and how far its duties align with each page the names
        allow; None when no page's duties agree enough, or the page is one with another already."""
        others = [other for other in lookalikes.candidates(page, keys, set()) if lookalikes.may_be_one(page, other)]
        if not others or any(language != page.language for _, language in self._other_pages(page.organization, page)):
            return None, {}
        mine = document_duties(document, self.matcher)
        if self._broader is None:
            self._broader = broader_matters(self.select("matter_broader"))
        found: dict[str, DutyAgreement] = {}
        best: lookalikes.PageIdentity | None = None
        for other in others:
            stored = written_here.get(other.graph)
            theirs = (
                document_duties(stored, self.matcher)
                if stored is not None
                else page_duties_in(self.select, other.graph)
            )
            found[other.graph] = agreed = agreement(mine, page.language, theirs, self._broader)
            taken = (other.organization, document.language) in fresh_organizations or any(
                language == document.language for _, language in self._other_pages(other.organization, page)
            )  # the partner's organization has a page in this language: this one would replace it
            if agreed.one_office and not taken and (best is None or agreed.score > found[best.graph].score):
                best = other
        return best, found

    def _other_pages(self, organization: str, page: lookalikes.PageIdentity) -> list[tuple[str, str]]:
        """The loaded pages about `organization` but `page` itself (written again): (file, language)."""
        return [found for graph, found in self._pages_about(organization).items() if graph != page.graph]

    def _pages_about(self, organization: str) -> dict[str, tuple[str, str]]:
        """The loaded pages about `organization`: graph IRI -> (file name, language)."""
        rows = self.select("pages_about", org=URIRef(organization))
        return {str(row["graph"]): (str(row["file"]), str(row.get("language") or "en")) for row in rows}

    def _page_identities(self) -> list[lookalikes.PageIdentity]:
        """Every loaded page as identity sees it (one query at a large write, or at a write into a
        store whose pages may lack their lookalike keys; the writes after it keep them, `_identities`)."""
        found: dict[str, lookalikes.PageIdentity] = {}
        for row in self.select("page_identities"):  # a page whose place is unsure: a row per "unsure:" key
            page = _page_identity(row)
            if (known := found.get(page.graph)) is not None:
                page = dataclasses.replace(known, also=tuple(dict.fromkeys((*known.also, *page.also))))
            found[page.graph] = page
        return list(found.values())

    def _pages_keyed(self) -> bool:
        """Whether every loaded page carries its lookalike keys: so when this code derived the
        derived graph (a whole derive gives every page its keys, `_give_lookalike_keys`, and this
        code's writes write them). One lookup at the first write of a process, not a count of pages."""
        if not self._keyed:
            stored = self.select("derived_state")
            self._keyed = len(stored) == 1 and stored[0].get("code") == derive_digest()
        return self._keyed

    def _give_lookalike_keys(self, pages: Sequence[lookalikes.PageIdentity] | None = None) -> None:
        """Write the lookalike keys of every loaded page (`pages`, when read already) into its graph
        when some pages lack them (a store loaded by an orgkb older than them: counted first, so a
        store whose pages have them is not written); a page's keys written again change nothing."""
        counts = self.select("pages_keyed")
        if counts and counts[0].get("pages") != counts[0].get("keyed"):
            predicate = named_node(str(ORGKB.lookalikeKey))
            quads = (
                ox.Quad(named_node(page.graph), predicate, ox.Literal(key), named_node(page.graph))
                for page in (pages if pages is not None else self._page_identities())
                for key in lookalike_keys.found_under(page.organization, page.also)
            )
            while chunk := list(itertools.islice(quads, LARGE_CHANGE * 50)):
                self.engine.insert(chunk)
            self.generation += 1
        self._keyed = True

    def _near_identities(self, page: lookalikes.PageIdentity) -> list[lookalikes.PageIdentity]:
        """The loaded pages found under the keys `page` looks under (its place, its name in places
        of its place's name, its name where places are unsure): one query bound to each key, which
        the store answers from its index (`lookalikes.NearPages`)."""
        found: dict[str, lookalikes.PageIdentity] = {}
        for key in lookalike_keys.looks_under(page.organization, page.also):
            for row in self.rows("page_identities_keyed", key=key):
                other = _page_identity(row)  # one found under a kind its name is in a region: that kind
                known = found.setdefault(other.graph, other)
                if other.also and other.also[0] not in known.also:
                    found[other.graph] = dataclasses.replace(known, also=(*known.also, *other.also))
        return list(found.values())

    def add_reads(self, reads: Sequence[PageRead]) -> BatchReport:
        """Store the pages of `reads` that parsed (read by `orgkb.loading.load_paths` or `orgkb load`),
        the new ones together; the report keeps their order, with the pages that failed to parse."""
        report = BatchReport()
        parsed: list[tuple[int, PageRead]] = []
        for read in reads:
            if read.document is not None:
                parsed.append((len(report.results), read))
            report.results.append(LoadResult(read.source, error=read.error))
        documents = [read.document for _, read in parsed if read.document is not None]
        ntriples = [read.ntriples if self._thesaurus_matched else None for _, read in parsed]
        stored = self.add_documents(documents, ntriples)
        for (index, _), result in zip(parsed, stored, strict=True):
            result.source = report.results[index].source
            report.results[index] = result
        return report

    def remove_document(self, source: str) -> bool:
        """Forget a loaded page, named as it was loaded (its path or URL), by its id (`source/...`)
        or IRI, or by the name a document built in code was given; False when no such page was loaded."""
        with self._write_lock:
            if self.engine.shared:
                self.follow()
            graph = next(
                (found for found in _graphs_named(source) if self.engine.has_graph(named_node(str(found)))), None
            )
            if graph is None:
                return False
            self._read_saved_coordination()
            self.engine.remove_graph(named_node(str(graph)))
            if self._identities is not None:
                lookalikes.discard(self._identities, str(graph))
            self.generation += 1
            self._derive(set(), {str(graph)})
        return True

    # -- derived data --------------------------------------------------------------------------
    def _derive(self, written: set[str] | None = None, removed: Iterable[str] = ()) -> None:
        """Bring the derived graph up to date after a write of the pages `written` and `removed`
        (graph IRIs); None reads every page again."""
        if written is not None and not written and not removed:
            return
        coordination = self._coordination
        if coordination is None or self._translations is None or written is None or not coordination.versions:
            # read whole (an empty coordination too: a load's end), its rows as they come
            self._give_lookalike_keys()  # before the graph says this code derived it: its pages have them
            self._coordination = coordination = Coordination(self.rows)
            self._translations = Translations(self.select)
            change = coordination.rebuild(self.rows)
            aligned = self._translations.rebuild(self.select)
            self._write_derived(Change([], change.added + aligned.added), whole=True, links=coordination.quads())
        else:
            with persisted.collector_paused(freeze=True):  # no walks of the whole process for a page's objects
                change = coordination.update(self.rows, written, removed)
                aligned = self._translations.update(self.select, written, removed)
                self._write_derived(Change(change.removed + aligned.removed, change.added + aligned.added))

    def _write_derived(self, change: Change, whole: bool = False, links: Iterable[ox.Quad] = ()) -> None:
        """Apply `change` to the derived graph (replacing the graph when `whole`), and add `links`
        (quads made as they are written: a rebuild's every link).

        A small change is one transaction; a large one is three: the removals, then the links
        added through the bulk loader (`Store.bulk_extend`: a SPARQL `INSERT DATA` of 100,000
        triples costs several times more to parse than to apply, and a transaction of them twice
        as much as the bulk loader; it takes them as they come), then what the graph says about
        itself (the fingerprint of the pages it was derived from) in a transaction of its own,
        last: a process stopped before it leaves a graph that the next open finds out of date and
        derives again.
        """
        made = iter(links)
        head = list(itertools.islice(made, LARGE_CHANGE + 1))  # whether the links make a large change
        added = [*change.added, *head]
        removed = as_ntriples(change.removed)
        if whole:
            self._drop_derived()
        parts = [f"DELETE DATA {{ GRAPH {DERIVED} {{ {removed} }} }}"] if removed else []
        large = len(added) > LARGE_CHANGE
        if added and not large:
            parts.append(f"INSERT DATA {{ GRAPH {DERIVED} {{ {as_ntriples(added)} }} }}")
        # The data is terms pyoxigraph wrote, never pasted text.
        if parts:
            self.engine.update(" ; ".join(parts))
        if large:
            rest = itertools.chain((quad for quad in added if quad.subject != DERIVED), made)
            raw = self._bulk_store()
            if raw is None:
                while chunk := list(itertools.islice(rest, LARGE_CHANGE * 50)):
                    self.engine.insert(chunk)
            else:
                raw.bulk_extend(rest)
            self.engine.insert([quad for quad in added if quad.subject == DERIVED])
        self.generation += 1
        if self._coordination is not None:
            self._seen = self._coordination.fingerprint

    def _drop_derived(self) -> None:
        """Empty the derived graph in transactions of `DROP_CHUNK` quads each, what it says about
        itself first, so that a process stopped midway leaves a graph the next open finds out of
        date. One `DROP GRAPH` is one transaction: on the national store (tens of millions of link
        quads) it held 9 GB more than the derive when it was stopped after 25 minutes."""
        self.engine.update(f"DELETE WHERE {{ GRAPH {DERIVED} {{ {DERIVED} ?p ?o }} }}")
        quads = self.engine.quads(DERIVED)
        while chunk := list(itertools.islice(quads, DROP_CHUNK)):
            self.engine.update(
                f"DELETE DATA {{ GRAPH {DERIVED} {{ {as_ntriples(chunk)} }} }}"
            )  # terms pyoxigraph wrote

    def _bulk_store(self) -> ox.Store | None:
        """The Oxigraph store to bulk load into: an embedded one this process writes (else None)."""
        engine = self.engine
        return engine.store if isinstance(engine, EmbeddedEngine) and not engine.read_only else None

    def content_state(self) -> tuple[int, str | None]:
        """The generation, and the fingerprint of every loaded page as loaded (the digest the derived
        graph keeps); None while writes leave the derived graph behind (`deferring_derived`)."""
        with self._write_lock:
            if self._deferred is not None:
                return self.generation, None
            return self.generation, self._stored_fingerprint()

    def _read_saved_coordination(self) -> None:
        """Before the first write of this process: the coordination saved beside the store for its
        pages as they are, if there is one (else that write reads every page again). Read then,
        not when the store is opened, so that a server starts without it."""
        if self._coordination is not None or self._deferred is not None:
            return
        state = self.content_state()[1]
        found = None
        if state and self.path is not None:
            with persisted.collector_paused(freeze=True):  # as `persisted.read`: what is read lives long
                found = saved.read(self.path, COORDINATION_CODE, state)
        if found is not None and found[0].fingerprint == state:
            self._saved_coordination = state
            self._coordination, self._translations = found

    def save_derived(self) -> None:
        """Save the coordination (and the duties' alignment across languages) of a directory store
        beside it (`orgkb.kb.store.persisted`), so that the next process to open it adds a page to it
        without reading every page again."""
        with self._write_lock:
            state = self.content_state()[1]
            if self.path is None or self._coordination is None or self._translations is None or state is None:
                return
            if state != self._saved_coordination and self._coordination.fingerprint == state:
                saved.write(self.path, COORDINATION_CODE, state, self._coordination, self._translations)
                self._saved_coordination = state

    def _derived_is_current(self) -> bool:
        """Whether the derived graph was derived from the documents loaded, as they are, by this
        code (`derive_code`: a graph other code derived is derived again)."""
        stored = self.select("derived_state")
        if len(stored) != 1 or stored[0].get("code") != derive_digest():
            return False
        loaded = [version for found in versions(self.select, None).values() for version in found]
        return str(stored[0]["fingerprint"]) == fingerprint(loaded)

    # -- reading ---------------------------------------------------------------------------
    def derived(self, key: Hashable, build: Callable[[], T]) -> T:
        """`build()`, computed at most once for this state of the store (`generation`) and `key`.

        Thread-safe; the value is dropped at the next write. It is shared: do not mutate it.

        >>> kb = KnowledgeBase()
        >>> kb.derived("answer", lambda: [42]) is kb.derived("answer", lambda: [0])
        True
        """
        return self._derived.get(self.generation, key, build)

    def derived_if_built(self, key: Hashable) -> tuple[bool, Any]:
        """(True, the value) when `derived(key, ...)` was built for this state, else (False, None)."""
        return self._derived.peek(self.generation, key)

    def select(self, name: str, **bindings: object) -> list[dict[str, Value]]:
        """Rows of the named SELECT query, with `bindings` substituted for its variables."""
        return list(self.rows(name, **bindings))

    def rows(self, name: str, **bindings: object) -> Iterator[dict[str, Value]]:
        """The rows of `select`, made as they are read (not held together: every page's duties)."""
        variables, results = self.engine.select(named_query(name), substitutions(bindings))
        for solution in results:
            yield {key: from_ox(term) for key, term in zip(variables, solution, strict=True) if term is not None}

    def ask(self, name: str, **bindings: object) -> bool:
        return self.engine.ask(named_query(name), substitutions(bindings))

    def documents(self) -> list[str]:
        """The IRIs of the loaded source documents."""
        prefix = str(SOURCE)
        return sorted(graph.value for graph in self.engine.named_graphs() if graph.value.startswith(prefix))

    def dump(self, format: ExportFormat = "nquads", graph: URIRef | None = None) -> bytes:
        """The store (or one graph) serialized; triple formats merge every graph."""
        if format not in _FORMATS:
            raise OrgkbError(f"unknown export format {format!r}; expected one of {sorted(_FORMATS)}")
        rdf_format = _FORMATS[format]
        if graph is not None:
            return self.engine.dump(rdf_format, named_node(str(graph)))
        if rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            return self.engine.dump(rdf_format)
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self.engine.quads()}
        return ox.serialize(triples, format=rdf_format, prefixes=PREFIXES) or b""

    def quads(self) -> Iterator[ox.Quad]:
        return self.engine.quads()

    def __len__(self) -> int:
        return self.engine.count()

    def flush(self) -> None:
        self.engine.flush()

    def close(self) -> None:
        """Let go of the store (a remote store's connections); the knowledge base is unusable after."""
        self.engine.close()

    @property
    def store(self) -> ox.Store:
        """The Oxigraph store of an embedded knowledge base; `StoreError` for a remote one."""
        store = getattr(self.engine, "store", None)
        if not isinstance(store, ox.Store):
            raise StoreError("this knowledge base is kept by a SPARQL server, not an Oxigraph store in this process")
        return store

    # -- several processes, one store --------------------------------------------------------------
    def follow(self) -> bool:
        """Notice what other processes wrote to a shared store (`engine.shared`): True when it
        changed since this process last wrote or looked, and then every value `derived` kept is
        dropped, and the coordination is read again at the next write. One cheap query."""
        self.engine.refresh()
        seen = self._stored_fingerprint()
        with self._write_lock:
            if seen == self._seen:
                return False
            self._seen = seen
            self.generation += 1
            self._described = self._described_places()
            self._coordination = None
            self._translations = None
            self._identities = None
            self._keyed = False
        return True

    def _stored_fingerprint(self) -> str | None:
        stored = self.select("derived_state")
        return str(stored[0]["fingerprint"]) if len(stored) == 1 else None


def _below(found: DutyAgreement) -> str:
    """What a report adds to an agreement too weak to make two pages one office."""
    return f", below {DUTY_THRESHOLD}" if found.comparable and not found.one_office else ""


def _page_identity(row: Mapping[str, Value]) -> lookalikes.PageIdentity:
    """A page's identity from a row of `page_identities` or `page_identities_keyed`."""
    language, organization = str(row.get("language") or "en"), str(row["org"])
    key = row.get("key")
    also = lookalike_keys.also_of(organization, [str(key)]) if key is not None else ()
    return lookalikes.PageIdentity(str(row["graph"]), str(row["file"]), organization, str(row["kind"]), language, also)


def _graphs_named(source: str) -> list[URIRef]:
    """The document IRIs `source` may name: an IRI or id as it is, else the key of a path or URL
    (`orgkb.loaders.identity.keys`), then of a name."""
    if source.startswith(str(SOURCE)):
        return [URIRef(source)]
    if source.startswith("source/"):
        return [SOURCE[source.removeprefix("source/")]]
    return list(dict.fromkeys([SOURCE[source_key(source)], SOURCE[name_key(source)]]))
