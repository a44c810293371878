"""Units that only their names say: answered with the line naming them, after duties that say it."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.search.who_handles import Handler, who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base, load_paths

PAGES = Path(__file__).resolve().parents[2] / "data" / "zh" / "named-units"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    load_paths(kb, [PAGES])
    return kb


def names(handlers: list[Handler]) -> list[str]:
    return [handler.organization.name for handler in handlers]


@pytest.mark.parametrize(
    ("question", "unit", "line"),
    [
        # a bureau that prints no duties, only the units it set up (统计局: 2009年增设X)
        ("县里的人口抽样调查由哪个单位做？", "县人口抽样调查队", 5),
        # units listed after a count, under a bureau whose duties say nothing of them
        ("农机推广找哪个单位？", "县农机推广站", 11),
        ("农民技能培训找哪个单位？", "县农民技能培训办公室", 11),
    ],
)
def test_a_unit_whose_name_alone_says_it_answers_with_the_line_naming_it(
    kb: KnowledgeBase, question: str, unit: str, line: int
) -> None:
    found = [handler for handler in who_handles(kb, question, limit=5) if handler.organization.name == unit]
    assert found, names(who_handles(kb, question, limit=5))
    handler = found[0]
    assert handler.evidence == () and handler.named_only
    assert handler.named_at is not None
    assert (handler.named_at.line, handler.named_at.quote) == (line, unit)
    assert handler.named_at.document.startswith("qinghe-")
    assert "no duty on its page says it" in handler.reason


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("畜牧渔业方面的服务找谁？", "县畜牧渔业服务中心"),
        ("农民技能培训找哪个单位？", "县农民技能培训办公室"),
    ],
)
def test_with_no_duty_saying_it_the_named_unit_comes_first(kb: KnowledgeBase, question: str, first: str) -> None:
    assert names(who_handles(kb, question, limit=3))[0] == first


def test_a_duty_that_says_it_goes_first_and_one_sharing_a_word_after_the_name(kb: KnowledgeBase) -> None:
    # 发改局's duty says 物价调查; the agriculture bureau's duty shares only 调查 (农村经济调查)
    found = who_handles(kb, "县里的物价调查由谁负责？", limit=5)
    assert names(found)[:3] == ["青禾县发展和改革局", "县物价调查中心", "青禾县农业农村局"]
    scores = [handler.score for handler in found]
    assert scores == sorted(scores, reverse=True)  # the scores say the order shown


def test_a_name_sharing_one_word_answers_nothing(kb: KnowledgeBase) -> None:
    # 服务中心 shares 服务 with the question, no more: the centre is no answer
    assert "县畜牧渔业服务中心" not in names(who_handles(kb, "政务服务找谁？", limit=10))


def test_a_unit_whose_office_duty_matched_is_left_to_that_duty(kb: KnowledgeBase) -> None:
    # the bureau's own duty says 耕地质量; none of its units is named for it
    found = who_handles(kb, "谁负责耕地质量管理？", limit=5)
    assert names(found)[0] == "青禾县农业农村局"
    assert not any(handler.named_only for handler in found)


def test_a_name_holding_the_one_word_of_the_matter_answers() -> None:
    # "call" is the question's frame; "mosquitoes" its whole matter, which the team's name holds
    kb = builtin_knowledge_base()
    load_paths(kb, [Path(__file__).resolve().parents[2] / "data" / "rank"])
    found = who_handles(kb, "Who do I call about mosquitoes?", limit=3)
    assert names(found)[0] == "Mosquito Control"
    assert found[0].named_only


@pytest.mark.parametrize(
    "question",
    [
        "县交通运输局哪个股室负责铁路和民航事务?",
        "铁路和民航的事务由哪个股负责?",
    ],
)
def test_a_unit_whose_name_holds_the_words_asked_goes_before_its_office(kb: KnowledgeBase, question: str) -> None:
    # no matter is asked (铁路, 民航 name none): the bureau's duty holds 铁路 alone, the unit it lists
    # by name only holds 铁路 and 民航, so it answers, with the bureau's duty as its evidence
    found = who_handles(kb, question, limit=3)
    assert names(found)[:2] == ["铁路民航股", "青禾县交通运输局"]
    assert found[0].evidence == found[1].evidence


def test_a_unit_whose_name_holds_one_word_asked_is_left_to_its_office(kb: KnowledgeBase) -> None:
    # 综合运输股 holds 运输 of 公路运输市场, no more: the bureau's duty that says it answers alone
    assert names(who_handles(kb, "公路运输市场归哪个股管?", limit=3)) == ["青禾县交通运输局"]


def test_a_unit_named_for_its_government_is_left_to_its_office() -> None:
    # 长沙市人民政府督查室 holds 人民政府 and, as the segmenter cuts 长沙市, 沙市: the words of the
    # government and the city asked about, which the office's name 长沙市政府办公室 holds as characters
    kb = builtin_knowledge_base()
    load_paths(
        kb, [Path(__file__).resolve().parents[2] / "data" / "rank-zh" / "changsha-city-general-office-units.txt"]
    )
    assert names(who_handles(kb, "长沙市人民政府公报由谁编辑?", limit=3)) == ["长沙市政府办公室"]
