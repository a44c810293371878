"""The knowledge graph as a network (networkx): organizations, units, matters and places as nodes.

A first version (issue 5 in progress): the hierarchy only, for `path`.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from orgkb.kb import catalog, lookup
from orgkb.kb.store import KnowledgeBase

_RELATIONS = {
    "unitOf": ("is a unit of", "has the unit"),
    "subOrganizationOf": ("is under", "has under it"),
}


@dataclass(frozen=True)
class PathStep:
    """One link of a path: `from_id` `relation` `to_id` ("... is a unit of ...")."""

    from_id: str
    to_id: str
    relation: str


def network(kb: KnowledgeBase) -> nx.Graph:
    """The hierarchy as an undirected networkx graph; each edge keeps `child`, `parent` and `relation`."""
    graph = nx.Graph()
    for child, parent, relation in catalog.hierarchy(kb):
        graph.add_edge(child, parent, child=child, parent=parent, relation=relation)
    return graph


def path(kb: KnowledgeBase, from_id: str, to_id: str) -> list[PathStep]:
    """The shortest chain of links from `from_id` to `to_id`; empty when nothing connects them.

    Raises `NotFoundError` when either id names nothing.
    """
    lookup.organization(kb, from_id)
    lookup.organization(kb, to_id)
    graph = network(kb)
    if from_id == to_id or from_id not in graph or to_id not in graph:
        return []
    try:
        nodes = nx.shortest_path(graph, from_id, to_id)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for a, b in zip(nodes, nodes[1:], strict=False):
        edge = graph.edges[a, b]
        upward, downward = _RELATIONS.get(edge["relation"], (edge["relation"], edge["relation"]))
        steps.append(PathStep(a, b, upward if edge["child"] == a else downward))
    return steps
