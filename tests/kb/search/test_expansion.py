"""expansion: the matters a question names, and how much each duty concerns them."""

from __future__ import annotations

import pytest

from orgkb.kb.search.expansion import (
    BROADER,
    NARROWER,
    NEARBY,
    SAME,
    asked_matters,
    concept_scores,
    coverage,
    nearby_matters,
)
from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.reading.reader import parse_text
from orgkb.loading import builtin_knowledge_base, load_paths
from orgkb.ontology.namespace import BASE

MATTER = "https://w3id.org/orgkb/matter/"


def iris(matters: tuple[str, ...]) -> tuple[str, ...]:
    """The IRIs of a duty's matters (a duty holds their ids: `matter/archives`)."""
    return tuple(BASE + matter for matter in matters)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


@pytest.fixture(scope="module")
def index(kb: KnowledgeBase) -> HandlerIndex:
    return handler_index(kb)


def slugs(kb: KnowledgeBase, index: HandlerIndex, question: str) -> list[str]:
    return [asked.matter.removeprefix(MATTER) for asked in asked_matters(index, kb.matcher, question)]


def test_everyday_words_name_a_matter(kb: KnowledgeBase, index: HandlerIndex) -> None:
    assert slugs(kb, index, "Who deals with complaints?") == ["letters-and-calls"]


def test_chinese_labels_name_a_matter(kb: KnowledgeBase, index: HandlerIndex) -> None:
    assert "letters-and-calls" in slugs(kb, index, "信访")


@pytest.mark.parametrize(
    ("question", "named", "not_named"),
    [
        # a name's words read in any order stand near one another, "the" or "a ... for a" between
        ("Who handles the documents the State Council sends?", "document-handling", None),
        ("Who approves a new name for a street?", "place-names", None),
        ("Who is reforming the public hospitals?", "medical-reform", None),
        # not words far apart that only happen to be a name's: government offices, city planning
        (
            "Who settles disputes between two offices of the municipal government?",
            "dispute-mediation",
            "local-government-offices",
        ),
        ("Who plans immunization for the city?", "epidemic-prevention", "planning-and-natural-resources"),
    ],
)
def test_a_name_read_in_any_order_stands_together(
    kb: KnowledgeBase, index: HandlerIndex, question: str, named: str, not_named: str | None
) -> None:
    found = slugs(kb, index, question)
    assert named in found
    if not_named is not None:
        assert not_named not in found, found


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "public" is the stem of "publicity" too: in any order, "Public ... work" held "publicity work"
        ("Where does the Director of Public Works work?", []),
        ("Who does the publicity work?", ["publicity"]),  # in order, the thesaurus's own matcher finds it
        ("Who supervises work safety?", ["work-safety"]),
        ("Who drafts the city government's work report?", ["work-report"]),  # two words beside "work"
    ],
)
def test_a_name_of_one_word_and_work_is_not_read_in_any_order(
    kb: KnowledgeBase, index: HandlerIndex, question: str, expected: list[str]
) -> None:
    assert slugs(kb, index, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Who organizes medical rescue after public emergencies?",
        "Who builds the city's health emergency response system?",
        "突发事件的医疗卫生救援由谁组织?",
    ],
)
def test_medical_rescue_is_the_health_service_s_emergency_response(
    kb: KnowledgeBase, index: HandlerIndex, question: str
) -> None:
    asked = {matter.matter: matter for matter in asked_matters(index, kb.matcher, question)}
    weights = dict(asked[MATTER + "health-emergency"].targets)
    assert weights[MATTER + "health"] == weights[MATTER + "emergency-management"] == BROADER[0]


@pytest.mark.parametrize(
    ("question", "civil_affairs"),
    [
        ("长沙市人民政府公报由谁编辑?", False),  # 民政 only in the middle of 人民政府
        ("區民政局負責什麼?", True),  # 民政局, in traditional characters
    ],
)
def test_a_chinese_label_inside_a_longer_word_names_nothing(
    kb: KnowledgeBase, index: HandlerIndex, question: str, civil_affairs: bool
) -> None:
    assert ("civil-affairs" in slugs(kb, index, question)) is civil_affairs


def test_a_name_in_another_order_and_form_is_found(kb: KnowledgeBase, index: HandlerIndex) -> None:
    # "government information disclosure", said the other way round; the shorter match it
    # contains ("government information") gives way to it
    found = slugs(kb, index, "disclosing government information")
    assert found[0] == "information-disclosure"
    assert "government-information-reporting" not in found


def test_a_matter_counts_its_narrower_and_broader_matters(kb: KnowledgeBase, index: HandlerIndex) -> None:
    asked = asked_matters(index, kb.matcher, "foreign affairs")[0]
    weights = dict(asked.targets)
    assert weights[MATTER + "foreign-affairs"] == SAME
    assert weights[MATTER + "foreign-guest-reception"] == NARROWER
    reception = dict(asked_matters(index, kb.matcher, "reception of foreign guests")[0].targets)
    assert 0 < reception[MATTER + "foreign-affairs"] < NARROWER


def test_concept_scores_are_means_over_the_matters_asked(kb: KnowledgeBase, index: HandlerIndex) -> None:
    asked = asked_matters(index, kb.matcher, "confidential communication and financial affairs")
    assert len(asked) == 2
    scores = concept_scores(index, asked)
    both = [i for i, duty in enumerate(index.duties) if {a.matter for a in asked} <= set(iris(duty.matters))]
    assert both and all(scores[i] == pytest.approx(1.0) for i in both)
    assert scores.max() <= 1.0 + 1e-6


def test_no_matter_no_concept_score(kb: KnowledgeBase, index: HandlerIndex) -> None:
    assert asked_matters(index, kb.matcher, "zzz") == []
    assert not concept_scores(index, []).any()


def test_a_duty_concerning_one_of_two_matters_scores_half(kb: KnowledgeBase, index: HandlerIndex) -> None:
    asked = asked_matters(index, kb.matcher, "confidential communication and financial affairs")
    scores = concept_scores(index, asked)
    dapeng = next(i for i, duty in enumerate(index.duties) if duty.text.startswith("Be responsible for the confid"))
    assert scores[dapeng] == pytest.approx(0.5)


def test_coverage_marks_the_matters_a_duty_names_itself_or_more_narrowly(
    kb: KnowledgeBase, index: HandlerIndex
) -> None:
    asked = asked_matters(index, kb.matcher, "Who handles foreign affairs and archives?")
    assert [matter.matter.removeprefix(MATTER) for matter in asked] == ["foreign-affairs", "archives"]
    for duty, bits in zip(index.duties, coverage(index, asked).tolist(), strict=True):
        named = [
            max((dict(matter.targets).get(m, 0.0) for m in iris(duty.matters)), default=0.0) >= NARROWER
            for matter in asked
        ]
        assert bits == sum(1 << bit for bit, says in enumerate(named) if says)
    # a duty that concerns only a broader matter ("foreign affairs") names none of the narrower one asked
    guests = asked_matters(index, kb.matcher, "reception of foreign guests")
    broad = [i for i, duty in enumerate(index.duties) if duty.matters == ("matter/foreign-affairs",)]
    assert broad and not coverage(index, guests)[broad].any()


def test_nearby_matters_are_those_beside_what_was_asked(kb: KnowledgeBase, index: HandlerIndex) -> None:
    asked = asked_matters(index, kb.matcher, "Who handles wages?")
    assert [matter.matter.removeprefix(MATTER) for matter in asked] == ["salary-and-welfare"]
    (near,) = nearby_matters(index, asked)
    weights = {target.removeprefix(MATTER): weight for target, weight in near.targets}
    assert weights["civil-servants"] == weights["talent"] == NEARBY[0]  # beside it, under personnel
    # what the asked matter already counts (itself, what is above or below it) is not repeated
    assert "salary-and-welfare" not in weights and "personnel" not in weights
    # a top matter has nothing beside it
    assert nearby_matters(index, asked_matters(index, kb.matcher, "civil affairs")) == []


@pytest.mark.parametrize(
    ("question", "absent", "present"),
    [
        # "field" and "research" are in two noun phrases: no "field research"
        ("Who plans the field trips and research tours?", "policy-research", None),
        ("Who keeps the field notes, research and maps?", "policy-research", None),
        # within one part, any order still holds a name
        ("Who is disclosing government information?", None, "information-disclosure"),
    ],
)
def test_a_name_in_another_order_is_read_within_one_part_of_the_question(
    kb: KnowledgeBase, index: HandlerIndex, question: str, absent: str | None, present: str | None
) -> None:
    found = slugs(kb, index, question)
    assert absent is None or absent not in found
    assert present is None or present in found


# A Chinese district office invented for this test, in traditional characters as Taiwan pages are,
# with units whose duties say matters in the words such pages use.
DISTRICT_OFFICE_ZH = """平溪區公所組織規程
主要職責
一、社會課：社會福利、社區發展、社區活動中心管理等事項。
二、工務課：道路養護、建築管理、水利及土木工程事項。
三、人文課：客家事務、藝文推廣、領事認證之轉介等事項。
"""


@pytest.mark.parametrize(
    ("question", "matter"),
    [
        # everyday English words of matters that Chinese pages name: found in both languages
        ("Who manages the community activity centres?", "community-services"),
        ("Who handles building management?", "building-management"),
        ("Who issues consular authentications?", "consular-authentication"),
    ],
)
def test_an_english_question_finds_the_matter_a_chinese_duty_names(question: str, matter: str) -> None:
    kb = builtin_knowledge_base()
    kb.add_document(parse_text(DISTRICT_OFFICE_ZH, "pingxi-district-office-zh.txt"))
    index = handler_index(kb)
    assert matter in slugs(kb, index, question)
    chinese = [duty for duty in index.duties if duty.document == "pingxi-district-office-zh.txt"]
    assert any(MATTER + matter in iris(duty.matters) for duty in chinese)


def test_everyday_words_for_watching_over_diseases_name_disease_control(kb: KnowledgeBase, index: HandlerIndex) -> None:
    assert "epidemic-prevention" in slugs(kb, index, "Who tracks disease outbreaks in the county?")
    matched = [matter.removeprefix(MATTER) for matter, _ in kb.matcher("Carry out disease surveillance and reporting.")]
    assert "epidemic-prevention" in matched


@pytest.fixture(scope="module")
def with_hong_kong() -> tuple[KnowledgeBase, HandlerIndex]:
    from pathlib import Path

    kb = builtin_knowledge_base()
    load_paths(kb, [Path(__file__).resolve().parents[2] / "data" / "rank" / "hong-kong-film-services-office.txt"])
    return kb, handler_index(kb)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # the place the question is asked in, or whose government it asks about: where, not what
        ("Who keeps location photographs in Hong Kong?", []),
        ("Who is the Hong Kong government's adviser?", []),
        ("Who in Hong Kong answers enquiries about filming?", ["film-radio-tv"]),
        ("Whom in Hong Kong do crews ask for locations?", []),
        # the place as the matter
        ("Who handles Hong Kong affairs?", ["hong-kong-macao-affairs"]),
        ("Who works in Hong Kong affairs?", ["hong-kong-macao-affairs"]),
    ],
)
def test_a_place_asked_in_names_no_matter(
    with_hong_kong: tuple[KnowledgeBase, HandlerIndex], question: str, named: list[str]
) -> None:
    kb, index = with_hong_kong
    assert slugs(kb, index, question) == named
