"""A bounded HTTP load generator for the benchmarks: keep-alive clients on 127.0.0.1 for a fixed time.

Each client sends POST /graphql requests (the bodies a callback chooses) one after another on
one connection until the deadline, and records each latency by kind. Servers are started in a
subprocess (any code tree: `cwd` and `PYTHONPATH` pick which orgkb runs) and stopped afterwards.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"

Body = Callable[[], tuple[str, bytes]]
"""Gives the next request: its kind (for the figures) and its JSON body."""


@dataclass
class Load:
    """What a load run measured: requests, errors, seconds and latencies (by kind too)."""

    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float, kind: str | None = None) -> float:
        """The `p`th percentile latency in ms (of one kind of request, or of all)."""
        ordered = sorted(self.latencies if kind is None else self.by_kind.get(kind, []))
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")


async def _client(port: int, body: Body, deadline: float, load: Load) -> None:
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        while time.perf_counter() < deadline:
            kind, payload = body()
            request = (
                f"POST /graphql HTTP/1.1\r\nHost: {HOST}:{port}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(payload)}\r\n\r\n"
            ).encode() + payload
            began = time.perf_counter()
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            answer = await reader.readexactly(length)
            elapsed = time.perf_counter() - began
            load.latencies.append(elapsed)
            load.by_kind.setdefault(kind, []).append(elapsed)
            load.requests += 1
            if not head.startswith(b"HTTP/1.1 200") or b'"errors"' in answer:
                load.errors += 1
                load.failures[kind] = load.failures.get(kind, 0) + 1
    finally:
        writer.close()


async def _load(port: int, body: Body, clients: int, seconds: float) -> Load:
    load = Load()
    began = time.perf_counter()
    deadline = began + seconds
    await asyncio.gather(*(_client(port, body, deadline, load) for _ in range(clients)))
    load.seconds = time.perf_counter() - began
    return load


def run_load(port: int, body: Body, clients: int, seconds: float) -> Load:
    """`clients` keep-alive connections sending `body()` requests for `seconds`."""
    return asyncio.run(_load(port, body, clients, seconds))


def start_server(code: str, arguments: list[str], tree: Path, port: int) -> subprocess.Popen[bytes]:
    """Run `python -c code PORT arguments...` with the orgkb of `tree`; return once it answers /graphql."""
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    process = subprocess.Popen([sys.executable, "-c", code, str(port), *arguments], cwd=tree, env=environment)
    trivial = b'{"query": "{ __typename }"}'
    began = time.perf_counter()
    while time.perf_counter() - began < 60:
        if process.poll() is not None:
            raise SystemExit(f"the server from {tree} exited with status {process.returncode}")
        try:
            run_load(port, lambda: ("trivial", trivial), 1, 0.01)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"the server from {tree} did not start on port {port}")


def stop_server(process: subprocess.Popen[bytes], seconds: float = 10) -> None:
    """Stop a server started by `start_server` (or any child process): asked first, killed after `seconds`."""
    process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def rss_mib(pid: int) -> float:
    """The resident memory of a process, in MiB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """The CPU time (user and system) a process has used so far, in seconds (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


WORDS = [
    "foreign",
    "guests",
    "reception",
    "archives",
    "petitions",
    "letters",
    "calls",
    "information",
    "disclosure",
    "approval",
    "reform",
    "confidentiality",
    "seals",
    "emergency",
    "safety",
    "statistics",
    "supervision",
    "budget",
    "personnel",
    "training",
    "meetings",
    "documents",
    "inspection",
    "complaints",
    "veterans",
    "health",
    "education",
    "housing",
    "transport",
    "culture",
    "tourism",
]


def unique_question(number: int) -> str:
    """A question no earlier request asked: two or three matter words and a serial word."""
    first, second, third = (WORDS[(number * k + k) % len(WORDS)] for k in (7, 11, 13))
    return f"{first} {second} {third if number % 2 else ''} case{number}".replace("  ", " ")


SERVE = """
import inspect, os, sys
import uvicorn
from orgkb.app import create_app
try:
    from orgkb.loading import builtin_knowledge_base, load_paths
except ImportError:  # a tree from before orgkb.loading, whose knowledge base read pages itself
    from orgkb.kb.store.knowledge_base import KnowledgeBase
    builtin_knowledge_base = KnowledgeBase.builtin
    load_paths = lambda kb, paths: kb.load_paths(paths)

if os.environ.get("ORGKB_BENCH_ADMITTED"):  # a tree whose GraphQL view admits requests: how many
    import orgkb.graphql.http as view
    view.ADMITTED = int(os.environ["ORGKB_BENCH_ADMITTED"])

port, cache = int(sys.argv[1]), sys.argv[2] == "on"
pages = sys.argv[3:]
kb = builtin_knowledge_base()
if pages:
    load_paths(kb, pages)
parameters = inspect.signature(create_app).parameters
options = {}
if "response_cache_size" in parameters:  # the engine before strawberry's own
    options["response_cache_size"] = 256 if cache else 0
if "response_bytes" in parameters:
    options["response_bytes"] = 32 * 1024 * 1024 if cache else 0
uvicorn.run(create_app(kb, **options), host="127.0.0.1", port=port, log_level="warning", access_log=False)
"""
"""A server for any code tree: `python -c SERVE PORT on|off [PAGE...]` (response cache on or off).

`ORGKB_BENCH_ADMITTED` in its environment sets how many GraphQL requests it works on at once.
"""
