"""The same knowledge base on every engine: a directory store, and a real Oxigraph server
through the SPARQL 1.1 protocol (`store_location` runs each test on both); the named queries
and the answers on Virtuoso too, where `virtuoso-t` is installed."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from orgkb.kb.coordination.links import coordination
from orgkb.kb.entities import duties, organizations
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import builtin_knowledge_base, load_path, load_paths
from tests.sparql_servers import VIRTUOSO_MISSING, oxigraph_server, virtuoso_installed, virtuoso_server

JINGAN = next(path for path in builtin_paths() if path.name.startswith("jingan"))
_QUERY_FILES = (Path(__file__).parents[3] / "orgkb" / "kb" / "queries").glob("*.rq")
# every named query that answers unbound (those with a LIMIT answer one row for a bound value)
QUERIES = sorted(path.stem for path in _QUERY_FILES if not re.search(r"\bLIMIT\b", path.read_text("utf-8")))
_LOADED_AT = re.compile(rb'"\d{4}-\d\d-\d\dT[^"]*"\^\^<http://www.w3.org/2001/XMLSchema#dateTime>')


@pytest.fixture(scope="module")
def reference() -> KnowledgeBase:
    """The built-in corpus in an in-memory store: what every engine must answer alike."""
    return builtin_knowledge_base()


@pytest.fixture(
    scope="module",
    params=[
        "embedded",
        "oxigraph-server",
        pytest.param("virtuoso", marks=pytest.mark.skipif(not virtuoso_installed(), reason=VIRTUOSO_MISSING)),
    ],
)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    """The built-in corpus loaded into a directory store, or into a SPARQL server of its own."""
    folder = tmp_path_factory.mktemp("loaded")
    with contextlib.ExitStack() as stack:
        location = os.fspath(folder / "store")
        if request.param == "oxigraph-server":
            location = stack.enter_context(oxigraph_server(folder / "server"))
        if request.param == "virtuoso":
            location = stack.enter_context(virtuoso_server(folder / "virtuoso"))
        kb = KnowledgeBase(location)
        assert not load_paths(kb, builtin_paths()).failed
        yield kb
        kb.engine.close()


def _rows(kb: KnowledgeBase, name: str) -> list[tuple[tuple[str, object], ...]]:
    """The rows as a sorted list, what GROUP_CONCAT joined (in no set order) sorted too.

    A GROUP_CONCAT of nothing is "" on Virtuoso and unbound on Oxigraph; orgkb reads both as
    none, and so does this comparison."""
    return sorted(
        tuple(
            sorted((key, _unordered(value)) for key, value in row.items() if not _loaded_at(key, value) and value != "")
        )
        for row in kb.select(name)
    )


def _loaded_at(key: str, value: object) -> bool:
    """Whether a value depends on when the pages were loaded (their times, the fingerprint of them)."""
    return key == "fingerprint" or bool(re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+Z?", str(value)))


def _unordered(value: object) -> object:
    return "; ".join(sorted(value.split("; "))) if isinstance(value, str) else value


def _without_load_times(dump: bytes) -> list[bytes]:
    """The dump's lines, the time each page was loaded (and the derived graph's fingerprint of them) blotted."""
    lines = [_LOADED_AT.sub(b'"loaded"', line) for line in dump.splitlines()]
    return sorted(line for line in lines if b"def#sha256" not in line)


# What Virtuoso 7.2 answers wrongly: a transitive path (`skos:broader*`) whose start another
# pattern binds finds only the start (it answers `within` with too few organizations).
VIRTUOSO_WRONG = {"within"}


@pytest.mark.parametrize("name", QUERIES)
def test_every_named_query_answers_alike(
    loaded: KnowledgeBase, reference: KnowledgeBase, name: str, request: pytest.FixtureRequest
) -> None:
    if name in VIRTUOSO_WRONG and request.node.callspec.params["loaded"] == "virtuoso":
        request.applymarker(pytest.mark.xfail(reason="Virtuoso 7.2's transitive paths", strict=True))
    assert _rows(loaded, name) == _rows(reference, name)


def test_the_store_holds_the_same_quads(loaded: KnowledgeBase, reference: KnowledgeBase) -> None:
    assert loaded.documents() == reference.documents()
    assert len(loaded) == len(reference)
    assert _without_load_times(loaded.dump("nquads")) == _without_load_times(reference.dump("nquads"))
    graph = reference.documents()[0]
    from rdflib import URIRef

    assert _without_load_times(loaded.dump("ntriples", URIRef(graph))) == _without_load_times(
        reference.dump("ntriples", URIRef(graph))
    )


def test_answers_are_the_same(loaded: KnowledgeBase, reference: KnowledgeBase) -> None:
    assert who_handles(loaded, "foreign guests", None, 5) == who_handles(reference, "foreign guests", None, 5)
    office = "shanghai/jingan/general-office"
    assert organizations.units(loaded, office) == organizations.units(reference, office)
    assert duties.responsibilities(loaded, office) == duties.responsibilities(reference, office)
    unit = "shanghai/jingan/general-office/foreign-affairs-section"
    assert coordination(loaded, unit) == coordination(reference, unit)


def test_a_changed_page_replaces_its_graph_and_the_derived_data(store_location: str, tmp_path: Path) -> None:
    kb = KnowledgeBase(store_location)
    page = tmp_path / "jingan-general-office.txt"
    shutil.copy(JINGAN, page)
    assert load_path(kb, page).ok
    before = len(kb)
    text = page.read_text("utf-8")
    page.write_text(text.replace("foreign guests", "overseas visitors"), "utf-8")
    again = load_path(kb, page)
    assert again.ok and again.replaced
    assert len(kb.documents()) == 1
    assert who_handles(kb, "overseas visitors", None, 1)
    assert not [d for d in duties.all_responsibilities(kb) if "foreign guests" in d.text]
    assert abs(len(kb) - before) < before // 10
    fresh = KnowledgeBase()
    load_path(fresh, page)
    assert _rows(kb, "coordination_details") == _rows(fresh, "coordination_details")


def test_removing_a_page_removes_its_graph(store_location: str) -> None:
    kb = KnowledgeBase(store_location)
    load_paths(kb, builtin_paths())
    assert kb.remove_document(JINGAN.name)
    assert not kb.remove_document(JINGAN.name)
    assert len(kb.documents()) == len(builtin_paths()) - 1
    others = KnowledgeBase()
    load_paths(others, [path for path in builtin_paths() if path != JINGAN])
    assert _rows(kb, "coordination_details") == _rows(others, "coordination_details")


def test_a_store_reopened_keeps_what_was_written(store_location: str) -> None:
    kb = KnowledgeBase(store_location)
    load_path(kb, JINGAN)
    expected = (kb.documents(), len(kb))
    kb.flush()
    kb.engine.close()
    del kb
    again = KnowledgeBase(store_location)
    assert (again.documents(), len(again)) == expected
