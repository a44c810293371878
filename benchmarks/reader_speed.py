"""The reader's and the memory store's speed in process CPU time, for several checkouts in one run.

    python -m benchmarks.reader_speed --checkout OLD_DIR --checkout . --rounds 2

`benchmarks.ingest` times wall-clock seconds: on a machine that other work shares, a stage's figure
moves by 2x from one run to the next. This one times the CPU seconds of its own process (the best of
`--repeat`), which others' work moves much less, for: parsing the synthetic pages of
`benchmarks.ingest` (200, seed 1); reading and parsing the development pages (`--pages`, every
`*/*.txt`; none when the folder is missing); loading the synthetic pages into a memory store in one
write, parsing included (as `benchmarks.ingest`'s memory-store row does); reloading each of them in
a write of its own (parsing included); and pyoxigraph's `bulk_load` of the same quads. Each checkout
runs in a fresh process with its own folder first on the path, the checkouts taking turns
`--rounds` times; it works with the rule reader's API (`orgkb.loaders.text.parse_text`) too.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

SOURCE = "https://w3id.org/orgkb/source/page-"
STAGES = ("parse", "dev pages", "memory store", "reload", "bulk load")


def cpu_seconds(action: Callable[[], object], repeat: int) -> float:
    """The fewest process CPU seconds `action` took in `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def measure(pages_folder: Path, repeat: int) -> dict[str, float]:
    """CPU seconds per stage for the orgkb that is imported (run inside a checkout's process)."""
    import pyoxigraph as ox

    from benchmarks.synthetic import generate_corpus
    from orgkb.errors import LoadError
    from orgkb.kb.store.knowledge_base import KnowledgeBase
    from orgkb.loaders.document import Document
    from orgkb.loaders.load.files import read_page
    from orgkb.loaders.rdf.triples import document_ntriples

    try:
        from orgkb.loaders.reading.reader import parse_text
        from orgkb.ontology.thesaurus import default_matcher
    except ImportError:  # the rule reader, before the staged one
        from orgkb.loaders.text import parse_text  # type: ignore[no-redef,import-not-found]

        from orgkb.kb.store.knowledge_base import default_matcher  # type: ignore[attr-defined]

    pages = generate_corpus(200, seed=1)
    development = sorted(pages_folder.glob("*/*.txt")) if pages_folder.is_dir() else []
    matcher = default_matcher()

    def parse() -> list[Document]:
        return [parse_text(text, name) for name, text in pages]

    def read_development() -> None:
        for path in development:
            with contextlib.suppress(LoadError):
                read_page(path)

    def load() -> None:
        KnowledgeBase(matcher=matcher).add_documents(parse())

    loaded = KnowledgeBase(matcher=matcher)
    loaded.add_documents(parse())

    def reload() -> None:
        for name, text in pages:
            loaded.add_document(parse_text(text, name))

    documents = parse()
    quads = [  # each page in a graph of its own, as the store keeps it
        ox.Quad(triple.subject, triple.predicate, triple.object, ox.NamedNode(f"{SOURCE}{number}"))
        for number, document in enumerate(documents)
        for triple in ox.parse("".join(document_ntriples(document, matcher)), format=ox.RdfFormat.N_TRIPLES)
    ]
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    read_development()  # warm what every page warms (vocabularies, gazetteer, converters)
    return {
        "parse": cpu_seconds(parse, repeat),
        "dev pages": cpu_seconds(read_development, repeat) if development else 0.0,
        "memory store": cpu_seconds(load, repeat),
        "reload": cpu_seconds(reload, repeat),
        "bulk load": cpu_seconds(lambda: ox.Store().bulk_load(nquads, format=ox.RdfFormat.N_QUADS), repeat),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkout", action="append", type=Path, help="a checkout's folder (repeatable)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="keep the best of N timings of every stage")
    parser.add_argument("--pages", type=Path, default=Path("/work/pages"), help="the development pages' folder")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)  # inside one checkout
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.pages, args.repeat)))
        return 0
    checkouts = [folder.resolve() for folder in args.checkout or [Path(".")]]
    header = f"{'checkout':<20}{'round':>6}" + "".join(f"{stage:>13}" for stage in STAGES)
    header += f"{'memory/bulk':>13}{'reload/bulk':>13}   load average"
    print(f"CPU seconds, the best of {args.repeat}")
    print(header)
    for round_number in range(1, args.rounds + 1):
        for folder in checkouts:
            environment = {**os.environ, "PYTHONPATH": str(folder)}
            # this file, run as a script: `benchmarks` and `orgkb` come from the checkout's folder
            command = [sys.executable, __file__, "--measure", "--repeat", str(args.repeat)]
            command += ["--pages", str(args.pages)]
            done = subprocess.run(command, cwd=folder, env=environment, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"{folder}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
                return 1
            seconds = json.loads(done.stdout.strip().splitlines()[-1])
            bulk = seconds["bulk load"]
            cells = [f"{seconds[stage]:>13.3f}" for stage in STAGES]
            cells += [f"{seconds['memory store'] / bulk:>12.1f}x", f"{seconds['reload'] / bulk:>12.1f}x"]
            load = " ".join(f"{value:.2f}" for value in os.getloadavg())
            print(f"{folder.name[:19]:<20}{round_number:>6}" + "".join(cells) + f"   {load}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
