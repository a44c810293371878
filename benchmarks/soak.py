"""Soak the GraphQL server: many clients, mixed queries, for a while; throughput, latency, errors, memory.

    .venv/bin/python -m benchmarks.soak [--seconds 60] [--clients 64] [--pages PATH...] [--tree DIR]
                                         [--no-response-cache]

One uvicorn worker serves the built-in corpus (and --pages) in a subprocess, as `orgkb serve`
would. `--clients` keep-alive connections send, in turn: whoHandles with a question never asked
before (so no kept answer helps), an organization with its units and their duties, a comparison
of two organizations, the coordination of a unit, and the schema's introspection. Meanwhile one
more connection asks /healthz ten times a second. Printed: requests/s, p50/p99 per kind and
overall, errors (non-200 or a GraphQL error), /healthz p50/p90/p99/max and how many probes took
50 ms or more, and the server's resident memory at the start, the end, its peak and every
`--every` seconds (whether it levels off once the bounded caches are full).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import threading
import time
import urllib.request
from pathlib import Path

from graphql import get_introspection_query

from benchmarks.http_load import HOST, SERVE, Load, rss_mib, run_load, start_server, stop_server, unique_question

HERE = Path(__file__).parents[1]
WHO = "query W($m: String!) { whoHandles(matter: $m, first: 5) { organization { id name } score reason } }"
OFFICE = (
    "query O($id: ID!) { organization(id: $id) { name kind contact { telephone } "
    "units { id name responsibilities { number text source { line } } } } }"
)
COMPARE = "query C($l: ID!, $r: ID!) { compare(left: $l, right: $r) { shared { score } onlyLeft { id } } }"
COORDINATION = "query K($id: ID!) { coordination(organization: $id) { strength organization { name } } }"
PROBE_SECONDS = 0.1
"""How often /healthz is asked (one probe at a time) and the server's memory read."""


def _post(port: int, query: str) -> dict[str, object]:
    request = urllib.request.Request(
        f"http://{HOST}:{port}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        answer: dict[str, object] = json.loads(response.read())
        return answer


def mix(port: int) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """The requests of each kind with fixed ids, read from the server: offices, their units, pairs to compare."""
    data = _post(port, "{ organizations(first: 100) { nodes { id units { id } } } }")["data"]
    assert isinstance(data, dict), data
    organizations = data["organizations"]
    assert isinstance(organizations, dict), data
    nodes = organizations["nodes"]
    offices = [node["id"] for node in nodes]
    units = [unit["id"] for node in nodes for unit in node["units"]] or offices
    return {
        "organization with units": [(OFFICE, {"id": office}) for office in offices],
        "compare": [(COMPARE, {"l": a, "r": b}) for a, b in zip(offices, offices[1:] + offices[:1], strict=True)],
        "coordination": [(COORDINATION, {"id": unit}) for unit in units],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to soak (default 60)")
    parser.add_argument("--clients", type=int, default=64, help="concurrent keep-alive clients (default 64)")
    parser.add_argument("--pages", nargs="*", default=[], help="more pages to load next to the built-in corpus")
    parser.add_argument("--port", type=int, default=8979, help="port on 127.0.0.1 for the server")
    parser.add_argument("--no-response-cache", action="store_true", help="serve without kept responses")
    parser.add_argument("--tree", type=Path, default=HERE, help="the code tree to serve (e.g. a worktree of main)")
    parser.add_argument("--every", type=float, default=15.0, help="seconds between memory figures printed (default 15)")
    parser.add_argument(
        "--admitted", type=int, help="GraphQL requests the server works on at once (default: orgkb's ADMITTED)"
    )
    args = parser.parse_args(argv)

    pages = [str(Path(page).resolve()) for page in args.pages]
    if args.admitted is not None:
        os.environ["ORGKB_BENCH_ADMITTED"] = str(args.admitted)  # read by the server started below
    cache = "off" if args.no_response_cache else "on"
    process = start_server(SERVE, [cache, *pages], args.tree.resolve(), args.port)
    try:
        fixed = mix(args.port)
        introspection = json.dumps({"query": get_introspection_query(descriptions=True)}).encode()
        turn, serial = itertools.count(), itertools.count()
        kinds = ["whoHandles, new question", "organization with units", "compare", "coordination", "introspection"]

        def body() -> tuple[str, bytes]:
            step = next(turn)
            kind = kinds[step % len(kinds)]
            if kind == "whoHandles, new question":
                question = {"m": unique_question(next(serial))}
                return kind, json.dumps({"query": WHO, "variables": question}).encode()
            if kind == "introspection":
                return kind, introspection
            choices = fixed[kind]
            query, variables = choices[(step // len(kinds)) % len(choices)]
            return kind, json.dumps({"query": query, "variables": variables}).encode()

        run_load(args.port, body, 4, 2.0)  # warm up: the first answers build the indexes
        rss_start = rss_mib(process.pid)
        memory: list[tuple[float, float]] = [(0.0, rss_start)]
        health: list[float] = []
        stop = threading.Event()
        began = time.perf_counter()

        def watch() -> None:
            while not stop.wait(PROBE_SECONDS):
                memory.append((time.perf_counter() - began, rss_mib(process.pid)))
                asked = time.perf_counter()
                with urllib.request.urlopen(f"http://{HOST}:{args.port}/healthz", timeout=30) as response:
                    response.read()
                health.append(time.perf_counter() - asked)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        load = run_load(args.port, body, args.clients, args.seconds)
        stop.set()
        watcher.join()
        memory.append((time.perf_counter() - began, rss_mib(process.pid)))
    finally:
        stop_server(process)
    report(load, args, cache, health, memory)


def report(
    load: Load, args: argparse.Namespace, cache: str, health: list[float], memory: list[tuple[float, float]]
) -> None:
    print(f"soak of {args.tree}: {args.clients} clients x {load.seconds:.0f} s, response cache {cache}, 1 worker")
    print(f"{'kind':<26} {'requests':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for kind in sorted(load.by_kind):
        count, errors = len(load.by_kind[kind]), load.failures.get(kind, 0)
        print(f"{kind:<26} {count:>9} {load.percentile(50, kind):>8.1f} {load.percentile(99, kind):>8.1f} {errors:>7}")
    print(f"{'all':<26} {load.requests:>9} {load.percentile(50):>8.1f} {load.percentile(99):>8.1f} {load.errors:>7}")
    print(f"throughput: {load.rate:.0f} requests/s; errors: {load.errors}")
    ordered = sorted(health)
    if ordered:

        def at(p: float) -> float:
            return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000

        slow = sum(1 for seconds in ordered if seconds >= 0.05)
        print(
            f"/healthz meanwhile: {len(ordered)} probes, p50 {at(50):.1f} ms, p90 {at(90):.1f} ms, "
            f"p99 {at(99):.1f} ms, max {ordered[-1] * 1000:.1f} ms; {slow} took 50 ms or more"
        )
    sizes = [rss for _, rss in memory]
    print(
        f"server memory (RSS): {sizes[0]:.0f} MiB at the start, {sizes[-1]:.0f} MiB at the end, "
        f"{max(sizes):.0f} MiB at most"
    )
    marks, shown = [], 0.0
    for seconds, rss in memory:
        if seconds >= shown:
            marks.append(f"{seconds:.0f} s {rss:.0f}")
            shown += args.every
    print(f"  every {args.every:.0f} s: " + ", ".join(marks) + " MiB")


if __name__ == "__main__":
    main()
