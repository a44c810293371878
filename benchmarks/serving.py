"""Serving figures on a store `orgkb load` wrote: a unit's coordination and an organization's page.

    python -m benchmarks.serving --store DIR [--remote URL] [--units 100] [--pages 300]
                                 [--queries 200] [--seconds 30]

For a loaded directory store (size M: `docs/loading.md`, "Size M, serving"), opened read-only in
this process (so it can be the store another process serves), each figure printed as measured:

- coordination of a unit (`kb.coordination.links.coordination`): the first in this process,
  then p50/p99 of `--units` more, the units of the store's general offices in turn;
- an organization with its units (`operations/office_with_sections.graphql`) in this process,
  each a described organization not asked before: the first (what a server's first request
  builds), then the CPU time of each of `--pages` more (mean) and their p50/p99;
- compare of two county general offices (the first compare);
- who handles: the first question (it builds the search index, or reads back a saved one), then
  p50/p99 of `--queries` questions as `benchmarks.scale` asks them;
- with `--remote URL` (a SPARQL server holding the same store, e.g. `oxigraph serve --location
  COPY`), its open and every figure above again on it, opened read-only too (nothing derived or
  written), then each as a ratio to the directory store's;
- the same over HTTP from `orgkb serve --store DIR` just started (`benchmarks.scale.serving`) at
  16 keep-alive clients for `--seconds` (0: not measured): requests/s and p50/p99, then the first
  16 answers (each client's first, which waited for what a new server builds) apart from the rest.

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
from collections.abc import Callable
from pathlib import Path

from benchmarks.scale import (
    MATTERS,
    OFFICE_WITH_UNITS,
    described,
    measure_organizations_http,
    measure_questions,
    measure_unit_coordination,
    percentile,
    print_ratios,
    question_places,
    timed,
)
from orgkb.graphql.execution import run
from orgkb.kb.coordination.compare import compare
from orgkb.kb.coordination.coverage import select
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase

Row = tuple[str, float]
"""A figure's label and its seconds."""


def load_average() -> str:
    return f"(load average {os.getloadavg()[0]:.1f})"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def recorder(rows: list[Row]) -> Callable[[str, float], None]:
    """A function adding a row to `rows` and printing it at once, with the load average."""

    def row(label: str, seconds: float) -> None:
        rows.append((label, seconds))
        print(f"{label:<66}{seconds * 1000:>10,.1f} ms {load_average()}", flush=True)

    return row


def organization_pages(
    kb: KnowledgeBase, organizations: list[str], count: int, row: Callable[[str, float], None]
) -> None:
    row(
        "an organization with its units: the first",
        timed(lambda: run(kb, OFFICE_WITH_UNITS, {"id": organizations[-1]}))[0],
    )
    walls, cpus = [], []
    for organization in organizations[:count]:
        cpu, began = time.process_time(), time.perf_counter()
        answer = run(kb, OFFICE_WITH_UNITS, {"id": organization})
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
        if "errors" in answer:
            raise SystemExit(f"{organization}: {answer['errors']}")
    row(f"an organization with its units: CPU mean of {len(cpus)}", statistics.mean(cpus))
    row(f"an organization with its units: p50 of {len(walls)}", statistics.median(walls))
    row(f"an organization with its units: p99 of {len(walls)}", percentile(walls, 0.99))


def in_process(kb: KnowledgeBase, opened: float, organizations: list[str], args: argparse.Namespace) -> list[Row]:
    """Every in-process figure on `kb` (opened in `opened` seconds), printed as measured: (label, seconds) rows."""
    rows: list[Row] = []
    row = recorder(rows)
    row("open (read-only)", opened)
    offices = select(kb, (), "general-office", None)
    first, times = measure_unit_coordination(kb, offices, args.units)
    row("coordination of a unit: the first", first)
    row(f"coordination of a unit: p50 of {len(times)}", statistics.median(times))
    row(f"coordination of a unit: p99 of {len(times)}", percentile(times, 0.99))
    organization_pages(kb, organizations, args.pages, row)
    row("compare two county general offices (the first compare)", timed(lambda: compare(kb, offices[0], offices[1]))[0])
    places = question_places(kb, offices)
    row(
        "who handles: the first question (builds or reads back the index)",
        timed(lambda: who_handles(kb, MATTERS[0], None, 5))[0],
    )
    times = measure_questions(kb, places, args.queries)
    row(f"who handles: p50 of {len(times)} questions", statistics.median(times))
    row(f"who handles: p99 of {len(times)} questions", percentile(times, 0.99))
    return rows


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
    parser.add_argument("--remote", metavar="URL", help="a SPARQL server holding the same store, measured too")
    parser.add_argument("--units", type=int, default=100, help="units whose coordination is timed (default 100)")
    parser.add_argument("--pages", type=int, default=300, help="organization pages timed (default 300)")
    parser.add_argument("--queries", type=int, default=200, help="who-handles questions timed (default 200)")
    parser.add_argument("--seconds", type=float, default=30.0, help="seconds of HTTP load (default 30; 0: none)")
    args = parser.parse_args(argv)
    import orgkb

    print(f"orgkb from {Path(orgkb.__file__).parent}, store {args.store}", flush=True)
    opened, kb = timed(lambda: KnowledgeBase(args.store, read_only=True))
    every = described(kb)
    shuffled = list(every)
    random.Random(0).shuffle(shuffled)
    embedded = in_process(kb, opened, shuffled, args)
    kb.close()
    del kb
    if args.remote:
        print(f"\n-- the same on the SPARQL server at {args.remote}", flush=True)
        opened, remote_kb = timed(lambda: KnowledgeBase(args.remote, read_only=True))
        remote = in_process(remote_kb, opened, shuffled, args)
        remote_kb.close()
        print_ratios(remote, embedded)
    if args.seconds > 0:
        organization_pages_http(args.store, every, args.seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
