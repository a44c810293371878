"""terms: the stemmed words duties, names and questions are compared by."""

from __future__ import annotations

import pytest

from orgkb.kb.search.text import frame_split, related_terms, terms, words_by_term


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who is in charge of receiving foreign visitors?", ["receiv", "foreign", "visitor"]),
        ("Who handles the archives?", ["archiv"]),  # asking words carry no matter
        ("Be responsible for other tasks assigned", []),  # duty boilerplate neither
        ("neighbourhood committees", ["neighborhood", "committe"]),  # British spelling folded
        ("Jing’an", ["jingan"]),  # curly apostrophe folded
        ("谁负责", []),  # Chinese asking words and duty boilerplate carry no matter either
        ("低保怎么申请", ["低保", "申请"]),  # Chinese cut into words, the asking words dropped
        ("低保怎麼申請", ["低保", "申请"]),  # traditional characters are the same words
        # a thesaurus label stays one word, after its parts (the segmenter's search mode)
        ("负责最低生活保障工作", ["最低", "生活", "保障", "最低生活保障"]),
        ("12345热线", ["热线", "12345热线"]),  # digits written into Chinese stay with it
        ("Receive 外宾 and guests", ["receiv", "外宾", "guest"]),  # English and Chinese in one text, in order
        # emphasis, dropped whole: "important" stems as "imports" does
        ("Prepare for important meetings", ["prepar", "meet"]),
        ("Importantly, who handles imports?", ["import"]),
        ("Who actually makes the plans?", ["make", "plan"]),  # a spoken filler, as before
    ],
)
def test_terms(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_words_by_term_keeps_the_first_word_as_written() -> None:
    assert words_by_term("Archives, archive and ARCHIVES") == {"archiv": "Archives"}


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("disclosur", ["disclos"]),  # disclosure finds disclose
        ("disclos", ["disclosur"]),  # and the other way
        ("dis", []),  # too short to stand for anything
        ("approv", []),  # no other term begins with it
    ],
)
def test_related_terms(term: str, expected: list[str]) -> None:
    vocabulary = sorted(["approv", "disclos", "disclosur", "discuss"])
    assert related_terms(vocabulary, term) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # auxiliaries, their contractions and the particle of a phrasal verb ask, they say no matter
        ("Nobody has picked up the rubbish", ["pick", "rubbish"]),
        ("My boss hasn't paid me and I can't wait", ["boss", "paid", "wait"]),
        ("Where do I go to register?", ["regist"]),
    ],
)
def test_the_words_of_spoken_questions_that_say_no_matter(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_a_chinese_word_is_its_own_term_and_has_no_related_terms() -> None:
    assert words_by_term("低保 怎么 办") == {"低保": "低保"}
    assert related_terms(["最低生活保障", "最低生活保障金"], "最低生活保障") == []


@pytest.mark.parametrize(
    ("query", "named", "expected"),
    [
        (["低保", "申请"], frozenset(), (["低保"], ["申请"])),  # the request's word is its frame
        (["passport", "appli", "form"], frozenset(), (["passport"], ["appli", "form"])),
        (["申请"], frozenset(), (["申请"], [])),  # nothing else asked: the frame is the matter
        # a frame word inside the name of a matter the question names is the matter's
        (["行政", "复议", "申请"], frozenset({"申请"}), (["行政", "复议", "申请"], [])),
    ],
)
def test_frame_split(query: list[str], named: frozenset[str], expected: tuple[list[str], list[str]]) -> None:
    assert frame_split(query, named) == expected
