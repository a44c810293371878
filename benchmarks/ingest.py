"""How fast pages become a knowledge graph, next to Oxigraph's own bulk load of the same triples.

    python -m benchmarks.ingest --pages 500 --seed 1

Generates synthetic pages of the genre (benchmarks/synthetic.py) and prints pages/s and
triples/s for: parse only; reading the same pages from files (text, and as HTML) through
the input stage, then parsing; parse + triples (with matter matching); parse + triples + load
into the memory store and into a directory store (as `orgkb load` does: every page parsed,
then the new ones written in one transaction and, for the directory store, flushed to disk);
reloading every page one transaction each; pyoxigraph's own transactional `load` of the same
quads into a directory store, flushed (the floor of the directory row); and pyoxigraph's raw
`bulk_load` of the same quads as N-Quads into memory, measured in the same run. The ratio to
the raw bulk load is the figure to compare between runs and machines; `--repeat N` keeps the
best of N timings of every stage. `--shapes` adds the memory load with every page's graph
checked against the SHACL shapes first (pyshacl, as `orgkb validate` checks them): what running
the shapes at load would cost.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from benchmarks.html_pages import as_html
from benchmarks.scale import timed
from benchmarks.synthetic import generate_corpus
from orgkb.errors import LoadError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Document
from orgkb.loaders.identity.identifiers import document_iri
from orgkb.loaders.load.files import read_page
from orgkb.loaders.rdf.triples import document_ntriples
from orgkb.loaders.rdf.validate import shape_violations
from orgkb.loaders.reading.reader import parse_text
from orgkb.ontology.thesaurus import MatterMatcher, default_matcher


def best_of(repeat: int, action: Callable[[], float]) -> float:
    """The shortest of `repeat` timings returned by `action`."""
    return min(action() for _ in range(repeat))


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
    parser.add_argument("--repeat", type=int, default=1, help="time every stage N times and keep the best")
    parser.add_argument("--shapes", action="store_true", help="also time a load that checks the SHACL shapes")
    args = parser.parse_args(argv)

    pages = generate_corpus(args.pages, seed=args.seed)
    matcher = default_matcher()
    parse_all(pages[:5])  # warm caches (spelling vocabulary, thesaurus, gazetteer)

    documents, failures = parse_all(pages)
    parse_seconds = best_of(args.repeat, lambda: timed(lambda: parse_all(pages))[0])

    def triples_of_all() -> list[list[str]]:
        return [
            document_ntriples(parse_text(text, name), matcher) for name, text in pages if not _fails(name, failures)
        ]

    per_page = triples_of_all()
    rdf_seconds = best_of(args.repeat, lambda: timed(triples_of_all)[0])
    triple_count = sum(len(triples) for triples in per_page)

    def load(kb: KnowledgeBase) -> None:
        # As `orgkb load` does: parse every page, then write the new ones in one transaction.
        kb.add_documents([parse_text(text, name) for name, text in pages if not _fails(name, failures)])

    def load_one_by_one(kb: KnowledgeBase) -> None:
        for name, text in pages:
            if not _fails(name, failures):
                kb.add_document(parse_text(text, name))

    def load_memory() -> float:
        kb = KnowledgeBase(matcher=matcher)
        return timed(lambda: load(kb))[0]

    def load_directory() -> float:
        with tempfile.TemporaryDirectory() as folder:
            return _load_directory(folder, load, matcher)

    def reload() -> float:
        kb = KnowledgeBase(matcher=matcher)
        load(kb)
        return timed(lambda: load_one_by_one(kb))[0]

    def read_files(suffix: str, render: Callable[[str], str]) -> float:
        # As `orgkb load` reads a folder: each page from its file through the input stage, then parsed.
        with tempfile.TemporaryDirectory() as folder:
            paths = []
            for name, text in pages:
                if not _fails(name, failures):
                    path = Path(folder) / f"{Path(name).stem}{suffix}"
                    path.write_text(render(text), "utf-8")
                    paths.append(path)
            return timed(lambda: [read_page(path) for path in paths])[0]

    read_text_seconds = best_of(args.repeat, lambda: read_files(".txt", lambda text: text))
    read_html_seconds = best_of(args.repeat, lambda: read_files(".html", as_html))

    memory_kb = KnowledgeBase(matcher=matcher)
    base_memory = len(memory_kb)
    load(memory_kb)
    memory_seconds = best_of(args.repeat, load_memory)
    directory_seconds = best_of(args.repeat, load_directory)
    reload_seconds = best_of(args.repeat, reload)

    quads = [
        ox.Quad(triple.subject, triple.predicate, triple.object, ox.NamedNode(str(document_iri(document))))
        for document, lines in zip(documents, per_page, strict=True)
        for triple in ox.parse("".join(lines), format=ox.RdfFormat.N_TRIPLES)
    ]
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)

    def raw_bulk_load() -> float:
        return timed(lambda: ox.Store().bulk_load(nquads, format=ox.RdfFormat.N_QUADS))[0]

    def raw_directory_load() -> float:  # the floor of the directory row: one transaction, then flush
        with tempfile.TemporaryDirectory() as folder:
            store = ox.Store(folder)

            def load_and_flush() -> None:
                store.load(nquads, format=ox.RdfFormat.N_QUADS)
                store.flush()

            return timed(load_and_flush)[0]

    def load_checked() -> float:
        # The memory load with the SHACL shapes run on each page's graph before it is written.
        def check_and_load(kb: KnowledgeBase) -> None:
            documents = [parse_text(text, name) for name, text in pages if not _fails(name, failures)]
            violations = [message for document in documents for message in shape_violations(document, matcher)]
            if violations:
                raise SystemExit(f"a synthetic page breaks the shapes: {violations[0]}")
            kb.add_documents(documents)

        kb = KnowledgeBase(matcher=matcher)
        return timed(lambda: check_and_load(kb))[0]

    checked_seconds = best_of(args.repeat, load_checked) if args.shapes else None
    raw_seconds = best_of(args.repeat, raw_bulk_load)
    raw_directory_seconds = best_of(args.repeat, raw_directory_load)
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
        ("read text files + parse", read_text_seconds),
        ("read the same as HTML files + parse", read_html_seconds),
        ("parse + triples (with matters)", rdf_seconds),
        ("parse + triples + load, memory store", memory_seconds),
        *([("... + SHACL shapes per page, memory store", checked_seconds)] if checked_seconds is not None else []),
        ("parse + triples + load, directory store", directory_seconds),
        ("reload every page, one transaction each", reload_seconds),
        ("raw pyoxigraph load + flush, directory", raw_directory_seconds),
        ("raw pyoxigraph bulk_load of the same quads", raw_seconds),
    ]
    for label, seconds in rows:
        print(f"{label:<42}{loaded / seconds:>10,.0f}{triple_count / seconds:>14,.0f}{seconds / raw_seconds:>16.1f}x")
    return 0


def _load_directory(folder: str, load: Callable[[KnowledgeBase], None], matcher: MatterMatcher | None) -> float:
    kb = KnowledgeBase(folder, matcher=matcher)

    def load_and_flush() -> None:  # `orgkb load --store` flushes before it reports
        load(kb)
        kb.flush()

    seconds, _ = timed(load_and_flush)
    return seconds


def _fails(name: str, failures: list[str]) -> bool:
    return any(failure.startswith(name) for failure in failures)


if __name__ == "__main__":
    raise SystemExit(main())
