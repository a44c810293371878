"""A real `orgkb serve` under SPARQL load: a client that leaves frees its worker; SIGTERM stops it within 5 s."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
QUICK = "ASK { ?s a orgkb:Responsibility }"


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int

    def get(self, query: str, timeout: float = 30) -> tuple[int, str]:
        url = f"http://127.0.0.1:{self.port}/sparql?" + urllib.parse.urlencode({"query": query})
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def send_and_leave_open(self, query: str) -> socket.socket:
        """Send a GET for `query` and return the connection without reading the answer."""
        connection = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        target = "/sparql?" + urllib.parse.urlencode({"query": query})
        connection.sendall(f"GET {target} HTTP/1.1\r\nHost: orgkb.test\r\n\r\n".encode())
        return connection


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _descendants(pid: int) -> set[int]:
    """Every living process under `pid` (children, their children, ...), read from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.fixture
def server() -> Iterator[Server]:
    port = _free_port()
    environment = {**os.environ, "ORGKB_SPARQL_TIMEOUT": "60", "ORGKB_SPARQL_WORKERS": "2"}
    environment.pop("ORGKB_STORE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "orgkb", "serve", "--port", str(port)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started = Server(process, port)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                    break
            except OSError:
                assert process.poll() is None, "orgkb serve stopped before answering"
                time.sleep(0.2)
        yield started
    finally:
        if process.poll() is None:
            process.terminate()  # as a user would stop it: it removes its snapshots
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        process.wait()


def _wait_for_busy_workers(server: Server, count: int) -> set[int]:
    """The server's descendants once `count` of them (workers) are running a query and using CPU."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        busy = {pid for pid in _descendants(server.process.pid) if _state(pid) == "R"}
        if len(busy) >= count:
            return _descendants(server.process.pid)
        time.sleep(0.1)
    raise AssertionError(f"fewer than {count} SPARQL workers got busy")


def _busy(processes: set[int]) -> set[int]:
    """Those of `processes` running in each of three looks 0.1 s apart (a worker on an endless query)."""
    running = set(processes)
    for look in range(3):
        running &= {pid for pid in processes if _state(pid) == "R"}
        time.sleep(0.1 * (look < 2))
    return running


def _running_worker(server: Server) -> set[int]:
    """The worker processes (the forkserver's children, below the server's own) running a query,
    waited for (at most 20 s)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        below = _descendants(server.process.pid)
        running = _busy({pid for pid in below if _parent(pid) != server.process.pid})
        if running:
            return running
        time.sleep(0.1)
    raise AssertionError("no SPARQL worker got busy")


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return None


def _gone(processes: set[int]) -> bool:
    """Whether every one of `processes` has ended (waiting at most 3 s for them to be reaped)."""
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and any(_state(pid) not in ("gone", "Z") for pid in processes):
        time.sleep(0.1)
    return all(_state(pid) in ("gone", "Z") for pid in processes)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def test_a_client_that_leaves_frees_its_worker(server: Server) -> None:
    held: set[int] = set()
    for _ in range(2):  # both workers, each held by a client that then goes away
        connection = server.send_and_leave_open(ENDLESS)
        held |= _running_worker(server)
        connection.close()
        time.sleep(0.3)
    status, body = server.get(QUICK, timeout=20)
    assert status == 200 and '"boolean": true' in body.replace('":true', '": true')
    # the workers that ran the abandoned queries were killed, not left to the 60 s they were allowed
    assert held and _gone(held)


def test_sigterm_stops_the_server_within_five_seconds_while_queries_run(server: Server) -> None:
    connections = [server.send_and_leave_open(ENDLESS) for _ in range(2)]
    processes = _wait_for_busy_workers(server, 2)
    server.process.send_signal(signal.SIGTERM)
    server.process.wait(timeout=10)  # not the 60 s the queries were allowed
    assert _gone(processes)
    for connection in connections:
        connection.close()
