"""`orgkb serve --workers 2` over an Oxigraph server: both workers answer, and a page another
process loads into the store reaches every worker within a few seconds; a worker that dies is
started again, and workers that keep dying stop the server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from orgkb import workers
from orgkb.errors import OrgkbError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.listen import listen
from orgkb.loaders.load.files import builtin_paths
from tests.sparql_servers import free_port

ROOT = Path(__file__).resolve().parent.parent
JINGAN = next(path for path in builtin_paths() if path.name.startswith("jingan"))


def _orgkb(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "orgkb", *arguments]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def _documents(url: str, timeout: float = 10.0) -> list[int]:
    """What 12 new connections to the server say of the store (each may reach another worker)."""
    answers = []
    for _ in range(12):
        with httpx.Client(timeout=timeout) as client:
            answers.append(client.get(url + "/healthz").json()["documents"])
    return answers


def test_two_workers_follow_a_write_made_elsewhere(oxigraph_url: str) -> None:
    assert _orgkb("load", str(JINGAN), "--store", oxigraph_url).returncode == 0
    port = free_port()
    command = [sys.executable, "-m", "orgkb", "serve", "--store", oxigraph_url, "--port", str(port), "--workers", "2"]
    environment = {**os.environ, "ORGKB_WRITE_TOKEN": ""}
    began = time.monotonic()
    with subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    ) as server:
        url = f"http://127.0.0.1:{port}"
        try:
            while True:
                try:
                    assert _documents(url) == [1] * 12
                    break
                except httpx.HTTPError:
                    assert time.monotonic() < began + 60 and server.poll() is None
                    time.sleep(0.3)
            others = [str(path) for path in builtin_paths() if path != JINGAN]
            assert _orgkb("load", *others, "--store", oxigraph_url).returncode == 0
            time.sleep(2.5)  # each worker looks every second
            assert _documents(url) == [3] * 12
        finally:
            server.terminate()
            said, _ = server.communicate(timeout=20)
    assert server.returncode == 0
    assert "2 worker processes, each following the store's writes" in said.decode()


def test_workers_is_a_count() -> None:
    found = _orgkb("serve", "--workers", "0")
    assert found.returncode == 2
    assert "'0' is not a count" in found.stderr


def _children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in found]


def test_a_worker_that_dies_is_started_again_and_its_share_answered() -> None:
    port = free_port()
    command = [sys.executable, "-m", "orgkb", "serve", "--port", str(port), "--workers", "2"]
    environment = {**os.environ, "ORGKB_WRITE_TOKEN": ""}
    with subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    ) as server:
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_answered(url, server)
            first, second = _children(server.pid)
            os.kill(first, signal.SIGKILL)  # the first worker: it answers on the socket the server keeps open
            deadline = time.monotonic() + 60
            while first in _children(server.pid) or len(_children(server.pid)) < 2:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.2)
            assert second in _children(server.pid)
            # every new connection is answered, those the kernel gives the first worker's socket too
            assert _documents(url, timeout=60.0) == [3] * 12
        finally:
            server.terminate()
            _, said = server.communicate(timeout=60)
    assert f"worker {first} stopped (exit status -9); starting another in its place" in said.decode()


def test_workers_that_keep_dying_stop_the_server(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> KnowledgeBase:
        raise OrgkbError("no store here")

    handlers = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(workers, "RESTART_WINDOW", 600.0)
    sock = listen("127.0.0.1", 0, shared=True)
    try:
        assert workers.serve_workers(broken, 2, sock) == 1
    finally:
        sock.close()
        signal.signal(signal.SIGTERM, handlers[0])
        signal.signal(signal.SIGINT, handlers[1])
    stopped = [record.getMessage() for record in caplog.records if record.name == "orgkb.workers"]
    assert sum("starting another in its place" in message for message in stopped) == workers.RESTARTS
    assert stopped[-1].endswith(f"{workers.RESTARTS + 1} workers stopped in 600 s: stopping the server")


def _wait_until_answered(url: str, server: subprocess.Popen[bytes]) -> None:
    began = time.monotonic()
    while True:
        try:
            httpx.get(url + "/healthz", timeout=10.0).raise_for_status()
            return
        except httpx.HTTPError:
            assert time.monotonic() < began + 60 and server.poll() is None
            time.sleep(0.3)
