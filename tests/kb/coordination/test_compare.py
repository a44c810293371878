"""Comparing two offices or districts: the alignment, one-sided duties and matter coverage."""

from __future__ import annotations

import pytest

from orgkb.errors import NotFoundError
from orgkb.kb.coordination.compare import _features, _model, compare, similarity
from orgkb.kb.duties import Evidence, ResponsibilityRecord
from orgkb.kb.store import KnowledgeBase
from tests.chinese_pages import CIVIL_AFFAIRS_ID, SOCIAL_ASSISTANCE_DUTY, putuo_civil_affairs_bureau, with_civil_affairs

JINGAN = "shanghai/jingan/general-office"
DAPENG = "shenzhen/dapeng/general-office"
PUTUO_CIVIL_AFFAIRS = "shanghai/putuo/civil-affairs-bureau"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.builtin()


def _pairs(kb: KnowledgeBase, left: str = JINGAN, right: str = DAPENG) -> set[tuple[int | None, int | None]]:
    return {(pair.left.number, pair.right.number) for pair in compare(kb, left, right).shared}


def test_information_disclosure_duties_align(kb: KnowledgeBase) -> None:
    result = compare(kb, JINGAN, DAPENG)
    pair = next(pair for pair in result.shared if pair.left.number == 10)
    assert pair.right.number == 13
    assert "matter/information-disclosure" in {matter.id for matter in pair.matters}
    assert 0 < pair.score <= 1


def test_film_management_is_dapeng_only(kb: KnowledgeBase) -> None:
    result = compare(kb, JINGAN, DAPENG)
    assert 6 in {duty.number for duty in result.only_right}
    assert "film" in next(duty for duty in result.only_right if duty.number == 6).text


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (1, 1),  # daily administrative affairs
        (14, 8),  # foreign affairs
        (13, 11),  # administrative approval reform
        (17, 15),  # the closing catch-alls pair with each other
    ],
)
def test_clear_pairs(kb: KnowledgeBase, left: int, right: int) -> None:
    assert (left, right) in _pairs(kb)


def test_a_broad_duty_covers_several_narrow_ones(kb: KnowledgeBase) -> None:
    # Dapeng 2 supervises implementation and the deputies' suggestions: Jing'an splits it into 6 and 8.
    assert {(6, 2), (8, 2)} <= _pairs(kb)


def test_one_sided_duties_and_catch_alls(kb: KnowledgeBase) -> None:
    result = compare(kb, JINGAN, DAPENG)
    assert 16 in {duty.number for duty in result.only_left}  # poverty alleviation, pairing assistance
    assert 14 in {duty.number for duty in result.only_right}  # archives
    assert 17 not in {duty.number for duty in result.only_left}


def test_every_duty_is_shared_or_one_sided(kb: KnowledgeBase) -> None:
    result = compare(kb, JINGAN, DAPENG)
    left = {pair.left.id for pair in result.shared} | {duty.id for duty in result.only_left}
    right = {pair.right.id for pair in result.shared} | {duty.id for duty in result.only_right}
    assert len(left) == 17 and len(right) == 15
    assert not {pair.left.id for pair in result.shared} & {duty.id for duty in result.only_left}


def test_coverage_counts_duties_per_matter(kb: KnowledgeBase) -> None:
    rows = {row.matter.id: row for row in compare(kb, JINGAN, DAPENG).coverage}
    assert (rows["matter/information-disclosure"].left, rows["matter/information-disclosure"].right) == (1, 1)
    assert rows["matter/film-radio-tv"].left == 0 and rows["matter/film-radio-tv"].right == 1
    assert rows["matter/archives"].left == 0


def test_units_adds_the_units_duties(kb: KnowledgeBase) -> None:
    result = compare(kb, JINGAN, DAPENG, units=True)
    owners = {duty.owner_id for duty in result.only_left} | {pair.left.owner_id for pair in result.shared}
    assert f"{JINGAN}/foreign-affairs-section" in owners


def test_districts_compare_all_their_organizations(kb: KnowledgeBase) -> None:
    result = compare(kb, "place/shanghai/jingan", "place/guangdong/shenzhen/dapeng")
    assert result.left.id == "place/shanghai/jingan"
    owners = {duty.owner_id for duty in result.only_left} | {pair.left.owner_id for pair in result.shared}
    assert {JINGAN, "shanghai/jingan/caojiadu-sub-district-office"} <= owners


def test_an_office_compared_with_itself_aligns_every_duty(kb: KnowledgeBase) -> None:
    result = compare(kb, DAPENG, DAPENG)
    assert {(n, n) for n in range(1, 16)} <= {(p.left.number, p.right.number) for p in result.shared}
    assert not result.only_left and not result.only_right


def test_unknown_id_is_not_found(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFoundError):
        compare(kb, JINGAN, "shanghai/nowhere")


# ---------------------------------------------------------------- an English page and a Chinese page


@pytest.fixture(scope="module")
def across() -> KnowledgeBase:
    kb = with_civil_affairs(KnowledgeBase())
    kb.add_document(putuo_civil_affairs_bureau())
    return kb


def test_duties_in_two_languages_are_aligned_through_their_matters(across: KnowledgeBase) -> None:
    result = compare(across, PUTUO_CIVIL_AFFAIRS, CIVIL_AFFAIRS_ID, units=True)
    pairs = {(pair.left.number, pair.right.text): [m.id for m in pair.matters] for pair in result.shared}
    assert pairs == {
        (1, SOCIAL_ASSISTANCE_DUTY): ["matter/social-assistance"],  # subsistence allowances = 最低生活保障
        (2, "负责本区婚姻登记和收养登记管理工作。"): ["matter/marriage-registration"],
    }
    assert [duty.number for duty in result.only_left] == [3]  # veterans: the Chinese page has none
    assert "承担殡葬管理和殡葬改革工作，指导公墓的建设和管理。" in [duty.text for duty in result.only_right]


def test_the_coverage_table_has_the_matters_of_both_languages(across: KnowledgeBase) -> None:
    result = compare(across, PUTUO_CIVIL_AFFAIRS, CIVIL_AFFAIRS_ID, units=True)
    rows = {row.matter.id: (row.matter.name, row.matter.chinese_name, row.left, row.right) for row in result.coverage}
    assert rows["matter/social-assistance"] == ("Social assistance", "社会救助", 1, 1)
    assert rows["matter/funeral-management"] == ("Funeral management", "殡葬管理", 0, 1)
    assert rows["matter/veterans-and-military-families"][2:] == (1, 0)


def test_words_alone_align_no_duties_across_languages(across: KnowledgeBase) -> None:
    model = _model(across)
    english = ResponsibilityRecord("a", "Registration 12345", 1, "responsible", "x", Evidence("a.txt", 1, "q"))
    chinese = ResponsibilityRecord("b", "登记 12345", 1, "responsible", "y", Evidence("b.txt", 1, "q"))
    assert similarity(_features(english, model), _features(chinese, model), model) == 0.0
