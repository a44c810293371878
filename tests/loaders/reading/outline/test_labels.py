"""A contact label on its own line joined to the value on the next."""

from __future__ import annotations

from orgkb.loaders.reading.outline.labels import join_labels
from orgkb.loaders.reading.page import Block
from orgkb.loaders.reading.roles.cues import cues_for


def _joined(lines: list[str], language: str = "zh") -> list[tuple[int, str]]:
    blocks = [Block(number, text) for number, text in enumerate(lines, start=1)]
    return [(block.line, block.text) for block in join_labels(blocks, cues_for(language).contact_fields)]


def test_label_lines_take_their_values() -> None:
    assert _joined(["联系方式", "地址", "澳门新马路1号", "电话", "(853)2800 0000", "传真", "(853)2800 0001"]) == [
        (1, "联系方式"),
        (3, "地址: 澳门新马路1号"),
        (5, "电话: (853)2800 0000"),
        (7, "传真: (853)2800 0001"),
    ]


def test_short_lines_that_are_no_labels_stay_apart() -> None:
    assert _joined(["办公室", "负责文电工作。", "电话", "负责接听热线。"]) == [
        (1, "办公室"),
        (2, "负责文电工作。"),
        (3, "电话"),
        (4, "负责接听热线。"),
    ]


def test_english_labels_too() -> None:
    assert _joined(["Tel", "0755-12345678"], "en") == [(2, "Tel: 0755-12345678")]
