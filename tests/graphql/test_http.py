"""/graphql over HTTP: GET and POST, the console, request errors, the body limit, masking, ETags, threads."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading

import httpx
import pytest

from orgkb.app import create_app
from orgkb.graphql.limits import LIMITS
from orgkb.graphql.responses import Responses
from orgkb.kb.entities import places, sources
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base
from tests.asgi import Client

QUERY = '{ organization(id: "shanghai/jingan/general-office") { name units { name } } }'


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


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


def test_post_as_application_graphql(client: Client) -> None:
    response = client.post("/graphql", content=QUERY, headers={"content-type": "application/graphql"})
    assert response.status_code == 200 and len(response.json()["data"]["organization"]["units"]) == 12


def test_get_with_query_parameters(client: Client) -> None:
    params = {"query": "query($id: ID!) { organization(id: $id) { id } }", "variables": json.dumps({"id": "x/y"})}
    response = client.get("/graphql", params=params)
    assert response.status_code == 200
    assert response.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"


def test_browsers_get_the_console_and_it_loads_nothing_from_elsewhere(client: Client) -> None:
    response = client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "<textarea" in page and "fetch(" in page
    assert "office with sections" in page  # the example operations to choose from
    assert not re.search(r"(https?:)?//[a-z0-9]", page, re.IGNORECASE), "the page must not load anything from outside"
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page), "everything is inline"


@pytest.mark.parametrize(
    ("content", "headers", "status", "code"),
    [
        (b"{not json", {"content-type": "application/json"}, 400, "BAD_REQUEST"),
        (b"[1, 2]", {"content-type": "application/json"}, 400, "BAD_REQUEST"),
        (b'{"query": 5}', {"content-type": "application/json"}, 400, "BAD_REQUEST"),
        (b'{"query": ""}', {"content-type": "application/json"}, 400, "BAD_REQUEST"),
        (b'{"query": "{ __typename }", "variables": [1]}', {"content-type": "application/json"}, 400, "BAD_REQUEST"),
        (b"query=x", {"content-type": "application/x-www-form-urlencoded"}, 415, "BAD_REQUEST"),
        (b"{ nosuch }", {"content-type": "application/graphql"}, 400, "GRAPHQL_VALIDATION_FAILED"),
        (b"{ nosuch", {"content-type": "application/graphql"}, 400, "GRAPHQL_PARSE_FAILED"),
    ],
)
def test_malformed_requests(client: Client, content: bytes, headers: dict[str, str], status: int, code: str) -> None:
    response = client.post("/graphql", content=content, headers=headers)
    assert response.status_code == status
    assert response.json()["errors"][0]["extensions"]["code"] == code


def test_get_without_a_query_is_a_clear_error(client: Client) -> None:
    response = client.get("/graphql", headers={"accept": "application/json"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


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


def test_unexpected_errors_are_masked_logged_and_not_kept(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    kb = builtin_knowledge_base()  # its own: the answers of the module's knowledge base may already be kept
    calls = []

    def broken(kb: KnowledgeBase) -> list[object]:
        calls.append(1)
        raise RuntimeError("secret detail /etc/passwd")

    monkeypatch.setattr(places, "places", broken)
    client = Client(create_app(kb))
    with caplog.at_level(logging.ERROR):
        response = client.post("/graphql", json={"query": "{ places { id } }"})
    assert response.status_code == 200
    error = response.json()["errors"][0]
    assert error["message"] == "Internal server error"
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert "secret" not in response.text and "Traceback" not in response.text
    assert "secret detail" in caplog.text and error["extensions"]["incident"] in caplog.text
    client.post("/graphql", json={"query": "{ places { id } }"})
    assert len(calls) == 2  # an internal error is never answered from kept responses


def test_responses_follow_writes_to_the_knowledge_base() -> None:
    kb = builtin_knowledge_base()
    client = Client(create_app(kb))
    query = {"query": "{ organizations { totalCount } }"}
    assert client.post("/graphql", json=query).json()["data"]["organizations"]["totalCount"] == 3
    assert kb.remove_document("dapeng-general-office.txt")
    assert client.post("/graphql", json=query).json()["data"]["organizations"]["totalCount"] == 2


def test_get_has_an_etag_from_the_state_and_a_conditional_get_answers_304() -> None:
    kb = builtin_knowledge_base()
    client = Client(create_app(kb))
    params = {"query": "{ organizations { totalCount } }"}
    first = client.get("/graphql", params=params)
    etag = first.headers["etag"]
    assert first.status_code == 200 and etag.startswith('"') and first.headers["cache-control"] == "no-cache"
    again = client.get("/graphql", params=params, headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert kb.remove_document("dapeng-general-office.txt")
    changed = client.get("/graphql", params=params, headers={"if-none-match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    assert changed.json()["data"]["organizations"]["totalCount"] == 2


def test_kept_responses_are_bounded_in_bytes(kb: KnowledgeBase) -> None:
    responses = Responses(kb, max_bytes=3000)
    for number in range(10):
        responses.keep(("GET", str(number)), b"x" * 1000, 200, kb.generation)
    kept = [number for number in range(10) if responses.get(("GET", str(number))) is not None]
    assert kept == [8, 9]  # two of about 1,200 bytes fit in 3,000: the newest
    responses.keep(("GET", "huge"), b"x" * 5000, 200, kb.generation)
    assert responses.get(("GET", "huge")) is None  # larger than the whole budget: not kept
    responses.keep(("GET", "old"), b"{}", 200, kb.generation - 1)
    assert responses.get(("GET", "old")) is None  # answered in an earlier state: not kept


def test_a_slow_query_does_not_hold_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    kb = builtin_knowledge_base()
    release, resolver_waiting = threading.Event(), threading.Event()
    seen: list[bool] = []

    def slow(kb: KnowledgeBase) -> list[object]:
        resolver_waiting.set()
        seen.append(release.wait(timeout=10))  # False if nothing set it: the loop was held
        return []

    monkeypatch.setattr(sources, "sources", slow)
    app = create_app(kb)

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://orgkb.test") as client:
            graphql = asyncio.create_task(client.post("/graphql", json={"query": "{ sources { file } }"}))
            while not resolver_waiting.is_set():
                await asyncio.sleep(0.01)
            health = await client.get("/healthz")  # answered while the resolver still waits
            assert health.status_code == 200 and not release.is_set()
            release.set()
            assert (await graphql).json() == {"data": {"sources": []}}

    asyncio.run(scenario())
    assert seen == [True]
