"""Units that only their names say: answered with the line naming them, after duties that say it."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.search.asked_within import asked_within
from orgkb.kb.search.expansion import asked_matters
from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.search.named_only import NAME_ONLY_SHARE, name_only_units
from orgkb.kb.search.ranking import score_duties
from orgkb.kb.search.who_handles import Handler, who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.reading.reader import parse_text
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


# An office invented for these tests whose page lists its sections by name only, as a budget page
# does: an English question reaches them only through the bilingual lexicon (`bilingual`).
FOREIGN_AFFAIRS_ZH = """青禾县外事办公室2024年部门预算
发布日期：2024-05-06
一、机构设置
青禾县外事办公室内设5个职能科室：秘书科、领事科、礼宾科、越南科（边境工作科）、新闻文化科。
"""
ASKED_WITHIN = "Which section of the foreign affairs office handles border work with Vietnam?"


@pytest.fixture(scope="module")
def foreign_affairs() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    kb.add_document(parse_text(FOREIGN_AFFAIRS_ZH, "qinghe-county-foreign-affairs-office.txt"))
    return kb


def test_an_english_question_reaches_a_chinese_unit_name_through_the_lexicon(foreign_affairs: KnowledgeBase) -> None:
    found = who_handles(foreign_affairs, "Who handles border work with Vietnam?", limit=3)
    assert names(found)[0] == "越南科"
    assert found[0].named_only
    assert "'border' (边境), 'Vietnam' (越南)" in found[0].reason


def test_without_the_lexicon_no_chinese_unit_name_says_an_english_question(foreign_affairs: KnowledgeBase) -> None:
    index = HandlerIndex(foreign_affairs)
    index.name_bridge = {}
    scored = score_duties(index, "Who handles border work with Vietnam?", [])
    units = {index.owners[owner].name for owner in name_only_units(index, scored, None, set())}
    assert "越南科" not in units


def test_the_words_of_a_chinese_office_asked_inside_of_in_english_say_where(foreign_affairs: KnowledgeBase) -> None:
    # "foreign affairs office" is the office's (外事办公室 holds its three words through the lexicon):
    # of the other words asked, 越南科(边境工作科) holds both, 礼宾科 none
    index = handler_index(foreign_affairs)
    about, _ = asked_within(ASKED_WITHIN, index)
    scored = score_duties(index, about, asked_matters(index, foreign_affairs.matcher, about))
    units = {index.owners[owner].name: score for owner, score in name_only_units(index, scored, None, set()).items()}
    assert units["越南科"] == NAME_ONLY_SHARE
    assert "礼宾科" not in units and "新闻文化科" not in units


def test_an_office_holding_none_of_the_words_asked_leaves_them_all_to_its_unit(foreign_affairs: KnowledgeBase) -> None:
    # asked about border work and the news only: 越南科 holds two words of four, the office none of them
    index = handler_index(foreign_affairs)
    scored = score_duties(index, "border work with Vietnam and the news in Qinghe", [])
    units = {index.owners[owner].name for owner in name_only_units(index, scored, None, set())}
    assert "越南科" in units  # two of four, as a name must hold: the same as before the lexicon
    scored = score_duties(index, "border work with Vietnam, the news, passports and visas in Qinghe", [])
    units = {index.owners[owner].name for owner in name_only_units(index, scored, None, set())}
    assert "越南科" not in units  # two of six: the office's name holds none of the other four


NEWS_OFFICE_ZH = """青禾县新闻办公室主要职责
发布日期：2024-05-06
一、主要职责
（一）负责全县对外宣传和公共关系工作。
（二）负责新闻发布会的组织工作。
二、机构设置
青禾县新闻办公室内设3个科室：秘书科、公共关系科、网络宣传科。
"""


def test_a_unit_whose_name_says_it_only_through_the_lexicon_is_left_to_its_office() -> None:
    # 公共关系科 holds "public" and "relations" through the lexicon alone (half an English word's
    # weight): the office's own duty that says them answers, and its unit is not placed before it
    kb = builtin_knowledge_base()
    kb.add_document(parse_text(NEWS_OFFICE_ZH, "qinghe-county-news-office.txt"))
    found = names(who_handles(kb, "Who handles public relations for the county?", limit=5))
    assert found[0] == "青禾县新闻办公室"
    assert "公共关系科" not in found
