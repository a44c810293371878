"""The SPARQL worker pool: answers, the time and memory limits, busy slots, leaving clients, closing, its forkserver."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Iterator
from multiprocessing import forkserver
from pathlib import Path

import pytest

from orgkb.loading import builtin_knowledge_base
from orgkb.web.sparql import pool as pool_module
from orgkb.web.sparql.pool import Outcome, WorkerPool, stop_forkserver
from orgkb.web.sparql.snapshots import Snapshots
from orgkb.web.sparql.worker import Job

MIB = 1024 * 1024
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
GREEDY = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"
QUICK = "ASK { ?s a orgkb:Responsibility }"


@pytest.fixture(scope="module")
def snapshot() -> Iterator[str]:
    snapshots = Snapshots(builtin_knowledge_base())
    yield snapshots.current()
    snapshots.close()


def _job(snapshot: str, query: str, seconds: float = 5.0, accept: str | None = None) -> Job:
    return Job(snapshot, query, accept, 100, seconds)


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_an_answer_and_a_refusal(snapshot: str) -> None:
    pool = WorkerPool(1, 256 * MIB)

    async def ask() -> tuple[Outcome, Outcome]:
        return await pool.run(_job(snapshot, QUICK)), await pool.run(_job(snapshot, "SELECT * WHERE { ?s ?p ?o }"))

    try:
        answer, refusal = asyncio.run(ask())
    finally:
        pool.close()
    assert answer.kind == "answer" and json.loads(answer.detail[0]) == {"head": {}, "boolean": True}  # type: ignore[arg-type]
    assert refusal.kind == "refused" and refusal.detail[0] == "query"
    assert "returns more than 100 rows" in str(refusal.detail[2])


@pytest.mark.parametrize(
    ("query", "seconds", "kind"),
    [
        (ENDLESS, 0.5, "time"),  # killed at the deadline
        (GREEDY, 60.0, "memory"),  # its allocation fails long before the deadline
    ],
)
def test_a_stopped_worker_is_killed_and_replaced(snapshot: str, query: str, seconds: float, kind: str) -> None:
    pool = WorkerPool(1, 64 * MIB)

    async def run() -> tuple[Outcome, Outcome]:
        await pool.start()
        (first,) = pool._idle
        stopped = await pool.run(_job(snapshot, query, seconds))
        assert first.process.pid is not None and not alive(first.process.pid)
        return stopped, await pool.run(_job(snapshot, QUICK))

    try:
        stopped, after = asyncio.run(run())
    finally:
        pool.close()
    assert stopped.kind == kind  # the limit that stopped it: the query never ends by itself
    assert after.kind == "answer"


def test_a_job_waits_for_a_slot_at_most_its_time_limit(snapshot: str) -> None:
    pool = WorkerPool(1, 256 * MIB)

    async def run() -> tuple[Outcome, Outcome]:
        slow = asyncio.ensure_future(pool.run(_job(snapshot, ENDLESS, 1.5)))
        await asyncio.sleep(0.2)
        waiting = await pool.run(_job(snapshot, QUICK, 0.5))
        return waiting, await slow

    try:
        waiting, slow = asyncio.run(run())
    finally:
        pool.close()
    assert waiting.kind == "busy" and slow.kind == "time"


def test_a_waiting_job_gets_the_slot_a_finished_one_frees(snapshot: str) -> None:
    pool = WorkerPool(1, 256 * MIB)

    async def run() -> tuple[list[Outcome], int]:
        outcomes = await asyncio.gather(*(pool.run(_job(snapshot, QUICK, 20.0)) for _ in range(4)))
        return list(outcomes), pool.busy

    try:
        outcomes, busy = asyncio.run(run())
    finally:
        pool.close()
    assert [outcome.kind for outcome in outcomes] == ["answer"] * 4
    assert busy == 0


def test_when_the_client_leaves_the_worker_is_killed(snapshot: str) -> None:
    pool = WorkerPool(1, 256 * MIB)

    async def run() -> tuple[Outcome, int]:
        await pool.start()
        (worker,) = pool._idle
        gone = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.5, gone.set_result, None)
        outcome = await pool.run(_job(snapshot, ENDLESS, 60.0), gone)
        assert worker.process.pid is not None and not alive(worker.process.pid)
        return outcome, pool.busy

    try:
        outcome, busy = asyncio.run(run())
    finally:
        pool.close()
    # "left", not "time": stopped when the client left, not at the job's 60 s
    assert outcome.kind == "left" and busy == 0


def test_close_stops_running_jobs_at_once(snapshot: str) -> None:
    pool = WorkerPool(2, 256 * MIB)

    async def run() -> tuple[list[Outcome], list[int]]:
        running = [asyncio.ensure_future(pool.run(_job(snapshot, ENDLESS, 60.0))) for _ in range(2)]
        while pool.busy < 2 or any(not w.process.is_alive() for w in pool._idle):
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        pids = [process.pid for process in pool._processes if process.pid is not None]
        pool.close()
        outcomes = list(await asyncio.gather(*running))
        return outcomes, pids

    outcomes, pids = asyncio.run(run())
    # "closed", not "time": the endless queries were stopped by the close, not waited for
    assert [outcome.kind for outcome in outcomes] == ["closed", "closed"]
    assert len(pids) == 2 and not any(alive(pid) for pid in pids)


def test_the_workers_do_not_outlive_the_pool(snapshot: str) -> None:
    pool = WorkerPool(2, 256 * MIB)
    asyncio.run(pool.start())
    pids = [process.pid for process in pool._processes]
    assert len(pids) == 2 and all(pid is not None and alive(pid) for pid in pids)
    del pool
    assert not any(alive(pid) for pid in pids if pid is not None)
    assert os.getpid() not in pids


def test_a_worker_that_died_while_idle_is_replaced(snapshot: str) -> None:
    pool = WorkerPool(1, 256 * MIB)

    async def run() -> Outcome:
        await pool.start()
        (idle,) = pool._idle
        idle.process.kill()  # as the kernel's out-of-memory killer would
        idle.process.join()
        return await pool.run(_job(snapshot, QUICK))

    try:
        outcome = asyncio.run(run())
    finally:
        pool.close()
    assert outcome.kind == "answer"


def _forkserver_pid() -> object:
    return getattr(forkserver._forkserver, "_forkserver_pid", None)


def test_a_forkserver_still_importing_is_stopped_at_once(
    snapshot: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race `orgkb serve` lost now and then: stopped as its first workers start, while the
    # forkserver still imports `PRELOAD`. Here an import of 60 s makes it lose every time.
    (tmp_path / "orgkb_test_slow_preload.py").write_text("import time\n\ntime.sleep(60)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(pool_module, "PRELOAD", [*pool_module.PRELOAD, "orgkb_test_slow_preload"])
    stop_forkserver()  # one already running is past its imports: the next one imports the slow module
    before = _forkserver_pid()
    pool = WorkerPool(1, 256 * MIB)

    async def run() -> tuple[Outcome, object]:
        answer = asyncio.ensure_future(pool.run(_job(snapshot, QUICK, 60.0)))
        deadline = time.monotonic() + 30
        while _forkserver_pid() in (None, before):  # launched by the worker's start
            assert not answer.done() and time.monotonic() < deadline, answer
            await asyncio.sleep(0.05)
        launched = _forkserver_pid()
        await asyncio.sleep(0.5)  # it is importing now
        assert not answer.done()
        pool.close()
        stop_forkserver()
        return await answer, launched

    started = time.monotonic()
    outcome, launched = asyncio.run(run())  # its start's thread returns too: not the 60 s of the import
    assert time.monotonic() - started < 20
    assert outcome.kind == "closed"
    assert isinstance(launched, int) and not alive(launched)


def test_a_pool_after_a_stopped_forkserver_starts_another(snapshot: str) -> None:
    stop_forkserver()
    pool = WorkerPool(1, 256 * MIB)
    try:
        outcome = asyncio.run(pool.run(_job(snapshot, QUICK, 60.0)))
    finally:
        pool.close()
    assert outcome.kind == "answer"
