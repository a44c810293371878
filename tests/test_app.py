"""The HTTP app: health, SDL, no work at import, `orgkb serve` (GraphQL itself: tests/graphql/test_http.py)."""

from __future__ import annotations

import asyncio
import io
from socket import socket

import pytest

from orgkb.app import create_app
from orgkb.graphql.schema import export_sdl
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base
from orgkb.settings import Settings
from tests.asgi import Client


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


@pytest.fixture(scope="module")
def client(kb: KnowledgeBase) -> Client:
    return Client(create_app(kb))


def test_healthz(client: Client) -> None:
    assert client.get("/healthz").json()["status"] == "ok"


def test_schema_sdl(client: Client) -> None:
    response = client.get("/schema.graphql")
    assert response.status_code == 200 and response.text == export_sdl()


def test_a_stopping_server_stops_its_sparql_workers_then_their_forkserver(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    import orgkb.app

    stopped: list[str] = []
    app = create_app(kb)
    monkeypatch.setattr(app.state.sparql, "close", lambda: stopped.append("workers"))
    monkeypatch.setattr(orgkb.app, "stop_forkserver", lambda: stopped.append("forkserver"))

    async def run_lifespan() -> None:
        async with app.router.lifespan_context(app):
            assert stopped == []

    asyncio.run(run_lifespan())
    assert stopped == ["workers", "forkserver"]


def test_import_does_no_work() -> None:
    import subprocess
    import sys

    # Importing the app builds no knowledge base and no schema: both wait for create_app().
    code = "import orgkb.app, orgkb.graphql.schema as s; print(s.get_schema.cache_info().currsize)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "0" and output.stderr == ""


def _free_port() -> int:
    with socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_orgkb_serve_command_runs_this_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import orgkb.app
    from orgkb.cli import main

    calls: list[tuple[object, str, int, Settings, str | None]] = []

    def serve(kb: object, host: str, port: int, settings: Settings, write_token: str | None, sock: socket) -> None:
        assert sock.getsockname()[1] == port  # listening before it said "serving"
        sock.close()
        calls.append((kb, host, port, settings, write_token))

    monkeypatch.setattr(orgkb.app, "serve", serve)
    monkeypatch.setenv("ORGKB_SPARQL_WORKERS", "3")
    monkeypatch.setenv("ORGKB_WRITE_TOKEN", "t0ken")
    out = io.StringIO()
    port = _free_port()
    assert main(["serve", "--port", str(port), "--sparql-timeout", "2.5"], out=out) == 0
    assert f"http://127.0.0.1:{port}/graphql" in out.getvalue()
    ((kb, host, port, settings, token),) = calls
    assert isinstance(kb, KnowledgeBase) and host == "127.0.0.1"
    assert (settings.sparql_timeout, settings.sparql_workers, token) == (2.5, 3, "t0ken")
