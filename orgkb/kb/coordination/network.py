"""The knowledge graph as a network (networkx): organizations, units, bodies, matters and places.

Nodes carry `kind` (organization, unit, body, matter, place) and `label`; edges carry `relation`
(unitOf, subOrganizationOf, coordinatesWith, concerns, serves) and, for coordination, `strength`
and `basis`. On it: the shortest path between two units with the relation on each step, degree
and betweenness centrality, GraphML for Gephi or yEd, and an SVG picture of an office's
coordination network (`orgkb.web.picture`).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from orgkb.kb.entities.matters import matters as all_matters
from orgkb.kb.entities.organizations import hierarchy, organization
from orgkb.kb.entities.places import places as all_places
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.ontology import ids
from orgkb.ontology.ids import id_of, kind_of

# How a step reads forwards and backwards, and what it costs a path (coordination costs less when strong).
_RELATIONS = {
    "unitOf": ("is a unit of", "has the unit", 1.0),
    "subOrganizationOf": ("is under", "has under it", 1.0),
    "coordinatesWith": ("coordinates with", "coordinates with", 1.0),
    "concerns": ("works on", "is worked on by", 2.0),
    "serves": ("serves", "is served by", 3.0),
}
_ORGANIZATION_KINDS = {"organization", "unit", "body"}


@dataclass(frozen=True)
class PathStep:
    """One link of a path: `from_id` `relation` `to_id` ("... is a unit of ..."), with both names."""

    from_id: str
    to_id: str
    relation: str
    from_name: str = ""
    to_name: str = ""


@dataclass(frozen=True)
class Centrality:
    """How central a unit is: its number of links and the share of shortest paths through it."""

    id: str
    name: str
    degree: int
    betweenness: float


def _add_edge(graph: nx.Graph[str], source: str, target: str, relation: str, **attributes: object) -> None:
    if source == target or graph.has_edge(source, target):
        return  # the first, most direct relation between two nodes wins (hierarchy before matters)
    graph.add_edge(source, target, relation=relation, source=source, **attributes)


def network(kb: KnowledgeBase) -> nx.Graph[str]:
    """The whole graph as an undirected networkx graph (built once per state of the store; do not modify)."""
    return kb.derived("network", lambda: _build(kb))


def _build(kb: KnowledgeBase) -> nx.Graph[str]:
    graph: nx.Graph[str] = nx.Graph()
    units = {child for child, _, relation in hierarchy(kb) if relation == "unitOf"}
    described = {id_of(str(row["org"])) for row in kb.select("organizations")}
    for row in kb.select("network_nodes"):
        node = id_of(str(row["org"]))
        kind = "unit" if node in units else "organization" if node in described else "body"
        if kind == "body" and node in graph:
            continue
        graph.add_node(node, kind=kind, label=str(row["name"]), category=kind_of(row["kind"]))
    for parent_row in hierarchy(kb):
        child, parent, relation = parent_row
        for node in (child, parent):
            if graph.nodes.get(node, {}).get("kind") == "body":
                graph.nodes[node]["kind"] = "organization"
        _add_edge(graph, child, parent, relation)
    seen: set[str] = set()
    for row in kb.select("coordination_links"):
        key = str(row["coordination"])
        if key in seen:
            continue
        seen.add(key)
        a, b = id_of(str(row["first"])), id_of(str(row["second"]))
        strength = float(row["strength"])
        relations = "; ".join(sorted(str(row.get("relations") or "shares matters with").split("; ")))
        if graph.has_edge(a, b):
            graph.edges[a, b].update(strength=strength, basis=str(row["basis"]), coordination=relations)
            continue
        _add_edge(graph, a, b, "coordinatesWith", strength=strength, basis=str(row["basis"]), coordination=relations)
    matters = {record.id: record.name for record in all_matters(kb)}
    places = {record.id: record.name for record in all_places(kb)}
    for row in kb.select("network_edges"):
        source, relation = id_of(str(row["source"])), str(row["relation"])
        target = ids.public_id(str(row["target"]))
        names = matters if relation == "concerns" else places
        if target not in graph:
            graph.add_node(
                target, kind="matter" if relation == "concerns" else "place", label=names.get(target, target)
            )
        _add_edge(graph, source, target, relation)
    for node, data in graph.nodes(data=True):
        data.setdefault("kind", "body")
        data.setdefault("label", node)
    return graph


def _weight(a: str, b: str, data: dict[str, object]) -> float:
    base = _RELATIONS.get(str(data["relation"]), ("", "", 1.0))[2]
    strength = data.get("strength")
    return base + (1.0 - strength) if isinstance(strength, float) else base


def path(kb: KnowledgeBase, from_id: str, to_id: str, *, via_matters: bool = False) -> list[PathStep]:
    """The shortest chain of links from `from_id` to `to_id`, with the relation on each step.

    The chain runs over the hierarchy and coordination links; with `via_matters` it may also pass
    through a matter both work on, or a place both serve. Empty when nothing connects them (or
    they are the same). Raises `NotFoundError` for an unknown id.

    >>> from orgkb.loading import builtin_knowledge_base
    >>> kb = builtin_knowledge_base()
    >>> [step.relation for step in path(kb, "shanghai/jingan/general-office/legal-affairs-section",
    ...                                 "shanghai/jingan/general-office")]
    ['is a unit of']
    """
    organization(kb, from_id)
    organization(kb, to_id)
    graph = network(kb) if via_matters else organization_graph(kb)
    if from_id == to_id or from_id not in graph or to_id not in graph:
        return []
    try:
        nodes = nx.shortest_path(graph, from_id, to_id, weight=_weight)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for a, b in zip(nodes, nodes[1:], strict=False):
        edge = graph.edges[a, b]
        forwards, backwards, _ = _RELATIONS.get(str(edge["relation"]), (edge["relation"], edge["relation"], 1.0))
        relation = forwards if edge["source"] == a else backwards
        if edge["relation"] == "coordinatesWith" and edge.get("coordination"):
            relation = f"coordinates with ({edge['coordination']})"
        steps.append(PathStep(a, b, relation, str(graph.nodes[a]["label"]), str(graph.nodes[b]["label"])))
    return steps


def organization_graph(kb: KnowledgeBase) -> nx.Graph[str]:
    """The organizations, units and bodies only, linked by the hierarchy and by coordination."""
    graph = network(kb)
    keep = [node for node, data in graph.nodes(data=True) if data.get("kind") in _ORGANIZATION_KINDS]
    return graph.subgraph(keep)


def centrality(kb: KnowledgeBase, limit: int | None = None) -> list[Centrality]:
    """Organizations and units by betweenness (hubs first), with their degree, over hierarchy and coordination."""
    graph = organization_graph(kb)
    between = nx.betweenness_centrality(graph, normalized=True)
    ranked = sorted(graph.nodes, key=lambda node: (-between[node], -graph.degree(node), node))
    found = [
        Centrality(node, graph.nodes[node]["label"], graph.degree(node), round(between[node], 4)) for node in ranked
    ]
    return found[:limit] if limit is not None else found


def to_graphml(kb: KnowledgeBase) -> bytes:
    """The whole network as GraphML (node `kind` and `label`, edge `relation`, `strength`, `basis`)."""
    graph: nx.Graph[str] = nx.Graph()
    for node, data in network(kb).nodes(data=True):
        graph.add_node(node, **{key: value for key, value in data.items() if value is not None})
    for a, b, data in network(kb).edges(data=True):
        graph.add_edge(a, b, **{key: value for key, value in data.items() if value is not None})
    return "\n".join(nx.generate_graphml(graph, encoding="utf-8", prettyprint=True)).encode("utf-8")
