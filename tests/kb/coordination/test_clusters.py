"""Clusters of alike structures: Jaccard nearness, Louvain communities, the organizations alike to none."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.coordination.clusters import cluster, clusters, jaccard
from orgkb.kb.coordination.coverage import CoverageMatrix, MatterRow, Member
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_paths
from orgkb.ontology.thesaurus import MatterRecord

PAGES = Path(__file__).parents[2] / "data" / "coverage"


def matrix(sets: dict[str, str]) -> CoverageMatrix:
    """A matrix of organizations named by the keys, each covering the matters named by its letters."""
    members = tuple(Member(OrganizationRecord(name, name.title(), "general-office"), None, 1) for name in sets)
    letters = sorted(set("".join(sets.values())))
    rows = tuple(
        MatterRow(MatterRecord(f"matter/{letter}", letter), tuple(int(letter in found) for found in sets.values()))
        for letter in letters
    )
    return CoverageMatrix(members, rows, ())


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (0b1111, 0b1111, 1.0),  # the same matters
        (0b0011, 0b1100, 0.0),  # none in common
        (0b0111, 0b1110, 0.5),  # two of four
        (0, 0, 0.0),  # two organizations that cover nothing are not alike
    ],
)
def test_jaccard(left: int, right: int, expected: float) -> None:
    assert jaccard(left, right) == expected


def test_two_groups_and_one_unlike_the_rest() -> None:
    found = cluster(
        matrix(
            {
                "a1": "abcdef",
                "a2": "abcdeg",
                "a3": "abcdf",
                "b1": "pqrstu",
                "b2": "pqrst",
                "b3": "pqrsu",
                "odd": "axyz",
            }
        )
    )
    groups = [[record.id for record in group.members] for group in found.clusters]
    assert groups == [["a1", "a2", "a3"], ["b1", "b2", "b3"]]
    assert [record.id for record in found.alone] == ["odd"]
    assert [matter.id for matter in found.clusters[0].shared] == ["matter/a", "matter/b", "matter/c", "matter/d"]
    assert [matter.id for matter in found.clusters[1].shared] == ["matter/p", "matter/q", "matter/r", "matter/s"]
    assert 0.5 <= found.clusters[1].similarity < 1


def test_the_same_matrix_gives_the_same_clusters() -> None:
    sets = {f"o{number}": "abcdefgh"[number % 3 :][:5] + "xyz"[number % 2] for number in range(30)}
    assert cluster(matrix(sets)) == cluster(matrix(sets))


def test_no_link_below_the_threshold() -> None:
    found = cluster(matrix({"a": "abcd", "b": "cdef", "c": "efgh"}))  # each pair: 2 of 6 at most
    assert found.clusters == ()
    assert [record.id for record in found.alone] == ["a", "b", "c"]


def test_clusters_of_loaded_offices() -> None:
    kb = KnowledgeBase()
    assert not load_paths(kb, [*builtin_paths(), *sorted(PAGES.glob("*.txt"))]).failed
    ids = tuple(f"shanghai/{name}/general-office" for name in ("changning", "huangpu", "jingan", "xuhui"))
    generation = kb.generation
    found = clusters(kb, ids)
    assert kb.generation == generation
    assert [[record.id for record in group.members] for group in found.clusters] == [[ids[1], ids[3]]]
    assert {matter.id for matter in found.clusters[0].shared} >= {"matter/archives", "matter/letters-and-calls"}
    assert [record.id for record in found.alone] == [ids[0], ids[2]]
    assert clusters(kb, ids) is found
