"""Benchmark the GraphQL API: this checkout next to a baseline tree (e.g. main), in one run.

    .venv/bin/python -m benchmarks.api [--baseline DIR] [--seconds 5] [--clients 16] [--repeat 100] [--skip-http]

(a) in process, per example operation and `{ __typename }`: mean ms per request through the
    whole ASGI app (httpx's ASGI transport, no network), response cache off, kb answers warm,
    for this checkout and, with --baseline, for DIR (run in its own subprocess with its own
    orgkb: make one with `git worktree add /tmp/orgkb-main main`), and their ratio;
(b) for this checkout only: what the kept kb answers save (each request with a fresh `Answers`);
(c) HTTP on 127.0.0.1: uvicorn in a subprocess per tree, one worker, N keep-alive clients in
    S alternating one-second rounds per tree on `{ __typename }`, office with sections,
    whoHandles and whoHandles with a new question each time, with the response cache and
    without;
(d) the limits: checking documents of nested fragments with strawberry's `QueryDepthLimiter` and
    `MaxAliasesLimiter` next to orgkb's one walk (`orgkb.graphql.limits`).
Nothing is timed as a test; the script prints figures to compare between runs.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.http_load import SERVE, Load, run_load, start_server, stop_server, unique_question

HERE = Path(__file__).parents[1]
OPERATIONS = HERE / "orgkb" / "graphql" / "operations"
TRIVIAL = "{ __typename }"

IN_PROCESS = """
import asyncio, inspect, json, sys, time
from pathlib import Path
import httpx
from orgkb.app import create_app
from orgkb.kb.store import KnowledgeBase

repeat, queries = int(sys.argv[1]), json.loads(sys.argv[2])
parameters = inspect.signature(create_app).parameters
options = {"response_cache_size": 0} if "response_cache_size" in parameters else {"response_bytes": 0}
app = create_app(KnowledgeBase.builtin(), **options)

async def main():
    figures = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for name, query in queries.items():
            response = await client.post("/graphql", json={"query": query})  # warm
            assert response.status_code == 200 and "errors" not in response.json(), response.text
            began = time.perf_counter()
            for _ in range(repeat):
                await client.post("/graphql", json={"query": query})
            figures[name] = (time.perf_counter() - began) / repeat * 1000
    print(json.dumps(figures))

asyncio.run(main())
"""


def queries() -> dict[str, str]:
    found = {"{ __typename }": TRIVIAL}
    for path in sorted(OPERATIONS.glob("*.graphql")):
        found[path.stem.replace("_", " ")] = path.read_text(encoding="utf-8")
    return found


def in_process(tree: Path, repeat: int) -> dict[str, float]:
    """Mean ms per operation through the app of `tree`, in a subprocess running that tree's orgkb."""
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    output = subprocess.run(
        [sys.executable, "-c", IN_PROCESS, str(repeat), json.dumps(queries())],
        cwd=tree,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(output.stdout.strip().splitlines()[-1])
    return figures


def answers_effect(repeat: int) -> None:
    from orgkb.graphql.context import Answers, Context
    from orgkb.graphql.schema import get_schema
    from orgkb.kb.store import KnowledgeBase

    kb = KnowledgeBase.builtin()
    schema = get_schema()
    print(f"\n(b) kb answers kept (this checkout), mean ms of {repeat} in-process runs")
    print(f"{'operation':<28} {'kept':>8} {'fresh':>8} {'ratio':>7}")
    for name, query in queries().items():
        kept = Context.of(kb)
        schema.execute_sync(query, context_value=kept)
        began = time.perf_counter()
        for _ in range(repeat):
            schema.execute_sync(query, context_value=kept)
        warm = (time.perf_counter() - began) / repeat * 1000
        began = time.perf_counter()
        for _ in range(max(1, repeat // 10)):
            schema.execute_sync(query, context_value=Context(kb, Answers(kb)))
        cold = (time.perf_counter() - began) / max(1, repeat // 10) * 1000
        print(f"{name:<28} {warm:>8.2f} {cold:>8.2f} {cold / warm:>7.1f}")


def http(trees: dict[str, Path], clients: int, seconds: float, port: int) -> dict[tuple[str, str, str], Load]:
    """Each query on each tree's server, in alternating one-second rounds (so a busy moment hits both)."""
    office = (OPERATIONS / "office_with_sections.graphql").read_text(encoding="utf-8")
    who = (OPERATIONS / "who_handles_in_district.graphql").read_text(encoding="utf-8")
    asked = "query Q($m: String!) { whoHandles(matter: $m) { organization { id name } score reason } }"
    plan = [
        ("{ __typename }", TRIVIAL),
        ("office with sections", office),
        ("whoHandles", who),
        ("whoHandles, new question", asked),
    ]
    serial = itertools.count()
    rounds = max(1, round(seconds))
    print(f"\n(c) HTTP on 127.0.0.1, uvicorn 1 worker each, {clients} keep-alive clients, {rounds} x 1 s per tree")
    print(f"{'tree':<10} {'cache':<6} {'query':<26} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    results: dict[tuple[str, str, str], Load] = {}
    for cache in ("on", "off"):
        ports = {label: port + number for number, label in enumerate(trees)}
        servers = {label: start_server(SERVE, [cache], tree, ports[label]) for label, tree in trees.items()}
        try:
            for name, query in plan:

                def request(query: str = query, name: str = name) -> tuple[str, bytes]:
                    if query is asked:  # a question no request asked before: no kept answer helps
                        variables = {"m": unique_question(next(serial))}
                        return name, json.dumps({"query": query, "variables": variables}).encode()
                    return name, json.dumps({"query": query}).encode()

                for label in trees:
                    run_load(ports[label], request, clients, 0.5)  # warm up
                    results[label, cache, name] = Load()
                for _ in range(rounds):
                    for label in trees:
                        load, total = run_load(ports[label], request, clients, 1.0), results[label, cache, name]
                        total.requests += load.requests
                        total.errors += load.errors
                        total.seconds += load.seconds
                        total.latencies += load.latencies
                for label in trees:
                    load = results[label, cache, name]
                    print(
                        f"{label:<10} {cache:<6} {name:<26} {load.rate:>8.0f} {load.percentile(50):>8.2f} "
                        f"{load.percentile(99):>8.2f} {load.errors:>7}"
                    )
        finally:
            for server in servers.values():
                stop_server(server)
    return results


def limits_cost() -> None:
    import strawberry
    from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter

    from orgkb.graphql.limits import LIMITS, check

    @strawberry.type
    class Query:
        name: str = "x"

    print("\n(d) checking n fragments, each spreading the next twice (ms)")
    print(f"{'n':>4} {'QueryDepthLimiter':>18} {'MaxAliasesLimiter':>18} {'orgkb limits':>13}")
    for n in (10, 14, 18):
        spreads = " ".join(f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(n))
        query = f"{{ ...F0 }} {spreads} fragment F{n} on Query {{ name }}"
        figures = []
        for extension in (lambda: QueryDepthLimiter(max_depth=10), lambda: MaxAliasesLimiter(max_alias_count=20)):
            schema = strawberry.Schema(Query, extensions=[extension])
            began = time.perf_counter()
            schema.execute_sync(query, root_value=Query())
            figures.append((time.perf_counter() - began) * 1000)
        from graphql import parse

        document = parse(query)
        began = time.perf_counter()
        check(document, LIMITS)
        ours = (time.perf_counter() - began) * 1000
        print(f"{n:>4} {figures[0]:>18.1f} {figures[1]:>18.1f} {ours:>13.2f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--baseline", type=Path, help="another code tree (e.g. a git worktree of main) to compare")
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds of load per query (default 5)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent keep-alive clients (default 16)")
    parser.add_argument("--repeat", type=int, default=100, help="in-process runs per operation (default 100)")
    parser.add_argument("--port", type=int, default=8977, help="port on 127.0.0.1 for the servers")
    parser.add_argument("--skip-http", action="store_true", help="only the in-process figures")
    args = parser.parse_args(argv)
    trees = {"this": HERE}
    if args.baseline:
        trees = {"baseline": args.baseline.resolve(), "this": HERE}
    figures = {label: in_process(tree, args.repeat) for label, tree in trees.items()}
    print(f"(a) in process through the ASGI app, mean ms of {args.repeat} requests (response cache off)")
    header = " ".join(f"{label:>9}" for label in trees)
    print(f"{'operation':<28} {header}" + (f" {'this/base':>9}" if args.baseline else ""))
    for name in queries():
        row = " ".join(f"{figures[label][name]:>9.2f}" for label in trees)
        versus = f" {figures['this'][name] / figures['baseline'][name]:>9.2f}" if args.baseline else ""
        print(f"{name:<28} {row}{versus}")
    answers_effect(args.repeat)
    if not args.skip_http:
        results = http(trees, args.clients, args.seconds, args.port)
        if args.baseline:
            print("\nthroughput ratios, this / baseline (above 1: this is faster)")
            for cache in ("on", "off"):
                for name in ("{ __typename }", "office with sections", "whoHandles", "whoHandles, new question"):
                    ratio = results["this", cache, name].rate / results["baseline", cache, name].rate
                    print(f"  cache {cache:<4} {name:<26} {ratio:.2f}")
    limits_cost()


if __name__ == "__main__":
    main()
