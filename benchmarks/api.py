"""Benchmark the GraphQL API: in-process cost per operation and per field, then HTTP throughput.

    .venv/bin/python -m benchmarks.api [--seconds 10] [--clients 16] [--repeat 200]

(a) in process: each example operation in orgkb/graphql/operations, mean time and time per
    resolved field (fields counted with a graphql-core middleware in a separate run);
(b) HTTP on 127.0.0.1: uvicorn in a subprocess, one worker; a bounded load generator (N
    keep-alive connections for S seconds each) for `{ __typename }`, the office-with-sections
    operation and the who-handles operation; the office and who-handles operations again with
    the response cache off;
(c) `{ __typename }` on a server with strawberry's defaults (strawberry.asgi.GraphQL, no
    parser or validation cache) over the same schema.
Nothing is timed as a test; the script prints figures to compare between runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OPERATIONS = Path(__file__).parents[1] / "orgkb" / "graphql" / "operations"
TRIVIAL = "{ __typename }"
HOST = "127.0.0.1"


# -- (a) in process ------------------------------------------------------------------------------


def in_process(repeat: int) -> None:
    from graphql import execute

    from orgkb.graphql.execution import Executor
    from orgkb.kb.store import KnowledgeBase

    started = time.perf_counter()
    kb = KnowledgeBase.builtin()
    executor = Executor(kb, response_cache_size=0)
    print(f"built-in corpus loaded and executor ready in {time.perf_counter() - started:.2f} s")
    print(f"\n(a) in process, mean of {repeat} runs (memo warm, no response cache)")
    print(f"{'operation':<32} {'ms/op':>8} {'fields':>7} {'us/field':>9}")
    for path in [None, *sorted(OPERATIONS.glob("*.graphql"))]:
        query = path.read_text(encoding="utf-8") if path else TRIVIAL
        name = path.stem if path else "{ __typename }"
        asyncio.run(executor.run(query))  # warm the caches
        fields = count_fields(executor, query, execute)

        async def many(query: str = query) -> None:
            for _ in range(repeat):
                await executor.run(query)

        began = time.perf_counter()
        asyncio.run(many())
        mean = (time.perf_counter() - began) / repeat
        print(f"{name:<32} {mean * 1000:>8.3f} {fields:>7} {mean * 1e6 / max(fields, 1):>9.2f}")


def count_fields(executor: Any, query: str, execute: Any) -> int:
    count = 0

    def middleware(next_: Any, root: Any, info: Any, **args: Any) -> Any:
        nonlocal count
        count += 1
        return next_(root, info, **args)

    document, _ = executor.prepare(query)

    async def run() -> None:
        result = execute(executor.schema, document, context_value=executor.context(), middleware=[middleware])
        if asyncio.iscoroutine(result) or hasattr(result, "__await__"):
            await result

    asyncio.run(run())
    return count


# -- (b), (c) over HTTP ---------------------------------------------------------------------------


def serve(mode: str, port: int) -> None:
    """Run one server in this process (called in a subprocess by `http_benchmarks`)."""
    import uvicorn

    from orgkb.kb.store import KnowledgeBase

    app: Any
    if mode == "strawberry-defaults":
        from strawberry.asgi import GraphQL

        from orgkb.graphql.context import Context
        from orgkb.graphql.schema import get_schema
        from orgkb.kb.cache import Memo

        kb = KnowledgeBase.builtin()
        memo = Memo(kb)

        class Defaults(GraphQL):
            async def get_context(self, request: Any, response: Any) -> Context:  # type: ignore[override]
                return Context(kb, memo)

        app = Defaults(get_schema())
    else:
        from orgkb.app import create_app

        app = create_app(KnowledgeBase.builtin(), response_cache_size=0 if mode == "orgkb-no-response-cache" else 256)
    uvicorn.run(app, host=HOST, port=port, log_level="warning", access_log=False)


@dataclass
class Load:
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")


async def _client(port: int, body: bytes, deadline: float, latencies: list[float], errors: list[int]) -> int:
    reader, writer = await asyncio.open_connection(HOST, port)
    request = (
        f"POST /graphql HTTP/1.1\r\nHost: {HOST}:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    done = 0
    try:
        while time.perf_counter() < deadline:
            began = time.perf_counter()
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            payload = await reader.readexactly(length)
            latencies.append(time.perf_counter() - began)
            if not head.startswith(b"HTTP/1.1 200") or b'"errors"' in payload:
                errors.append(1)
            done += 1
    finally:
        writer.close()
    return done


async def load(port: int, query: str, clients: int, seconds: float) -> Load:
    body = json.dumps({"query": query}).encode()
    latencies: list[float] = []
    errors: list[int] = []
    began = time.perf_counter()
    deadline = began + seconds
    counts = await asyncio.gather(*(_client(port, body, deadline, latencies, errors) for _ in range(clients)))
    return Load(sum(counts), len(errors), time.perf_counter() - began, latencies)


def _start(mode: str, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([sys.executable, "-m", "benchmarks.api", "--serve", mode, "--port", str(port)])
    began = time.perf_counter()
    while time.perf_counter() - began < 30:
        try:
            asyncio.run(load(port, TRIVIAL, 1, 0.01))
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"the {mode} server did not start on port {port}")


def http_benchmarks(clients: int, seconds: float, port: int) -> None:
    office = (OPERATIONS / "office_with_sections.graphql").read_text(encoding="utf-8")
    who = (OPERATIONS / "who_handles_in_district.graphql").read_text(encoding="utf-8")
    plan = [
        ("orgkb", [("{ __typename }", TRIVIAL), ("office with sections", office), ("whoHandles", who)]),
        ("orgkb-no-response-cache", [("office with sections", office), ("whoHandles", who)]),
        ("strawberry-defaults", [("{ __typename }", TRIVIAL)]),
    ]
    print(f"\n(b, c) HTTP on {HOST}, uvicorn 1 worker, {clients} keep-alive clients x {seconds:g} s each")
    print(f"{'server':<24} {'query':<22} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    results: dict[tuple[str, str], Load] = {}
    for mode, queries in plan:
        process = _start(mode, port)
        try:
            for name, query in queries:
                asyncio.run(load(port, query, clients, min(1.0, seconds)))  # warm up
                result = asyncio.run(load(port, query, clients, seconds))
                results[mode, name] = result
                print(
                    f"{mode:<24} {name:<22} {result.rate:>8.0f} {result.percentile(50):>8.2f} "
                    f"{result.percentile(99):>8.2f} {result.errors:>7}"
                )
        finally:
            process.terminate()
            process.wait(timeout=10)
    trivial = results["orgkb", "{ __typename }"].rate
    print("\nratios")
    defaults = results["strawberry-defaults", "{ __typename }"].rate
    print(f"  trivial, orgkb / strawberry defaults:     {trivial / defaults:.2f}")
    for mode in ("orgkb", "orgkb-no-response-cache"):
        for name in ("office with sections", "whoHandles"):
            ratio = results[mode, name].rate / trivial
            print(f"  {name + ', ' + mode:<40} / trivial: {ratio:.2f}")
    median = statistics.median(results["orgkb", "{ __typename }"].latencies) * 1000
    print(f"  median latency of the trivial query:     {median:.2f} ms")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="seconds of load per query (default 10)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent keep-alive clients (default 16)")
    parser.add_argument("--repeat", type=int, default=200, help="in-process runs per operation (default 200)")
    parser.add_argument("--port", type=int, default=8977, help="port on 127.0.0.1 for the servers")
    parser.add_argument(
        "--serve", choices=["orgkb", "orgkb-no-response-cache", "strawberry-defaults"], help=argparse.SUPPRESS
    )
    parser.add_argument("--skip-http", action="store_true", help="only the in-process figures")
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port)
        return
    in_process(args.repeat)
    if not args.skip_http:
        http_benchmarks(args.clients, args.seconds, args.port)


if __name__ == "__main__":
    main()
