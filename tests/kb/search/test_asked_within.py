"""The office a question asks inside of is where to look, not what the question is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.search.asked_within import matter_part
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store import KnowledgeBase

PAGE = Path(__file__).resolve().parents[2] / "data" / "zh" / "unseen" / "untitled-civil-affairs-units.txt"


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
    kb = KnowledgeBase.builtin()
    kb.load_paths([PAGE])
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
