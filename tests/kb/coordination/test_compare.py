"""Comparing two offices or districts: the alignment, one-sided duties and matter coverage."""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

import pytest

from orgkb.errors import NotFoundError
from orgkb.kb.coordination.compare import (
    _features,
    _model,
    _side,
    _side_from_whole_store,
    align,
    compare,
    duty_words_and_matters,
    similarity,
)
from orgkb.kb.entities.duties import all_responsibilities
from orgkb.kb.entities.organizations import hierarchy, organizations
from orgkb.kb.entities.translations import TranslationRecord, translations, translations_among
from orgkb.kb.store import persisted
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Duty, Role
from orgkb.loaders.identity.identifiers import organization_iri
from orgkb.loaders.load.files import builtin_paths
from orgkb.loaders.reading.reader import parse_text
from orgkb.loading import builtin_knowledge_base, load_paths
from orgkb.ontology.ids import id_of
from orgkb.ontology.script import has_chinese
from tests.chinese_pages import CIVIL_AFFAIRS_ID, SOCIAL_ASSISTANCE_DUTY, putuo_civil_affairs_bureau, with_civil_affairs

JINGAN = "shanghai/jingan/general-office"
DAPENG = "shenzhen/dapeng/general-office"
PUTUO_CIVIL_AFFAIRS = "shanghai/putuo/civil-affairs-bureau"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


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
    english = Duty("Registration 12345", "q", 1, 1, Role.RESPONSIBLE, id="a", owner_id="x", document="a.txt")
    chinese = Duty("登记 12345", "q", 1, 1, Role.RESPONSIBLE, id="b", owner_id="y", document="b.txt")
    assert similarity(_features(english, model), _features(chinese, model), model) == 0.0


# ------------------------------------------------- an office with pages in two languages, aligned

BILINGUAL = Path(__file__).parents[2] / "data" / "bilingual"
LUCHENG = "wenzhou/lucheng/civil-affairs-bureau"
# Another district's bureau whose page is in English only, invented for this test.
OUHAI = """Civil Affairs Bureau of Ouhai District, Wenzhou
Released on:2024-05-10

Main Responsibilities:

1. Be responsible for minimum living allowances and temporary assistance in the district.

2. Be responsible for marriage registration and adoption registration.

3. Handle the civil affairs requests made through the 12345 hotline.

4. Complete other tasks assigned by the district government.
"""


def _bilingual() -> KnowledgeBase:
    """Ouhai's civil affairs bureau with pages in both languages (their duties aligned) and its neighbours."""
    kb = KnowledgeBase()
    load_paths(kb, sorted(BILINGUAL.glob("*.txt")))
    result = kb.add_document(parse_text(OUHAI, "ouhai-civil-affairs-en.txt"))
    assert result.ok and result.document is not None
    return kb


@pytest.fixture(scope="module")
def aligned() -> tuple[KnowledgeBase, str]:
    kb = _bilingual()
    return kb, id_of(str(organization_iri(parse_text(OUHAI, "ouhai-civil-affairs-en.txt"))))


def test_an_office_with_pages_in_two_languages_lists_each_aligned_duty_once(aligned: tuple[KnowledgeBase, str]) -> None:
    kb, ouhai = aligned
    result = compare(kb, ouhai, LUCHENG)
    right = {pair.right.id: pair.right for pair in result.shared} | {duty.id: duty for duty in result.only_right}
    assert len(right) == 8  # seven pairs across its two pages, and one duty only its Chinese page has
    # beside an English page, the English page's duties stand for the pairs
    chinese = [duty.text for duty in right.values() if has_chinese(duty.text)]
    assert len(chinese) == 1 and "老年人福利" in chinese[0]
    hotline = "Handle and answer the civil affairs requests made through the 12345 hotline."
    assert hotline in [pair.right.text for pair in result.shared if "12345" in pair.left.text]


def test_a_translation_lends_its_words_to_a_duty_compared_across_languages(aligned: tuple[KnowledgeBase, str]) -> None:
    kb, _ = aligned
    model = _model(kb)

    def duty(id: str, text: str, owner: str) -> Duty:
        return Duty(text, "q", 1, 1, Role.RESPONSIBLE, id=id, owner_id=owner, document="a.txt")

    # no matter found on either side: across languages, nothing to compare them by
    english = duty("e", "Keep the minutes of the bureau's weekly meetings.", "x")
    chinese = duty("z", "负责局务周例会纪要。", "y")
    assert align([english], [chinese], model) == []
    # the Chinese duty's English translation (its office's English page) says it in the same words
    twin = duty("t", "Keep the minutes of the bureau's weekly meetings.", "y")
    translated = {"z": (TranslationRecord(twin, 0.9, (), 1.0, 1.0, ()),)}
    assert [(i, j) for i, j, _ in align([english], [chinese], model, translated)] == [(0, 0)]


@pytest.mark.parametrize("units", [False, True])
def test_a_side_read_for_its_organization_alone_is_the_side_read_from_the_whole_store(
    kb: KnowledgeBase, units: bool
) -> None:
    """Every organization of the built-in pages: its duties read with bound queries are the duties
    (records, order, matters, evidence) read from every duty of the store."""
    ids = sorted({record.id for record in organizations(kb)} | {child for child, _, _ in hierarchy(kb)})
    assert len(ids) > 20 and any(relation == "unitOf" for _, _, relation in hierarchy(kb))
    for identifier in ids:
        assert _side(kb, identifier, units) == _side_from_whole_store(kb, identifier, units), identifier


def test_the_model_is_saved_beside_a_directory_store_and_read_back_by_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "kb"
    kb = KnowledgeBase(store)
    assert not load_paths(kb, builtin_paths()).failed
    kb.flush()
    expected = compare(kb, JINGAN, DAPENG)
    del kb
    for thread in threading.enumerate():  # saved in a thread of its own
        if thread.name == "save-compare-model":
            thread.join()
    assert len(list(persisted.folder_of(store).glob("compare-model-*.pickle"))) == 1

    def refuse(kb: KnowledgeBase) -> list[tuple[str, tuple[str, ...]]]:
        raise AssertionError("the model was built again, not read back")

    monkeypatch.setattr(importlib.import_module("orgkb.kb.coordination.compare"), "duty_words_and_matters", refuse)
    assert compare(KnowledgeBase(store), JINGAN, DAPENG) == expected


def test_the_model_reads_the_texts_and_matters_of_every_duty_record(
    kb: KnowledgeBase, aligned: tuple[KnowledgeBase, str]
) -> None:
    """The lean read the model weighs is every duty's (text, matters), as the whole records have them."""
    for store in (kb, aligned[0]):
        records = sorted((duty.text, tuple(sorted(duty.matters))) for duty in all_responsibilities(store))
        lean = sorted((text, tuple(sorted(matters))) for text, matters in duty_words_and_matters(store))
        assert len(lean) > 10 and any(matters for _, matters in lean) and any(not matters for _, matters in lean)
        assert lean == records


def test_the_translations_of_some_duties_read_for_them_alone_are_those_of_every_duty() -> None:
    kb = _bilingual()
    assert not kb.derived_if_built("translations")[0]
    duties = [duty.id for duty in all_responsibilities(kb)]
    among = translations_among(kb, duties)  # bound queries: nothing of the whole store built
    assert not kb.derived_if_built("translations")[0]
    every = translations(kb)
    assert len(every) > 10 and among == every
    some = duties[::3]
    assert translations_among(kb, some) == {duty: every[duty] for duty in some if duty in every}
