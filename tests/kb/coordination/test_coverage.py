"""The coverage matrix of many organizations: choosing the set, counting matters, finding gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.errors import NotFoundError, QueryError
from orgkb.kb.coordination.coverage import coverage, kinds, select
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_paths

PAGES = Path(__file__).parents[2] / "data" / "coverage"
CHANGNING, HUANGPU, XUHUI = (f"shanghai/{name}/general-office" for name in ("changning", "huangpu", "xuhui"))
JINGAN = "shanghai/jingan/general-office"
DAPENG = "shenzhen/dapeng/general-office"
CAOJIADU = "shanghai/jingan/caojiadu-sub-district-office"
SHANGHAI_OFFICES = [CHANGNING, HUANGPU, JINGAN, XUHUI]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    report = load_paths(kb, [*builtin_paths(), *sorted(PAGES.glob("*.txt"))])
    assert not report.failed
    return kb


@pytest.mark.parametrize(
    ("ids", "kind", "district", "expected"),
    [
        # a kind and a place: every general office serving Shanghai, by id
        ((), "general-office", "Shanghai", SHANGHAI_OFFICES),
        # a kind alone: Dapeng (Shenzhen) too, by id
        ((), "general-office", None, [*SHANGHAI_OFFICES, DAPENG]),
        # a place alone: every organization (not unit) serving it or a place in it
        ((), None, "Jing'an", [CAOJIADU, JINGAN]),
        # the place by its Chinese name
        ((), "general-office", "上海", SHANGHAI_OFFICES),
        # ids keep their order; a repeated one counts once
        ((XUHUI, DAPENG, XUHUI), None, None, [XUHUI, DAPENG]),
    ],
)
def test_select(
    kb: KnowledgeBase, ids: tuple[str, ...], kind: str | None, district: str | None, expected: list[str]
) -> None:
    assert select(kb, ids, kind, district) == expected


@pytest.mark.parametrize(
    ("ids", "kind", "district", "error", "words"),
    [
        ((XUHUI,), "general-office", None, QueryError, "not both"),
        ((), None, None, QueryError, "give the ids"),
        ((), "general-offices", None, QueryError, "is not a kind of organization; use one of"),
        ((), None, "Atlantis", QueryError, "is not a place orgkb knows"),
        (("shanghai/nowhere/general-office",), None, None, NotFoundError, "shanghai/nowhere/general-office"),
        # a unit is not an organization of its own in a coverage matrix
        ((f"{JINGAN}/secretariat-section",), None, None, NotFoundError, "secretariat-section"),
    ],
)
def test_select_refuses(
    kb: KnowledgeBase,
    ids: tuple[str, ...],
    kind: str | None,
    district: str | None,
    error: type[Exception],
    words: str,
) -> None:
    with pytest.raises(error, match=words):
        select(kb, ids, kind, district)


def test_kinds_are_the_ontologys() -> None:
    found = kinds(KnowledgeBase())
    assert "general-office" in found and "sub-district-office" in found and "section" in found


def test_counts_duties_of_the_organization_and_its_units(kb: KnowledgeBase) -> None:
    matrix = coverage(kb, SHANGHAI_OFFICES)
    assert [member.organization.id for member in matrix.members] == SHANGHAI_OFFICES
    assert [member.label for member in matrix.members] == [
        "Changning District",
        "Huangpu District",
        "Jing'an District",
        "Xuhui District",
    ]
    assert [member.duties for member in matrix.members] == [7, 11, 76, 8]  # Huangpu: 8 numbered, 3 of sections
    rows = {row.matter.id: row.counts for row in matrix.rows}
    assert rows["matter/seals"] == (0, 1, 0, 0)  # only Huangpu's Secretariat Section names the seals
    assert rows["matter/work-safety"] == (1, 0, 0, 0)
    assert rows["matter/letters-and-calls"] == (0, 1, 0, 1)
    assert rows["matter/daily-administrative-affairs"] == (1, 1, 1, 1)
    covered = [row.covered for row in matrix.rows]
    assert covered == sorted(covered, reverse=True)  # the matters most of them cover first
    assert all(any(row.counts) for row in matrix.rows)  # no matter nobody covers


def test_gaps_are_matters_most_others_cover(kb: KnowledgeBase) -> None:
    matrix = coverage(kb, SHANGHAI_OFFICES)
    gaps = {(gap.organization.id, gap.matter.id, gap.covered, gap.of) for gap in matrix.gaps}
    assert gaps == {
        (XUHUI, "matter/confidentiality", 3, 4),
        (JINGAN, "matter/archives", 3, 4),
        (JINGAN, "matter/document-handling", 3, 4),
        (CHANGNING, "matter/drafting", 3, 4),
        (CHANGNING, "matter/deputies-suggestions-and-proposals", 3, 4),
        (CHANGNING, "matter/peoples-congress-and-cppcc", 3, 4),
    }
    # letters and calls: two of four is not "most"


def test_two_organizations_have_no_gaps(kb: KnowledgeBase) -> None:
    matrix = coverage(kb, [HUANGPU, CHANGNING])
    assert matrix.gaps == ()
    assert {row.matter.id for row in matrix.rows if row.counts[1]} == {
        "matter/archives",
        "matter/confidentiality",
        "matter/daily-administrative-affairs",
        "matter/document-handling",
        "matter/emergencies",
        "matter/information-disclosure",
        "matter/meetings-and-events",
        "matter/work-safety",
    }


def test_an_empty_set_is_an_empty_matrix(kb: KnowledgeBase) -> None:
    matrix = coverage(kb, [])
    assert (matrix.members, matrix.rows, matrix.gaps) == ((), (), ())


def test_reads_never_write_and_answers_are_kept(kb: KnowledgeBase) -> None:
    generation = kb.generation
    first = coverage(kb, SHANGHAI_OFFICES)
    assert coverage(kb, SHANGHAI_OFFICES) is first
    assert kb.generation == generation
    with pytest.raises(NotFoundError):
        coverage(kb, [JINGAN, "shanghai/jingan/government"])  # mentioned by pages, described by none


def test_a_new_page_changes_the_matrix(tmp_path: Path) -> None:
    kb = KnowledgeBase()
    assert not load_paths(kb, [*builtin_paths(), PAGES / "xuhui-general-office.txt"]).failed
    before = select(kb, (), "general-office", "Shanghai")
    assert before == [JINGAN, XUHUI]
    assert not load_paths(kb, [PAGES / "huangpu-general-office.txt"]).failed
    assert select(kb, (), "general-office", "Shanghai") == [HUANGPU, JINGAN, XUHUI]
    assert len(coverage(kb, [HUANGPU, JINGAN, XUHUI]).members) == 3
