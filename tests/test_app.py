"""The HTTP app: GraphQL over GET and POST, GraphiQL, health, SDL, body limit, masked errors."""

from __future__ import annotations

import io
import json
import logging

import pytest

from orgkb.app import create_app
from orgkb.graphql.limits import LIMITS
from orgkb.graphql.schema import export_sdl
from orgkb.kb import places
from orgkb.kb.store import KnowledgeBase
from tests.asgi import Client

QUERY = '{ organization(id: "shanghai/jingan/general-office") { name units { name } } }'


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.builtin()


@pytest.fixture(scope="module")
def client(kb: KnowledgeBase) -> Client:
    return Client(create_app(kb))


def test_post_json(client: Client) -> None:
    response = client.post("/graphql", json={"query": QUERY})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert len(response.json()["data"]["organization"]["units"]) == 12


def test_post_with_variables_and_operation_name(client: Client) -> None:
    body = {
        "query": "query A($id: ID!) { organization(id: $id) { id } } query B { __typename }",
        "variables": {"id": "shenzhen/dapeng/general-office"},
        "operationName": "A",
    }
    assert client.post("/graphql", json=body).json() == {"data": {"organization": {"id": body["variables"]["id"]}}}


def test_get_with_query_parameters(client: Client) -> None:
    params = {"query": "query($id: ID!) { organization(id: $id) { id } }", "variables": json.dumps({"id": "x/y"})}
    response = client.get("/graphql", params=params)
    assert response.status_code == 200
    assert response.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"


def test_browsers_get_graphiql(client: Client) -> None:
    response = client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


def test_healthz(client: Client) -> None:
    assert client.get("/healthz").json()["status"] == "ok"


def test_schema_sdl(client: Client) -> None:
    response = client.get("/schema.graphql")
    assert response.status_code == 200 and response.text == export_sdl()


@pytest.mark.parametrize(
    ("content", "headers", "status", "code"),
    [
        (b"{not json", {"content-type": "application/json"}, 400, "BAD_REQUEST"),
        (b"[1, 2]", {"content-type": "application/json"}, 400, "BAD_REQUEST"),
        (b'{"query": 5}', {"content-type": "application/json"}, 400, "BAD_REQUEST"),
        (b'{"query": "{ __typename }", "variables": [1]}', {"content-type": "application/json"}, 400, "BAD_REQUEST"),
        (b"query=x", {"content-type": "application/x-www-form-urlencoded"}, 415, "BAD_REQUEST"),
        (b"{ nosuch }", {"content-type": "application/graphql"}, 400, "GRAPHQL_VALIDATION_FAILED"),
    ],
)
def test_malformed_requests(client: Client, content: bytes, headers: dict[str, str], status: int, code: str) -> None:
    response = client.post("/graphql", content=content, headers=headers)
    assert response.status_code == status
    assert response.json()["errors"][0]["extensions"]["code"] == code


def test_request_body_size_limit(client: Client) -> None:
    query = "{ __typename }" + " " * LIMITS.max_body_bytes
    response = client.post("/graphql", json={"query": query})
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"


def test_bad_arguments_are_not_server_errors(client: Client) -> None:
    for query in (
        '{ whoHandles(matter: "%s") { score } }' % ("x" * 10_000),
        "{ organizations(first: -3) { totalCount } }",
    ):
        response = client.post("/graphql", json={"query": query})
        assert response.status_code == 200
        assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_unexpected_errors_are_masked_and_logged(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(kb: KnowledgeBase) -> list[object]:
        raise RuntimeError("secret detail /etc/passwd")

    monkeypatch.setattr(places, "places", broken)
    with caplog.at_level(logging.ERROR):
        response = Client(create_app(kb)).post("/graphql", json={"query": "{ places { id } }"})
    assert response.status_code == 200
    error = response.json()["errors"][0]
    assert error["message"] == "Internal server error"
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert "secret" not in response.text and "Traceback" not in response.text
    assert "secret detail" in caplog.text and error["extensions"]["incident"] in caplog.text


def test_responses_follow_writes_to_the_knowledge_base() -> None:
    kb = KnowledgeBase.builtin()
    client = Client(create_app(kb))
    query = {"query": "{ organizations { totalCount } }"}
    assert client.post("/graphql", json=query).json()["data"]["organizations"]["totalCount"] == 3
    assert kb.remove_document("dapeng-general-office.txt")
    assert client.post("/graphql", json=query).json()["data"]["organizations"]["totalCount"] == 2


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
