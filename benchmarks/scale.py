"""orgkb at national scale: load a national corpus into a directory store, ask, compare many offices.

    python -m benchmarks.scale --size S [--seed 0] [--corpus DIR] [--queries 200] [--store URL]
                               [--work DIR] [--skip STEP,...]

Writes the national corpus of that size (`benchmarks/national.py`; or reads it from `--corpus`),
then prints, measured in this run, each figure as soon as it is measured (a run stopped early
keeps the figures it printed), in this order:

- load: `orgkb load CORPUS --store DIR` (as a user runs it, in a process of its own: its peak
  resident memory too) into a new directory store, in pages/s and triples/s, with a line every
  `PROGRESS_PAGES` pages; and (step `bulk`, run last) as a ratio to pyoxigraph's own `bulk_load`
  of the same quads (dumped to a file) into another new directory store (the floor of any load path);
- start (step `starts`): `orgkb serve --store DIR` in a new process, to its first /healthz and to its first
  who-handles answer over GraphQL, twice: with nothing saved beside the store (the index built),
  then again (the index and coordination its first run saved, read back: `orgkb.kb.store.persisted`);
- writes to the loaded store, in a process that just opened it: one new page added, then one
  loaded page loaded again (each with the coordination brought up to date), into a copy of the
  store with nothing saved beside it (step `writes-bare`: as main opens one, the first write
  reads every page; hours at L) and into the store with the coordination the load saved (step
  `writes`); both run before the starts;
- the answers (step `answers`), in the benchmark's process: who handles: the first question
  (it builds the search index, or reads back the one a start saved) and then p50/p99 of `--queries`
  questions (matters in plain words, half of them within a county of the corpus);
- compare of two county general offices;
- coordination of a unit: the first (in a process that has asked nothing of coordination) and
  p50/p99 over units of the general offices;
- an organization with its units (`operations/office_with_sections.graphql`, step `http`) over HTTP from
  `orgkb serve` at 16 clients, each request a described organization not asked before (the
  server keeps whole responses: a repeated one measures its cache), p50/p99;
- the coverage matrix of every county general office in the corpus, cold (a store just
  opened: every duty read) and again for the same offices in another order (the duties kept),
  then its clusters.

With `--store URL` (an empty SPARQL 1.1 server, e.g. `oxigraph serve`), the corpus is loaded
there too and every figure is measured again on it, with its ratio to the directory store's.

`--skip` leaves steps out (`load`, `bulk`, `writes-bare`, `writes`, `starts`, `answers`, `http`); `--work DIR`
keeps the store (and the scratch) in DIR, kept after the run, instead of a temporary folder; with
`--skip load` the store an earlier run left in `DIR/kb` is measured (its first open derives what
a stopped load left out of date).

There is no older way to build a many-way matrix, so those rows have no ratio. Nothing here
is a test: the figures depend on the machine; compare ratios between runs.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple, TypeVar

import pyoxigraph as ox

from benchmarks.http_load import Load, run_load
from benchmarks.national import SIZES, extra_page, write_corpus
from benchmarks.startup import free_port
from orgkb.cli import main as orgkb
from orgkb.kb.coordination.clusters import clusters
from orgkb.kb.coordination.compare import compare
from orgkb.kb.coordination.coverage import coverage, kinds, select
from orgkb.kb.coordination.links import coordination
from orgkb.kb.entities.organizations import units
from orgkb.kb.entities.places import place_of
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store import persisted
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import read_page
from orgkb.loading import load_path

T = TypeVar("T")
STEPS = ("load", "bulk", "writes-bare", "writes", "starts", "answers", "http")  # what --skip may leave out
PROGRESS_PAGES = 5_000  # the load prints a line each time this many more pages are reported
MATTERS = (
    "archives",
    "letters and calls",
    "complaints from residents",
    "work safety",
    "market supervision",
    "elderly care services",
    "veterans affairs",
    "flood prevention",
    "food safety",
    "legal aid",
    "marriage registration",
    "government information disclosure",
    "foreign affairs receptions",
    "social assistance",
    "garbage classification",
    "civil air defense",
    "employment promotion",
    "the seals of the government",
    "tourism",
    "statistics",
)


def timed(action: Callable[[], T]) -> tuple[float, T]:
    began = time.perf_counter()
    result = action()
    return time.perf_counter() - began, result


@contextlib.contextmanager
def corpus_folder(given: Path | None, size: str, seed: int) -> Iterator[Path]:
    if given is not None:
        yield given
        return
    with tempfile.TemporaryDirectory(prefix=f"national-{size}-") as folder:
        pages, duties = write_corpus(Path(folder), SIZES[size], seed)
        print(f"corpus: {pages:,} pages, {duties:,} duties (benchmarks.national --size {size} --seed {seed})")
        yield Path(folder)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def now() -> str:
    return time.strftime("%H:%M:%S", time.gmtime())


def measure_load(corpus: Path, store: Path) -> tuple[int, float, float]:
    """(pages, seconds, peak resident MB) of `orgkb load CORPUS --store STORE`, run as a user runs
    it in a process of its own, printing a line every `PROGRESS_PAGES` pages it reports."""
    pages = sum(1 for _ in corpus.rglob("*.txt"))
    command = [sys.executable, "-m", "orgkb", "load", str(corpus), "--store", str(store)]
    print(f"{now()} load: {pages:,} pages, {' '.join(command[1:])}")
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    reported, failed = 0, []
    for line in process.stdout:
        if line.startswith(("loaded ", "replaced ", "FAIL ")):
            reported += 1
            if reported % PROGRESS_PAGES == 0:
                took = time.perf_counter() - began
                memory = resident(process.pid)
                print(f"{now()} load: {reported:,} pages reported, {took:,.1f} s, {memory:,.0f} MB resident")
            if reported == pages:
                took = time.perf_counter() - began
                print(f"{now()} load: every page reported, {took:,.1f} s; the coordination is derived next")
        if line.startswith("FAIL "):
            failed.append(line.strip())
    status = process.wait()
    seconds = time.perf_counter() - began
    if status < 0:
        raise SystemExit(f"{now()} orgkb load was killed (signal {-status}) after {seconds:,.1f} s")
    if status != 0:
        print(f"orgkb load exited {status}: {'; '.join(failed[:3])}")
    # the largest resident memory of a process this one waited for: the load (its readers are smaller)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return pages, seconds, peak


def measure_bulk(store: Path, folder: Path) -> float:
    """Seconds of pyoxigraph's own bulk load (and flush) of the quads of `store`, dumped to a file
    in `folder` first, into a new directory store there (both removed after)."""
    dump = folder / "quads.nq"
    ox.Store.read_only(str(store)).dump(str(dump), ox.RdfFormat.N_QUADS)

    def bulk() -> None:  # the new store opened (milliseconds) and let go within
        raw = ox.Store(str(folder / "bulk"))
        raw.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        raw.flush()

    seconds = timed(bulk)[0]
    dump.unlink()
    shutil.rmtree(folder / "bulk")
    return seconds


class Start(NamedTuple):
    """How a new `orgkb serve` process started."""

    healthy: float  # seconds to its first /healthz
    answered: float  # seconds to its first who-handles answer over GraphQL
    memory: float  # its peak resident memory by then, MB (VmHWM; 0.0 where /proc has none)


def resident(pid: int, field: str = "VmRSS") -> float:
    """The resident memory of the process `pid` (`field` of /proc: VmRSS now, VmHWM its peak), in
    MB; 0.0 without /proc."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE)
    return int(found.group(1)) / 1024 if found else 0.0


@contextlib.contextmanager
def serving(store: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`orgkb serve --store STORE` in a new process, once it answers /healthz: (its URL, the process);
    stopped (SIGTERM) after."""
    port = free_port()
    command = [sys.executable, "-m", "orgkb", "serve", "--store", str(store), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        while True:
            if process.poll() is not None:
                raise SystemExit(f"orgkb serve exited with status {process.returncode}")
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=5):
                    break
            except OSError:
                time.sleep(0.02)
        yield base, process
    finally:
        process.send_signal(signal.SIGTERM)  # it saves what the next start reads back
        process.wait(timeout=600)


def resident_peak(pid: int) -> float:
    """The peak resident memory of the process `pid` so far, in MB (Linux's VmHWM), or 0.0 without /proc."""
    return resident(pid, "VmHWM")


def measure_start(store: Path) -> Start:
    """How a new `orgkb serve --store STORE` process starts: to /healthz, to its first who-handles
    answer and its memory then; stopped (SIGTERM) after."""
    began = time.perf_counter()
    with serving(store) as (base, process):
        healthy = time.perf_counter() - began
        question = json.dumps({"query": '{ whoHandles(matter: "archives", first: 5) { score } }'}).encode()
        request = urllib.request.Request(base + "/graphql", question, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=3600) as response:
            answer = json.loads(response.read())
        if answer.get("errors") or not answer["data"]["whoHandles"]:
            raise SystemExit(f"orgkb serve did not answer who handles: {answer}")
        answered = time.perf_counter() - began
        return Start(healthy, answered, resident_peak(process.pid))


OFFICE_WITH_UNITS = (Path(__file__).parents[1] / "orgkb/graphql/operations/office_with_sections.graphql").read_text()


def described(kb: KnowledgeBase) -> list[str]:
    """Every organization a loaded page describes, by id."""
    return sorted({org for kind in kinds(kb) for org in select(kb, (), kind, None)})


def measure_organizations_http(store: Path, organizations: list[str], clients: int = 16, seconds: float = 20) -> Load:
    """An organization with its units asked of `orgkb serve --store STORE` by `clients` keep-alive
    clients for `seconds`, each request an organization of `organizations` (shuffled) not asked before."""
    order = list(organizations)
    random.Random(0).shuffle(order)
    asked = iter(order * 2)

    def body() -> tuple[str, bytes]:
        question = {"query": OFFICE_WITH_UNITS, "variables": {"id": next(asked)}}
        return "organization", json.dumps(question).encode()

    with serving(store) as (base, _):
        port = int(base.rsplit(":", 1)[1])
        return run_load(port, body, clients, seconds)


def measure_unit_coordination(kb: KnowledgeBase, offices: list[str], count: int) -> tuple[float, list[float]]:
    """(seconds of the first coordination of a unit asked of `kb`, seconds of each of `count` more),
    the units those of `offices` in turn."""
    found = [unit.id for office in offices[: max(count, 1)] for unit in units(kb, office)]
    if not found:
        return float("nan"), []
    first, _ = timed(lambda: coordination(kb, found[0]))
    times = [timed(lambda: coordination(kb, unit))[0] for unit in (found[1:] * count)[:count]]  # noqa: B023
    return first, times


def measure_writes(store: Path, new_page: Path, loaded_page: Path) -> tuple[float, float]:
    """(seconds to add `new_page`, seconds to load `loaded_page` again) into the store just opened
    (each read, parsed and written, the coordination brought up to date)."""
    kb = KnowledgeBase(store)
    read_page(new_page)  # the reader's first page in a process sets it up (the thesaurus, the gazetteer)
    added, result = timed(lambda: load_path(kb, new_page))
    again, second = timed(lambda: load_path(kb, loaded_page))
    if not (result.ok and second.ok and second.replaced):
        raise SystemExit(f"a write failed: {result.error or second.error}")
    kb.flush()
    kb.save_derived()
    return added, again


def measure_questions(kb: KnowledgeBase, places: list[str], queries: int) -> list[float]:
    """Seconds of each of `queries` questions, half of them within one of `places`."""
    times = []
    for number in range(queries):
        matter = MATTERS[number % len(MATTERS)]
        district = places[number % len(places)] if number % 2 and places else None
        seconds, _ = timed(lambda: who_handles(kb, matter, district, 5))  # noqa: B023 - called at once
        times.append(seconds)
    return times


def question_places(kb: KnowledgeBase, offices: list[str]) -> list[str]:
    """The places of the first 20 of `offices`: half the who-handles questions are asked within one."""
    served = (place_of(kb, office) for office in offices[:20])
    return [place.name for place in served if place is not None]


def print_ratios(remote: list[tuple[str, float]], embedded: list[tuple[str, float]]) -> None:
    """Each (label, seconds) row measured on the remote store beside its ratio to the directory
    store's row of the same label (`embedded`, in the same order)."""
    print(f"\n{'remote / directory store':<66}{'remote ms':>12}{'ratio':>8}")
    for (label, took), (_, before) in zip(remote, embedded, strict=True):
        print(f"{label:<66}{took * 1000:>12,.1f}{took / before:>7.2f}x")


def print_answers(kb: KnowledgeBase, queries: int) -> list[tuple[str, float]]:
    """Time the questions, the comparison and the coverage matrix on `kb` (just opened: nothing
    kept), printing each as it is measured."""
    rows: list[tuple[str, float]] = []

    def row(label: str, seconds: float) -> None:
        rows.append((label, seconds))
        print(f"{label:<66}{seconds * 1000:>10,.1f}")

    print(f"\n{'question':<66}{'ms':>10}")
    offices = select(kb, (), "general-office", None)
    cold, matrix = timed(lambda: coverage(kb, offices))
    row(f"coverage matrix of every county general office ({len(offices)}), cold", cold)
    print(f"matrix: {len(matrix.members)} offices x {len(matrix.rows)} matters, {len(matrix.gaps)} gaps")
    row("the same offices in another order (the store's caches warm)", timed(lambda: coverage(kb, offices[::-1]))[0])
    cluster_seconds, found = timed(lambda: clusters(kb, tuple(offices)))
    row(f"clusters of alike structures ({len(found.clusters)} clusters, {len(found.alone)} alone)", cluster_seconds)
    compare_seconds = timed(lambda: compare(kb, offices[0], offices[1]))[0] if len(offices) > 1 else float("nan")
    row("compare two county general offices (the first compare)", compare_seconds)
    unit_first, unit_times = measure_unit_coordination(kb, offices, 100)
    row("coordination of a unit: the first", unit_first)
    row(f"coordination of a unit: p50 of {len(unit_times)}", statistics.median(unit_times or [float("nan")]))
    row(f"coordination of a unit: p99 of {len(unit_times)}", percentile(unit_times or [float("nan")], 0.99))

    places = question_places(kb, offices)
    first, _ = timed(lambda: who_handles(kb, MATTERS[0], None, 5))
    row("who handles: the first question (builds or reads back the index)", first)
    times = measure_questions(kb, places, queries)
    row(f"who handles: p50 of {len(times)} questions", statistics.median(times))
    row(f"who handles: p99 of {len(times)} questions", percentile(times, 0.99))
    return rows


def measure_remote(corpus: Path, url: str, queries: int, embedded: list[tuple[str, float]]) -> None:
    """Load the corpus into the SPARQL server at `url`, time the same answers there, and print
    each figure with its ratio to the directory store's (`embedded`: (label, seconds) rows)."""
    out = io.StringIO()
    with contextlib.redirect_stderr(io.StringIO()):
        seconds, status = timed(lambda: orgkb(["load", str(corpus), "--store", url], out=out))
    if status != 0:
        print(f"orgkb load --store {url} exited {status}")
    print(f"\n-- the same on the SPARQL server at {url}")
    remote = [("orgkb load CORPUS --store URL", seconds), *print_answers(KnowledgeBase(url), queries)]
    print_ratios(remote, embedded)


def print_starts(store: Path, folder: Path) -> None:
    """Time `orgkb serve`'s start with nothing saved beside the store, then again (the index the
    first saved read back), printing each as it is measured."""
    saved = persisted.folder_of(store)
    if saved.exists():  # what the load and the writes saved (the coordination), set aside
        shutil.move(saved, folder / "kept")
    print(f"\n{'orgkb serve --store DIR: seconds to':<58}{'/healthz':>10}{'answer':>10}{'peak MB':>10}")
    for label in (
        "the first start (nothing saved beside the store)",
        "the next start (the index saved by the first read back)",
    ):
        start = measure_start(store)
        print(f"{label:<58}{start.healthy:>10.1f}{start.answered:>10.1f}{start.memory:>10,.0f}")


def print_writes(store: Path, corpus: Path, size: int | None, seed: int, folder: Path, steps: set[str]) -> None:
    """Time two writes (`steps`: with nothing saved, on a copy of the store; with the coordination
    the load saved), printing each as it is measured."""
    extra = extra_page(size, seed)  # a page the corpus of --size and --seed has not
    new_page = folder / "added" / Path(extra.name).name
    if (corpus / extra.name).exists():
        raise SystemExit(f"{extra.name} is in the corpus already: pass the --size and --seed it was written with")
    new_page.parent.mkdir(exist_ok=True)
    new_page.write_text(extra.text, encoding="utf-8")
    first_page = min(corpus.rglob("*.txt"))
    print(f"\n{'writes to the store just opened, ms':<58}{'new page':>10}{'again':>10}")
    if "writes-bare" in steps:
        bare = folder / "bare"  # a copy of the store with no coordination saved: as main opens it
        shutil.copytree(store, bare)
        added, again = measure_writes(bare, new_page, first_page)
        shutil.rmtree(bare)
        shutil.rmtree(persisted.folder_of(bare), ignore_errors=True)
        label = "nothing saved beside it (every page read at the first)"
        print(f"{label:<58}{added * 1000:>10,.0f}{again * 1000:>10,.0f}")
    if "writes" in steps:
        added, again = measure_writes(store, new_page, first_page)
        print(f"{'the coordination the load saved read back':<58}{added * 1000:>10,.0f}{again * 1000:>10,.0f}")


def steps_of(text: str) -> set[str]:
    """The steps a `--skip` value names (comma-separated), checked."""
    named = {step.strip() for step in text.split(",") if step.strip()}
    unknown = named - set(STEPS)
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown step(s) {', '.join(sorted(unknown))}; expected some of {', '.join(STEPS)}"
        )
    return named


@contextlib.contextmanager
def work_folder(given: Path | None, reuse: bool = False) -> Iterator[Path]:
    """The folder of the store and scratch: `given` (holding a store when `reuse`, else none), or a temporary one."""
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        if (given / "kb").exists() != reuse:
            wanted = "a store an earlier run left (--skip load)" if reuse else "a folder without a store"
            raise SystemExit(f"{given / 'kb'}: --work needs {wanted}")
        yield given
        return
    if reuse:
        raise SystemExit("--skip load measures the store an earlier run left: give its folder with --work")
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def print_organizations_http(store: Path) -> None:
    """An organization with its units over HTTP at 16 clients: p50/p99 (a store just opened by the server)."""
    kb = KnowledgeBase(store, read_only=True)
    organizations = described(kb)
    del kb
    load = measure_organizations_http(store, organizations)
    print(
        f"\norganization with its units over HTTP, 16 clients, {load.requests:,} requests in {load.seconds:.0f} s"
        f" ({load.errors} errors): p50 {load.percentile(50):,.1f} ms, p99 {load.percentile(99):,.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="S")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", type=Path, help="a corpus benchmarks.national wrote (default: write one now)")
    parser.add_argument("--queries", type=int, default=200, help="who-handles questions to time (default 200)")
    parser.add_argument("--store", metavar="URL", help="an empty SPARQL 1.1 server to measure too, as a ratio")
    parser.add_argument(
        "--work", type=Path, help="keep the store and scratch in this folder (default: a temporary one)"
    )
    parser.add_argument(
        "--skip", type=steps_of, default=set(), metavar="STEP,...", help=f"steps to leave out: {', '.join(STEPS)}"
    )
    args = parser.parse_args(argv)
    steps = set(STEPS) - args.skip
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # each figure out as soon as it is printed

    reuse = "load" not in steps
    with corpus_folder(args.corpus, args.size, args.seed) as corpus, work_folder(args.work, reuse) as folder:
        store = folder / "kb"
        load_seconds = 0.0
        if not reuse:
            pages, load_seconds, load_memory = measure_load(corpus, store)
        quads = len(ox.Store.read_only(str(store)))
        if not reuse:
            print(f"\n{'load':<58}{'seconds':>10}{'pages/s':>10}{'quads/s':>12}{'peak MB':>10}")
            print(
                f"{'orgkb load CORPUS --store DIR':<58}{load_seconds:>10.1f}{pages / load_seconds:>10,.0f}"
                f"{quads / load_seconds:>12,.0f}{load_memory:>10,.0f}"
            )
        print(f"store: {quads:,} quads{' (an earlier run left it: not loaded now)' if reuse else ''}")

        if "writes-bare" in steps or "writes" in steps:
            print(f"{now()} writes")
            print_writes(store, corpus, SIZES[args.size], args.seed, folder, steps)
        if "starts" in steps:
            print(f"{now()} starts")
            print_starts(store, folder)
        answers: list[tuple[str, float]] = []
        if "answers" in steps:
            print(f"{now()} answers")
            answers = print_answers(KnowledgeBase(store), args.queries)
        if "http" in steps:
            print(f"{now()} an organization with its units over HTTP")
            print_organizations_http(store)
        if "bulk" in steps:
            print(f"{now()} bulk load of the same quads")
            bulk_seconds = measure_bulk(store, folder)
            label = "pyoxigraph bulk_load of the same quads, directory"
            print(f"{label:<58}{bulk_seconds:>10.1f}{quads / bulk_seconds:>12,.0f} quads/s")
            if load_seconds:
                print(f"{'orgkb load as a ratio to it':<58}{load_seconds / bulk_seconds:>10.1f}x")
        if args.store and answers and load_seconds:
            embedded = [("orgkb load CORPUS --store DIR", load_seconds), *answers]
            measure_remote(corpus, args.store, args.queries, embedded)
        print(f"{now()} done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
