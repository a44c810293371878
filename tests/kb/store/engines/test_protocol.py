"""The protocol engine: reading `--store` values, binding values, one request per page written,
and one clear line for every way a SPARQL server can fail (against a real Oxigraph server)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from orgkb.errors import RemoteStoreError, StoreError
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store.engines.protocol import Endpoints, ProtocolEngine, bound, is_remote
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_path, load_paths
from orgkb.ontology.namespace import BASE
from tests.sparql_servers import free_port

JINGAN = next(path for path in builtin_paths() if path.name.startswith("jingan"))


@pytest.mark.parametrize(
    ("location", "query", "update", "graph_store"),
    [
        # Oxigraph's layout under a server's URL
        (
            "http://127.0.0.1:7878",
            "http://127.0.0.1:7878/query",
            "http://127.0.0.1:7878/update",
            "http://127.0.0.1:7878/store",
        ),
        (
            "https://db.example/kb/",
            "https://db.example/kb/query",
            "https://db.example/kb/update",
            "https://db.example/kb/store",
        ),
        # Virtuoso's one endpoint
        ("http://db:8890/sparql", "http://db:8890/sparql", "http://db:8890/sparql", None),
        # the explicit form
        ("query=http://h/q update=http://h/u", "http://h/q", "http://h/u", None),
        (
            "query=http://h/q update=http://h/u store=http://h/s engine=virtuoso",
            "http://h/q",
            "http://h/u",
            "http://h/s",
        ),
    ],
)
def test_a_store_value_names_the_endpoints(location: str, query: str, update: str, graph_store: str | None) -> None:
    assert is_remote(location)
    endpoints = Endpoints.parse(location)
    assert (endpoints.query, endpoints.update, endpoints.graph_store) == (query, update, graph_store)


@pytest.mark.parametrize(
    ("location", "said"),
    [
        ("query=http://h/q", "expected at least query=URL and update=URL"),
        ("query=http://h/q update=ftp://h/u", "update='ftp://h/u' is not an http(s) URL"),
        ("query=http://h/q update=http://h/u engine=fuseki", "engine= expects one of oxigraph, virtuoso, generic"),
        ("query=http://h/q update=http://h/u timeout=soon", "timeout= expects a number of seconds above 0"),
        ("query=http://h/q update=http://h/u graph=http://g", "'graph=http://g' is not one of query="),
    ],
)
def test_a_store_value_it_cannot_read_is_named(location: str, said: str) -> None:
    with pytest.raises(StoreError, match="^--store ") as raised:
        Endpoints.parse(location)
    assert said in str(raised.value) and "\n" not in str(raised.value)


def test_a_directory_is_not_remote(tmp_path: Path) -> None:
    assert not is_remote(str(tmp_path / "store"))
    assert not is_remote("store")


def test_bound_values_open_the_where_group_as_serialized_terms() -> None:
    query = "# a comment naming WHERE { in it\nSELECT ?name WHERE {\n  ?org <http://n> ?name\n}"
    tricky = ox.Literal('say "} INSERT DATA { <a> <b> <c> }', language="en")
    found = bound(query, {ox.Variable("org"): ox.NamedNode("http://o"), ox.Variable("name"): tricky})
    assert found.startswith("# a comment naming WHERE { in it\nSELECT ?name WHERE { VALUES (?org ?name) { (<http://o> ")
    assert '"say \\"} INSERT DATA { <a> <b> <c> }"@en' in found
    assert ox.Store().query(found).variables == [ox.Variable("name")]  # still one query, parsed as such


def test_a_page_is_written_in_one_update_request(oxigraph_url: str) -> None:
    updates: list[str] = []

    def seen(request: httpx.Request) -> None:
        if request.url.path == "/update":
            updates.append(request.url.path)

    engine = ProtocolEngine(Endpoints.parse(oxigraph_url), httpx.Client(event_hooks={"request": [seen]}))
    engine.insert_trig('<http://g> { <http://s> <http://p> "o" . }\n<http://h> { <http://s> <http://p> "o" . }\n')
    assert len(updates) == 1
    assert {graph.value for graph in engine.named_graphs()} == set()  # not orgkb's graphs: never read back
    engine.close()


def test_replacing_a_page_is_one_update_request(oxigraph_url: str) -> None:
    kb = KnowledgeBase(oxigraph_url)
    load_path(kb, JINGAN)
    assert isinstance(kb.engine, ProtocolEngine)
    updates: list[bytes] = []
    kb.engine.client.event_hooks["request"] = [
        lambda request: updates.append(request.read()) if request.url.path == "/update" else None
    ]
    assert load_path(kb, JINGAN).replaced
    page_writes = [body for body in updates if b"jingan-general-office" in body and b"INSERT+DATA" in body]
    assert len(page_writes) == 1 and b"DROP+SILENT+GRAPH" in page_writes[0]
    kb.close()


def test_an_unreachable_store_is_one_line() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(RemoteStoreError, match=r"^the SPARQL store at http://127\.0\.0\.1:\d+/query cannot be reached"):
        KnowledgeBase(url)


def test_a_refused_request_says_what_the_server_said(oxigraph_url: str) -> None:
    engine = ProtocolEngine(Endpoints.parse(oxigraph_url))
    with pytest.raises(RemoteStoreError, match=r"refused the update \(HTTP 400\): .+") as raised:
        engine.update("INSERT DATA { this is not SPARQL }")
    assert "\n" not in str(raised.value)
    engine.close()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


def test_a_store_that_does_not_answer_times_out(silent_server: str) -> None:
    location = f"query={silent_server}/query update={silent_server}/update timeout=0.3"
    with pytest.raises(RemoteStoreError, match=r"did not answer the query within 0\.3 s$"):
        KnowledgeBase(location)


def test_another_process_writes_are_followed(oxigraph_url: str) -> None:
    writer, reader = KnowledgeBase(oxigraph_url), KnowledgeBase(oxigraph_url)
    assert not who_handles(reader, "foreign guests", None, 1)
    assert not reader.follow()
    load_path(writer, JINGAN)
    assert not writer.follow()  # its own write: nothing to notice
    generation = reader.generation
    assert reader.follow()
    assert reader.generation > generation
    assert who_handles(reader, "foreign guests", None, 1)
    assert not reader.follow()
    writer.close()
    reader.close()


def test_writes_from_two_processes_in_turn_keep_the_derived_data_whole(oxigraph_url: str) -> None:
    first, second = KnowledgeBase(oxigraph_url), KnowledgeBase(oxigraph_url)
    pages = sorted(builtin_paths())
    load_path(first, pages[0])
    load_path(second, pages[1])  # without a look at the store first, its derived data would miss pages[0]
    load_path(first, pages[2])
    reference = KnowledgeBase()
    load_paths(reference, pages)
    assert sorted(map(str, first.select("coordination_details"))) == sorted(
        map(str, reference.select("coordination_details"))
    )
    assert first._derived_is_current()
    first.close()
    second.close()


def test_a_store_opened_read_only_sends_no_write(oxigraph_url: str) -> None:
    load_path(KnowledgeBase(oxigraph_url), JINGAN)
    kb = KnowledgeBase(oxigraph_url, read_only=True)  # nothing derived or written on opening
    assert kb.engine.read_only and kb.documents()
    with pytest.raises(RemoteStoreError, match=r"/update was opened read-only: the update was not sent$"):
        kb.engine.update("DROP ALL")
    assert kb.documents()
    kb.close()


def test_oxigraph_lists_its_graphs_as_every_quad_s_graph_would(oxigraph_url: str) -> None:
    kb = KnowledgeBase(oxigraph_url)
    assert not load_paths(kb, builtin_paths()).failed
    assert isinstance(kb.engine, ProtocolEngine) and kb.engine.quirks.graphs_pattern == "{}"
    every_quad = kb.engine.select(
        "SELECT DISTINCT ?graph WHERE { GRAPH ?graph { ?s ?p ?o } FILTER(STRSTARTS(STR(?graph), ?ours)) }",
        {ox.Variable("ours"): ox.Literal(str(BASE))},
    )[1]
    assert sorted(kb.engine.named_graphs(), key=str) == sorted((row[0] for row in every_quad), key=str)
    assert kb.remove_document(JINGAN.name)  # a dropped page's graph is listed no more
    assert len(kb.documents()) == len(builtin_paths()) - 1
    kb.close()
