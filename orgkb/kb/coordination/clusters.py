"""Clusters of alike structures in a coverage matrix: organizations that cover the same matters.

Two organizations are alike by the Jaccard index of the sets of matters they cover (shared
matters over the matters either covers). Each organization is linked to its `NEIGHBOURS` most
alike others that reach `SIMILAR`; the clusters are the Louvain communities of that graph
(networkx, weighted by the index, seeded: the same matrix gives the same clusters). A k-nearest
graph keeps one broad organization from chaining everything into one cluster, and Louvain
splits a loose group where it is thinnest; no number of clusters has to be chosen beforehand.
An organization with no alike neighbour is listed apart, as unlike the rest.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from itertools import combinations

from orgkb.kb.coordination.coverage import CoverageMatrix, coverage
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.ontology.thesaurus import MatterRecord

SIMILAR = 0.5  # the least Jaccard index for two organizations to count as alike
NEIGHBOURS = 5  # the most alike others each organization is linked to
SEED = 0


@dataclass(frozen=True)
class Cluster:
    """Organizations with alike structures, the matters all of them cover, and how alike they are (mean index)."""

    members: tuple[OrganizationRecord, ...]
    shared: tuple[MatterRecord, ...]
    similarity: float


@dataclass(frozen=True)
class Clustering:
    """The clusters, largest first, and the organizations alike to none of the others."""

    clusters: tuple[Cluster, ...]
    alone: tuple[OrganizationRecord, ...]


def jaccard(left: int, right: int) -> float:
    """The Jaccard index of two sets held as bit masks (0 for two empty sets).

    >>> jaccard(0b0111, 0b0110)
    0.6666666666666666
    """
    either = (left | right).bit_count()
    return (left & right).bit_count() / either if either else 0.0


def clusters(kb: KnowledgeBase, ids: tuple[str, ...]) -> Clustering:
    """The clusters of alike structures among the organizations `ids` (see `coverage.select`).

    Raises `NotFoundError` for an id that names no organization a loaded page describes.
    """
    return kb.derived(("coverage.clusters", ids), lambda: cluster(coverage(kb, ids)))


def cluster(matrix: CoverageMatrix) -> Clustering:
    """The clusters of alike structures among the members of `matrix`."""
    import networkx as nx  # loaded on the first clustering asked for, not at start-up

    masks = _masks(matrix)
    size = len(masks)
    nearest: list[list[tuple[float, int]]] = [[] for _ in range(size)]
    for a, b in combinations(range(size), 2):
        score = jaccard(masks[a], masks[b])
        if score >= SIMILAR:
            for one, other in ((a, b), (b, a)):
                candidates = nearest[one]
                if len(candidates) < NEIGHBOURS:
                    heapq.heappush(candidates, (score, -other))
                elif (score, -other) > candidates[0]:
                    heapq.heapreplace(candidates, (score, -other))
    graph: nx.Graph[int] = nx.Graph()
    graph.add_nodes_from(range(size))
    for one, candidates in enumerate(nearest):
        for score, other in candidates:
            graph.add_edge(one, -other, weight=score)
    records = [member.organization for member in matrix.members]
    groups = [sorted(group) for group in nx.community.louvain_communities(graph, weight="weight", seed=SEED)]
    found = [_cluster(matrix, masks, group) for group in groups if len(group) > 1]
    found.sort(key=lambda item: (-len(item.members), item.members[0].id))
    alone = sorted((records[group[0]] for group in groups if len(group) == 1), key=lambda record: record.id)
    return Clustering(tuple(found), tuple(alone))


def _masks(matrix: CoverageMatrix) -> list[int]:
    """Each member's covered matters as a bit mask over the matrix's rows."""
    masks = [0] * len(matrix.members)
    for bit, row in enumerate(matrix.rows):
        for index, count in enumerate(row.counts):
            if count:
                masks[index] |= 1 << bit
    return masks


def _cluster(matrix: CoverageMatrix, masks: list[int], group: list[int]) -> Cluster:
    common = masks[group[0]]
    for index in group[1:]:
        common &= masks[index]
    pairs = list(combinations(group, 2))
    mean = sum(jaccard(masks[a], masks[b]) for a, b in pairs) / len(pairs)
    members = sorted((matrix.members[index].organization for index in group), key=lambda record: record.id)
    shared = tuple(row.matter for bit, row in enumerate(matrix.rows) if common >> bit & 1)
    return Cluster(tuple(members), shared, round(mean, 4))
