"""What differs between SPARQL 1.1 servers, in one place: each server's quirks as data.

The protocol leaves open how a query reads "the union of every graph" (orgkb's queries assume
it), which form field carries an update, and how large one request may be. The server is
recognized by the `Server` header of its first answer; `engine=NAME` in an explicit `--store`
names it instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Quirks:
    """How to talk to one kind of SPARQL server."""

    name: str
    query_parameters: Mapping[str, str] = field(default_factory=dict)  # added to every query's URL
    update_field: str = "update"  # the form field that carries an update
    insert_triples: int = 200_000  # the most triples one bulk INSERT DATA carries (derived data)
    ask_as_rows: bool = False  # whether it answers ASK with a row holding 1 or 0 instead of a boolean
    graphs_pattern: str = "{ ?s ?p ?o }"  # what `GRAPH ?graph` matches to list the named graphs


QUIRKS: Mapping[str, Quirks] = {
    # Oxigraph reads only the default graph unless asked for the union, per query or per server.
    # It lists its named graphs for an empty pattern (as the embedded store's `named_graphs`),
    # where `{ ?s ?p ?o }` reads every quad (20 s at M against 0.1 s: docs/loading.md).
    "oxigraph": Quirks("oxigraph", query_parameters={"union-default-graph": ""}, graphs_pattern="{}"),
    # Virtuoso's default graph is the union of its graphs; its /sparql endpoint takes updates as
    # `query`, its SQL compiler refuses very long INSERT DATA texts, and it answers ASK in JSON
    # as a SELECT of one `__ASK_RETVAL` row (7.2).
    "virtuoso": Quirks("virtuoso", update_field="query", insert_triples=5_000, ask_as_rows=True),
    # Anything else: the store must be configured to read the union by default (Fuseki's
    # `tdb2:unionDefaultGraph true`, GraphDB's default).
    "generic": Quirks("generic"),
}


def recognize(server_header: str | None) -> Quirks:
    """The quirks of the server whose `Server` header is `server_header`.

    >>> recognize("Oxigraph/0.5.13").name
    'oxigraph'
    >>> recognize("Virtuoso/07.20.3238 (Linux) x86_64-pc-linux-gnu").name
    'virtuoso'
    >>> recognize(None).name
    'generic'
    """
    said = (server_header or "").lower()
    for name, quirks in QUIRKS.items():
        if said.startswith(name):
            return quirks
    return QUIRKS["generic"]
