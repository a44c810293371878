"""Read many pages into Documents, on every core for a large batch.

`load_pages` is where a batch of page files becomes parsed documents: each page read and parsed
by `read_page` (its sidecar's corrections, then the correction given, applied), in the order the
paths name them, a page that cannot be read given as its `LoadError`. From `PARALLEL_FROM` pages
on, the pages are parsed in worker processes (`concurrent.futures.ProcessPoolExecutor`, one per
core), at most `WINDOW` pages per worker ahead of the caller, so that a national corpus is never
held in memory whole; the workers also write each page's triples (`document_ntriples`, matched
against the thesaurus), the larger half of the work of loading a page after parsing it. The
knowledge base takes the documents and their triples (`KnowledgeBase.add_reads`).
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from orgkb.errors import LoadError
from orgkb.loaders.document import Document
from orgkb.loaders.load.corrections import Correction
from orgkb.loaders.load.files import expand_paths, read_page
from orgkb.loaders.rdf.triples import document_ntriples
from orgkb.loaders.sources.limits import Limits, current_limits, use_limits
from orgkb.ontology.thesaurus import MatterMatcher, default_matcher

PARALLEL_FROM = 64  # pages: fewer are parsed here (starting the workers costs about a second)
WINDOW = 128  # pages per worker submitted ahead of the one the caller waits for (parsed while it writes)
CHUNK = 8  # pages a worker parses per task (one round trip each)
WATCH_SECONDS = 1.0  # how often a worker checks that the process it reads for is still there


@dataclass(frozen=True)
class PageRead:
    """One page of a batch: its source and the document read from it, or why it could not be."""

    source: str
    document: Document | None = None
    error: LoadError | None = None
    ntriples: tuple[str, ...] | None = None  # its triples, matched against the thesaurus, when a worker wrote them


def read_one(
    path: str | Path, correction: Correction | None = None, with_triples: bool = False, key: str | None = None
) -> PageRead:
    """The page at `path` read and parsed (keyed `key` when given), or the `LoadError` that stopped
    it (without its frames); `with_triples`: its N-Triples lines too (`document_ntriples` with the
    thesaurus's matcher)."""
    try:
        document = read_page(path, correction=correction, key=key)
    except LoadError as error:
        # The message, not the frames: a traceback would keep a store (and its lock) alive.
        return PageRead(str(path), error=LoadError(error.source, error.reason, error.line))
    lines = tuple(document_ntriples(document, _matcher())) if with_triples else None
    return PageRead(str(path), document, ntriples=lines)


@functools.cache
def _matcher() -> MatterMatcher:
    return default_matcher()


def _read_chunk(
    paths: list[tuple[str | Path, str | None]], correction: Correction | None, limits: Limits
) -> list[PageRead]:
    with use_limits(limits):
        return [read_one(path, correction, with_triples=True, key=key) for path, key in paths]


def _start_worker(reader: int) -> None:
    """A worker leaves Ctrl-C to the command (which stops between commits, then stops the workers),
    and ends when the process it reads for is gone (killed: nothing else would tell it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_without, args=(reader,), daemon=True, name="orgkb-reader-watch").start()


def _end_without(reader: int) -> None:
    while True:
        time.sleep(WATCH_SECONDS)
        try:
            os.kill(reader, 0)
        except (ProcessLookupError, PermissionError):  # gone (or its pid taken by another user's process)
            os._exit(1)


def default_workers() -> int:
    """The worker processes to parse with: one per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def load_pages(
    paths: Iterable[str | Path],
    correction: Correction | None = None,
    workers: int | None = None,
    keys: Mapping[str, str] | None = None,
) -> Iterator[PageRead]:
    """Every page the paths name (directories searched for page files), read and parsed, in order;
    `keys` gives pages (by path) another document key than their own (`read_page`).

    Parsed in `workers` processes (default: one per core) when there are `PARALLEL_FROM` pages or
    more and more than one worker; in this process otherwise. The read limits in force
    (`use_limits`) hold in the workers too.

    >>> [read.error is not None for read in load_pages(["no-such-page.txt"])]
    [True]
    """
    files = [(path, keys.get(str(path)) if keys else None) for path in expand_paths(paths)]
    workers = default_workers() if workers is None else workers
    if workers < 2 or len(files) < PARALLEL_FROM:
        for path, key in files:
            yield read_one(path, correction, key=key)
        return
    yield from _in_workers(files, correction, workers)


def _in_workers(
    files: list[tuple[str | Path, str | None]], correction: Correction | None, workers: int
) -> Iterator[PageRead]:
    limits = current_limits()
    chunks = [files[start : start + CHUNK] for start in range(0, len(files), CHUNK)]
    # spawned, not forked by the forkserver: that is one per process, and the SPARQL endpoint's workers
    # need it started with their own modules preloaded (a forkserver started here left them unable to start)
    context = multiprocessing.get_context("spawn")
    ahead = max(1, workers * WINDOW // CHUNK)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)) as pool:
        pending: deque[Future[list[PageRead]]] = deque()
        queued = iter(chunks)
        try:
            for chunk in queued:
                pending.append(pool.submit(_read_chunk, chunk, correction, limits))
                if len(pending) >= ahead:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
