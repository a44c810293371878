"""Benchmark the GraphQL API: this checkout next to baseline trees (e.g. main, an older engine), in one run.

    .venv/bin/python -m benchmarks.api [--baseline DIR]... [--seconds 5] [--clients 16] [--repeat 100] [--skip-http]

(a) in process, per example operation and `{ __typename }`: mean ms per request through the
    whole ASGI app (httpx's ASGI transport, no network), response cache off, kb answers warm,
    the best of five rounds taken in turn, for this checkout and each --baseline DIR (run in its
    own subprocess with its own orgkb: make one with `git worktree add /tmp/orgkb-main main`),
    and their ratios;
(b) for this checkout only: what the kept kb answers save (each request with a fresh `Answers`);
(c) for this checkout only, where an operation's time goes: strawberry's `execute_sync` next to
    graphql-core's executor alone answering the same data from plain dicts with its default
    resolver (no strawberry, no orgkb, no parsing or validation), the cost any schema on
    graphql-core pays to complete the same fields;
(d) HTTP on 127.0.0.1: uvicorn in a subprocess per tree, one worker, N keep-alive clients in
    S alternating one-second rounds per tree on `{ __typename }`, office with sections,
    whoHandles and whoHandles with a new question each time, with the response cache and
    without: requests/s, latency, and the server's CPU time per request (user and system, from
    /proc: steadier than requests/s on a shared machine);
(e) the limits: checking documents of nested fragments with strawberry's `QueryDepthLimiter` and
    `MaxAliasesLimiter` next to orgkb's one walk (`orgkb.graphql.limits`).
Nothing is timed as a test; the script prints figures to compare between runs.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.http_load import SERVE, Load, cpu_seconds, run_load, start_server, stop_server, unique_question

HERE = Path(__file__).parents[1]
OPERATIONS = HERE / "orgkb" / "graphql" / "operations"
TRIVIAL = "{ __typename }"
ROUNDS = 5

IN_PROCESS = """
import asyncio, inspect, json, sys, time
import httpx
from orgkb.app import create_app

repeat, queries = int(sys.argv[1]), json.loads(sys.argv[2])
parameters = inspect.signature(create_app).parameters
options = {"response_cache_size": 0} if "response_cache_size" in parameters else {"response_bytes": 0}
app = create_app(**options)  # over the built-in corpus

async def main():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for query in queries.values():
            response = await client.post("/graphql", json={"query": query})  # warm
            assert response.status_code == 200 and "errors" not in response.json(), response.text
        print("ready", flush=True)
        for _ in sys.stdin:  # one round per line
            figures = {}
            for name, query in queries.items():
                began = time.perf_counter()
                for _ in range(repeat):
                    await client.post("/graphql", json={"query": query})
                figures[name] = (time.perf_counter() - began) / repeat * 1000
            print(json.dumps(figures), flush=True)

asyncio.run(main())
"""
"""Runs in a subprocess per tree: after "ready", one round of every query per line read, its figures a JSON line."""


def queries() -> dict[str, str]:
    found = {"{ __typename }": TRIVIAL}
    for path in sorted(OPERATIONS.glob("*.graphql")):
        found[path.stem.replace("_", " ")] = path.read_text(encoding="utf-8")
    return found


def in_process(trees: dict[str, Path], repeat: int) -> dict[str, dict[str, float]]:
    """Mean ms per operation through the app of each tree, the best of `ROUNDS` rounds, the trees taking turns.

    Each tree runs in a subprocess with its own orgkb; a round of one tree follows a round of the
    other, so a busy moment of a shared machine falls on both.
    """
    processes = {}
    for label, tree in trees.items():
        environment = {**os.environ, "PYTHONPATH": str(tree)}
        command = [sys.executable, "-c", IN_PROCESS, str(max(1, repeat // ROUNDS)), json.dumps(queries())]
        processes[label] = subprocess.Popen(
            command, cwd=tree, env=environment, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
    try:
        for label, process in processes.items():
            assert process.stdout is not None
            if process.stdout.readline().strip() != "ready":
                raise SystemExit(f"the in-process benchmark of {trees[label]} did not start")
        best: dict[str, dict[str, float]] = {label: {} for label in trees}
        for _ in range(ROUNDS):
            for label, process in processes.items():
                assert process.stdin is not None and process.stdout is not None
                process.stdin.write("round\n")
                process.stdin.flush()
                figures: dict[str, float] = json.loads(process.stdout.readline())
                for name, ms in figures.items():
                    best[label][name] = min(best[label].get(name, float("inf")), ms)
        return best
    finally:
        for process in processes.values():
            if process.stdin is not None:
                process.stdin.close()
            process.wait(timeout=30)


def best_ms(functions: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Mean ms per call of each function, the best of `ROUNDS` rounds, the functions taking turns."""
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(ROUNDS):
        for name, function in functions.items():
            began = time.perf_counter()
            for _ in range(max(1, repeat // ROUNDS)):
                function()
            best[name] = min(best[name], (time.perf_counter() - began) / max(1, repeat // ROUNDS) * 1000)
    return best


def answers_effect(repeat: int) -> None:
    from orgkb.graphql.context import Answers, Context
    from orgkb.graphql.schema import get_schema
    from orgkb.loading import builtin_knowledge_base

    kb = builtin_knowledge_base()
    schema = get_schema()
    print(f"\n(b) kb answers kept (this checkout), mean ms of {repeat} in-process runs")
    print(f"{'operation':<28} {'kept':>8} {'fresh':>8} {'ratio':>7}")
    for name, query in queries().items():
        kept = Context.of(kb)
        schema.execute_sync(query, context_value=kept)

        def fresh(query: str = query) -> object:
            return schema.execute_sync(query, context_value=Context(kb, Answers(kb)))

        warmed = functools.partial(schema.execute_sync, query, context_value=kept)
        figures = best_ms({"kept": warmed, "fresh": fresh}, max(ROUNDS, repeat // 10))
        warm, cold = figures["kept"], figures["fresh"]
        print(f"{name:<28} {warm:>8.2f} {cold:>8.2f} {cold / warm:>7.1f}")


def executor_floor(repeat: int) -> None:
    from graphql import build_schema, execute, parse

    from orgkb.graphql.execution import run
    from orgkb.graphql.schema import SDL_PATH
    from orgkb.loading import builtin_knowledge_base

    kb = builtin_knowledge_base()
    plain = build_schema(SDL_PATH.read_text(encoding="utf-8"))
    print(f"\n(c) where an operation's time goes (this checkout), mean ms, best of {ROUNDS} rounds")
    print(f"{'operation':<28} {'fields':>7} {'orgkb':>8} {'graphql-core alone':>19} {'share':>6}")
    for name, query in queries().items():
        data = run(kb, query)["data"]
        document = parse(query)
        ours = functools.partial(run, kb, query)
        alone = functools.partial(execute, plain, document, root_value=data)
        figures = best_ms({"orgkb": ours, "alone": alone}, repeat)
        share = figures["alone"] / figures["orgkb"]
        print(f"{name:<28} {_fields(data):>7} {figures['orgkb']:>8.3f} {figures['alone']:>19.3f} {share:>6.0%}")
    print("  (share: the part of orgkb's time that graphql-core's executor takes alone on the same answer)")


def _fields(value: object) -> int:
    if isinstance(value, dict):
        return len(value) + sum(_fields(item) for item in value.values())
    if isinstance(value, list):
        return sum(_fields(item) for item in value)
    return 0


Results = dict[tuple[str, str, str], tuple[Load, float]]
"""(tree, cache, query) -> the load measured and the server's CPU seconds meanwhile."""


def http(trees: dict[str, Path], clients: int, seconds: float, port: int) -> Results:
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
    print(f"\n(d) HTTP on 127.0.0.1, uvicorn 1 worker each, {clients} keep-alive clients, {rounds} x 1 s per tree")
    print(
        f"{'tree':<12} {'cache':<6} {'query':<26} {'req/s':>8} {'cpu ms/req':>11} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'errors':>7}"
    )
    results: Results = {}
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
                    results[label, cache, name] = (Load(), 0.0)
                for _ in range(rounds):
                    for label in trees:
                        before = cpu_seconds(servers[label].pid)
                        load = run_load(ports[label], request, clients, 1.0)
                        total, cpu = results[label, cache, name]
                        total.requests += load.requests
                        total.errors += load.errors
                        total.seconds += load.seconds
                        total.latencies += load.latencies
                        results[label, cache, name] = (total, cpu + cpu_seconds(servers[label].pid) - before)
                for label in trees:
                    load, cpu = results[label, cache, name]
                    cost = cpu / max(1, load.requests) * 1000
                    print(
                        f"{label:<12} {cache:<6} {name:<26} {load.rate:>8.0f} {cost:>11.3f} "
                        f"{load.percentile(50):>8.2f} {load.percentile(99):>8.2f} {load.errors:>7}"
                    )
        finally:
            for server in servers.values():
                stop_server(server)
    return results


def ratios(results: Results, baselines: list[str]) -> None:
    print("\nthis / baseline: throughput (above 1: this is faster) and CPU per request (below 1: this is cheaper)")
    print(f"{'baseline':<12} {'cache':<6} {'query':<26} {'req/s':>7} {'cpu':>7}")
    for baseline in baselines:
        for cache in ("on", "off"):
            for name in ("{ __typename }", "office with sections", "whoHandles", "whoHandles, new question"):
                (this, this_cpu), (base, base_cpu) = results["this", cache, name], results[baseline, cache, name]
                rate = this.rate / base.rate if base.rate else float("nan")
                cost = (
                    (this_cpu / max(1, this.requests)) / (base_cpu / max(1, base.requests))
                    if base_cpu
                    else float("nan")
                )
                print(f"{baseline:<12} {cache:<6} {name:<26} {rate:>7.2f} {cost:>7.2f}")


def limits_cost() -> None:
    import strawberry
    from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter

    from orgkb.graphql.limits import LIMITS, check

    @strawberry.type
    class Query:
        name: str = "x"

    print("\n(e) checking n fragments, each spreading the next twice (ms)")
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
    parser.add_argument(
        "--baseline",
        type=Path,
        action="append",
        default=[],
        help="another code tree (e.g. a git worktree of main) to compare; may be given more than once",
    )
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds of load per query (default 5)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent keep-alive clients (default 16)")
    parser.add_argument("--repeat", type=int, default=100, help="in-process runs per operation (default 100)")
    parser.add_argument("--port", type=int, default=8977, help="first port on 127.0.0.1 for the servers")
    parser.add_argument("--skip-http", action="store_true", help="only the in-process figures")
    args = parser.parse_args(argv)
    trees = {_label(tree, number): tree.resolve() for number, tree in enumerate(args.baseline)}
    baselines = list(trees)
    trees["this"] = HERE
    figures = in_process(trees, args.repeat)
    print(f"(a) in process through the ASGI app, mean ms of {args.repeat} requests (response cache off)")
    header = " ".join(f"{label:>12}" for label in trees) + "".join(f" {'this/' + b[:9]:>14}" for b in baselines)
    print(f"{'operation':<28} {header}")
    for name in queries():
        row = " ".join(f"{figures[label][name]:>12.2f}" for label in trees)
        versus = "".join(f" {figures['this'][name] / figures[b][name]:>14.2f}" for b in baselines)
        print(f"{name:<28} {row}{versus}")
    answers_effect(args.repeat)
    executor_floor(args.repeat)
    if not args.skip_http:
        results = http(trees, args.clients, args.seconds, args.port)
        if baselines:
            ratios(results, baselines)
    limits_cost()


def _label(tree: Path, number: int) -> str:
    name = tree.resolve().name[:12]
    return name if name != "this" else f"baseline{number}"


if __name__ == "__main__":
    main()
