"""POST /pages: refused without the token, pages loaded with it as `orgkb load` loads them."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

import orgkb.tokens
from orgkb.app import create_app
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import load_paths
from orgkb.report import page_report
from tests.asgi import Client

BATCH = Path(__file__).parent.parent / "data" / "batch"
TOKEN = "correct horse battery staple"


def _pages(*paths: Path) -> dict[str, object]:
    return {"pages": [{"source": str(path), "content": base64.b64encode(path.read_bytes()).decode()} for path in paths]}


def _auth(token: str = TOKEN) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


@pytest.fixture
def kb() -> KnowledgeBase:
    return KnowledgeBase()


@pytest.fixture
def client(kb: KnowledgeBase) -> Client:
    return Client(create_app(kb, write_token=TOKEN))


def test_a_server_without_a_token_refuses_every_write(kb: KnowledgeBase) -> None:
    response = Client(create_app(kb)).post("/pages", json=_pages(*sorted(BATCH.iterdir())), headers=_auth())
    assert response.status_code == 403 and "writes are disabled" in response.text
    assert "ORGKB_WRITE_TOKEN" in response.text and kb.documents() == []


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "needs the server's token"),
        ({"authorization": "Basic dXNlcjpwYXNz"}, "needs the server's token"),
        ({"authorization": "Bearer "}, "needs the server's token"),
        (_auth("wrong"), "not this server's"),
        (_auth(TOKEN + "x"), "not this server's"),
    ],
)
def test_a_write_without_the_right_token_is_refused(
    client: Client, kb: KnowledgeBase, headers: dict[str, str], message: str
) -> None:
    response = client.post("/pages", json=_pages(*sorted(BATCH.iterdir())), headers=headers)
    assert response.status_code == 401 and message in response.text
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert kb.documents() == []


def test_the_token_is_compared_in_constant_time(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []

    def compare_digest(given: bytes, token: bytes) -> bool:
        compared.append((given, token))
        return given == token

    monkeypatch.setattr(orgkb.tokens.hmac, "compare_digest", compare_digest)
    client.post("/pages", json=_pages(BATCH / "good-xuhui-archives-bureau.txt"), headers=_auth("guess"))
    assert compared == [(b"guess", TOKEN.encode())]


def test_pages_are_loaded_as_orgkb_load_loads_them(client: Client, kb: KnowledgeBase) -> None:
    paths = sorted(BATCH.iterdir())
    response = client.post("/pages", json=_pages(*paths), headers=_auth())
    assert response.status_code == 200
    answer = response.json()
    local = KnowledgeBase()
    expected = [page_report(result, "loaded").as_json() for result in load_paths(local, paths).results]
    assert answer["results"] == expected
    assert [result["ok"] for result in answer["results"]] == [False, True, True]
    assert answer["documents"] == len(kb.documents()) == 2
    assert sorted(kb.documents()) == sorted(local.documents())
    found = client.post("/graphql", json={"query": '{ organization(id: "shanghai/xuhui/archives-bureau") { name } }'})
    assert found.json()["data"]["organization"]["name"] == "Archives Bureau of Xuhui District"


def test_sending_a_page_again_replaces_it(client: Client) -> None:
    page = BATCH / "good-xuhui-archives-bureau.txt"
    client.post("/pages", json=_pages(page), headers=_auth())
    again = client.post("/pages", json=_pages(page), headers=_auth()).json()
    assert again["results"][0]["lines"][0].startswith("replaced ")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{", "the body is not JSON"),
        (b'{"pages": []}', "expected {"),
        (b'{"pages": [{"source": "../", "content": ""}]}', "page 1 has no file name"),
        (b'{"pages": [{"source": "a.txt"}]}', "has no base64 'content'"),
        (b'{"pages": [{"source": "a.txt", "content": "not base64!"}]}', "'content' is not base64"),
    ],
)
def test_a_malformed_request_says_what_is_wrong(client: Client, kb: KnowledgeBase, body: bytes, message: str) -> None:
    response = client.post("/pages", content=body, headers={**_auth(), "content-type": "application/json"})
    assert response.status_code == 400 and message in response.text and response.text.count("\n") == 1
    assert kb.documents() == []


def test_other_media_types_and_methods_are_refused(client: Client) -> None:
    assert client.post("/pages", content=b"x", headers={**_auth(), "content-type": "text/plain"}).status_code == 415
    assert client.get("/pages").status_code == 405


def test_pages_of_one_name_from_two_folders_are_two_documents(client: Client, kb: KnowledgeBase) -> None:
    page = BATCH / "good-xuhui-archives-bureau.txt"
    putuo = base64.b64encode(page.read_bytes().replace(b"Xuhui", b"Putuo")).decode()
    xuhui = base64.b64encode(page.read_bytes()).decode()
    sent = [
        {"source": "a/office.txt", "path": "/home/ann/a/office.txt", "content": putuo},
        {"source": "b/office.txt", "path": "/home/ann/b/office.txt", "content": xuhui},
    ]
    answer = client.post("/pages", json={"pages": sent}, headers=_auth()).json()
    assert [result["ok"] for result in answer["results"]] == [True, True]
    assert kb.documents() == [
        "https://w3id.org/orgkb/source/file/home/ann/a/office.txt",
        "https://w3id.org/orgkb/source/file/home/ann/b/office.txt",
    ]
