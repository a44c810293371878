"""Bulk loading: the same store as a load in transactions, every page all in or all out after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from benchmarks.national import write_corpus
from orgkb.kb.coordination.derived import DERIVED
from orgkb.kb.store import bulk
from orgkb.kb.store import knowledge_base as store
from orgkb.kb.store.engines import EmbeddedEngine
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load import pages
from orgkb.loaders.load.files import expand_paths
from orgkb.loaders.load.pages import load_pages
from orgkb.loading import load_paths

ROOT = Path(__file__).parents[3]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("national")
    write_corpus(folder, 30, seed=5)
    return folder


def _raw(kb: KnowledgeBase) -> ox.Store:
    """The Oxigraph store of an embedded knowledge base."""
    assert isinstance(kb.engine, EmbeddedEngine)
    return kb.engine.store


def timeless(kb: KnowledgeBase) -> set[str]:
    """The store's quads but the times pages were loaded and the fingerprint of those times."""
    return {
        line
        for line in kb.dump("nquads").decode("utf-8").splitlines()
        if "#generatedAtTime>" not in line and not ("#sha256>" in line and "/graph/derived>" in line)
    }


def test_a_bulk_load_deferring_coordination_makes_the_store_a_load_in_transactions_makes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = list(expand_paths([corpus]))
    one_by_one = KnowledgeBase(tmp_path / "transactions")
    for start in range(0, len(files), 4):
        assert not load_paths(one_by_one, files[start : start + 4]).failed
    monkeypatch.setattr(bulk, "BULK_FROM", 5)
    monkeypatch.setattr(store, "LARGE_CHANGE", 0)  # the derived graph written through the bulk loader too
    monkeypatch.setattr(pages, "PARALLEL_FROM", 4)
    bulked = KnowledgeBase(tmp_path / "bulk")
    reads = list(load_pages(files, workers=2))
    with bulked.deferring_derived():
        for start in (0, 3, 12):  # a transaction, then two bulk loads
            assert not bulked.add_reads(reads[start : {0: 3, 3: 12, 12: 30}[start]]).failed
        assert not list(bulked.engine.quads(DERIVED))  # nothing derived yet
    assert not bulk.pending(_raw(bulked))
    assert len(bulked.documents()) == 30
    assert timeless(bulked) == timeless(one_by_one)
    assert any("/graph/derived>" in line for line in timeless(bulked))


def test_opening_a_store_a_bulk_load_left_half_written_drops_its_pages_whole(corpus: Path, tmp_path: Path) -> None:
    files = list(expand_paths([corpus]))
    kb = KnowledgeBase(tmp_path / "kb")
    assert not load_paths(kb, files[:10]).failed
    kept = timeless(kb)
    # a bulk load of ten more pages stopped half way: its journal written, five of its pages in
    half = KnowledgeBase()
    assert not load_paths(half, files[10:20]).failed
    unfinished = half.documents()
    kb.engine.insert(bulk._entries(unfinished))
    written = {ox.NamedNode(page) for page in unfinished[:5]}
    kb.engine.insert([quad for quad in half.engine.quads() if quad.graph_name in written])
    kb.flush()
    del kb, half
    reopened = KnowledgeBase(tmp_path / "kb")
    assert reopened.recovered == sorted(unfinished)
    assert len(reopened.documents()) == 10 and not bulk.pending(_raw(reopened))
    assert timeless(reopened) == kept


def _orgkb(*argv: str) -> subprocess.Popen[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("ORGKB_")}
    command = [sys.executable, "-m", "orgkb", *argv]
    return subprocess.Popen(
        command, env=environment, text=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT
    )


def _descendants(pid: int) -> list[int]:
    """The processes under `pid` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rpartition(")")[2].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [], [pid]
    while frontier:
        children = [child for child, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the processes from /proc")
def test_a_killed_load_reopened_and_run_again_makes_the_store_a_whole_load_makes(tmp_path: Path) -> None:
    corpus = tmp_path / "pages"
    write_corpus(corpus, 260, seed=2)  # batches of 20, 20 and 220 (bulk loaded)
    killed = tmp_path / "killed"
    process = _orgkb("load", str(corpus), "--store", str(killed))
    assert process.stderr is not None
    with process.stderr:
        assert process.stderr.readline() == "orgkb: 20 of 260 pages done\n"
        time.sleep(1.0)  # killed while the large batch is read or written
        helpers = _descendants(process.pid)  # the pool's workers, its forkserver
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=60) == -signal.SIGKILL
    deadline = time.monotonic() + 30
    while (left := [pid for pid in helpers if _alive(pid)]) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, "the killed load's workers are still running"
    for folder in (killed, tmp_path / "whole"):
        again = _orgkb("load", str(corpus), "--store", str(folder))
        _, err = again.communicate(timeout=600)
        assert again.returncode == 0, err
    assert timeless(KnowledgeBase(killed)) == timeless(KnowledgeBase(tmp_path / "whole"))
