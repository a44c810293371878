"""What a knowledge base asks of the store that keeps its quads: the `Engine` interface.

Terms cross it as pyoxigraph terms whatever the engine, and every write is SPARQL Update text
or quads whose terms pyoxigraph serialized, never pasted text. Two engines implement it:
`embedded.EmbeddedEngine` (an Oxigraph store in this process) and `protocol.ProtocolEngine`
(any SPARQL 1.1 endpoint, through the protocol).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Substitutions = dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]
Rows = tuple[list[str], Iterable[Sequence[Term | None]]]
"""The variables of a SELECT answer and its rows, a term (or None, unbound) per variable."""


def as_ntriples(quads: Iterable[ox.Quad]) -> str:
    """The triples of `quads` as N-Triples lines, their terms as pyoxigraph wrote them."""
    return "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)


class Engine(Protocol):
    """A quad store a `KnowledgeBase` reads and writes; queries see the union of its graphs."""

    path: Path | None  # the directory of an embedded store, else None
    shared: bool  # whether other processes may write it too, so that its generation must be followed
    read_only: bool

    def select(self, query: str, substitutions: Substitutions) -> Rows:
        """The rows of a SELECT query, `substitutions` bound before it runs."""
        ...

    def ask(self, query: str, substitutions: Substitutions) -> bool: ...

    def update(self, update: str) -> None:
        """Run a SPARQL update, all of it or nothing."""
        ...

    def insert_trig(self, trig: str) -> None:
        """Add the quads of TriG whose terms pyoxigraph wrote, in one transaction."""
        ...

    def insert(self, quads: Sequence[ox.Quad]) -> None:
        """Add quads (perhaps many), in as few transactions as the engine allows."""
        ...

    def load_turtle(self, data: bytes, graph: ox.NamedNode) -> None:
        """Replace `graph` by the triples of a Turtle document."""
        ...

    def has_graph(self, graph: ox.NamedNode) -> bool: ...

    def named_graphs(self) -> list[ox.NamedNode]: ...

    def remove_graph(self, graph: ox.NamedNode) -> None: ...

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """The quads of every named graph (or of one)."""
        ...

    def dump(self, format: ox.RdfFormat, graph: ox.NamedNode | None = None) -> bytes:
        """The quads (a dataset format) or the triples of `graph` serialized."""
        ...

    def count(self) -> int:
        """How many quads the named graphs hold."""
        ...

    def refresh(self) -> None:
        """See what other processes wrote since it was opened (a read-only store opens it again)."""
        ...

    def flush(self) -> None: ...

    def close(self) -> None: ...
