"""Serving figures on a store `orgkb load` wrote: a unit's coordination and an organization's page.

    python -m benchmarks.serving --store DIR [--units 100] [--seconds 30]

For a loaded directory store (size M: `docs/loading.md`, "Size M, serving"), opened read-only in
this process (so it can be the store another process serves), each figure printed as measured:

- coordination of a unit (`kb.coordination.links.coordination`): the first in this process,
  then p50/p99 of `--units` more, the units of the store's general offices in turn;
- an organization with its units (`operations/office_with_sections.graphql`) in this process,
  each a described organization not asked before: the first (what a server's first request
  builds), then the CPU time of each of 300 more (mean) and their p50/p99;
- the same over HTTP from `orgkb serve --store DIR` just started (`benchmarks.scale.serving`) at
  16 keep-alive clients for `--seconds`: requests/s and p50/p99, then the first 16 answers (each
  client's first, which waited for what a new server builds) apart from the rest.

Run it with `PYTHONPATH` set to another checkout to measure that checkout's code on the same
store. The load average is printed beside each figure; compare checkouts within one run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

from benchmarks.scale import OFFICE_WITH_UNITS, described, measure_organizations_http, percentile
from orgkb.graphql.execution import run
from orgkb.kb.coordination.coverage import select
from orgkb.kb.coordination.links import coordination
from orgkb.kb.organizations import units
from orgkb.kb.store import KnowledgeBase

PAGES = 300
"""Organization pages timed in this process."""


def load_average() -> str:
    return f"(load average {os.getloadavg()[0]:.1f})"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def unit_coordination(kb: KnowledgeBase, count: int) -> None:
    offices = select(kb, (), "general-office", None)
    found = [unit.id for office in offices[:count] for unit in units(kb, office)]
    began = time.perf_counter()
    coordination(kb, found[0])
    first = time.perf_counter() - began
    times = []
    for unit in (found[1:] * count)[:count]:
        began = time.perf_counter()
        coordination(kb, unit)
        times.append(time.perf_counter() - began)
    print(
        f"coordination of a unit: the first {ms(first)}; p50 {ms(statistics.median(times))},"
        f" p99 {ms(percentile(times, 0.99))} of {len(times)} {load_average()}",
        flush=True,
    )


def organization_pages(kb: KnowledgeBase, organizations: list[str]) -> None:
    began = time.perf_counter()
    run(kb, OFFICE_WITH_UNITS, {"id": organizations[-1]})
    first = time.perf_counter() - began
    walls, cpus = [], []
    for organization in organizations[:PAGES]:
        cpu, began = time.process_time(), time.perf_counter()
        answer = run(kb, OFFICE_WITH_UNITS, {"id": organization})
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
        if "errors" in answer:
            raise SystemExit(f"{organization}: {answer['errors']}")
    print(
        f"an organization with its units, in process: the first {ms(first)}; CPU mean {ms(statistics.mean(cpus))},"
        f" p50 {ms(statistics.median(walls))}, p99 {ms(percentile(walls, 0.99))} of {len(walls)} {load_average()}",
        flush=True,
    )


def organization_pages_http(store: Path, organizations: list[str], seconds: float) -> None:
    before = load_average()
    load = measure_organizations_http(store, organizations, 16, seconds)
    first, rest = load.latencies[:16], load.latencies[16:]
    print(
        f"an organization with its units over HTTP, 16 clients: {load.requests} requests in {load.seconds:.0f} s"
        f" ({load.rate:.1f}/s, {load.errors} errors), p50 {load.percentile(50):,.1f} ms, p99 {load.percentile(99):,.1f}"
        f" ms; the first 16 {ms(min(first))}-{ms(max(first))}; the rest p50 {ms(statistics.median(rest))},"
        f" p99 {ms(percentile(rest, 0.99))} {before}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.serving", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="a directory store orgkb load wrote")
    parser.add_argument("--units", type=int, default=100, help="units whose coordination is timed (default 100)")
    parser.add_argument("--seconds", type=float, default=30.0, help="seconds of HTTP load (default 30)")
    args = parser.parse_args(argv)
    import orgkb

    print(f"orgkb from {Path(orgkb.__file__).parent}, store {args.store}", flush=True)
    kb = KnowledgeBase(args.store, read_only=True)
    every = described(kb)
    shuffled = list(every)
    random.Random(0).shuffle(shuffled)
    unit_coordination(kb, args.units)
    organization_pages(kb, shuffled)
    kb.close()
    del kb
    organization_pages_http(args.store, every, args.seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
