"""Fixtures shared by the test folders: a real Oxigraph server, started once and emptied per test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sparql_servers import clear, oxigraph_server


def pytest_configure(config: pytest.Config) -> None:
    """A page's time budget (10 s unless set) of 600 s in every test and the commands they run: it
    guards a server against a page that never ends, and on a machine under load a page of the corpus
    can take longer, so that a test would fail for the load, not the code. Tests of the budget set
    their own (`use_limits`). What SPARQL servers' stores derive is kept in a folder of the run's own."""
    os.environ.setdefault("ORGKB_PAGE_SECONDS", "600")
    # values derived from SPARQL servers kept in a cache of the test run's own, not the user's
    os.environ["ORGKB_CACHE_DIR"] = tempfile.mkdtemp(prefix="orgkb-test-cache-")


@pytest.fixture(scope="session")
def oxigraph_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of an Oxigraph server run for the whole test session."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture
def oxigraph_url(oxigraph_session: str) -> str:
    """The URL of an empty Oxigraph server."""
    clear(oxigraph_session)
    return oxigraph_session


@pytest.fixture(params=["embedded", "oxigraph-server"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a knowledge base keeps its quads: a directory store, or an Oxigraph server (each test twice)."""
    if request.param == "embedded":
        return os.fspath(tmp_path / "store")
    url: str = request.getfixturevalue("oxigraph_url")
    return url
