"""bilingual: CC-CEDICT read backwards, English keys -> the Chinese words of an index's duties."""

from __future__ import annotations

from orgkb.kb.search.bilingual import (
    MOST_TRANSLATIONS,
    bridged,
    cedict,
    english_to_chinese,
    gloss_keys,
    read_definitions,
    standing_for,
)

# Lines in CC-CEDICT's format, written for these tests (traditional, simplified, [pinyin], /senses/).
LINES = [
    "# CC-CEDICT",
    "#! date=2026-01-01",
    "渡口 渡口 [du4 kou3] /ferry crossing/",
    "渡船 渡船 [du4 chuan2] /ferry/CL:條|条[tiao2]/",
    "燈籠 灯笼 [deng1 long5] /lantern/",
    "燈 灯 [deng1] /lamp/light/",  # one character: never a translation
    "檢查 检查 [jian3 cha2] /to inspect; to check (sth)/inspection/",
    "查 查 [Zha1] /surname Zha/",
    "護照 护照 [hu4 zhao4] /passport/",
    "通行證 通行证 [tong1 xing2 zheng4] /pass/permit/variant of 通行證|通行证/",
    "3C 3C [san1 C] /computers, communications and consumer electronics/",
]


def test_only_words_of_two_chinese_characters_or_more_are_read() -> None:
    found = read_definitions(LINES)
    assert set(found) == {"渡口", "渡船", "灯笼", "检查", "护照", "通行证"}  # simplified headwords
    assert found["渡船"] == "ferry/CL:條|条[tiao2]"


def test_a_word_written_on_two_lines_keeps_both_definitions() -> None:
    lines = ["行長 行长 [hang2 zhang3] /bank president/", "行長 行长 [xing2 zhang3] /walk far/"]
    found = read_definitions(lines)
    assert found == {"行长": "bank president/walk far"}


def test_glosses_are_keyed_as_a_question_is_read() -> None:
    # "to", "sth" and the aside in brackets go; a measure word and a cross-reference are no meanings
    assert gloss_keys("to inspect; to check (sth)/inspection") == [("inspect",), ("check",)]  # each key once
    assert gloss_keys("ferry/CL:條|条[tiao2]") == [("ferri",)]
    assert gloss_keys("pass/permit/variant of 通行證|通行证") == [("pass",), ("permit",)]
    assert gloss_keys("a rather long explanation of what the word is used for in old plays") == []


def test_the_bridge_holds_only_the_words_the_duties_hold() -> None:
    definitions = read_definitions(LINES)
    bridge = english_to_chinese(["渡口", "检查", "灯", "安全", "ferri"], definitions)
    assert bridge[("ferri", "cross")] == ("渡口",)
    assert bridge[("ferri",)] == ("渡口",)  # a term of a phrase alone: 渡船 is not among the duties' words
    assert bridge[("inspect",)] == ("检查",)
    assert ("lamp",) not in bridge  # 灯 is one character; CC-CEDICT's 护照 is not a duty's word
    assert ("passport",) not in bridge


def test_a_whole_gloss_goes_before_a_term_of_a_phrase() -> None:
    definitions = {"渡口": "ferry crossing", "渡船": "boat; ferry", "码头": "pier"}
    bridge = english_to_chinese(definitions, definitions)
    assert bridge[("ferri",)] == ("渡船", "渡口")


def test_an_english_key_stands_for_a_few_words_at_most() -> None:
    definitions = {f"检查{n}": "inspection" for n in range(2 * MOST_TRANSLATIONS)}
    assert len(english_to_chinese(definitions, definitions)[("inspect",)]) == MOST_TRANSLATIONS


def test_a_phrase_asked_adds_its_words_to_each_of_its_terms() -> None:
    bridge = {("ferri",): ("渡船",), ("ferri", "cross"): ("渡口",), ("safe",): ("安全",)}
    assert bridged(bridge, ["ferri", "cross", "safe"]) == [("渡口", "渡船"), ("渡口",), ("安全",)]
    assert bridged(bridge, ["cross", "ferri"]) == [("渡船",)]  # not side by side in order: no phrase
    assert bridged({}, ["ferri"]) == []


def test_the_dictionary_the_package_ships_is_read() -> None:
    found = cedict()
    assert len(found) > 50_000
    assert ("passport",) in gloss_keys(found["护照"])


def test_each_term_asked_stands_with_its_own_words() -> None:
    bridge = {("border",): ("边境",), ("vietnam",): ("越南",), ("real", "estat"): ("不动产",), ("estat",): ("庄园",)}
    found = standing_for(bridge, ["border", "work", "vietnam", "real", "estat"])
    assert found == {
        "border": ("边境",),
        "work": (),  # no key holds it
        "vietnam": ("越南",),
        "real": ("不动产",),  # the phrase's word, for each of its terms, first
        "estat": ("不动产", "庄园"),
    }
    assert standing_for({}, ["border"]) == {"border": ()}
    assert bridged(bridge, ["border", "work", "vietnam"]) == [("边境",), ("越南",)]  # the groups, as before
