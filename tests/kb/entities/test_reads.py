"""Reads never write: no answer changes the store's generation or a single quad of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from orgkb.app import create_app
from orgkb.kb.coordination.compare import compare
from orgkb.kb.coordination.links import coordination
from orgkb.kb.coordination.network import centrality, network, path, to_graphml
from orgkb.kb.entities import duties, matters, organizations, places, sources
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import builtin_knowledge_base, load_paths
from orgkb.web.picture import coordination_svg
from tests.asgi import Client

JINGAN = "shanghai/jingan/general-office"
DAPENG = "shenzhen/dapeng/general-office"
SECTION = f"{JINGAN}/foreign-affairs-section"


def _pages(kb: KnowledgeBase) -> None:
    client = Client(create_app(kb))
    for url in (
        "/",
        "/?q=foreign+guests",
        "/?q=archives&district=Jing%27an",
        f"/organization/{JINGAN}",
        f"/organization/{SECTION}",
    ):
        assert client.get(url).status_code == 200, url


READS: list[tuple[str, Callable[[KnowledgeBase], object]]] = [
    ("who_handles", lambda kb: who_handles(kb, "foreign guests", "Jing'an")),
    ("coordination", lambda kb: coordination(kb, JINGAN, 50)),
    ("compare", lambda kb: compare(kb, JINGAN, DAPENG, units=True)),
    ("compare districts", lambda kb: compare(kb, "place/shanghai/jingan", "place/guangdong/shenzhen/dapeng")),
    (
        "network",
        lambda kb: (network(kb), path(kb, SECTION, DAPENG, via_matters=True), centrality(kb, 5)),
    ),
    ("graphml and picture", lambda kb: (to_graphml(kb), coordination_svg(kb, JINGAN))),
    ("organizations", lambda kb: [organizations.organization(kb, o.id) for o in organizations.organizations(kb)]),
    (
        "organization lookups",
        lambda kb: (
            organizations.resolve(kb, "Jing'an General Office"),
            organizations.units(kb, JINGAN),
            organizations.ancestors(kb, SECTION),
            organizations.contact(kb, SECTION),
        ),
    ),
    ("duties", lambda kb: (duties.all_responsibilities(kb), duties.search_responsibilities(kb, "archives", JINGAN))),
    (
        "matters, places, sources",
        lambda kb: (matters.matters(kb), places.places(kb), places.find_place(kb, "Jingan"), sources.sources(kb)),
    ),
    ("staff pages", _pages),
]


def _state(kb: KnowledgeBase) -> tuple[int, set[str]]:
    return kb.generation, {str(quad) for quad in kb.quads()}


@pytest.fixture(params=["memory", "directory"])
def kb(request: pytest.FixtureRequest, tmp_path: Path) -> KnowledgeBase:
    if request.param == "memory":
        return builtin_knowledge_base()
    written = KnowledgeBase(tmp_path / "store")
    load_paths(written, builtin_paths())
    written.flush()
    del written
    return KnowledgeBase(tmp_path / "store")  # reopened: nothing of it was read in this process yet


@pytest.mark.parametrize(("name", "read"), READS, ids=[name for name, _ in READS])
def test_a_read_changes_nothing(kb: KnowledgeBase, name: str, read: Callable[[KnowledgeBase], object]) -> None:
    before = _state(kb)
    read(kb)
    read(kb)
    assert _state(kb) == before
