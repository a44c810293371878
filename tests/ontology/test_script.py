"""script: traditional characters folded to simplified ones, character by character."""

from __future__ import annotations

import pytest

from orgkb.ontology.script import simplified


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月湖街道辦事處", "月湖街道办事处"),
        ("臺北市政府民政局", "台北市政府民政局"),
        ("负责全区最低生活保障", "负责全区最低生活保障"),  # simplified text is left as it is
        ("於是乾杯", "於是乾杯"),  # characters that are simplified ones too are kept
        ("Tel. 12345", "Tel. 12345"),
    ],
)
def test_simplified(text: str, expected: str) -> None:
    assert simplified(text) == expected
    assert len(simplified(text)) == len(text)
