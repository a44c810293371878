"""Bounded SPARQL through the app: the failing rows 1 and 2 of issue 12, with small limits so they are quick.

Row 1: one `ORDER BY` over all triples x all triples with `LIMIT 1` grew the server to 18 GB.
Row 2: two `COUNT(*)` over a 3-way cartesian product held both slots for ever.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette

from orgkb.app import create_app
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base, load_path
from orgkb.settings import Settings
from tests.web.test_sparql_pool import alive

SORT_ALL_PAIRS = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"
COUNT_TRIPLES_CUBED = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
QUICK = "ASK { ?s a orgkb:Responsibility }"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


@contextlib.contextmanager
def _app(kb: KnowledgeBase, **settings: float) -> Iterator[Starlette]:
    """The app over `kb` with these settings; its workers stopped afterwards."""
    app = create_app(kb, settings=Settings(**settings))  # type: ignore[arg-type]
    try:
        yield app
    finally:
        app.state.sparql.close()


@pytest.fixture
def quick_app(kb: KnowledgeBase) -> Iterator[Starlette]:
    with _app(kb, sparql_timeout=1.0, sparql_memory=64, sparql_workers=2) as app:
        yield app


def _ask_all(app: Starlette, *queries: str) -> list[httpx.Response]:
    """Send the queries at once; their responses."""

    async def every() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://orgkb.test", timeout=60) as client:
            return list(await asyncio.gather(*(client.get("/sparql", params={"query": query}) for query in queries)))

    return asyncio.run(every())


def test_a_query_over_the_memory_limit_is_stopped_and_says_how_to_raise_it(kb: KnowledgeBase) -> None:
    # A long time limit: only the memory limit can stop this query in time.
    with _app(kb, sparql_timeout=60.0, sparql_memory=64, sparql_workers=1) as app:
        (response,) = _ask_all(app, SORT_ALL_PAIRS)
        assert response.status_code == 503
        assert response.text.count("\n") == 1
        assert "memory limit of 64 MiB" in response.text
        assert "--sparql-memory" in response.text and "ORGKB_SPARQL_MEMORY" in response.text
        (after,) = _ask_all(app, QUICK)
        assert after.status_code == 200 and after.json()["boolean"] is True


def test_queries_over_the_time_limit_are_stopped_and_free_their_slots(quick_app: Starlette) -> None:
    answers = _ask_all(quick_app, COUNT_TRIPLES_CUBED, COUNT_TRIPLES_CUBED)
    for response in answers:
        assert response.status_code == 503
        assert response.text.count("\n") == 1
        assert "time limit of 1 s" in response.text
        assert "--sparql-timeout" in response.text and "ORGKB_SPARQL_TIMEOUT" in response.text
    assert quick_app.state.sparql.pool.busy == 0
    (after,) = _ask_all(quick_app, QUICK)
    assert after.status_code == 200 and after.json()["boolean"] is True


def test_a_cancelled_request_kills_its_worker(kb: KnowledgeBase) -> None:
    with _app(kb, sparql_timeout=60.0, sparql_workers=1) as app:

        async def leave_early(app: Starlette = app) -> set[int]:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://orgkb.test") as client:
                request = asyncio.ensure_future(client.get("/sparql", params={"query": COUNT_TRIPLES_CUBED}))
                await asyncio.sleep(1.0)
                assert app.state.sparql.pool.busy == 1
                running = {process.pid for process in app.state.sparql.pool._processes if process.pid is not None}
                request.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await request
                return running

        running = asyncio.run(leave_early())
        assert app.state.sparql.pool.busy == 0
        assert running and not any(alive(pid) for pid in running)  # killed, not left to its 60 s
        (after,) = _ask_all(app, QUICK)
        assert after.status_code == 200


def test_answers_and_refusals_still_come_from_the_workers(quick_app: Starlette) -> None:
    good, bad, update = _ask_all(quick_app, QUICK, "SELECT ?x WHERE {", "CLEAR ALL")
    assert good.status_code == 200 and good.json() == {"head": {}, "boolean": True}
    assert bad.status_code == 400 and "is not a SPARQL 1.1 query" in bad.text
    assert update.status_code == 400 and "read-only" in update.text


def test_a_write_is_seen_by_the_next_query() -> None:
    from orgkb.loaders.load.files import builtin_paths

    fresh = KnowledgeBase()
    with _app(fresh, sparql_timeout=5.0, sparql_workers=1) as app:
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?d a orgkb:Responsibility }"
        (before,) = _ask_all(app, count)
        assert load_path(fresh, next(iter(builtin_paths()))).ok
        (after,) = _ask_all(app, count)
        numbers = [int(r.json()["results"]["bindings"][0]["n"]["value"]) for r in (before, after)]
        assert numbers[0] == 0 and numbers[1] > 0
