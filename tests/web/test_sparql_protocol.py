"""GET and POST /sparql: the protocol's three ways to send a query, content negotiation, errors."""

from __future__ import annotations

import pytest

from orgkb.app import create_app
from orgkb.loading import builtin_knowledge_base
from tests.asgi import Client

COUNT = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a orgkb:Responsibility }"


@pytest.fixture(scope="module")
def client() -> Client:
    return Client(create_app(builtin_knowledge_base()))


def _count(response_json: dict) -> str:  # type: ignore[type-arg]
    return response_json["results"]["bindings"][0]["n"]["value"]


def test_get_post_form_and_post_query_give_the_same_answer(client: Client) -> None:
    by_get = client.get("/sparql", params={"query": COUNT})
    by_form = client.post("/sparql", data={"query": COUNT})
    by_body = client.post("/sparql", content=COUNT, headers={"content-type": "application/sparql-query"})
    for response in (by_get, by_form, by_body):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/sparql-results+json")
        assert _count(response.json()) == "130"


def test_accept_header_picks_the_format(client: Client) -> None:
    response = client.get("/sparql", params={"query": COUNT}, headers={"accept": "text/csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines() == ["n", "130"]
    refused = client.get("/sparql", params={"query": COUNT}, headers={"accept": "image/png"})
    assert refused.status_code == 406 and "text/csv" in refused.text


@pytest.mark.parametrize(
    ("send", "status", "message"),
    [
        ({"data": {"update": "DROP ALL"}}, 400, "read-only"),
        ({"data": {"query": "DROP ALL"}}, 400, "read-only"),
        ({"data": {"query": "SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }"}}, 400, "SERVICE"),
        ({"data": {"query": "SELECT ?x WHERE {"}}, 400, "is not a SPARQL 1.1 query"),
        ({"data": {"queries": COUNT}}, 400, "exactly one 'query'"),
        ({"data": {"query": COUNT, "default-graph-uri": "http://example.com/g"}}, 400, "not supported"),
        ({"content": COUNT, "headers": {"content-type": "text/plain"}}, 415, "application/sparql-query"),
        (
            {"content": "query=" + "x" * 70_000, "headers": {"content-type": "application/x-www-form-urlencoded"}},
            413,
            "larger",
        ),
    ],
)
def test_bad_requests_get_a_one_line_reason(
    client: Client,
    send: dict,  # type: ignore[type-arg]
    status: int,
    message: str,
) -> None:
    response = client.post("/sparql", **send)
    assert response.status_code == status
    assert message in response.text
    assert response.text.count("\n") == 1 and "Traceback" not in response.text


def test_nothing_is_written_by_a_refused_update(client: Client) -> None:
    before = _count(client.get("/sparql", params={"query": COUNT}).json())
    client.post("/sparql", data={"update": "DROP ALL"})
    client.post("/sparql", data={"query": "CLEAR ALL"})
    assert _count(client.get("/sparql", params={"query": COUNT}).json()) == before


def test_a_browser_gets_a_form(client: Client) -> None:
    response = client.get("/sparql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert '<form action="/sparql"' in response.text and "<textarea" in response.text
