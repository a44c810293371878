"""A SPARQL worker process: runs one user query at a time on a read-only snapshot, within a memory bound.

`pool.WorkerPool` starts it through multiprocessing's forkserver (so it shares no thread or
lock with the server) and talks to it over one pipe. The worker first sends `("ready",)`,
then answers each `Job` with one reply:

- `("answer", body, media_type)`: the serialized answer;
- `("refused", argument, value, reason)`: a `QueryError` (malformed query, update, SERVICE, too many rows);
- `("memory",)`: Python ran out of the memory bound (the worker exits after saying so);
- `("failed", message)`: the snapshot could not be read.

While a query runs, the worker's address space may grow by at most `memory_bytes`
(`RLIMIT_AS`): past it an allocation fails and the worker dies (Oxigraph aborts) or says
`memory`. The server kills it at the deadline; its own CPU limit (`RLIMIT_CPU`, the time limit
plus a second) stops it too if the server is gone.
"""

from __future__ import annotations

import os
import resource
import signal
from multiprocessing.connection import Connection
from typing import NamedTuple

import pyoxigraph as ox

from orgkb.errors import QueryError
from orgkb.kb.store.sparql import run_on_store


class Job(NamedTuple):
    """One query for a worker: the snapshot to read, the query, its Accept header, the row cap, the time limit."""

    snapshot: str
    query: str
    accept: str | None
    max_rows: int
    seconds: float


def main(connection: Connection, memory_bytes: int) -> None:
    """The worker's loop: answer jobs until the server closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C at the terminal is for the server, which stops us
    _silence_stderr()  # an allocation failure in Oxigraph prints a Rust backtrace: the server logs one line instead
    store: ox.Store | None = None
    opened = ""
    connection.send(("ready",))
    while True:
        try:
            job = Job(*connection.recv())
        except (EOFError, OSError):
            return
        reply: tuple[object, ...]
        try:
            if job.snapshot != opened:
                store, opened = None, ""
                store, opened = ox.Store.read_only(job.snapshot), job.snapshot
            assert store is not None
            with _bounded(memory_bytes, job.seconds):
                result = run_on_store(store, job.query, job.accept, job.max_rows)
            reply = ("answer", result.body, result.media_type)
        except QueryError as error:
            reply = ("refused", error.argument, error.value, error.reason)
        except MemoryError:
            connection.send(("memory",))
            return  # what is left of this process after a failed allocation is not trusted with another query
        except OSError as error:
            reply = ("failed", " ".join(str(error).split()))
        connection.send(reply)


class _bounded:
    """Within: the address space may grow by `memory_bytes`, the CPU time by `seconds` (plus one)."""

    def __init__(self, memory_bytes: int, seconds: float) -> None:
        self.memory_bytes = memory_bytes
        self.seconds = seconds

    def __enter__(self) -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        _lower(resource.RLIMIT_CPU, int(usage.ru_utime + usage.ru_stime + self.seconds) + 2)
        _lower(resource.RLIMIT_AS, _address_space() + self.memory_bytes)

    def __exit__(self, *exc_info: object) -> None:
        # Lifted before the answer is sent: sending copies it, and that copy is not the query's.
        for limit in (resource.RLIMIT_AS, resource.RLIMIT_CPU):
            hard = resource.getrlimit(limit)[1]
            resource.setrlimit(limit, (hard, hard))


def _lower(limit: int, soft: int) -> None:
    hard = resource.getrlimit(limit)[1]
    resource.setrlimit(limit, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


def _address_space() -> int:
    """This process's virtual memory size in bytes (VmSize), which RLIMIT_AS bounds."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[0])
    return pages * os.sysconf("SC_PAGE_SIZE")


def _silence_stderr() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
