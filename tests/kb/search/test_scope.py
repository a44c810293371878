"""scope: the organizations and places a question names itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.search.scope import PhraseTable, scopes
from orgkb.kb.search.who_handles import who_handles
from orgkb.loading import builtin_knowledge_base, load_paths


@pytest.fixture(scope="module")
def index() -> HandlerIndex:
    return handler_index(builtin_knowledge_base())


def inside(index: HandlerIndex, question: str) -> set[str] | None:
    mask = scopes(index, question)[0]
    if mask is None:
        return None
    return {owner.name for number, owner in enumerate(index.owners) if mask[number] and index.duties_of.get(number)}


def test_a_question_naming_nothing_has_no_scope(index: HandlerIndex) -> None:
    assert inside(index, "Who handles the archives?") is None


def test_a_named_organization_brings_its_units(index: HandlerIndex) -> None:
    found = inside(index, "Who keeps the seals of the Caojiadu Sub-district Office?")
    assert found is not None
    assert "Community Security Office" in found and "Foreign Affairs Section" not in found


def test_a_named_unit_by_its_other_name(index: HandlerIndex) -> None:
    assert inside(index, "what does the office for letters and calls do") == {"Community Security Office"}


def test_a_named_place_brings_what_serves_it(index: HandlerIndex) -> None:
    found = inside(index, "foreign visitors in 大鹏新区")
    assert found == {"General Office of Dapeng New District"}


def test_phrases_match_whole_words_only() -> None:
    table = PhraseTable()
    table.add("Jing'an", "jingan")
    table.add("Pu", "pu")  # too short to trust on its own
    table.add("General Section", "general")
    assert table.find("Jing’an District") == {"jingan"}
    assert table.find("Jinganese") == set()
    assert table.find("a general section of it") == {"general"}
    assert table.find("Pu") == set()


UNSEEN = Path(__file__).resolve().parents[2] / "data" / "unseen"


@pytest.fixture(scope="module")
def wider() -> HandlerIndex:
    kb = builtin_knowledge_base()
    load_paths(kb, [UNSEEN / "tianhe-shipai-street-office.txt", UNSEEN / "xihu-shuangpu-town.txt"])
    return handler_index(kb)


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        # a street office named by its street, without the words "Street Office"
        ("Who keeps the streets clean in Shipai?", "Urban Management Office"),
        # a town government named by its town ("People's Government of Shuangpu Town, ...")
        ("Who settles disputes in Shuangpu town?", "Comprehensive Governance Office"),
        # a sub-district office by its sub-district, as the gazetteer already allowed
        ("Who keeps the seals in Caojiadu?", "Party and Administration Office"),
    ],
)
def test_a_local_office_is_named_by_the_place_it_serves(wider: HandlerIndex, question: str, unit: str) -> None:
    found = inside(wider, question)
    assert found is not None and unit in found
    assert "Foreign Affairs Section" not in found


def test_a_place_a_page_adds_is_named_without_its_type(wider: HandlerIndex) -> None:
    # "Tianhe District" is in no gazetteer: only the Shipai page names it
    found = inside(wider, "Who handles petitions in Tianhe?")
    assert found is not None and "Public Safety Office" in found
    assert "Community Security Office" not in found


@pytest.mark.parametrize(
    ("question", "local"),
    [
        ("Who keeps the streets clean in Shipai?", True),
        ("Where do I hand in a petition at the Shipai street office?", True),  # an article between
        ("Who handles the paperwork of the Caojiadu sub-district office?", True),
        ("Who supports Yiwu's neighbourhood committees?", True),  # a possessive
        ("Who handles cooperation with Shipai?", False),  # the object of the matter
        ("Who hosts visits from Shipai?", False),
        ("在曹家渡办医保去哪里？", True),
        ("大鹏新区的政府信息公开归谁管？", True),
        ("与大鹏新区合作", False),
        ("曹家渡低保怎么申请？", True),  # a Chinese question opens with the place it asks about
        (" 大鹏新区谁管外事", True),
        ("谁负责和大鹏新区的合作", True),  # 的 after it, as before
        ("谁负责与大鹏新区合作", False),
    ],
)
def test_a_place_asked_about_is_told_from_a_place_that_is_the_object(question: str, local: bool) -> None:
    table = PhraseTable()
    for name in (
        "Shipai",
        "Shipai Street Office",
        "Caojiadu",
        "Caojiadu Sub-district Office",
        "Yiwu",
        "大鹏新区",
        "曹家渡",
    ):
        table.add(name, name)
    assert {found: where for found, where in table.find_where(question)}
    assert all(where == local for _, where in table.find_where(question))


def test_a_possessive_names_the_place_before_it() -> None:
    table = PhraseTable()
    table.add("Yiwu", "yiwu")
    table.add("People's Government of Jing'an District", "jingan")
    assert table.find("Who helps Yiwu's traders?") == {"yiwu"}
    assert table.find("the people’s government of Jing’an District") == {"jingan"}


def test_local_scope_marks_only_what_the_question_asks_in(wider: HandlerIndex) -> None:
    asked_in = scopes(wider, "Who keeps the streets clean in Shipai?")[1]
    named = scopes(wider, "Who handles cooperation with Shipai?")[0]
    assert asked_in is not None and named is not None
    assert scopes(wider, "Who handles cooperation with Shipai?")[1] is None
    shipai = [number for number, owner in enumerate(wider.owners) if owner.name == "Urban Management Office"]
    assert shipai and asked_in[shipai].all() and named[shipai].all()


TOWNSHIP = Path(__file__).resolve().parents[2] / "data" / "rank-zh" / "baixi-qingshi-township.txt"


@pytest.mark.parametrize(
    "question",
    [
        "Which office of Qingshi township draws up its economic and social development plans?",
        "Who draws up economic and social development plans in Qingshi?",
    ],
)
def test_a_chinese_township_is_named_in_pinyin(question: str) -> None:
    # 青石乡 is in no gazetteer: only its government's name says it. Named in pinyin, it is where
    # the question asks, and the township's office answers before the Jing'an general office's
    # duty on the same plans (a tie without it)
    kb = builtin_knowledge_base()
    load_paths(kb, [TOWNSHIP])
    index = handler_index(kb)
    found = inside(index, question)
    assert found is not None and "党政综合办公室" in found
    assert "Foreign Affairs Section" not in found
    assert who_handles(kb, question, limit=3)[0].organization.name == "党政综合办公室"
