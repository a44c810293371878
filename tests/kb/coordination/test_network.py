"""The networkx view: paths with relations, centrality, GraphML."""

from __future__ import annotations

import io

import networkx as nx
import pytest

from orgkb.errors import NotFoundError
from orgkb.kb.coordination.network import centrality, network, path, to_graphml
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base

JINGAN = "shanghai/jingan/general-office"
CAOJIADU = "shanghai/jingan/caojiadu-sub-district-office"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


def test_nodes_of_every_kind(kb: KnowledgeBase) -> None:
    kinds = {kind for _, kind in network(kb).nodes(data="kind")}
    assert {"organization", "unit", "body", "matter", "place"} <= kinds


def test_path_between_units_of_two_offices_names_each_relation(kb: KnowledgeBase) -> None:
    steps = path(kb, f"{JINGAN}/legal-affairs-section", f"{CAOJIADU}/community-security-office")
    assert [(step.from_id, step.relation, step.to_id) for step in steps] == [
        (f"{JINGAN}/legal-affairs-section", "is a unit of", JINGAN),
        (JINGAN, "is under", "shanghai/jingan/government"),
        ("shanghai/jingan/government", "has under it", CAOJIADU),
        (CAOJIADU, "has the unit", f"{CAOJIADU}/community-security-office"),
    ]
    assert [step.from_name for step in steps] == [
        "Legal Affairs Section",
        "General Office of People's Government of Jing'an District",
        "Jing'an District People's Government",
        "Caojiadu Sub-district Office of Jing'an District People's Government, Shanghai",
    ]
    assert steps[-1].to_name == "Community Security Office"


def test_path_takes_a_coordination_link(kb: KnowledgeBase) -> None:
    steps = path(kb, f"{JINGAN}/supervision-section", f"{JINGAN}/general-section")
    assert len(steps) == 1
    assert steps[0].relation.startswith("coordinates with")


def test_no_path_between_offices_of_unrelated_districts(kb: KnowledgeBase) -> None:
    assert path(kb, "shenzhen/dapeng/general-office", f"{JINGAN}/foreign-affairs-section") == []
    via = path(kb, "shenzhen/dapeng/general-office", f"{JINGAN}/foreign-affairs-section", via_matters=True)
    assert via and via[0].relation == "works on"


def test_path_to_itself_is_empty_and_unknown_ids_raise(kb: KnowledgeBase) -> None:
    assert path(kb, JINGAN, JINGAN) == []
    with pytest.raises(NotFoundError):
        path(kb, JINGAN, "shanghai/nowhere")


def test_the_offices_are_hubs(kb: KnowledgeBase) -> None:
    top = [hub.id for hub in centrality(kb, limit=3)]
    assert JINGAN in top and CAOJIADU in top
    assert all(hub.degree > 0 for hub in centrality(kb, limit=3))


def test_graphml_parses_back(kb: KnowledgeBase) -> None:
    graph = nx.read_graphml(io.BytesIO(to_graphml(kb)))
    assert graph.number_of_nodes() == network(kb).number_of_nodes()
    assert graph.number_of_edges() == network(kb).number_of_edges()
    assert graph.nodes[JINGAN]["kind"] == "organization"
    strengths = [data["strength"] for _, _, data in graph.edges(data=True) if "strength" in data]
    assert strengths and all(0 < s <= 1 for s in strengths)
