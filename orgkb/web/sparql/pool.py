"""A pool of SPARQL worker processes that the server can kill: the time limit, the slots, leaving clients.

pyoxigraph 0.5's `Store.query` has no timeout or cancellation (Oxigraph's Rust API and its HTTP
server have one; the Python API does not), and a query runs inside Rust, where no Python signal
or thread can stop it. So a user's query runs in a worker process (`worker.main`) that the
server kills with SIGKILL at the deadline, when the client leaves, or when the server stops;
a new worker takes the freed slot. Workers are forked by multiprocessing's forkserver, a clean
process that never ran the server's threads, with the query modules already imported, so a
replacement is ready in milliseconds.

Why not a library: `concurrent.futures.ProcessPoolExecutor` and loky cannot stop a running
task; pebble can, but stops a worker with SIGTERM and then waits up to 3 s (SIGTERM's Python
handler never runs while Oxigraph computes) while holding a lock that every worker shares to
fetch its next task, so one stopped query would stall all the others. Here each worker has its
own pipe and is killed at once.

Only the event loop's thread touches the pool's state; its waits are futures of the loop that
waits, so the pool may serve one event loop after another (as tests do).

The forkserver outlives the pool: a server that stops calls `stop_forkserver` after `close`.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import signal
import weakref
from collections import deque
from collections.abc import Awaitable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Literal

from orgkb.web.sparql import worker
from orgkb.web.sparql.worker import Job

STARTUP_SECONDS = 60.0  # a first worker waits for the forkserver to import orgkb; on two busy cores that takes time

OutcomeKind = Literal["answer", "refused", "time", "memory", "busy", "left", "failed", "closed"]


@dataclass(frozen=True)
class Outcome:
    """How a job ended: its kind and what the worker said (see `worker`)."""

    kind: OutcomeKind
    detail: tuple[object, ...] = ()


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection


# Imported once by the forkserver, so that each worker starts with them: the worker, and the
# SPARQL parser of its SERVICE check (rdflib builds its grammar on import: not in the server).
PRELOAD = [worker.__name__, "rdflib.plugins.sparql.parser"]


def _context() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


class WorkerPool:
    """At most `size` worker processes, each running one query at a time within `memory_bytes`."""

    def __init__(self, size: int, memory_bytes: int) -> None:
        self.size = size
        self.memory_bytes = memory_bytes
        self._idle: list[_Worker] = []
        self._count = 0  # workers alive or starting, idle or busy
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._processes: set[BaseProcess] = set()
        self._closed = False
        self._finalizer = weakref.finalize(self, _kill_all, self._processes)

    @property
    def busy(self) -> int:
        """How many workers are running a query (or starting) now."""
        return self._count - len(self._idle)

    async def start(self) -> None:
        """Start every worker now, so that the first queries do not wait for them."""
        while self._count < self.size and not self._closed:
            started = await self._take_new_slot()
            if started is None:
                return
            self._release(started)

    async def run(self, job: Job, client_gone: Awaitable[object] | None = None) -> Outcome:
        """Run `job` in a worker within `job.seconds`, waiting at most as long again for a free one.

        The worker is killed when the time is up, when `client_gone` completes first, or when
        the caller is cancelled; its slot is free again at once.
        """
        gone = asyncio.ensure_future(client_gone) if client_gone is not None else None
        try:
            chosen = await self._acquire(job.seconds, gone)
            if isinstance(chosen, Outcome):
                return chosen
            return await self._run_on(chosen, job, gone)
        finally:
            if gone is not None:
                gone.cancel()

    def close(self) -> None:
        """Kill every worker now; jobs still waiting or running end as `closed`."""
        self._closed = True
        _kill_all(self._processes)
        for waiter in self._waiters:
            if not waiter.done():
                with contextlib.suppress(RuntimeError):  # its event loop is already closed
                    waiter.set_result(None)
        self._idle.clear()

    # -- slots --------------------------------------------------------------------------------
    async def _acquire(self, seconds: float, gone: asyncio.Future[object] | None) -> _Worker | Outcome:
        """An idle worker, a new one in a free slot, or why there is none within `seconds`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            if self._closed:
                return Outcome("closed")
            while self._idle:
                candidate = self._idle.pop()
                if candidate.process.is_alive():
                    return candidate
                self._forget(candidate)
                self._free_slot()
            if self._count < self.size:
                started = await self._take_new_slot()
                if started is None and self._closed:
                    return Outcome("closed")
                return started or Outcome("failed", ("a SPARQL worker process could not be started",))
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            waits: set[asyncio.Future[object]] = {waiter}  # type: ignore[arg-type]
            if gone is not None:
                waits.add(gone)
            try:
                await asyncio.wait(waits, timeout=max(0.0, deadline - loop.time()), return_when="FIRST_COMPLETED")
            finally:
                woken = waiter.done() and not waiter.cancelled()
                if not woken:
                    waiter.cancel()
                    with contextlib.suppress(ValueError):
                        self._waiters.remove(waiter)
            leaving = Outcome("left") if gone is not None and gone.done() else None
            if leaving is None and not woken and loop.time() >= deadline:
                leaving = Outcome("busy")
            if leaving is not None:
                if woken:
                    self._wake()  # our turn came as we left: pass it on
                return leaving

    async def _take_new_slot(self) -> _Worker | None:
        """Count a slot and start a worker in it; None (and the slot free) when it does not start."""
        self._count += 1
        started: _Worker | None = None
        try:
            started = await self._start_worker()
        finally:
            if started is None:
                self._free_slot()
        return started

    def _release(self, chosen: _Worker) -> None:
        if self._closed:
            self._forget(chosen)
            return
        self._idle.append(chosen)
        self._wake()

    def _wake(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def _free_slot(self) -> None:
        self._count -= 1
        self._wake()

    def _forget(self, dead: _Worker) -> None:
        self._processes.discard(dead.process)
        dead.connection.close()

    # -- one worker -----------------------------------------------------------------------------
    async def _start_worker(self) -> _Worker | None:
        """A new worker process, once it says it is ready; None when it does not."""
        context = _context()
        ours, theirs = context.Pipe(duplex=True)
        process = context.Process(target=worker.main, args=(theirs, self.memory_bytes), daemon=True)
        try:
            await asyncio.to_thread(process.start)
        except (OSError, EOFError):  # the forkserver was stopped as it started the worker
            ours.close()
            theirs.close()
            if self._closed:
                return None
            raise
        theirs.close()  # only the worker holds its end now: its death is our end-of-file
        self._processes.add(process)
        started = _Worker(process, ours)
        ready: object = None
        try:
            if not self._closed:
                ready = await self._reply(started, STARTUP_SECONDS, None)
        finally:
            if ready != ("ready",):
                await asyncio.shield(self._kill(started))
        return started if ready == ("ready",) else None

    async def _run_on(self, chosen: _Worker, job: Job, gone: asyncio.Future[object] | None) -> Outcome:
        """Send `job` to `chosen` and wait for its reply; kill it when none comes in time."""
        reply: tuple[object, ...] | BaseException | Literal["left"] | None
        try:
            try:
                chosen.connection.send(tuple(job))
            except OSError as error:  # it died while idle
                reply = error
            else:
                reply = await self._reply(chosen, job.seconds, gone)
        except BaseException:
            await asyncio.shield(self._kill(chosen))
            self._free_slot()
            raise
        if isinstance(reply, tuple) and reply[0] != "memory" and not self._closed:
            self._release(chosen)
            kind, *detail = reply
            return Outcome(kind, tuple(detail))  # type: ignore[arg-type]
        exitcode = await self._kill(chosen)
        self._free_slot()
        if self._closed:
            return Outcome("closed")
        if reply is None:
            return Outcome("time")
        if reply == "left":
            return Outcome("left")
        if isinstance(reply, tuple) or exitcode == -signal.SIGABRT:  # Python's MemoryError, or Oxigraph's abort
            return Outcome("memory")
        return Outcome("failed", (f"the SPARQL worker stopped unexpectedly (exit status {exitcode})",))

    async def _reply(
        self, chosen: _Worker, seconds: float, gone: asyncio.Future[object] | None
    ) -> tuple[object, ...] | BaseException | Literal["left"] | None:
        """The worker's next message (an error when it died).

        None when `seconds` pass first, "left" when `gone` completes first.
        """
        loop = asyncio.get_running_loop()
        readable: asyncio.Future[None] = loop.create_future()
        descriptor = chosen.connection.fileno()
        loop.add_reader(descriptor, _settle, readable)
        waits: set[asyncio.Future[object]] = {readable}  # type: ignore[arg-type]
        if gone is not None:
            waits.add(gone)
        try:
            await asyncio.wait(waits, timeout=seconds, return_when="FIRST_COMPLETED")
        finally:
            loop.remove_reader(descriptor)
            readable.cancel()
        if readable.cancelled():
            return "left" if gone is not None and gone.done() else None
        try:
            # a big answer arrives in pieces: read it off the event loop
            message: tuple[object, ...] = await asyncio.to_thread(chosen.connection.recv)
        except (EOFError, OSError) as error:
            return error
        return message

    async def _kill(self, chosen: _Worker) -> int | None:
        """Kill a worker at once (SIGKILL: a query inside Oxigraph ignores anything gentler); its exit status."""
        chosen.process.kill()
        await asyncio.to_thread(chosen.process.join)
        self._forget(chosen)
        return chosen.process.exitcode


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def stop_forkserver() -> None:
    """Kill multiprocessing's forkserver, which forks the workers, now; the next start launches another.

    For a server that stops, after `WorkerPool.close`: left alone, the forkserver ends only once
    it sees that the server and every worker are gone, which takes it a second or two on a busy
    machine, and as long as its imports of `PRELOAD` still take when the server is stopped while
    its first workers start (the forkserver reads nothing before they are done). Its process id
    is not public (`ForkServer._stop`, for the standard library's tests, waits for the imports);
    where a Python names it otherwise, nothing is killed and it ends as it would have."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if not isinstance(pid, int):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    # Waited for, but left for multiprocessing to reap: a start right after a kill could still find
    # it alive (a SIGKILL takes a moment) and send it the new worker, which would never come.
    with contextlib.suppress(ChildProcessError):  # not this process's child
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)


def _kill_all(processes: set[BaseProcess]) -> None:
    for process in list(processes):
        with contextlib.suppress(ValueError, OSError):  # already closed or gone
            process.kill()
    for process in list(processes):
        with contextlib.suppress(ValueError, OSError, AssertionError):
            process.join(1.0)
    processes.clear()
