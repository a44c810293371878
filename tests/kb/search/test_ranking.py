"""ranking: which of an office and its units goes first, from what their own duties and names say."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from orgkb.kb.search.bilingual import standing_for
from orgkb.kb.search.expansion import NARROWER, AskedMatter, asked_matters
from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.search.ranking import (
    BRIDGE_WEIGHT,
    _name_shares,
    bridged_scores,
    question_terms,
    score_duties,
    translated_terms,
)
from orgkb.kb.search.who_handles import Handler, who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.reading.reader import parse_text
from orgkb.loading import builtin_knowledge_base, load_paths
from orgkb.ontology.script import has_chinese

# Two bureaus of the genre, invented for these tests: each office names matters its sections do
# not, and each lists centres by name only.
URBAN = """Putuo District Urban Management Bureau
Released on:2024-05-06

Main Responsibilities:

1. Be responsible for the management of outdoor advertising, signboards and urban lighting.

2. Be responsible for the management of water resources and water withdrawal permits.

3. Complete other tasks assigned by the district government.

Organization:

1. Greening Section

Manage the street trees and the green spaces along the roads.

2. Water Section

Examine and issue water withdrawal permits.

Contact Information:

Tel.: 021-5555 0001
"""

EDUCATION = """Putuo District Education Bureau
Released on:2024-05-06

Main Responsibilities:

1. Be responsible for the guidance and supervision of private education in the district.

2. Guide the physical education and art education of schools.

3. Complete other tasks assigned by the district government.

Organization:

1. Basic Education Section

Manage the schools of the district and the enrollment of schools.

Directly Affiliated Institutions:

1. Putuo District Education Examination Center

2. Putuo District Student Financial Aid Center

Contact Information:

Tel.: 021-5555 0002
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    kb.add_document(parse_text(URBAN, "putuo-urban-management-bureau.txt"))
    kb.add_document(parse_text(EDUCATION, "putuo-education-bureau.txt"))
    return kb


def names(handlers: list[Handler]) -> list[str]:
    return [handler.organization.name for handler in handlers]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # the office's duty names the matter (urban lighting); the section's shares a word ("street")
        ("Who fixes broken street lamps?", "Putuo District Urban Management Bureau"),
        # the office's duty names private education; the section's only education, the broader matter
        ("Who keeps an eye on private schools?", "Putuo District Education Bureau"),
        # both name the permits: the section's duty is its own, so it goes first, as before
        ("Who issues water withdrawal permits?", "Water Section"),
    ],
)
def test_a_unit_goes_first_only_when_its_duty_names_what_the_office_duty_names(
    kb: KnowledgeBase, question: str, first: str
) -> None:
    assert names(who_handles(kb, question, "Putuo", limit=3))[0] == first


def test_a_unit_named_only_for_its_office_matter_is_no_more_specific(kb: KnowledgeBase) -> None:
    # "Education Examination Center" says education, as "Education Bureau" does: not placed first
    found = names(who_handles(kb, "Who promotes sport and art in schools?", "Putuo", limit=3))
    assert found[0] == "Putuo District Education Bureau"
    assert "Putuo District Education Examination Center" not in found
    # the aid centre's name says a narrower matter than the bureau's: it goes just before the bureau
    found = names(who_handles(kb, "学生资助", "Putuo", limit=5))
    centre = found.index("Putuo District Student Financial Aid Center")
    assert found[centre + 1] == "Putuo District Education Bureau"


UNSEEN = Path(__file__).resolve().parents[2] / "data" / "unseen"


@pytest.fixture(scope="module")
def two_places() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    load_paths(kb, [UNSEEN / "tianhe-shipai-street-office.txt", UNSEEN / "nanshan-urban-management-bureau.txt"])
    return kb


@pytest.mark.parametrize(
    "question",
    [
        "Who sweeps the roads in Shipai?",
        "Who handles street cleaning at the Shipai street office?",
        "Who cleans the roads near Shipai?",
    ],
)
def test_what_lies_in_the_place_asked_about_comes_first(two_places: KnowledgeBase, question: str) -> None:
    # Nanshan's sanitation section matches the words better, but the question asks about Shipai
    found = who_handles(two_places, question, limit=10)
    assert names(found)[0] == "Urban Management Office"
    assert "Environmental Sanitation Section" in names(found)  # elsewhere still follows


def test_a_name_adds_the_share_of_the_question_it_holds(kb: KnowledgeBase) -> None:
    index = handler_index(kb)
    (office,) = [number for number, owner in enumerate(index.owners) if owner.name == "Community Party Building Office"]
    # "building" is one of three words asked: the name says a third of it, not all
    partly = score_duties(index, "rubble from building renovation", [])
    assert 0 < partly.names[office] <= 1 / 3 + 1e-6
    # a question the name holds whole
    assert score_duties(index, "party building", []).names[office] == pytest.approx(1.0)


def test_a_name_that_names_a_matter_asked_counts_its_words_whole(kb: KnowledgeBase) -> None:
    index = handler_index(kb)
    (section,) = [number for number, owner in enumerate(index.owners) if owner.name == "Foreign Affairs Section"]
    question = "Who receives foreign guests?"
    asked = asked_matters(index, kb.matcher, question)
    # "Foreign Affairs Section" holds one word of three, but names the matter above the one asked
    assert score_duties(index, question, asked).names[section] == pytest.approx(1.0)
    assert score_duties(index, question, []).names[section] < 0.5


# Two offices of one city, invented for these tests: the foreign affairs office's section reviews
# "applications" (申请) of foreign journalists; the sub-district office assists with the minimum
# living allowance, said in the page's own words (困难群众, 最低生活保障), not in the question's.
FOREIGN_AFFAIRS_ZH = """市人民政府外事办公室
主要职责
（一）负责全市外事工作，归口管理因公出国（境）事务。
（二）审核外国记者来本市采访的申请，承担外国记者的接待工作。
（三）完成市政府交办的其他任务。
"""

SUBDISTRICT_ZH = """新桥街道办事处
主要职责
1、负责辖区经济发展服务工作。
2、协助有关部门做好困难群众最低生活保障和特困人员救助工作。
3、完成区委、区政府交办的其他工作。
"""

FOREIGN_AFFAIRS_EN = """Foreign Affairs Office of Xinqiao City
Main Responsibilities:

1. Review the applications of foreign journalists for interviews in the city.

2. Manage the passports of officials travelling abroad on public business.

3. Complete other tasks assigned by the city government.
"""

RELIEF_EN = """Xinqiao Sub-district Office
Main Responsibilities:

1. Assist the departments concerned with subsistence allowances for families in hardship.

2. Complete other tasks assigned by the district government.
"""


@pytest.fixture(scope="module")
def framed() -> KnowledgeBase:
    kb = KnowledgeBase()
    pages = [
        (FOREIGN_AFFAIRS_ZH, "xinqiao-foreign-affairs-zh.txt"),
        (SUBDISTRICT_ZH, "xinqiao-subdistrict-zh.txt"),
        (FOREIGN_AFFAIRS_EN, "xinqiao-foreign-affairs-en.txt"),
        (RELIEF_EN, "xinqiao-subdistrict-en.txt"),
    ]
    for text, source in pages:
        result = kb.add_document(parse_text(text, source))
        assert result.ok, result.error
    return kb


ALLOWANCE = ("最低生活保障", "subsistence allowances")


def first_duty(kb: KnowledgeBase, question: str) -> str:
    return who_handles(kb, question, limit=3)[0].evidence[0].text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # the words of the request (申请, 怎么, apply, how do I) are the question's frame: the duty
        # about the matter asked goes before one that shares only the frame word, in both languages
        # (the office's two pages answer through the thesaurus, in whichever language)
        ("低保怎么申请", ALLOWANCE),
        ("去哪里申请低保", ALLOWANCE),
        ("去哪裡申請低保", ALLOWANCE),  # in traditional characters, 申請 is the same frame word
        ("How do I apply for a subsistence allowance?", ALLOWANCE),
        # a question whose only content is a frame word still finds the duties that say it
        ("申请", ("申请",)),
        ("Where do I send an application?", ("applications",)),
    ],
)
def test_the_words_of_the_request_weigh_less_than_its_matter(
    framed: KnowledgeBase, question: str, says: tuple[str, ...]
) -> None:
    text = first_duty(framed, question)
    assert any(words in text for words in says), text


def test_a_duty_sharing_only_a_frame_word_keeps_a_fifth_of_the_lexical_score(framed: KnowledgeBase) -> None:
    index = handler_index(framed)
    scored = score_duties(index, "低保怎么申请", asked_matters(index, framed.matcher, "低保怎么申请"))
    (review,) = [n for n, duty in enumerate(index.duties) if "外国记者来本市采访的申请" in duty.text]
    assert scored.lexical[review] == pytest.approx(0.25 / 1.25)
    # asked alone, the frame word is the whole question: the duty that says it scores in full
    assert score_duties(index, "申请", []).lexical[review] == pytest.approx(1.0)


# A Chinese page invented for this test: its duties say 突发事件, the Chinese name of the matter
# "Public emergencies"; the built-in Jing'an page says "public emergencies" in English.
EMERGENCY_ZH = """平湖区应急管理局主要职责
发布日期：2024-05-06
主要职责
（一）负责全区应急管理工作，指导各街道应对安全生产类、自然灾害类突发事件。
（二）组织编制全区总体应急预案，统筹突发事件的应急救援队伍建设。
（三）负责森林防火和防汛抗旱的组织协调工作。
（四）完成区委、区政府交办的其他任务。
联系方式
电话：0571-88000031
"""


@pytest.fixture(scope="module")
def with_chinese() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    kb.add_document(parse_text(EMERGENCY_ZH, "pinghu-emergency-bureau-zh.txt"))
    return kb


def test_an_english_question_weighs_a_chinese_duty_by_its_matter_name_in_chinese(with_chinese: KnowledgeBase) -> None:
    # the bureau whose every duty is about emergencies goes before an office with one such duty
    found = names(who_handles(with_chinese, "Who handles public emergencies?", limit=3))
    assert found[:2] == ["平湖区应急管理局", "General Office of People's Government of Jing'an District"]


@pytest.mark.parametrize(
    ("question", "translated"),
    [
        ("Who handles public emergencies?", True),
        ("谁负责突发事件?", False),  # Chinese words meet Chinese duties as they are
        ("Who handles 突发事件?", False),
    ],
)
def test_only_an_english_question_is_translated(with_chinese: KnowledgeBase, question: str, translated: bool) -> None:
    index = handler_index(with_chinese)
    asked = asked_matters(index, with_chinese.matcher, question)
    assert asked
    found = translated_terms(index, score_duties(index, question, asked).query_terms, asked)
    assert bool(found) is translated
    assert all(has_chinese(term) for term in found)


RANK_PAGES = Path(__file__).resolve().parents[2] / "data" / "rank"
CHINESE_RANK_PAGES = RANK_PAGES.parent / "rank-zh"


@pytest.fixture(scope="module")
def council() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    load_paths(kb, [RANK_PAGES])
    return kb


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        # the team's name holds every word asked; the county's duty holds "disease control" only
        ("Which division does epidemiology and disease control?", "Disease Control & Epidemiology", None),
        # the county's duty holds every word asked too: a duty that says it all goes first
        ("Who controls disease?", "Lowmoor County Health Department", "Disease Control & Epidemiology"),
    ],
)
def test_a_unit_named_for_the_whole_matter_goes_before_a_duty_saying_part_of_it(
    council: KnowledgeBase, question: str, first: str, second: str | None
) -> None:
    found = who_handles(council, question, limit=3)
    assert found[0].organization.name == first, [handler.organization.name for handler in found]
    if second is not None:
        assert found[1].organization.name == second
    scores = [handler.score for handler in found]
    assert scores == sorted(scores, reverse=True)  # the scores say the order shown


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # both duties name the roads; the department's says four more things asked, the section's none
        (
            "Who checks planning applications for their effect on roads and drafts planning conditions?",
            "Transportation and Infrastructure Department",
        ),
        # both name the roads and nothing more is asked: the section's duty is the more specific
        ("Who looks after roads?", "Highways Maintenance Section"),
    ],
)
def test_an_office_whose_duty_says_more_of_the_question_stays_before_its_unit(question: str, first: str) -> None:
    kb = builtin_knowledge_base()
    load_paths(kb, [RANK_PAGES / "kestrel-county-transportation.txt"])
    assert who_handles(kb, question, limit=3)[0].organization.name == first


def test_a_unit_named_for_another_part_of_the_matter_does_not_take_its_office_duty() -> None:
    # "road occupancy" is urban management, of which parks are another part: the division named for
    # parks does not answer for the department's duty on permits; asked about parks, it does
    kb = builtin_knowledge_base()
    load_paths(kb, [RANK_PAGES / "alder-township-public-works.txt"])
    permits = who_handles(kb, "Who issues road occupancy permits?", limit=3)
    assert permits[0].organization.document == "alder-township-public-works.txt"
    assert not permits[0].organization.is_unit
    assert "Parks and Forestry" not in [handler.organization.name for handler in permits]
    parks = [handler.organization.name for handler in who_handles(kb, "Who looks after the parks?", limit=5)]
    assert parks.index("Parks and Forestry") < parks.index(permits[0].organization.name)


def test_a_chinese_label_inside_a_longer_word_names_no_matter_for_a_unit() -> None:
    # 人民政府 holds 民政 (civil affairs): read as the matter, it made the inspection office, whose
    # name holds 人民政府, "named for" the general office's duty on the gazette and placed first
    kb = builtin_knowledge_base()
    load_paths(kb, [CHINESE_RANK_PAGES / "qiaoshan-city-general-office.txt"])
    found = who_handles(kb, "桥山市人民政府公报由谁编辑?", limit=3)
    assert found[0].organization.name == "桥山市政府办公室", [handler.organization.name for handler in found]
    assert not any("Civil affairs" in handler.reason for handler in found)


def test_a_question_naming_public_works_asks_about_no_publicity() -> None:
    # read in any order, "Public Works work" named publicity work ("public" is the stem of
    # "publicity"), and the publicity duties of other offices came before the division whose duty
    # names the director
    kb = builtin_knowledge_base()
    load_paths(kb, [RANK_PAGES / "brackley-county-public-works.txt"])
    found = who_handles(kb, "Where does the Director of Public Works work?", limit=3)
    assert found[0].organization.name == "Administration Division", [handler.organization.name for handler in found]


def test_an_english_question_on_medical_rescue_finds_the_health_commission() -> None:
    # without a matter for medical rescue, only "public emergencies" was read, and the emergency
    # bureau, whose name says it, came before the health commission whose duty says both
    kb = builtin_knowledge_base()
    load_paths(
        kb,
        [
            CHINESE_RANK_PAGES / "songlin-district-health-commission.txt",
            CHINESE_RANK_PAGES / "songlin-district-emergency-bureau.txt",
        ],
    )
    for question in (
        "Who organizes medical rescue after public emergencies in the district?",
        "突发事件的医疗救援由谁组织?",
    ):
        found = who_handles(kb, question, limit=3)
        assert found[0].organization.name == "松林区卫生健康委员会", [handler.organization.name for handler in found]
    emergency = who_handles(kb, "Who organizes emergency rescue?", limit=3)
    assert emergency[0].organization.name == "松林区应急管理局"


# The names an owner's own name scores by, weighed as arrays (`score_duties`), against walking
# every owner one by one as `score_duties` did (kept here as the reference).
NAMED_UNITS = Path(__file__).resolve().parents[2] / "data" / "zh" / "named-units"
WALKED_QUESTIONS = [
    "archives",
    "letters and calls",
    "foreign affairs and agriculture",  # two matters asked: a bit each
    "the general office",
    "统计",
    "农机推广找哪个单位？",
    "低保申请",
    "community health service",
]


def walked_names(index: HandlerIndex, question: str, asked: list[AskedMatter]) -> tuple[object, ...]:
    query = question_terms(index, question)
    raw_names = index.name_lexicon.scores(query)
    # an English question's terms also said by the Chinese words of names (`bilingual`), at half weight
    standing = {} if any(has_chinese(term) for term in query) else standing_for(index.name_bridge, query)
    standing = {term: words for term, words in standing.items() if words}
    for words in dict.fromkeys(standing.values()):
        raw_names = raw_names + BRIDGE_WEIGHT * index.name_lexicon.best_of(words)
    worded_names = raw_names / raw_names.max() if raw_names.size and raw_names.max() > 0 else raw_names
    names = worded_names * _name_shares(index, query, raw_names, standing)
    worded = {
        owner
        for owner in np.flatnonzero((raw_names > 0) & ~index.owner_has_duties).tolist()
        if set(query) <= index.owner_terms[owner]  # its own words: the lexicon places no unit before its office
    }
    says = set(worded)
    name_covers: dict[int, int] = {}
    for bit, matter in enumerate(asked):
        for target, weight in matter.targets:
            for owner in index.owner_postings.get(target, ()):
                names[owner] = max(float(names[owner]), float(worded_names[owner]), weight)
                if weight >= NARROWER:
                    says.add(owner)
                    name_covers[owner] = name_covers.get(owner, 0) | (1 << bit)
    return names.tobytes(), says, name_covers, worded


@pytest.fixture(scope="module")
def named_units() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    load_paths(kb, [NAMED_UNITS])
    return kb


@pytest.mark.parametrize("question", WALKED_QUESTIONS)
def test_the_names_scored_as_arrays_are_those_of_the_walk(named_units: KnowledgeBase, question: str) -> None:
    index = handler_index(named_units)
    asked = asked_matters(index, named_units.matcher, question)
    scored = score_duties(index, question, asked)
    names, says, name_covers, worded = walked_names(index, question, asked)
    assert (scored.names.tobytes(), set(scored.named), scored.name_covers, set(scored.worded)) == (
        names,
        says,
        name_covers,
        worded,
    )


def test_the_walked_questions_name_owners_by_matter_and_by_words(named_units: KnowledgeBase) -> None:
    """The cases the walk above tells apart occur: names naming a matter asked (the first or the
    second of two), names holding every word asked, names said by their words alone."""
    index = handler_index(named_units)
    scores = [score_duties(index, q, asked_matters(index, named_units.matcher, q)) for q in WALKED_QUESTIONS]
    assert {bits for s in scores for bits in s.name_covers.values()} == {1, 2}
    assert any(s.worded for s in scores)
    assert any(set(s.named) - set(s.name_covers) for s in scores)


# A township page invented for these tests: ferries and lanterns have no concept in the thesaurus,
# so only the bilingual lexicon (CC-CEDICT, `bilingual`) carries an English question to its duties.
FERRIES_ZH = """青禾乡人民政府主要职责
发布日期：2024-05-06
主要职责
（一）负责本乡渡口、渡船的安全管理。
（二）组织元宵节灯笼展览。
（三）完成县委、县政府交办的其他任务。
"""
# and an English office that says the same in English
FERRIES_EN = """Lowmoor Harbour Office
Released on:2024-05-06

Main Responsibilities:

1. Manage the safety of ferry crossings in Lowmoor.

2. Complete other tasks assigned by the county government.
"""


@pytest.fixture(scope="module")
def ferries() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    kb.add_document(parse_text(FERRIES_ZH, "qinghe-township-government-zh.txt"))
    return kb


def test_an_english_question_finds_a_chinese_duty_through_the_lexicon(ferries: KnowledgeBase) -> None:
    assert names(who_handles(ferries, "Who keeps the ferry crossings safe?", limit=1)) == ["青禾乡人民政府"]
    assert names(who_handles(ferries, "Who puts on the lantern exhibition?", limit=1)) == ["青禾乡人民政府"]


def test_without_the_lexicon_the_chinese_duty_shares_nothing(ferries: KnowledgeBase) -> None:
    index = HandlerIndex(ferries)
    question = "Who keeps the ferry crossings safe?"
    township = [n for n in range(len(index.duties)) if "渡口" in index.duties[n].text]
    assert bridged_scores(index, question_terms(index, question))[township].min() > 0
    assert score_duties(index, question, []).lexical[township].min() > 0
    index.bridge = {}
    assert score_duties(index, question, []).lexical[township].max() == 0


def test_a_chinese_question_is_not_bridged(ferries: KnowledgeBase) -> None:
    index = handler_index(ferries)
    assert not bridged_scores(index, question_terms(index, "谁负责渡口安全?")).any()


def test_an_english_duty_saying_the_words_goes_before_a_chinese_one_saying_them_through_the_lexicon() -> None:
    kb = builtin_knowledge_base()
    kb.add_document(parse_text(FERRIES_ZH, "qinghe-township-government-zh.txt"))
    kb.add_document(parse_text(FERRIES_EN, "lowmoor-harbour-office.txt"))
    found = names(who_handles(kb, "Who keeps the ferry crossings safe?", limit=2))
    assert found == ["Lowmoor Harbour Office", "青禾乡人民政府"]
