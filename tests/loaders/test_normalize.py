"""Cleaning a printed line (orgkb.loaders.normalize): glued words and missing spaces."""

from __future__ import annotations

import pytest

from orgkb.loaders.normalize import repair_words


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
