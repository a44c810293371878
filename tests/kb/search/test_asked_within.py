"""The office a question asks inside of is where to look, not what the question is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.search.asked_within import matter_part
from orgkb.kb.search.index import handler_index
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base, load_paths

PAGE = Path(__file__).resolve().parents[2] / "data" / "zh" / "unseen" / "untitled-civil-affairs-units.txt"
RANK = Path(__file__).resolve().parents[2] / "data" / "rank"
OFFICES = [RANK / "harbourview-police-force.txt", RANK / "ashdown-shire-directorates.txt"]
UNNAMED = RANK / "kelmscott-borough-directorates.txt"  # a council's directorates; its name is not on the page


@pytest.mark.parametrize(
    ("question", "matter"),
    [
        ("区民政局里哪个科负责低保?", "哪个科负责低保?"),
        ("民政局的彩票公益金由哪个科管理?", "彩票公益金由哪个科管理?"),
        ("婚姻登记和殡葬改革归民政局哪个科?", "婚姻登记和殡葬改革归哪个科?"),
        ("在台南想申請急難救助,要找社會局哪一科?", "在台南想申請急難救助,要找哪一科?"),  # traditional too
        # no unit asked for, or no office named before it: the question whole
        ("谁负责信访局的工作?", "谁负责信访局的工作?"),
        ("想申請社會救助,要找哪一課?", "想申請社會救助,要找哪一課?"),
        ("信访局的哪个科?", "信访局的哪个科?"),  # nothing left but the office: it is what is asked
    ],
)
def test_the_office_asked_inside_of_is_no_part_of_the_matter(question: str, matter: str) -> None:
    assert matter_part(question) == matter


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    load_paths(kb, [PAGE])
    return kb


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # 社会组织管理科's duty names the bureau (负责区民政局主管的……); 婚姻登记科's says the matter
        ("区民政局里哪个科负责收养登记？", "婚姻登记科"),
        ("民政局的养老机构由哪个科监督？", "养老服务科"),
    ],
)
def test_a_duty_naming_the_bureau_asked_inside_of_does_not_answer_for_it(
    kb: KnowledgeBase, question: str, first: str
) -> None:
    found = who_handles(kb, question, limit=3)
    assert found[0].organization.name == first
    assert "民政局" not in found[0].reason


@pytest.mark.parametrize(
    ("question", "matter"),
    [
        ("Which council department deals with building approvals?", "deals with building approvals?"),
        ("Which division does epidemiology and disease control?", "does epidemiology and disease control?"),
        ("What city office handles parking permits?", "handles parking permits?"),
        # a word before the kind that is not a level of government is the matter's
        ("Which planning office keeps old maps?", "Which planning office keeps old maps?"),
        # "services" is a matter's word ("community services"), not a kind of office
        ("What services are there for the elderly?", "What services are there for the elderly?"),
        ("Which office?", "Which office?"),  # nothing left but the kind: it is what is asked
    ],
)
def test_the_kind_of_office_asked_for_is_no_part_of_the_matter(question: str, matter: str) -> None:
    assert matter_part(question) == matter


@pytest.fixture(scope="module")
def offices() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    load_paths(kb, OFFICES)
    return kb


@pytest.mark.parametrize(
    ("question", "matter"),
    [
        # after the kind asked for and "of": a run of words one organization's names hold every one of
        ("Which department of the Harbourview police handles national security?", "handles national security?"),
        # between "which" and the kind asked for
        ("Which Ashdown Shire directorate looks after roads?", "looks after roads?"),
        # after "in" at the end of the question, ending in a word for an office
        ("Who looks after roads in Ashdown Shire Council?", "Who looks after roads?"),
        # "the district office" is any district's office: no office in particular
        ("Where do I lodge a petition at the district office?", "Where do I lodge a petition at the district office?"),
        # the office is what the question is about, not where it asks
        ("Who oversees the Harbourview Police Force?", "Who oversees the Harbourview Police Force?"),
        (
            "Who mows the lawns in Harbourview Police Force grounds?",
            "Who mows the lawns in Harbourview Police Force grounds?",
        ),  # noqa: E501
        # the office is what is asked about: nothing else is left
        ("What does the Harbourview Police Force do?", "What does the Harbourview Police Force do?"),
        ("What is the Harbourview Police Force?", "What is the Harbourview Police Force?"),
        # one word of a name may be the matter's ("police" for public security)
        ("Which department of the police handles complaints?", "of the police handles complaints?"),
        # an office of no name in particular after the kind and "of": where, though not which
        ("Which part of the borough council handles parking?", "handles parking?"),
        ("Which department of the city government issues permits?", "issues permits?"),
        ("Which section of the county's council keeps records?", "keeps records?"),
        ("Which part of the city looks after parks?", "of the city looks after parks?"),  # a place, no office
    ],
)
def test_the_english_office_asked_inside_of_is_no_part_of_the_matter(
    offices: KnowledgeBase, question: str, matter: str
) -> None:
    assert matter_part(question, handler_index(offices)) == matter


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # read as the matter, "Harbourview police" made the force's own duty and name answer first
        ("Which department of the Harbourview police handles national security?", "National Security Department"),
        # a directorate listed by name only, before another council's duty that says the matter:
        # the question asks inside Ashdown Shire Council
        ("Which part of Ashdown Shire Council looks after sustainable development?", "Sustainable Development"),
        ("Which Ashdown Shire directorate looks after sustainable development?", "Sustainable Development"),
        ("Who looks after sustainable development in Ashdown Shire Council?", "Sustainable Development"),
    ],
)
def test_a_unit_of_the_english_office_asked_inside_of_answers_first(
    offices: KnowledgeBase, question: str, first: str
) -> None:
    assert who_handles(offices, question, limit=3)[0].organization.name == first


def test_the_english_office_asked_inside_of_answers_when_none_of_its_units_does(offices: KnowledgeBase) -> None:
    # no department of the force, nor its own duty, says parking fines: the force is where to ask,
    # before other offices' duties that share a word ("issues")
    found = who_handles(offices, "Which department of the Harbourview police issues parking fines?", limit=3)
    assert found[0].organization.name == "Harbourview Police Force"
    assert found[0].named_only
    assert found[0].reason.startswith("the office the question asks inside of")


def test_the_english_office_asked_inside_of_goes_after_its_unit_that_answers(offices: KnowledgeBase) -> None:
    found = who_handles(offices, "Which division of Ashdown Shire Council looks after sustainable development?")
    assert [handler.organization.name for handler in found[:2]] == ["Sustainable Development", "Ashdown Shire Council"]


def test_a_unit_named_for_the_whole_matter_answers_when_the_office_asked_inside_of_is_named_by_no_name() -> None:
    # "of the borough council" says where, not what: read as the matter, "borough" and "council"
    # were words no directorate's name holds, and another office's duty on community services
    # answered before the directorate named for every word asked
    kb = builtin_knowledge_base()
    load_paths(kb, [UNNAMED])
    question = "Which part of the borough council handles corporate and community services?"
    assert who_handles(kb, question, limit=3)[0].organization.name == "Corporate and Community Services"
