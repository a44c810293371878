"""The HTTP app: health, SDL, no work at import, `orgkb serve` (GraphQL itself: tests/graphql/test_http.py)."""

from __future__ import annotations

import io

import pytest

from orgkb.app import create_app
from orgkb.graphql.schema import export_sdl
from orgkb.kb.store import KnowledgeBase
from tests.asgi import Client


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.builtin()


@pytest.fixture(scope="module")
def client(kb: KnowledgeBase) -> Client:
    return Client(create_app(kb))


def test_healthz(client: Client) -> None:
    assert client.get("/healthz").json()["status"] == "ok"


def test_schema_sdl(client: Client) -> None:
    response = client.get("/schema.graphql")
    assert response.status_code == 200 and response.text == export_sdl()


def test_import_does_no_work() -> None:
    import subprocess
    import sys

    # Importing the app builds no knowledge base and no schema: both wait for create_app().
    code = "import orgkb.app, orgkb.graphql.schema as s; print(s.get_schema.cache_info().currsize)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "0" and output.stderr == ""


def test_orgkb_serve_command_runs_this_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import orgkb.app
    from orgkb.cli import main

    calls: list[tuple[object, str, int]] = []
    monkeypatch.setattr(orgkb.app, "serve", lambda kb, host, port: calls.append((kb, host, port)))
    out = io.StringIO()
    assert main(["serve", "--port", "8123"], out=out) == 0
    assert "http://127.0.0.1:8123/graphql" in out.getvalue()
    ((kb, host, port),) = calls
    assert isinstance(kb, KnowledgeBase) and (host, port) == ("127.0.0.1", 8123)
