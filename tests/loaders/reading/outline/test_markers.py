"""Marker kinds, read from a table rather than per site."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.outline import MarkerKind, marker_of


@pytest.mark.parametrize(
    ("text", "kind", "number", "rest"),
    [
        ("1. Draft plans.", MarkerKind.ARABIC, 1, "Draft plans."),
        ("2) Draft plans.", MarkerKind.ARABIC, 2, "Draft plans."),
        ("(3) Draft plans.", MarkerKind.ARABIC, 3, "Draft plans."),
        ("4．Draft plans.", MarkerKind.ARABIC, 4, "Draft plans."),
        ("(II) Office", MarkerKind.ROMAN, 2, "Office"),
        ("III. Office", MarkerKind.ROMAN, 3, "Office"),
        ("ii. Draft plans.", MarkerKind.ROMAN, 2, "Draft plans."),
        ("一、主要职责", MarkerKind.CHINESE, 1, "主要职责"),
        ("（二）办公室", MarkerKind.CHINESE, 2, "办公室"),
        ("③ Draft plans.", MarkerKind.CIRCLED, 3, "Draft plans."),
        ("• Draft plans.", MarkerKind.BULLET, None, "Draft plans."),
        ("* Planning Section", MarkerKind.BULLET, None, "Planning Section"),
        ("- Draft plans.", MarkerKind.BULLET, None, "Draft plans."),
        ("(b) Draft plans.", MarkerKind.LETTER, 2, "Draft plans."),
        ("(3) 2024 plans of the bureau.", MarkerKind.ARABIC, 3, "2024 plans of the bureau."),
    ],
)
def test_marker_kinds(text: str, kind: MarkerKind, number: int | None, rest: str) -> None:
    marker = marker_of(text)
    assert marker is not None
    assert (marker.kind, marker.number, marker.rest) == (kind, number, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Draft plans.",
        "Planning Section",
        "2024 plans were drafted.",
        "(800) 555-0142",  # a telephone number with its area code in brackets
        "(020) 8361 0000 Minicom",
    ],
)
def test_unmarked_blocks(text: str) -> None:
    assert marker_of(text) is None
