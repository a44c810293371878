"""who_handles: the right unit first, with the duty that proves it, for questions in a person's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.errors import QueryError
from orgkb.kb.entities.organizations import resolve
from orgkb.kb.search.who_handles import Handler, who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths, read_page
from orgkb.loaders.reading.reader import parse_text
from orgkb.loading import builtin_knowledge_base, load_path
from tests.chinese_pages import CIVIL_AFFAIRS_ID, putuo_civil_affairs_bureau, with_civil_affairs

# A page of the genre with one office and two sections: one responsible for the archives, one
# assisting with them. Invented for these tests.
PUTUO = """General Office of People's Government of Putuo District
Released on:2024-05-06

Main Responsibilities:

1. Handle the daily administrative affairs of the district government.

2. Be responsible for the archives work of the district government, and guide the archives management of the \
departments of the district.

3. Complete other tasks assigned by the district government.

Organization:

1. Records Support Section

Assist in the collection and keeping of the archives of the district government; print and distribute documents.

2. Archives Section

Be responsible for the collection, keeping and use of the archives of the district government; be responsible \
for the digitization of archives.

Contact Information:

Tel.: 021-5555 0000
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


@pytest.fixture(scope="module")
def with_putuo() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    kb.add_document(parse_text(PUTUO, "putuo-general-office.txt"))
    return kb


def names(handlers: list[Handler]) -> list[str]:
    return [handler.organization.name for handler in handlers]


@pytest.mark.parametrize(
    ("question", "district", "first"),
    [
        # everyday words for what the pages call salary and welfare
        ("Who sorts out staff pay and benefits?", "Jing'an", "Organization and Personnel Section"),
        ("Who makes sure contracts the district government signs are legal?", "Jing'an", "Legal Affairs Section"),
        ("Who hosts delegations from sister provinces?", None, "Regional Cooperation Section"),
        # a British spelling, a plural
        ("Who helps neighbourhood committees?", "Caojiadu", "Community Self-governance Office"),
        ("Where do I ask about medical insurance?", None, "Community Service Office"),
        (
            "Who keeps the catalogue of administrative approval items?",
            None,
            "Section for Reform of Administrative Approval System",
        ),
        ("press, publication and film", None, "General Office of Dapeng New District"),
        ("Who arranges visits by foreign delegations?", None, "Foreign Affairs Section"),
    ],
)
def test_questions_in_own_words(kb: KnowledgeBase, question: str, district: str | None, first: str) -> None:
    handlers = who_handles(kb, question, district)
    assert names(handlers)[0] == first


def test_each_handler_carries_its_evidence_and_reason(kb: KnowledgeBase) -> None:
    handler = who_handles(kb, "reception of foreign guests", limit=1)[0]
    assert handler.organization.id == "shanghai/jingan/general-office/foreign-affairs-section"
    duty = handler.evidence[0]
    assert "reception of foreign guests" in duty.text
    assert duty.source.document == "jingan-general-office.txt"
    assert duty.source.line > 0 and duty.source.quote
    assert duty.owner_id == handler.organization.id
    assert "matter/foreign-guest-reception" in duty.matters
    assert "Foreign Affairs Section" in handler.reason and "->" in handler.reason
    assert "\n" not in handler.reason
    assert handler.organization_id == handler.organization.id  # the placeholder's field names still work


def test_scores_fall_and_limit_holds(kb: KnowledgeBase) -> None:
    handlers = who_handles(kb, "meetings of the district government", limit=4)
    assert 1 <= len(handlers) <= 4
    scores = [handler.score for handler in handlers]
    assert scores == sorted(scores, reverse=True)
    assert len({handler.organization.id for handler in handlers}) == len(handlers)


def test_a_unit_comes_before_its_office_when_its_own_duty_names_the_matter(kb: KnowledgeBase) -> None:
    # The sub-district office's own duty matches more words ("residents"), but its Community
    # Security Office names letters and calls in its own duty (and in its other name).
    handlers = who_handles(kb, "Who deals with complaints from residents?", "Jing'an", limit=3)
    assert names(handlers)[:2] == [
        "Community Security Office",
        "Caojiadu Sub-district Office of Jing'an District People's Government, Shanghai",
    ]
    assert "more specifically" in handlers[1].reason
    assert handlers[1].score <= handlers[0].score


def test_a_responsible_unit_comes_before_one_that_assists(with_putuo: KnowledgeBase) -> None:
    found = names(who_handles(with_putuo, "Who keeps the archives?", "Putuo"))
    assert found[0] == "Archives Section"
    assert found.index("General Office of People's Government of Putuo District") < found.index(
        "Records Support Section"
    )  # an assisting unit does not displace the office responsible


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # who handles government information disclosure
        ("谁负责政府信息公开", "Section for Government Affairs Publicity"),
        ("信访", "Community Security Office"),  # letters and calls
    ],
)
def test_chinese_questions(kb: KnowledgeBase, question: str, first: str) -> None:
    assert names(who_handles(kb, question))[0] == first


@pytest.mark.parametrize("district", ["Jing'an", "Jingan", "Jing'an District", "jingan district", "静安", "静安区"])
def test_district_aliases(kb: KnowledgeBase, district: str) -> None:
    handlers = who_handles(kb, "foreign affairs", district, limit=10)
    assert handlers
    assert all(handler.organization.id.startswith("shanghai/jingan/") for handler in handlers)


def test_a_city_keeps_everything_below_it(kb: KnowledgeBase) -> None:
    shanghai = who_handles(kb, "foreign affairs", "Shanghai", limit=20)
    assert {h.organization.id.split("/")[0] for h in shanghai} == {"shanghai"}
    everywhere = who_handles(kb, "foreign affairs", limit=20)
    assert any(h.organization.id.startswith("shenzhen/") for h in everywhere)


def test_a_sub_district_keeps_its_own_offices(kb: KnowledgeBase) -> None:
    handlers = who_handles(kb, "letters and calls", "Caojiadu", limit=10)
    assert handlers
    assert all("caojiadu" in handler.organization.id for handler in handlers)


def test_a_district_with_nothing_loaded_gives_no_answers(kb: KnowledgeBase) -> None:
    assert who_handles(kb, "foreign affairs", "Xuhui") == []


def test_a_question_naming_an_office_prefers_it(kb: KnowledgeBase) -> None:
    first = who_handles(kb, "Who keeps things confidential in the Caojiadu Sub-district Office?", limit=1)[0]
    assert "caojiadu" in first.organization.id


def test_a_question_with_nothing_to_search_for_gives_no_answers(kb: KnowledgeBase) -> None:
    assert who_handles(kb, "who?") == []


@pytest.mark.parametrize(
    ("matter", "district", "limit", "argument"),
    [
        ("", None, 5, "matter"),
        ("   ", None, 5, "matter"),
        ("x" * 501, None, 5, "matter"),
        ("archives", None, 0, "limit"),
        ("archives", None, 51, "limit"),
        ("archives", "Atlantis", 5, "district"),
        ("archives", "", 5, "district"),
    ],
)
def test_bad_input(kb: KnowledgeBase, matter: str, district: str | None, limit: int, argument: str) -> None:
    with pytest.raises(QueryError) as raised:
        who_handles(kb, matter, district, limit)
    assert raised.value.argument == argument
    if argument == "district" and district:
        assert repr(district) in str(raised.value) and "Jing'an" in str(raised.value)


def test_five_hundred_characters_are_accepted(kb: KnowledgeBase) -> None:
    longest = ("archives " * 60)[:500]
    assert len(longest) == 500
    assert who_handles(kb, longest) == who_handles(kb, "archives") != []


def test_answers_follow_a_reloaded_page() -> None:
    kb = builtin_knowledge_base()
    assert who_handles(kb, "digitization of archives", "Putuo") == []
    kb.add_document(parse_text(PUTUO, "putuo-general-office.txt"))
    assert names(who_handles(kb, "digitization of archives", "Putuo"))[0] == "Archives Section"
    renamed = PUTUO.replace("2. Archives Section", "2. Records Management Section")
    kb.add_document(parse_text(renamed, "putuo-general-office.txt"))
    assert names(who_handles(kb, "digitization of archives", "Putuo"))[0] == "Records Management Section"
    kb.remove_document("putuo-general-office.txt")
    assert who_handles(kb, "digitization of archives", "Putuo") == []


def test_a_unit_listed_by_name_only_comes_before_its_office_when_named_for_the_matter() -> None:
    kb = builtin_knowledge_base()
    page = Path(__file__).parents[2] / "data" / "variants" / "minhang-human-resources-bureau.txt"
    assert load_path(kb, page).ok
    handlers = who_handles(kb, "Who handles social insurance?", "Minhang", limit=3)
    bureau = "Human Resources and Social Security Bureau of Minhang District"
    assert names(handlers)[:2] == ["Social Insurance Division", bureau]
    first = handlers[0]
    assert "lists no duties of its own" in first.reason
    assert first.evidence and first.evidence[0].owner_id == handlers[1].organization.id  # the office's duty
    assert "social insurance" in first.evidence[0].text


# Sections listed by name only, one named for commerce itself and one for a narrower matter of it
# (business circles), which comes first in IRI order. Invented for this test.
MINHANG_COMMERCE = """Minhang District Commerce Bureau
Posted Date: 01/02/2023

Main duties
- Promote commerce and trade in the district.
- Complete other tasks assigned by the district committee and the district government.

Internal Organization
The Bureau has three internal sections: Office, Business Circle Section and Commerce Section.
"""


def test_a_unit_named_for_the_matter_itself_comes_before_one_named_for_a_narrower_matter() -> None:
    kb = builtin_knowledge_base()
    kb.add_document(parse_text(MINHANG_COMMERCE, "minhang-commerce-bureau.txt"))
    handlers = who_handles(kb, "Who handles commerce?", "Minhang", limit=3)
    # one such unit goes before its office: the one whose name says the matter asked, not the first by IRI
    assert names(handlers)[:2] == ["Commerce Section", "Minhang District Commerce Bureau"]
    assert "Business Circle Section" not in names(handlers)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # everyday Chinese words, not the thesaurus's official Chinese names
        ("谁负责接待外宾", "shanghai/jingan/general-office/foreign-affairs-section"),  # who receives foreign guests
        ("外宾来了谁接待", "shanghai/jingan/general-office/foreign-affairs-section"),
        ("投诉", "shanghai/jingan/caojiadu-sub-district-office/community-security-office"),  # complaints
        ("我要举报", "shanghai/jingan/caojiadu-sub-district-office/community-security-office"),
        ("工资福利", "shanghai/jingan/general-office/organization-and-personnel-section"),
        ("工资谁管", "shanghai/jingan/general-office/organization-and-personnel-section"),
        ("谁负责出国审批", "shanghai/jingan/general-office/foreign-affairs-section"),
        ("低保怎么申请", "shanghai/jingan/caojiadu-sub-district-office/community-service-office"),
        ("谁管社保", "shanghai/jingan/caojiadu-sub-district-office/community-service-office"),
        ("居委会的事找谁", "shanghai/jingan/caojiadu-sub-district-office/community-self-governance-office"),
        ("援疆", "shanghai/jingan/general-office/counterpart-support-section"),
        ("谁负责法律顾问", "shanghai/jingan/general-office/legal-affairs-section"),
    ],
)
def test_chinese_questions_in_everyday_words(kb: KnowledgeBase, question: str, first: str) -> None:
    handlers = who_handles(kb, question)
    assert handlers and handlers[0].organization.id == first
    assert "matched '" in handlers[0].reason  # the Chinese words are quoted as the question wrote them


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("谁负责接待外宾", "Who receives foreign guests?"),
        ("投诉", "complaints"),
        ("工资福利", "salary and welfare"),
        ("谁管公章", "Who keeps the seals?"),
    ],
)
def test_a_chinese_question_finds_what_its_english_finds(kb: KnowledgeBase, chinese: str, english: str) -> None:
    assert names(who_handles(kb, chinese, limit=1)) == names(who_handles(kb, english, limit=1))


# ---------------------------------------------------------------- everyday words a held-out test found missing
# (benchmarks/data/heldout-questions.toml holds the questions; these ask the same matters otherwise)


@pytest.mark.parametrize(
    ("question", "district", "first"),
    [
        # the Party dues are a narrower matter than the Party building the Party Building Office does
        ("Who collects the Party dues?", "Jing'an", "Organization and Personnel Section"),
        # the government work report is the research section's, not every section that drafts
        ("政府工作报告谁来写？", "Jing'an", "Investigation and Research Section"),
        ("Who handles requests for government information?", "Jing'an", "Section for Government Affairs Publicity"),
        ("Who is cutting red tape?", "Jing'an", "Section for Reform of Administrative Approval System"),
        ("Who do I see about a family doctor?", "Caojiadu", "Community Development Office"),
    ],
)
def test_everyday_words_find_the_unit(kb: KnowledgeBase, question: str, district: str, first: str) -> None:
    handlers = who_handles(kb, question, district)
    assert names(handlers)[0] == first
    assert "matched '" in handlers[0].reason


def test_an_abbreviation_and_its_plural_find_the_same_units(kb: KnowledgeBase) -> None:
    plural = names(who_handles(kb, "Who supports NGOs?", "Caojiadu"))
    assert "Community Development Office" in plural  # "Supporting the cultivation of various social organizations"
    assert names(who_handles(kb, "Who supports an NGO?", "Caojiadu")) == plural


def test_a_filler_word_does_not_steer_the_answer(kb: KnowledgeBase) -> None:
    # "actually" stems to "actual", as in "assisting the management of actual population"
    plain = "Who makes sure the district leaders' instructions are carried out?"
    spoken = "Who actually makes sure the district leaders' instructions are carried out?"
    assert names(who_handles(kb, spoken, "Jing'an")) == names(who_handles(kb, plain, "Jing'an"))
    assert names(who_handles(kb, spoken, "Jing'an"))[0] == "Supervision Section"


def test_a_neighbour_is_not_a_neighbourhood(kb: KnowledgeBase) -> None:
    # a quarrel with a neighbour is mediated by the security office, not the office for neighbourhood committees
    handlers = who_handles(kb, "Who can settle a quarrel with my neighbour?", "Caojiadu")
    assert names(handlers)[0] == "Community Security Office"
    assert "Community Self-governance Office" not in names(handlers)


# ---------------------------------------------------------------- centres a page names only through an office's duty


def test_a_centre_an_office_runs_serves_where_the_office_does(kb: KnowledgeBase) -> None:
    # "administering centers for comprehensive city grid management": in Caojiadu, found by the district filter
    handlers = who_handles(kb, "grid management", "Caojiadu")
    assert names(handlers)[:2] == ["Community Management Office", "centers for comprehensive city grid management"]
    assert "centers for comprehensive city grid management" not in names(who_handles(kb, "grid management", "Dapeng"))


def test_where_to_go_is_the_centre_and_who_handles_it_is_the_office(kb: KnowledgeBase) -> None:
    centre, office = "community health service centers", "Community Development Office"
    where = who_handles(kb, "Where can I see a doctor?", "Caojiadu", limit=2)
    assert names(where) == [centre, office]
    assert "only through a duty of Community Development Office" in where[0].reason
    assert where[0].evidence[0].owner_id == where[1].organization.id  # the office's duty is the evidence
    assert names(who_handles(kb, "Who runs the community health service centres?", "Caojiadu", limit=2)) == [
        office,
        centre,
    ]
    # the office that runs a centre stays first for who handles its matter
    assert names(who_handles(kb, "Who handles public security in Caojiadu?", limit=1)) == ["Community Security Office"]
    assert names(who_handles(kb, "在哪里跳广场舞？", "Caojiadu", limit=1)) == ["community cultural activity centers"]


def test_the_kind_of_office_a_question_names_is_preferred(kb: KnowledgeBase) -> None:
    # both the sub-district's Party and Administration Office and the general office's Secretariat
    # Section keep the finances; a person says which by the kind of office they mean
    asked = "Who handles the finances of the {}?"
    assert names(who_handles(kb, asked.format("sub-district office"), limit=1)) == ["Party and Administration Office"]
    assert names(who_handles(kb, asked.format("general office"), limit=1)) == ["Secretariat Section"]
    # "section" or "government" alone names no kind
    assert names(who_handles(kb, "Who handles the finances of the section?", limit=1)) == ["Secretariat Section"]


def test_imports_do_not_find_the_duties_that_say_important(kb: KnowledgeBase) -> None:
    # Porter stems "important" and "imports" alike; the built-in pages import nothing
    handlers = who_handles(kb, "Who handles imports?", "Jing'an")
    assert not any("important" in duty.text for handler in handlers for duty in handler.evidence)


# A bureau whose duties say nothing of pay, only of other personnel work. Invented for this test.
PERSONNEL = """Putuo District Personnel Bureau
Released on:2024-05-06

Main Responsibilities:

1. Be responsible for the management of civil servants in the district.

2. Complete other tasks assigned by the district government.

Contact Information:

Tel.: 021-5555 0003
"""


def test_when_nothing_concerns_the_matter_the_matters_beside_it_answer() -> None:
    kb = builtin_knowledge_base()
    kb.add_document(parse_text(PERSONNEL, "putuo-personnel-bureau.txt"))
    # wages are salary and welfare, under personnel: no duty in Putuo names either
    (handler,) = who_handles(kb, "My boss hasn't paid my wages", "Putuo")
    assert handler.organization.name == "Putuo District Personnel Bureau"
    assert handler.reason.startswith("no duty says it, nor a broader matter; nearest: ")
    assert "Civil servants" in handler.reason and handler.score < 0.2
    # a question with no content word still has no answer
    assert who_handles(kb, "who?", "Putuo") == []


def test_a_question_in_chinese_that_names_the_office_by_its_chinese_title() -> None:
    """The Chinese title a page prints under its English one names the office in a question."""
    unseen = Path(__file__).parents[2] / "data" / "unseen"
    pages = [unseen / "nanshan-urban-management-bureau.txt", unseen / "longgang-civil-affairs-bureau.txt"]
    kb = KnowledgeBase()
    kb.add_documents([read_page(path) for path in [*builtin_paths(), *pages]])
    bureau = "shenzhen/nanshan/urban-management-and-comprehensive-law-enforcement-bureau"
    assert resolve(kb, "深圳市南山区城市管理和综合执法局") == bureau
    found = who_handles(kb, "深圳市南山区城市管理和综合执法局谁负责垃圾分类", limit=3)
    assert found and all(handler.organization.id.startswith(bureau) for handler in found)


# ---------------------------------------------------------------- a page in Chinese (tests/chinese_pages.py)


@pytest.fixture(scope="module")
def with_chinese() -> KnowledgeBase:
    return with_civil_affairs()


@pytest.mark.parametrize(
    ("question", "first", "line"),
    [
        ("低保怎么申请", CIVIL_AFFAIRS_ID, 5),  # 低保 is the everyday word for the duty's 最低生活保障
        ("Who handles subsistence allowances?", CIVIL_AFFAIRS_ID, 5),  # English, through the thesaurus
        ("特困人员救助供养", CIVIL_AFFAIRS_ID, 5),  # Chinese words no label names: found word by word
        ("公墓谁管", f"{CIVIL_AFFAIRS_ID}/social-assistance-section", 13),
        ("Who registers marriages?", CIVIL_AFFAIRS_ID, 6),
    ],
)
def test_questions_find_the_duties_of_a_chinese_page(
    with_chinese: KnowledgeBase, question: str, first: str, line: int
) -> None:
    handlers = who_handles(with_chinese, question)
    assert handlers[0].organization.id == first
    evidence = handlers[0].evidence[0]
    assert (evidence.source.document, evidence.source.line) == ("jingan-civil-affairs-zh.txt", line)
    assert evidence.text == evidence.source.quote  # the Chinese sentence as the page prints it


def test_chinese_words_are_searched_word_by_word(with_chinese: KnowledgeBase) -> None:
    handlers = who_handles(with_chinese, "特困人员救助供养")
    assert "words '特困', '人员'" in handlers[0].reason or "words '特困'" in handlers[0].reason


def test_a_chinese_page_leaves_english_questions_answered_as_before(
    kb: KnowledgeBase, with_chinese: KnowledgeBase
) -> None:
    for question in ("Who receives foreign guests?", "Who keeps the seals?", "complaints", "谁负责接待外宾"):
        assert names(who_handles(with_chinese, question, limit=3)) == names(who_handles(kb, question, limit=3))


@pytest.mark.parametrize(("chinese", "english"), [("谁管公章", "Who keeps the seals?"), ("外事", "foreign affairs")])
def test_a_chinese_question_finds_an_english_duty_beside_a_chinese_page(
    with_chinese: KnowledgeBase, chinese: str, english: str
) -> None:
    handlers = who_handles(with_chinese, chinese, limit=1)
    assert names(handlers) == names(who_handles(with_chinese, english, limit=1))
    assert handlers[0].evidence[0].source.document.endswith("general-office.txt")


def test_a_chinese_question_opening_with_a_place_asks_in_it() -> None:
    kb = with_civil_affairs()
    kb.add_document(putuo_civil_affairs_bureau())
    assert who_handles(kb, "普陀区低保怎么申请")[0].organization.id == "shanghai/putuo/civil-affairs-bureau"
    assert who_handles(kb, "静安区低保怎么申请")[0].organization.id == CIVIL_AFFAIRS_ID
