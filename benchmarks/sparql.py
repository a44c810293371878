"""Benchmark bounded SPARQL: what running each query in a killable worker process costs.

    .venv/bin/python -m benchmarks.sparql [--queries 200]

Three figures on the built-in corpus, in one run: the latency of a quick query run in the
server's own process in a thread (how `/sparql` ran before it was bounded: the baseline), the
same query through `/sparql` and its worker processes (pipe, snapshot, serialization included),
and that latency again while a query that must be stopped at the time limit holds the other
worker. Then the time to take a new snapshot after a write (the first query after each write
pays it). Nothing is timed as a test; the script prints figures to compare between runs.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from orgkb.app import create_app
from orgkb.kb.store.sparql import run_sparql
from orgkb.loading import builtin_knowledge_base
from orgkb.settings import Settings
from orgkb.web.sparql.snapshots import Snapshots

QUICK = "SELECT ?name WHERE { ?unit a org:OrganizationalUnit ; skos:prefLabel ?name } ORDER BY ?name LIMIT 20"
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _percentiles(seconds: list[float]) -> tuple[float, float]:
    ordered = sorted(seconds)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.99) - 1] * 1000


async def _timed(count: int, call: Callable[[], Awaitable[object]]) -> list[float]:
    took = []
    for _ in range(count):
        started = time.perf_counter()
        await call()
        took.append(time.perf_counter() - started)
    return took


async def measure(count: int) -> None:
    kb = builtin_knowledge_base()
    app = create_app(kb, settings=Settings(sparql_timeout=30.0, sparql_workers=2))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://orgkb.bench", timeout=60) as client:

        async def through_workers() -> None:
            response = await client.get("/sparql", params={"query": QUICK})
            assert response.status_code == 200, response.text

        async def in_a_thread() -> None:
            await asyncio.to_thread(run_sparql, kb, QUICK)

        await app.state.sparql.start()
        await through_workers()  # the first snapshot
        baseline = await _timed(count, in_a_thread)
        bounded = await _timed(count, through_workers)
        stuck = asyncio.ensure_future(client.get("/sparql", params={"query": ENDLESS}))
        await asyncio.sleep(0.5)
        beside = await _timed(count, through_workers)
        stuck.cancel()
    app.state.sparql.close()
    rows = [("in-process thread (baseline)", baseline), ("worker process", bounded), ("beside a stuck query", beside)]
    base = statistics.median(baseline)
    print(f"{'quick SELECT, ' + str(count) + ' times':<32} {'p50 ms':>8} {'p99 ms':>8} {'x baseline':>11}")
    for name, seconds in rows:
        p50, p99 = _percentiles(seconds)
        print(f"{name:<32} {p50:8.2f} {p99:8.2f} {statistics.median(seconds) / base:11.1f}")
    snapshots = Snapshots(kb)
    took = []
    for _ in range(5):
        kb.generation += 1  # as a write would: the next query needs a new snapshot
        started = time.perf_counter()
        snapshots.current()
        took.append(time.perf_counter() - started)
    snapshots.close()
    print(f"snapshot of the in-memory store ({len(kb):,} quads): {statistics.median(took) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=int, default=200, help="how many quick queries each way (default 200)")
    asyncio.run(measure(parser.parse_args().queries))


if __name__ == "__main__":
    main()
