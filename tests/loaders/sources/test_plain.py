"""Text files: a block per non-blank line, its number, a gap after blank lines, the cells of table rows."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.page import Block, BlockKind
from orgkb.loaders.sources.plain import cells_of, split_lines, text_blocks


def test_lines_keep_their_numbers_and_gaps() -> None:
    text = "Office\r\nReleased 2024\r\n\r\n\tMain Responsibilities  \r\r1. Handle affairs.\n"
    assert list(text_blocks(split_lines(text))) == [
        Block(1, "Office"),
        Block(2, "Released 2024"),
        Block(4, "Main Responsibilities", gap=True),
        Block(6, "1. Handle affairs.", gap=True),
    ]


def test_only_line_feeds_carriage_returns_end_lines() -> None:
    assert split_lines("a\fb\x0bc\u2028d\re\r\nf") == ["a\fb\x0bc\u2028d", "e", "f"]


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        # line                                      cells
        ("Office\tHandle documents.", ("Office", "Handle documents.")),
        ("Office\t\tHandle documents.\t", ("Office", "Handle documents.")),
        ("Office | Handle documents. | 021-1234", ("Office", "Handle documents.", "021-1234")),
        ("|Office|Handle documents.|", ("Office", "Handle documents.")),
        ("Home | About", ("Home", "About")),
        ("A|B without spaces", ()),
        ("Handle documents.", ()),
        ("\t", ()),
        ("Office\t", ()),
    ],
)
def test_table_rows(line: str, cells: tuple[str, ...]) -> None:
    assert cells_of(line) == cells


def test_a_row_is_a_row_block_with_its_text_as_printed() -> None:
    [block] = text_blocks(["Office\tHandle documents."])
    assert block == Block(1, "Office\tHandle documents.", BlockKind.ROW, cells=("Office", "Handle documents."))
