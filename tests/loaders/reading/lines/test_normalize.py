"""Cleaning a printed line (orgkb.loaders.reading.lines.normalize): glued words and missing spaces."""

from __future__ import annotations

import ftfy
import ftfy.badness
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgkb.loaders.reading.lines.normalize import repair_words, untouched_by_ftfy


@pytest.mark.parametrize(
    ("text", "repaired", "originals"),
    [
        # a function word glued onto a name: at the start, after a space or a bracket, at the end
        ("theDistrict plans", "the District plans", ["theDistrict"]),
        ("work ofChaoyang and (forThe Office)", "work of Chaoyang and (for The Office)", ["ofChaoyang", "forThe"]),
        ("guide theCPC", "guide the CPC", ["theCPC"]),
        # names in camel case, and a capital after a longer word, stay
        ("iPhone and eBay, the iOS app, anotherDistrict", "iPhone and eBay, the iOS app, anotherDistrict", []),
        # a missing space after ',' or ';' that follows a lower-case letter or ')'
        ("plans,budgets;reports", "plans, budgets; reports", ["plans,budgets", "budgets;reports"]),
        ('(the Office),"Rules"', '(the Office), "Rules"', ['Office),"Rules"']),
        ("a,b", "a, b", ["a,b"]),
        # no space is missing after a capital, a digit or before one
        ("CPC,Bureau; 1,200 items,3 rooms", "CPC,Bureau; 1,200 items,3 rooms", []),
        # a function word glued onto the end of the word before
        ("Be responsiblefor the census", "Be responsible for the census", ["responsiblefor"]),
        (
            "Organizeand guide; reportto the office",
            "Organize and guide; report to the office",
            ["Organizeand", "reportto"],
        ),
        # a capitalized word ending like a short function word may be a name: it stays
        ("Brighton and Milton", "Brighton and Milton", []),
        # known words that end like a function word stay
        ("the layout of farmland nearby", "the layout of farmland nearby", []),
    ],
)
def test_repair_words(text: str, repaired: str, originals: list[str]) -> None:
    result, repairs = repair_words(text, 7)
    assert result == repaired
    assert [repair.original for repair in repairs] == originals
    assert all(repair.line == 7 for repair in repairs)


# -- lines ftfy leaves as they are ------------------------------------------------------------

_QUIET_ALPHABET = "\tab AZ09.,;:()'\"/-<>·•、。一二十职责局办公室首页锛"  # every kind of quiet character
_LOUD_ALPHABET = _QUIET_ALPHABET + "&ÂÃï¼š€™\u00a0\u2019\u201c\uff1a\ufb01\x1b\x85\u3000\uf900Ａ"


@given(st.text(alphabet=_LOUD_ALPHABET, max_size=30))
@settings(max_examples=400, deadline=None)
def test_a_line_said_to_be_untouched_by_ftfy_is_untouched_by_it(text: str) -> None:
    if untouched_by_ftfy(text):
        assert ftfy.fix_text(text, normalization="NFC") == text
        assert not ftfy.badness.is_bad(text)


@pytest.mark.parametrize(
    ("text", "untouched"),
    [
        ("一、Formulate plans • and report", True),
        ("Duties · Units、Contact。", True),
        ("Tom &amp; Jerry 一", False),  # an HTML entity: ftfy unescapes it
        ("Main Responsibilitiesï¼š一", False),  # mojibake
        ("the Office\u2019s 一", False),  # a curly quote: ftfy straightens it
        ("ｆｕｌｌ 一", False),  # full-width letters: ftfy narrows them
    ],
)
def test_untouched_by_ftfy(text: str, untouched: bool) -> None:
    assert untouched_by_ftfy(text) is untouched
    assert (ftfy.fix_text(text, normalization="NFC") == text) or not untouched
