"""A pattern anchored at the end is searched only in the tail, with the same answer as a full search."""

from __future__ import annotations

import re

import pytest

from orgkb.loaders.reading.roles.anchored import search_at_end
from orgkb.loaders.reading.roles.cues import cues_for

UNIT = re.compile(r"\b(?:Section|Office|Sub-bureau)$")


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (UNIT, "Planning Section"),
        (UNIT, "PlanningSection"),  # no word boundary before the noun
        (UNIT, "Section"),
        (UNIT, "Sections of the Office"),
        (UNIT, "Planning Section\n"),  # `$` before a final newline
        (UNIT, "Planning Section."),
        (UNIT, ""),
        (re.compile(r"(?<=Land )Office$"), "Land Office"),  # a look-behind sees before the tail
        (re.compile(r"\bOffice$|^Draft"), "Draft plans for the Office"),  # `$` closes one branch only
        (re.compile(r"Office$", re.MULTILINE), "Office\nDraft plans"),
        (re.compile(r"[A-Z][a-z]+ Office$"), "The Planning and Development Office"),  # unbounded width
        (re.compile(r"Office\$"), "Office$"),  # a dollar sign, no anchor
    ],
)
def test_the_same_match_as_a_full_search(pattern: re.Pattern[str], text: str) -> None:
    found, expected = search_at_end(pattern, text), pattern.search(text)
    assert (found.span() if found else None) == (expected.span() if expected else None)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_cue_tables_name_endings_search_alike(language: str) -> None:
    cues = cues_for(language)
    texts = ["Planning Section", "Futian District Health Bureau", "办公室", "区卫生健康局", "Draft plans.", "A" * 300]
    for pattern in (cues.unit_end, cues.organization_end):
        for text in texts:
            assert bool(search_at_end(pattern, text)) == bool(pattern.search(text))
