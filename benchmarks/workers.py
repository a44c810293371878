"""Throughput of `orgkb serve --workers N` for N = 1 and 2, in one run, over one shared store.

    python -m benchmarks.workers [--seconds S] [--clients C] [--store oxigraph|directory] [--rounds R]
                                 [--loaded DIR] [--ask who-handles|organization]

The built-in corpus is loaded into the store (an Oxigraph server started here, or a directory
the workers open read-only); `--loaded DIR` serves a directory store `orgkb load` wrote instead
(size M: `docs/loading.md`), in place (what a server saves beside it, it saves there). Each N
serves it with `orgkb serve --workers N`, and C keep-alive clients ask GraphQL `whoHandles` a new
question each time (so that no response cache answers), or (`--ask organization`) an
organization with its units (`operations/office_with_sections.graphql`), each organization a
page describes in turn, for S seconds, in the order 1, 2, 2, 1 workers (R times). Prints
requests per second for each run with the load average at its start (the machine is shared),
and the ratio of the medians of 2 workers and of 1.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.http_load import Body, Load, run_load, unique_question
from benchmarks.scale import described
from benchmarks.startup import free_port
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_paths

ASKED = "query Q($m: String!) { whoHandles(matter: $m) { organization { id name } score reason } }"
ROOT = Path(__file__).resolve().parent.parent
OFFICE_WITH_UNITS = (ROOT / "orgkb/graphql/operations/office_with_sections.graphql").read_text()


def who_handles_questions() -> Body:
    """Requests for GraphQL `whoHandles`, a question no earlier request asked each time."""
    counter = itertools.count()

    def body() -> tuple[str, bytes]:
        question = unique_question(next(counter))
        return "whoHandles", json.dumps({"query": ASKED, "variables": {"m": question}}).encode()

    return body


def organization_pages(organizations: list[str]) -> Body:
    """Requests for an organization with its units, each of `organizations` in turn (then again)."""
    asked = itertools.cycle(organizations)

    def body() -> tuple[str, bytes]:
        return "organization", json.dumps({"query": OFFICE_WITH_UNITS, "variables": {"id": next(asked)}}).encode()

    return body


def shuffled_described(location: str) -> list[str]:
    """Every organization a loaded page describes (by id), in a fixed shuffled order."""
    kb = KnowledgeBase(location, read_only=not location.startswith("http"))
    found = described(kb)
    kb.close()
    random.Random(0).shuffle(found)
    return found


@contextlib.contextmanager
def _oxigraph(folder: Path) -> Iterator[str]:
    port = free_port()
    executable = Path(sys.executable).parent / "oxigraph"
    command = [str(executable), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait()


def _serve(store: str, workers: int, port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "orgkb", "serve", "--store", store, "--port", str(port)]
    command += ["--workers", str(workers)]
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "ORGKB_WRITE_TOKEN": ""}
    process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL)
    trivial = json.dumps({"query": "{ __typename }"}).encode()
    began = time.perf_counter()
    while time.perf_counter() - began < 120:
        try:
            # every worker built its indexes: ask as many questions as there are workers, twice
            run_load(port, lambda: ("warm", trivial), 1, 0.01)
            break
        except OSError:
            time.sleep(0.3)
    return process


def _measure(store: str, workers: int, clients: int, seconds: float, body: Body) -> Load:
    port = free_port()
    process = _serve(store, workers, port)
    try:
        run_load(port, body, clients, min(5.0, seconds))  # warm: each worker builds its indexes
        return run_load(port, body, clients, seconds)
    finally:
        process.terminate()
        process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--store", choices=["oxigraph", "directory"], default="oxigraph")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of 1, 2, 2 and 1 workers (default 1)")
    parser.add_argument("--loaded", type=Path, help="a directory store orgkb load wrote, served in place")
    parser.add_argument("--ask", choices=["who-handles", "organization"], default="who-handles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="orgkb-workers-") as folder, contextlib.ExitStack() as stack:
        location = str(Path(folder) / "store")
        if args.loaded is not None:
            location, args.store = str(args.loaded), "loaded directory"
        elif args.store == "oxigraph":
            location = stack.enter_context(_oxigraph(Path(folder) / "server"))
        if args.loaded is None:
            kb = KnowledgeBase(location)
            load_paths(kb, builtin_paths())
            kb.flush()
            kb.close()
            del kb
        body = (
            who_handles_questions() if args.ask == "who-handles" else organization_pages(shuffled_described(location))
        )
        rates: dict[int, list[float]] = {1: [], 2: []}
        # ABBA order, repeated: a machine whose load drifts favours neither
        for workers in [1, 2, 2, 1] * args.rounds:
            load_average = os.getloadavg()[0]
            load = _measure(location, workers, args.clients, args.seconds, body)
            rates[workers].append(load.rate)
            print(
                f"{args.store} store, {args.ask}, {workers} worker(s), {args.clients} clients, {load.seconds:.0f} s: "
                f"{load.rate:.1f} requests/s, p50 {load.percentile(50):.1f} ms, p99 {load.percentile(99):.1f} ms, "
                f"{load.errors} errors (load average {load_average:.1f})",
                flush=True,
            )
        one, two = statistics.median(rates[1]), statistics.median(rates[2])
        print(f"median: 1 worker {one:.1f} requests/s, 2 workers {two:.1f}; 2 workers / 1 worker: {two / one:.2f}x")


if __name__ == "__main__":
    main()
