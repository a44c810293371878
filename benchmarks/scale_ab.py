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
  and a digest of it, which is the same for both checkouts when the matrices are.

The figures depend on the machine and on what else runs: the load average is printed beside
each, and only ratios within one run compare. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]  # the checkout measured "after"


def in_checkout(checkout: Path, *arguments: str) -> None:
    """Run this file's `arguments` step with `checkout`'s orgkb and benchmarks (`scale`, `national`)."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    command = [sys.executable, str(Path(__file__).resolve()), *arguments]
    subprocess.run(command, env=env, cwd=tempfile.gettempdir(), check=True)


def copy_store(store: Path, into: Path, saved: bool) -> Path:
    from orgkb.kb import persisted

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
    from orgkb.kb.store import KnowledgeBase
    from orgkb.loaders.files import read_page

    copy = copy_store(store, work / "writes", saved=True)
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
        result = kb.load_path(path)
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
    from orgkb.kb.store import KnowledgeBase

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale_ab", description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="a checkout of orgkb to compare with")
    parser.add_argument("--store", type=Path, required=True, help="a directory store of the corpus")
    parser.add_argument("--corpus", type=Path, required=True, help="the corpus the store was loaded from")
    parser.add_argument("--seed", type=int, default=0, help="the seed benchmarks.national wrote it with")
    parser.add_argument("--step", choices=["start", "writes", "coverage"], help=argparse.SUPPRESS)
    parser.add_argument("--label", default="", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step is not None:
        if args.step == "start":
            step_start(args.label, args.store, args.work)
        elif args.step == "writes":
            step_writes(args.label, args.store, args.work, args.corpus, args.seed)
        else:
            step_coverage(args.label, args.store)
        return 0
    checkouts = {"before": args.before.resolve(), "after": HERE}
    with tempfile.TemporaryDirectory(prefix="scale-ab-") as folder:
        work = Path(folder)
        for step in ("start", "writes", "coverage"):
            for label, checkout in checkouts.items():
                common = ["--before", str(args.before), "--store", str(args.store.resolve())]
                common += ["--corpus", str(args.corpus.resolve()), "--seed", str(args.seed)]
                in_checkout(checkout, *common, "--step", step, "--label", label, "--work", str(work / label))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
