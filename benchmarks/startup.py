"""Benchmark start-up: how long `orgkb serve` takes to answer its first /healthz.

    .venv/bin/python -m benchmarks.startup [--repeat 5]

Each run starts a new process and polls GET /healthz every 10 ms until it answers 200. Next to
it, in the same run: a bare Starlette app with one /healthz route under uvicorn (the floor any
Python web service on this machine pays) and `orgkb ask` on the built-in corpus end to end.
The issue's goal is under 2 s for `orgkb serve` on the built-in corpus.
Nothing is timed as a test; the script prints figures to compare between runs.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

HOST = "127.0.0.1"
BIN = Path(sys.executable).parent
BARE_APP = """
import uvicorn
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

async def healthz(request):
    return PlainTextResponse("ok")

uvicorn.run(Starlette(routes=[Route("/healthz", healthz)]), host={host!r}, port={port}, log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def seconds_to_first_healthz(command: list[str], port: int, timeout: float = 30.0) -> float:
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - began < timeout:
            if process.poll() is not None:
                raise SystemExit(f"{' '.join(command)!r} exited with status {process.returncode}")
            try:
                with urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=1) as response:
                    if response.status == 200:
                        return time.perf_counter() - began
            except (urllib.error.URLError, OSError):  # refused, or accepted early (serve listens first) and slow
                time.sleep(0.01)
        raise SystemExit(f"{' '.join(command)!r} did not answer /healthz within {timeout:.0f} s")
    finally:
        process.terminate()
        process.wait()


def seconds_to_exit(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="start each process this many times")
    args = parser.parse_args()

    rows: list[tuple[str, list[float]]] = []
    bare, orgkb, ask = [], [], []
    for _ in range(args.repeat):
        port = free_port()
        bare.append(seconds_to_first_healthz([sys.executable, "-c", BARE_APP.format(host=HOST, port=port)], port))
        port = free_port()
        orgkb.append(seconds_to_first_healthz([str(BIN / "orgkb"), "serve", "--host", HOST, "--port", str(port)], port))
        ask.append(seconds_to_exit([str(BIN / "orgkb"), "ask", "who receives foreign guests?"]))
    rows = [
        ("bare Starlette /healthz (baseline)", bare),
        ("orgkb serve, built-in corpus", orgkb),
        ("orgkb ask, built-in corpus", ask),
    ]
    baseline = statistics.median(bare)
    print(f"start-up, {args.repeat} runs each, seconds (goal: orgkb serve under 2 s)")
    print(f"{'process':<36} {'median':>7} {'min':>6} {'max':>6} {'x baseline':>11}")
    for name, times in rows:
        median = statistics.median(times)
        print(f"{name:<36} {median:>7.2f} {min(times):>6.2f} {max(times):>6.2f} {median / baseline:>11.1f}")


if __name__ == "__main__":
    main()
