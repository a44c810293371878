"""How fast pages become a knowledge graph, next to Oxigraph's own bulk load of the same triples.

    python -m benchmarks.ingest --pages 500 --seed 1

Generates synthetic pages of the genre (benchmarks/synthetic.py) and prints pages/s and
triples/s for: parse only; parse + triples (with matter matching); parse + triples + load
into the memory store and into a directory store (one transaction per page, as `orgkb load`
does); and pyoxigraph's raw `bulk_load` of the same quads as N-Quads, measured in the same
run. The ratio to the raw bulk load is the figure to compare between runs and machines.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from typing import TypeVar

import pyoxigraph as ox

from benchmarks.synthetic import generate_corpus
from orgkb.errors import LoadError
from orgkb.kb.store import KnowledgeBase, default_matcher, to_ox
from orgkb.loaders.document import Document
from orgkb.loaders.identifiers import document_iri
from orgkb.loaders.text import parse_text
from orgkb.loaders.triples import Triple, document_triples

T = TypeVar("T")


def timed(action: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def parse_all(pages: list[tuple[str, str]]) -> tuple[list[Document], list[str]]:
    documents, failures = [], []
    for name, text in pages:
        try:
            documents.append(parse_text(text, name))
        except LoadError as error:
            failures.append(str(error))
    return documents, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    pages = generate_corpus(args.pages, seed=args.seed)
    matcher = default_matcher()
    parse_all(pages[:5])  # warm caches (spelling vocabulary, thesaurus, gazetteer)

    parse_seconds, (documents, failures) = timed(lambda: parse_all(pages))

    def triples_of_all() -> list[list[Triple]]:
        return [document_triples(parse_text(text, name), matcher) for name, text in pages if not _fails(name, failures)]

    rdf_seconds, per_page = timed(triples_of_all)
    triple_count = sum(len(triples) for triples in per_page)

    def load(kb: KnowledgeBase) -> None:
        # As `orgkb load` does: parse every page, then write the new ones in one transaction.
        kb.add_documents([parse_text(text, name) for name, text in pages if not _fails(name, failures)])

    def load_one_by_one(kb: KnowledgeBase) -> None:
        for name, text in pages:
            if not _fails(name, failures):
                kb.add_document(parse_text(text, name))

    memory_kb = KnowledgeBase(matcher=matcher)
    base_memory = len(memory_kb)
    memory_seconds, _ = timed(lambda: load(memory_kb))
    with tempfile.TemporaryDirectory() as folder:
        directory_seconds = _load_directory(folder, load, matcher)
    reload_kb = KnowledgeBase(matcher=matcher)
    load(reload_kb)
    reload_seconds, _ = timed(lambda: load_one_by_one(reload_kb))

    quads = [
        ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(document_iri(document.source))))  # type: ignore[arg-type]
        for document, triples in zip(documents, per_page, strict=True)
        for s, p, o in triples
    ]
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    raw_store = ox.Store()
    raw_seconds, _ = timed(lambda: raw_store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS))
    stored = len(memory_kb) - base_memory

    loaded = len(documents)
    print(f"pages generated: {len(pages)}, parsed: {loaded}, refused: {len(failures)}")
    for failure in failures[:5]:
        print(f"  refused: {failure}")
    print(f"triples: {triple_count:,} ({triple_count / max(loaded, 1):.0f} per page); stored in memory: {stored:,}")
    print()
    print(f"{'stage':<42}{'pages/s':>10}{'triples/s':>14}{'x raw bulk load':>17}")
    rows = [
        ("parse only", parse_seconds),
        ("parse + triples (with matters)", rdf_seconds),
        ("parse + triples + load, memory store", memory_seconds),
        ("parse + triples + load, directory store", directory_seconds),
        ("reload every page, one transaction each", reload_seconds),
        ("raw pyoxigraph bulk_load of the same quads", raw_seconds),
    ]
    for label, seconds in rows:
        print(f"{label:<42}{loaded / seconds:>10,.0f}{triple_count / seconds:>14,.0f}{seconds / raw_seconds:>16.1f}x")
    return 0


def _load_directory(folder: str, load: Callable[[KnowledgeBase], None], matcher: object) -> float:
    kb = KnowledgeBase(folder, matcher=matcher)  # type: ignore[arg-type]
    seconds, _ = timed(lambda: load(kb))
    kb.flush()
    return seconds


def _fails(name: str, failures: list[str]) -> bool:
    return any(failure.startswith(name) for failure in failures)


if __name__ == "__main__":
    raise SystemExit(main())
