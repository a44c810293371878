"""Does a heavy request hold the server? /healthz latency on a 1,000-page store, idle and under load.

    .venv/bin/python -m benchmarks.healthz [--pages 1000] [--seconds 20] [--clients 4] [--seed 1]

1. Load: the synthetic pages (benchmarks/synthetic.py), parsed once, written into an empty
   store in one write, with the derived graph kept as orgkb keeps it, and without it (the same
   code with the derived-data step skipped): seconds for each and their ratio, in this run.
2. Serve: the store written to a directory, `orgkb`'s app under uvicorn in a subprocess (one
   worker), from cold: nothing of it read before.
3. /healthz sampled every 50 ms by its own client: first for `--seconds` on the idle server,
   then while `--clients` clients send the heaviest requests one after another, from cold, in two
   mixes of `--seconds` each (a fresh server for each): the staff pages (the page of the office
   with the most units, with its coordination links; a who-handles question), and GraphQL
   (coordination of that office, compare of two districts, a path through the network view).
   p50 and p99 of /healthz and of the heavy requests, and the first heavy request of each kind.
Nothing is timed as a test; the script prints figures to compare between runs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.startup import free_port
from benchmarks.synthetic import generate_corpus

HOST = "127.0.0.1"
SAMPLE_EVERY = 0.05


@dataclass
class Request:
    """A heavy request: its name, path and (for GraphQL) body."""

    name: str
    path: str
    body: dict[str, object] | None = None


@dataclass
class Timings:
    by_name: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: int = 0


def percentile(values: Iterable[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")


def fetch(port: int, request: Request, timeout: float = 300.0) -> bool:
    url = f"http://{HOST}:{port}{request.path}"
    data = json.dumps(request.body).encode() if request.body is not None else None
    headers = {"Content-Type": "application/json"} if data is not None else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers), timeout=timeout) as answer:
            payload = answer.read()
            return answer.status == 200 and (data is None or b'"errors"' not in payload)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def sample_healthz(port: int, stop: threading.Event, found: list[float]) -> None:
    request = Request("healthz", "/healthz")
    while not stop.is_set():
        began = time.perf_counter()
        fetch(port, request, timeout=60)
        found.append(time.perf_counter() - began)
        stop.wait(max(0.0, SAMPLE_EVERY - (time.perf_counter() - began)))


def heavy_client(port: int, mix: list[Request], deadline: float, offset: int, timings: Timings) -> None:
    turn = offset
    while time.perf_counter() < deadline:
        request = mix[turn % len(mix)]
        turn += 1
        began = time.perf_counter()
        if not fetch(port, request):
            timings.errors += 1
        timings.by_name[request.name].append(time.perf_counter() - began)


def serve(store: str, port: int) -> None:
    """Serve the store (called in a subprocess)."""
    import logging

    import uvicorn

    from orgkb.app import create_app
    from orgkb.kb.store.knowledge_base import KnowledgeBase

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    import os

    if os.environ.get("SWITCH"):
        sys.setswitchinterval(float(os.environ["SWITCH"]))
    uvicorn.run(create_app(KnowledgeBase(store)), host=HOST, port=port, log_level="warning", access_log=False)


def start(store: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "benchmarks.healthz", "--serve", store, "--port", str(port)])
    began = time.perf_counter()
    while time.perf_counter() - began < 120:
        if fetch(port, Request("healthz", "/healthz"), timeout=1):
            return process, port
        time.sleep(0.05)
    process.kill()
    raise SystemExit("the server did not answer /healthz within 120 s")


def measure(store: str, mix: list[Request] | None, seconds: float, clients: int) -> tuple[list[float], Timings]:
    """/healthz latencies for `seconds` (with `clients` sending `mix` meanwhile, when given)."""
    process, port = start(store)
    samples: list[float] = []
    timings = Timings()
    stop = threading.Event()
    try:
        sampler = threading.Thread(target=sample_healthz, args=(port, stop, samples))
        sampler.start()
        deadline = time.perf_counter() + seconds
        workers = [
            threading.Thread(target=heavy_client, args=(port, mix, deadline, i, timings))
            for i in range(clients if mix else 0)
        ]
        for worker in workers:
            worker.start()
        time.sleep(seconds)
        for worker in workers:
            worker.join()
        stop.set()
        sampler.join()
    finally:
        process.terminate()
        process.wait(timeout=30)
    return samples, timings


def load_times(pages: list[tuple[str, str]]) -> tuple[float, float]:
    """Seconds to write the pages into an empty store in one write, with and without derived data."""
    from orgkb.kb.store.knowledge_base import KnowledgeBase
    from orgkb.loaders.reading.reader import parse_text

    documents = [parse_text(text, name) for name, text in pages]

    class Underived(KnowledgeBase):
        """The knowledge base without its derived-data step (for this comparison only)."""

        def _derive(self, written: set[str] | None = None, removed: Iterable[str] = ()) -> None:
            return None

    def seconds(factory: Callable[[], KnowledgeBase]) -> float:
        kb = factory()
        began = time.perf_counter()
        kb.add_documents(documents)
        return time.perf_counter() - began

    return seconds(KnowledgeBase), seconds(Underived)


def requests(store: str) -> tuple[list[Request], list[Request]]:
    """The staff-page mix and the GraphQL mix, for the biggest office and two districts of the store."""
    from orgkb.kb.entities.organizations import hierarchy
    from orgkb.kb.entities.places import place_of, places
    from orgkb.kb.store.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(store)
    offices = Counter(parent for _, parent, relation in hierarchy(kb) if relation == "unitOf")
    office = offices.most_common(1)[0][0]
    unit = sorted(child for child, parent, relation in hierarchy(kb) if parent == office)[0]
    other = offices.most_common(2)[1][0]
    left, right = (place_of(kb, office) or places(kb)[0]).id, (place_of(kb, other) or places(kb)[-1]).id
    del kb
    staff = [
        Request("office page", f"/organization/{urllib.parse.quote(office)}"),
        Request("who handles", "/?q=" + urllib.parse.quote("who receives foreign guests")),
    ]
    graphql = [
        Request(
            "coordination",
            "/graphql",
            {"query": "query($o: ID!) { coordination(organization: $o) { strength } }", "variables": {"o": office}},
        ),
        Request(
            "compare districts",
            "/graphql",
            {
                "query": "query($l: ID!, $r: ID!) { compare(left: $l, right: $r) { onlyLeft { id } } }",
                "variables": {"l": left, "r": right},
            },
        ),
        Request(
            "path",
            "/graphql",
            {
                "query": "query($f: ID!, $t: ID!) { path(from: $f, to: $t) { length } }",
                "variables": {"f": unit, "t": other},
            },
        ),
    ]
    return staff, graphql


def report(name: str, samples: list[float], timings: Timings | None = None) -> None:
    p50, p99, most = percentile(samples, 50), percentile(samples, 99), max(samples, default=0) * 1000
    print(f"{name:<28} /healthz p50 {p50:8.1f} ms   p99 {p99:8.1f} ms   max {most:8.1f} ms   ({len(samples)} samples)")
    for request, found in sorted((timings.by_name if timings else {}).items()):
        print(
            f"    {request:<24} n={len(found):<4} first {found[0] * 1000:8.0f} ms   "
            f"p50 {percentile(found, 50):8.0f} ms   p99 {percentile(found, 99):8.0f} ms"
        )
    if timings and timings.errors:
        print(f"    errors: {timings.errors}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=20.0, help="seconds of each phase (default 20)")
    parser.add_argument("--clients", type=int, default=4, help="clients sending heavy requests (default 4)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port)
        return 0
    from orgkb.kb.store.knowledge_base import KnowledgeBase
    from orgkb.loaders.reading.reader import parse_text

    pages = generate_corpus(args.pages, seed=args.seed)
    derived, underived = load_times(pages)
    print(f"{args.pages} pages written in one write: {derived:.2f} s with derived data, {underived:.2f} s without")
    print(f"  ratio: {derived / underived:.2f}x")
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "store")
        kb = KnowledgeBase(store)
        kb.add_documents([parse_text(text, name) for name, text in pages])
        kb.flush()
        del kb
        staff, graphql = requests(store)
        print(f"\n/healthz every {SAMPLE_EVERY * 1000:.0f} ms; {args.clients} clients; a fresh server for each phase")
        report("idle", measure(store, None, args.seconds, 0)[0])
        report("staff pages, from cold", *measure(store, staff, args.seconds, args.clients))
        report("GraphQL, from cold", *measure(store, graphql, args.seconds, args.clients))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
