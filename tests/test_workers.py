"""`orgkb serve --workers 2` over an Oxigraph server: both workers answer, and a page another
process loads into the store reaches every worker within a few seconds."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from orgkb.loaders.files import builtin_paths
from tests.sparql_servers import free_port

ROOT = Path(__file__).resolve().parent.parent
JINGAN = next(path for path in builtin_paths() if path.name.startswith("jingan"))


def _orgkb(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "orgkb", *arguments]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def _documents(url: str) -> list[int]:
    """What 12 new connections to the server say of the store (each may reach another worker)."""
    answers = []
    for _ in range(12):
        with httpx.Client(timeout=10.0) as client:
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
