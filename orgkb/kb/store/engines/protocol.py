"""The protocol engine: any SPARQL 1.1 server, through the SPARQL 1.1 protocol over httpx.

Queries go to the query endpoint (answers as SPARQL JSON results, parsed by pyoxigraph into
the same terms the embedded engine gives), writes to the update endpoint, each write one update
request (one transaction on the server), and the vocabularies to the graph store endpoint when
there is one. The protocol has no parameters: a query's bound values are put in a `VALUES`
block at the start of its `WHERE` group, as pyoxigraph-serialized terms. Only graphs under
orgkb's own IRIs are read back (`quads`, `count`, `dump`), so the store may hold other data too.
What differs between servers is in `quirks`.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby, islice
from pathlib import Path

import httpx
import pyoxigraph as ox

from orgkb.errors import RemoteStoreError, StoreError
from orgkb.kb.store.engines.base import Rows, Substitutions, as_ntriples
from orgkb.kb.store.engines.quirks import QUIRKS, Quirks, recognize
from orgkb.ontology.namespace import BASE

TIMEOUT_SECONDS = 60.0
_JSON = "application/sparql-results+json"
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"^[ \t]*#[^\n]*$", re.MULTILINE)
_OURS = ox.Literal(BASE)


@dataclass(frozen=True)
class Endpoints:
    """The URLs of one SPARQL store: its query, update and (optional) graph store endpoints."""

    query: str
    update: str
    graph_store: str | None = None
    engine: str | None = None  # the quirks to use; None: recognize the server
    timeout: float = TIMEOUT_SECONDS

    @classmethod
    def parse(cls, location: str) -> Endpoints:
        """The endpoints a `--store` value names: a server's URL, or `query=URL update=URL ...`.

        `http://host:7878` (Oxigraph's layout) means `/query`, `/update` and `/store` under it; a
        URL ending in `/sparql` (Virtuoso's) is both the query and the update endpoint. The
        explicit form names each: `query=URL update=URL [store=URL] [engine=NAME] [timeout=S]`.
        Raises `StoreError` for a form it cannot read.

        >>> Endpoints.parse("http://127.0.0.1:7878").update
        'http://127.0.0.1:7878/update'
        >>> Endpoints.parse("http://db:8890/sparql").graph_store is None
        True
        """
        if "=" not in location:
            if not _is_url(location):
                raise StoreError(f"--store {location!r}: expected a URL such as http://127.0.0.1:7878")
            url = location.rstrip("/")
            if url.endswith("/sparql"):
                return cls(url, url)
            return cls(url + "/query", url + "/update", url + "/store")
        fields: dict[str, str] = {}
        for part in location.split():
            key, equals, value = part.partition("=")
            if not equals or key not in ("query", "update", "store", "engine", "timeout"):
                expected = "query=, update=, store=, engine=, timeout="
                raise StoreError(f"--store {location!r}: {part!r} is not one of {expected}")
            fields[key] = value
        if "query" not in fields or "update" not in fields:
            raise StoreError(f"--store {location!r}: expected at least query=URL and update=URL")
        for key in ("query", "update", "store"):
            if key in fields and not _is_url(fields[key]):
                raise StoreError(f"--store {location!r}: {key}={fields[key]!r} is not an http(s) URL")
        if "engine" in fields and fields["engine"] not in QUIRKS:
            raise StoreError(f"--store {location!r}: engine= expects one of {', '.join(QUIRKS)}")
        try:
            timeout = float(fields.get("timeout", TIMEOUT_SECONDS))
        except ValueError:
            timeout = 0.0
        if not timeout > 0:
            raise StoreError(f"--store {location!r}: timeout= expects a number of seconds above 0")
        return cls(fields["query"], fields["update"], fields.get("store"), fields.get("engine"), timeout)


def is_remote(location: str) -> bool:
    """Whether a `--store` value names a SPARQL server rather than a directory."""
    return _is_url(location) or location.lstrip().startswith("query=")


def _is_url(text: str) -> bool:
    return bool(re.match(r"https?://[^\s/]+", text))


def bound(query: str, substitutions: Substitutions) -> str:
    """`query` with `substitutions` as a `VALUES` block opening its `WHERE` group.

    >>> bound("SELECT ?name WHERE { ?org <http://n> ?name }", {ox.Variable("org"): ox.NamedNode("http://o")})
    'SELECT ?name WHERE { VALUES (?org) { (<http://o>) } ?org <http://n> ?name }'
    """
    if not substitutions:
        return query
    found = _WHERE.search(_COMMENT_LINE.sub(lambda line: " " * len(line.group()), query))
    if found is None:
        raise StoreError("a query with bound values needs a WHERE clause to bind them in")
    names = " ".join(f"?{variable.value}" for variable in substitutions)
    values = " ".join(str(term) for term in substitutions.values())
    return f"{query[: found.end()]} VALUES ({names}) {{ ({values}) }}{query[found.end() :]}"


class ProtocolEngine:
    """A SPARQL 1.1 server at `endpoints`. Raises `RemoteStoreError` (one line) for every failure
    to reach it or every request it refuses."""

    path: Path | None = None
    shared = True

    def __init__(self, endpoints: Endpoints, client: httpx.Client | None = None, read_only: bool = False) -> None:
        self.endpoints = endpoints
        self.read_only = read_only  # reads only: no update or graph store request is sent
        self.client = client if client is not None else httpx.Client(timeout=endpoints.timeout)
        self._finalizer = weakref.finalize(self, self.client.close)  # its connections close with it
        self._quirks: Quirks | None = QUIRKS[endpoints.engine] if endpoints.engine else None

    @property
    def quirks(self) -> Quirks:
        """The server's quirks (asking it, the first time, who it is)."""
        if self._quirks is None:
            answer = self._send("GET", self.endpoints.query, "query", params={"query": "ASK {}"})
            self._quirks = recognize(answer.headers.get("server"))
        return self._quirks

    # -- the protocol -------------------------------------------------------------------------
    def _send(self, method: str, url: str, what: str, **request: object) -> httpx.Response:
        if self.read_only and what != "query":
            raise RemoteStoreError(url, f"was opened read-only: the {what} was not sent")
        try:
            response = self.client.request(method, url, **request)  # type: ignore[arg-type]
        except httpx.TimeoutException:
            raise RemoteStoreError(url, f"did not answer the {what} within {self.endpoints.timeout:g} s") from None
        except httpx.HTTPError as error:
            raise RemoteStoreError(url, f"cannot be reached: {error or type(error).__name__}") from None
        if response.status_code >= 400:
            said = next((line.strip() for line in response.text.splitlines() if line.strip()), response.reason_phrase)
            raise RemoteStoreError(url, f"refused the {what} (HTTP {response.status_code}): {said[:200]}")
        return response

    def _query(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean:
        answer = self._send(
            "POST",
            self.endpoints.query,
            "query",
            params=dict(self.quirks.query_parameters),
            data={"query": query},
            headers={"Accept": _JSON},
        )
        try:
            return ox.parse_query_results(answer.content, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as error:
            said = f"answered something other than SPARQL results: {error}"
            raise RemoteStoreError(self.endpoints.query, said) from None

    def select(self, query: str, substitutions: Substitutions) -> Rows:
        results = self._query(bound(query, substitutions))
        if not isinstance(results, ox.QuerySolutions):
            raise StoreError("the query is not a SELECT query")
        return [variable.value for variable in results.variables], results

    def ask(self, query: str, substitutions: Substitutions) -> bool:
        answer = self._query(bound(query, substitutions))
        if isinstance(answer, ox.QuerySolutions) and self.quirks.ask_as_rows:
            row = next(iter(answer), None)
            return row is not None and isinstance(row[0], ox.Literal) and row[0].value in ("1", "true")
        return bool(answer)

    def update(self, update: str) -> None:
        self._send("POST", self.endpoints.update, "update", data={self.quirks.update_field: update})

    # -- writing --------------------------------------------------------------------------------
    def insert_trig(self, trig: str) -> None:
        quads = list(ox.parse(trig, format=ox.RdfFormat.TRIG, lenient=True))
        self.update(_insert_data(quads))

    def insert(self, quads: Sequence[ox.Quad]) -> None:
        given = iter(quads)
        while chunk := list(islice(given, self.quirks.insert_triples)):
            self.update(_insert_data(chunk))

    def load_turtle(self, data: bytes, graph: ox.NamedNode) -> None:
        if self.endpoints.graph_store is not None:
            self._send(
                "PUT",
                self.endpoints.graph_store,
                "graph",
                params={"graph": graph.value},
                content=data,
                headers={"Content-Type": "text/turtle"},
            )
            return
        triples = ox.parse(data, format=ox.RdfFormat.TURTLE)
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
        self.update(f"DROP SILENT GRAPH {graph} ; {_insert_data(quads)}")

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    # -- reading --------------------------------------------------------------------------------
    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self.ask("ASK WHERE { GRAPH ?graph { ?s ?p ?o } }", {ox.Variable("graph"): graph})

    def named_graphs(self) -> list[ox.NamedNode]:
        graphs = self.quirks.graphs_pattern
        query = f"SELECT DISTINCT ?graph WHERE {{ GRAPH ?graph {graphs} FILTER(STRSTARTS(STR(?graph), ?ours)) }}"
        _, rows = self.select(query, {ox.Variable("ours"): _OURS})
        return [row[0] for row in rows if isinstance(row[0], ox.NamedNode)]

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        query = "SELECT ?s ?p ?o ?graph WHERE { GRAPH ?graph { ?s ?p ?o } FILTER(STRSTARTS(STR(?graph), ?ours)) }"
        bindings: Substitutions = {ox.Variable("ours"): _OURS}
        if graph is not None:
            bindings[ox.Variable("graph")] = graph
        _, rows = self.select(query, bindings)
        for s, p, o, g in rows:
            if isinstance(s, ox.NamedNode | ox.BlankNode) and isinstance(p, ox.NamedNode) and o is not None:
                yield ox.Quad(s, p, o, g if isinstance(g, ox.NamedNode) else graph)

    def dump(self, format: ox.RdfFormat, graph: ox.NamedNode | None = None) -> bytes:
        if graph is not None:
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in self.quads(graph)]
            return ox.serialize(triples, format=format) or b""
        return ox.serialize(list(self.quads()), format=format) or b""

    def count(self) -> int:
        query = "SELECT (COUNT(*) AS ?count) WHERE { GRAPH ?graph { ?s ?p ?o } FILTER(STRSTARTS(STR(?graph), ?ours)) }"
        _, rows = self.select(query, {ox.Variable("ours"): _OURS})
        found = next(iter(rows), None)
        return int(found[0].value) if found is not None and isinstance(found[0], ox.Literal) else 0

    def refresh(self) -> None:
        """Nothing to do: every request reads the server as it is."""

    def flush(self) -> None:
        """Nothing to do: the server made each update durable before it answered."""

    def close(self) -> None:
        self._finalizer()


def _insert_data(quads: Sequence[ox.Quad]) -> str:
    """One `INSERT DATA` of `quads`, a `GRAPH` block per graph, their terms as pyoxigraph writes them."""
    blocks = []
    for graph, members in groupby(sorted(quads, key=lambda quad: str(quad.graph_name)), key=lambda q: q.graph_name):
        triples = as_ntriples(members)
        blocks.append(f"GRAPH {graph} {{\n{triples}}}" if isinstance(graph, ox.NamedNode) else triples)
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"
