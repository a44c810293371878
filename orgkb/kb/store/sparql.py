"""Read-only SPARQL over the knowledge base, for people who would rather write SPARQL than GraphQL.

A query is the user's own text, run as it is (nothing of ours is pasted into it) over the
union of every graph, with three guards: updates are refused (Oxigraph's query API runs
queries only), federated `SERVICE` calls are refused (they would make the server fetch URLs
of the caller's choosing), and an answer longer than `max_rows` rows or triples is refused
with a hint to add a LIMIT instead of being cut silently.

>>> kb = KnowledgeBase()
>>> run_sparql(kb, "ASK { ?s ?p ?o }").media_type
'application/sparql-results+json'
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

import pyoxigraph as ox

from orgkb.errors import QueryError, checked_text
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.ontology.namespace import PREFIXES

MAX_QUERY_LENGTH = 20_000
MAX_ROWS = 10_000

_SOLUTION_FORMATS = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name != "id"}  # in output, id: would escape every '/'
_UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE)

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
T = TypeVar("T")


@dataclass(frozen=True)
class SparqlResult:
    """A serialized answer and its media type."""

    body: bytes
    media_type: str


def run_sparql(kb: KnowledgeBase, query: str, accept: str | None = None, max_rows: int = MAX_ROWS) -> SparqlResult:
    """Run a read-only SPARQL query and serialize its answer in the first format `accept` names.

    Raises `QueryError` for an empty, over-long or malformed query, an update, a `SERVICE`
    call, an answer above `max_rows`, or an `accept` naming no format this kind of answer has.
    Nothing here bounds its time or memory: the server runs user queries through
    `orgkb.web.sparql`'s worker processes, which do.
    """
    return run_on_store(kb.store, query, accept, max_rows)


def run_on_store(store: ox.Store, query: str, accept: str | None = None, max_rows: int = MAX_ROWS) -> SparqlResult:
    """`run_sparql` over a bare Oxigraph store (a worker's read-only snapshot of the knowledge base)."""
    text = _checked(query)
    try:
        results = store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as error:
        prologue = _PROLOGUE.match(text)  # matches at every position, if only the empty string
        if _UPDATE.match(text, prologue.end() if prologue else 0):
            raise QueryError("query", query, "is a SPARQL update; this endpoint is read-only") from None
        raise QueryError("query", query, f"is not a SPARQL 1.1 query: {_one_line(error)}") from None
    try:
        return _serialized(results, accept, max_rows, query)
    except QueryError as error:
        refused = error.with_traceback(None)
    # Oxigraph's answers may only be dropped on the thread that made them: no traceback keeps one.
    del results
    raise refused


def _serialized(
    results: ox.QueryBoolean | ox.QuerySolutions | ox.QueryTriples, accept: str | None, max_rows: int, query: str
) -> SparqlResult:
    if isinstance(results, ox.QueryBoolean):
        return _boolean(bool(results), _pick(accept, _SOLUTION_FORMATS, "boolean"))
    if isinstance(results, ox.QuerySolutions):
        chosen = _pick(accept, _SOLUTION_FORMATS, "SELECT")
        variables = [variable.value for variable in results.variables]
        return _solutions(variables, _capped(results, max_rows, "rows", query), chosen)
    chosen = _pick(accept, _GRAPH_FORMATS, "CONSTRUCT or DESCRIBE")
    triples = _capped(results, max_rows, "triples", query)
    body = ox.serialize(triples, format=_GRAPH_FORMATS[chosen], prefixes=_PREFIXES) or b""
    return SparqlResult(body, chosen)


def _checked(query: str) -> str:
    text = checked_text(
        "query", query, MAX_QUERY_LENGTH, "is empty; send a SPARQL query such as 'SELECT * WHERE { ?s ?p ?o } LIMIT 10'"
    )
    if _calls_service(text):
        raise QueryError("query", query, "may call SERVICE; this endpoint does not run federated queries")
    return text


def _calls_service(text: str) -> bool:
    """Whether the query has a SERVICE pattern anywhere (read from its syntax tree, not its words)."""
    if "service" not in text.lower():
        return False  # the keyword cannot be there: skip parsing
    from pyparsing import ParseException, ParseResults
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    def names(node: object) -> Iterator[str]:
        if isinstance(node, CompValue):
            yield node.name
            for value in node.values():
                yield from names(value)
        elif isinstance(node, (list, tuple, ParseResults)):
            for child in node:
                yield from names(child)

    try:
        tree = parseQuery(text)
    except ParseException:
        return True  # it says "service" in a form rdflib cannot read: SERVICE cannot be ruled out
    return "ServiceGraphPattern" in set(names(tree))


def _pick(accept: str | None, formats: Mapping[str, object], kind: str) -> str:
    """The first media type in `accept` (by quality, then order) that `formats` has; the first of them by default."""
    wanted = _media_ranges(accept)
    if not wanted:
        return next(iter(formats))
    for media_range in wanted:
        prefix = "" if media_range == "*/*" else media_range.removesuffix("*") if media_range.endswith("/*") else None
        for media in formats:
            if media == media_range or (prefix is not None and media.startswith(prefix)):
                return media
    raise QueryError("accept", accept, f"names no format of a {kind} answer; ask for one of {', '.join(formats)}")


def _media_ranges(accept: str | None) -> list[str]:
    ranges: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept or "").split(",")):
        media, _, parameters = part.strip().partition(";")
        quality = 1.0
        for parameter in parameters.split(";"):
            key, _, value = parameter.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranges.append((-quality, index, media.strip().lower()))
    return [media for _, _, media in sorted(ranges)]


def _capped(results: Iterable[T], max_rows: int, what: str, query: str) -> list[T]:
    taken = list(islice(results, max_rows + 1))
    if len(taken) > max_rows:
        raise QueryError("query", query, f"returns more than {max_rows} {what}; add a LIMIT (and OFFSET to page)")
    return taken


def _boolean(value: bool, media_type: str) -> SparqlResult:
    if _SOLUTION_FORMATS[media_type] == "json":
        return SparqlResult(json.dumps({"head": {}, "boolean": value}).encode("utf-8"), media_type)
    return SparqlResult(("true" if value else "false").encode("utf-8") + b"\n", media_type)


def _solutions(variables: list[str], rows: list[ox.QuerySolution], media_type: str) -> SparqlResult:
    kind = _SOLUTION_FORMATS[media_type]
    if kind == "json":
        bindings = [{name: _json_term(row[name]) for name in variables if row[name] is not None} for row in rows]
        payload = {"head": {"vars": variables}, "results": {"bindings": bindings}}
        return SparqlResult(json.dumps(payload, ensure_ascii=False).encode("utf-8"), media_type)
    out = io.StringIO()
    if kind == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow(["" if row[name] is None else _csv_value(row[name]) for name in variables])
    else:
        out.write("\t".join(f"?{name}" for name in variables) + "\n")
        for row in rows:
            out.write("\t".join("" if row[name] is None else str(row[name]) for name in variables) + "\n")
    return SparqlResult(out.getvalue().encode("utf-8"), media_type)


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        shown: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            shown["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            shown["datatype"] = term.datatype.value
        return shown
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def _csv_value(term: Term) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
