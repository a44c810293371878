"""Before and after on one loaded store: two checkouts of orgkb, the same measures, one run.

    git worktree add --detach /tmp/orgkb-before <commit>
    python -m benchmarks.scale_ab --before /tmp/orgkb-before --store DIR --corpus CORPUS [--seed 0]

`--store` is a directory store `orgkb load CORPUS --store DIR` wrote (with the coordination it
saved beside it); it is copied for each measure and never changed. For each checkout, one after
the other, each in processes of its own (`PYTHONPATH` set to the checkout, run outside it):

- start: `orgkb serve` on a copy of the store, to /healthz and to its first who-handles answer,
  with nothing saved beside it (the index built) and again (the index read back);
- writes: three new pages added (the pages after the corpus, as `benchmarks.national` writes them)
  one after the other to a copy just opened with the coordination saved for that checkout's code
  beside it (saved first, untimed), then one loaded page loaded again;
- coverage: the coverage matrix of every general office of the store, cold (a store just opened),
  and a digest of it, which is the same for both checkouts when the matrices are;
- prepare (untimed): a copy of the store with what that checkout saves beside it once pages are
  loaded: the coordination, the compare model where its `orgkb load` saves one (else none: its
  first compare builds it), and the who-handles index (as its first server saves it);
- compare: the first compare of two general offices in a process that just opened the prepared copy;
- answers: on the prepared copy just opened, the first coordination of a unit and p50/p99 of 100
  more, then the first who-handles question (the index read back) and p50/p99 of 200 more;
- http: an organization with its units over HTTP from `orgkb serve` on the prepared copy, 16 clients.

`--steps` picks some of them (prepare first: compare, answers and http need it; writes uses it when there).

The figures depend on the machine and on what else runs: the load average is printed beside
each, and only ratios within one run compare. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]  # the checkout measured "after"


def in_checkout(checkout: Path, *arguments: str) -> None:
    """Run this file's `arguments` step with `checkout`'s orgkb and benchmarks (`scale`, `national`)."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    command = [sys.executable, str(Path(__file__).resolve()), *arguments]
    subprocess.run(command, env=env, cwd=tempfile.gettempdir(), check=True)


def copy_store(store: Path, into: Path, saved: bool) -> Path:
    from orgkb.kb.store import persisted

    shutil.rmtree(into, ignore_errors=True)
    into.mkdir(parents=True)
    shutil.copytree(store, into / "kb")
    if saved and persisted.folder_of(store).exists():
        shutil.copytree(persisted.folder_of(store), persisted.folder_of(into / "kb"))
    return into / "kb"


def step_start(label: str, store: Path, work: Path) -> None:
    from benchmarks.scale import measure_start

    copy = copy_store(store, work / "start", saved=False)
    load = os.getloadavg()[0]
    cold, warm = measure_start(copy), measure_start(copy)
    print(
        f"{label:8} serve: nothing saved {cold.healthy:.1f} s to /healthz, {cold.answered:.1f} s to the first answer"
        f" ({cold.memory:,.0f} MB peak); index read back {warm.healthy:.1f} s, {warm.answered:.1f} s"
        f" ({warm.memory:,.0f} MB peak) (load average {load:.1f})",
        flush=True,
    )


def step_writes(label: str, store: Path, work: Path, corpus: Path, seed: int) -> None:
    import gc

    from benchmarks.national import national_pages
    from orgkb.kb.store.knowledge_base import KnowledgeBase, LoadResult
    from orgkb.loaders.load.files import read_page

    try:
        from orgkb.loading import load_path
    except ImportError:  # a checkout from before orgkb.loading, whose knowledge base read pages itself

        def load_path(kb: KnowledgeBase, path: str | Path) -> LoadResult:
            return kb.load_path(path)  # type: ignore[attr-defined,no-any-return]

    copy = copy_store(prepared(store, work) if prepared(store, work).exists() else store, work / "writes", saved=True)
    kb = KnowledgeBase(copy)
    kb._read_saved_coordination()
    if kb._coordination is None:  # none saved for this checkout's code: save one first, untimed
        kb._derive()
        kb.save_derived()
    del kb
    gc.collect()  # lets go of the store's lock
    loaded = sorted(corpus.rglob("*.txt"))
    new = []
    for number, page in enumerate(list(national_pages(len(loaded) + 3, seed))[-3:]):
        path = work / f"new-{number}" / Path(page.name).name
        path.parent.mkdir(exist_ok=True)
        path.write_text(page.text, encoding="utf-8")
        new.append(path)
    again = loaded[0]
    kb = KnowledgeBase(copy)
    read_page(new[0])  # the reader's first page in a process sets it up
    load = os.getloadavg()[0]
    seconds = []
    for path in [*new, again]:
        began = time.perf_counter()
        result = load_path(kb, path)
        seconds.append(time.perf_counter() - began)
        if not result.ok:
            raise SystemExit(f"{path}: {result.error}")
    print(
        f"{label:8} writes: new pages {seconds[0]:.2f} s (the first reads the saved coordination),"
        f" {seconds[1]:.2f} s, {seconds[2]:.2f} s; a loaded page again {seconds[3]:.2f} s (load average {load:.1f})",
        flush=True,
    )


def step_coverage(label: str, store: Path) -> None:
    from orgkb.kb.coordination.coverage import coverage, select
    from orgkb.kb.store.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(store, read_only=True)
    load = os.getloadavg()[0]
    began = time.perf_counter()
    offices = select(kb, (), "general-office", None)
    chosen = time.perf_counter()
    matrix = coverage(kb, offices)
    done = time.perf_counter()
    shape = (
        [(m.organization.id, m.organization.name, m.place, m.duties) for m in matrix.members],
        [(row.matter.id, row.counts) for row in matrix.rows],
        [(gap.organization.id, gap.matter.id, gap.covered) for gap in matrix.gaps],
    )
    digest = hashlib.sha256(repr(shape).encode()).hexdigest()[:12]
    print(
        f"{label:8} coverage: select {chosen - began:.2f} s, matrix cold {done - chosen:.2f} s"
        f" ({len(offices)} general offices x {len(matrix.rows)} matters, digest {digest}; load average {load:.1f})",
        flush=True,
    )


def prepared(store: Path, work: Path) -> Path:
    return work / "prepared" / "kb"


def step_prepare(label: str, store: Path, work: Path) -> None:
    import gc
    import importlib

    from orgkb.kb.search.index import handler_index
    from orgkb.kb.store import persisted
    from orgkb.kb.store.knowledge_base import KnowledgeBase

    copy = copy_store(store, work / "prepared", saved=True)
    began = time.perf_counter()
    kb = KnowledgeBase(copy)
    kb._read_saved_coordination()
    if kb._coordination is None:
        kb._derive()
        kb.save_derived()
    compare = importlib.import_module("orgkb.kb.coordination.compare")
    if hasattr(compare, "save_model"):  # this checkout's `orgkb load` saves the model
        compare.save_model(kb)
    handler_index(kb)
    persisted.finish_saving()
    del kb
    gc.collect()
    print(f"{label:8} prepared in {time.perf_counter() - began:.0f} s", flush=True)


def step_compare(label: str, store: Path, work: Path) -> None:
    from orgkb.kb.coordination.compare import compare
    from orgkb.kb.coordination.coverage import select
    from orgkb.kb.store.knowledge_base import KnowledgeBase

    copy = copy_store(prepared(store, work), work / "compare", saved=True)
    load = os.getloadavg()[0]
    kb = KnowledgeBase(copy)
    offices = select(kb, (), "general-office", None)
    began = time.perf_counter()
    first = compare(kb, offices[0], offices[1])
    middle = time.perf_counter()
    second = compare(kb, offices[2], offices[3])
    done = time.perf_counter()
    digest = hashlib.sha256(repr((first, second)).encode()).hexdigest()[:12]
    print(
        f"{label:8} compare: the first {(middle - began) * 1000:,.1f} ms,"
        f" the next pair {(done - middle) * 1000:,.1f} ms (digest {digest}; load average {load:.1f})",
        flush=True,
    )


def step_answers(label: str, store: Path, work: Path, queries: int) -> None:
    from benchmarks.scale import MATTERS, measure_questions, measure_unit_coordination, percentile, timed
    from orgkb.kb.coordination.coverage import select
    from orgkb.kb.entities.places import place_of
    from orgkb.kb.search.who_handles import who_handles
    from orgkb.kb.store.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(prepared(store, work), read_only=True)
    load = os.getloadavg()[0]
    offices = select(kb, (), "general-office", None)
    unit_first, unit_times = measure_unit_coordination(kb, offices, 100)
    served = (place_of(kb, office) for office in offices[:20])
    first, _ = timed(lambda: who_handles(kb, MATTERS[0], None, 5))
    times = measure_questions(kb, [place.name for place in served if place is not None], queries)
    slowest = sorted(range(len(times)), key=lambda number: times[number])[-3:]
    print(
        f"{label:8} answers: coordination of a unit first {unit_first * 1000:,.1f} ms, p50/p99 of {len(unit_times)}"
        f" {statistics.median(unit_times) * 1000:,.1f} / {percentile(unit_times, 0.99) * 1000:,.1f} ms;"
        f" who handles first {first * 1000:,.1f} ms, p50/p99 of {len(times)} {statistics.median(times) * 1000:,.1f}"
        f" / {percentile(times, 0.99) * 1000:,.1f} ms (slowest: numbers {slowest}); load average {load:.1f}",
        flush=True,
    )


def step_http(label: str, store: Path, work: Path) -> None:
    from benchmarks.scale import described, measure_organizations_http
    from orgkb.kb.store.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(prepared(store, work), read_only=True)
    organizations = described(kb)
    del kb
    load = os.getloadavg()[0]
    measured = measure_organizations_http(prepared(store, work), organizations)
    print(
        f"{label:8} http: an organization with its units, 16 clients, {measured.requests:,} requests in"
        f" {measured.seconds:.0f} s ({measured.errors} errors): p50 {measured.percentile(50):,.1f} ms,"
        f" p99 {measured.percentile(99):,.1f} ms (load average {load:.1f})",
        flush=True,
    )


STEPS = ("prepare", "start", "writes", "coverage", "compare", "answers", "http")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale_ab", description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="a checkout of orgkb to compare with")
    parser.add_argument("--store", type=Path, required=True, help="a directory store of the corpus")
    parser.add_argument("--corpus", type=Path, required=True, help="the corpus the store was loaded from")
    parser.add_argument("--seed", type=int, default=0, help="the seed benchmarks.national wrote it with")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"which, comma-separated (default: {','.join(STEPS)})")
    parser.add_argument("--queries", type=int, default=200, help="who-handles questions to time (default 200)")
    parser.add_argument("--keep", type=Path, help="a folder to work in and keep (default: a temporary one)")
    parser.add_argument("--only", choices=["before", "after"], help="measure one checkout only")
    parser.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)
    parser.add_argument("--label", default="", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step is not None:
        steps: dict[str, Callable[[], None]] = {
            "start": lambda: step_start(args.label, args.store, args.work),
            "writes": lambda: step_writes(args.label, args.store, args.work, args.corpus, args.seed),
            "coverage": lambda: step_coverage(args.label, args.store),
            "prepare": lambda: step_prepare(args.label, args.store, args.work),
            "compare": lambda: step_compare(args.label, args.store, args.work),
            "answers": lambda: step_answers(args.label, args.store, args.work, args.queries),
            "http": lambda: step_http(args.label, args.store, args.work),
        }
        steps[args.step]()
        return 0
    checkouts = {"before": args.before.resolve(), "after": HERE}
    checkouts = {label: checkout for label, checkout in checkouts.items() if args.only in (None, label)}
    chosen = [step for step in STEPS if step in args.steps.split(",")]
    with contextlib.ExitStack() as stack:
        work = args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="scale-ab-")))
        for step in chosen:
            for label, checkout in checkouts.items():
                common = ["--before", str(args.before), "--store", str(args.store.resolve())]
                common += [
                    "--corpus",
                    str(args.corpus.resolve()),
                    "--seed",
                    str(args.seed),
                    "--queries",
                    str(args.queries),
                ]
                in_checkout(checkout, *common, "--step", step, "--label", label, "--work", str(work / label))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
