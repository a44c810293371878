"""The outline: depth from the order a page uses its marker styles."""

from __future__ import annotations

from orgkb.loaders.reading.outline import outline_of
from orgkb.loaders.reading.page import Block, BlockKind


def _blocks(*texts: str) -> list[Block]:
    return [Block(line, text) for line, text in enumerate(texts, start=1)]


def test_nested_styles_nest_and_a_style_seen_before_closes_the_inner_list() -> None:
    nodes = outline_of(_blocks("(I) Office", "1. Draft.", "2. File.", "(II) Planning Section", "1. Plan."))
    assert [(node.depth, node.parent) for node in nodes] == [(1, None), (2, 0), (2, 0), (1, None), (2, 3)]
    assert nodes[0].children == [1, 2]


def test_unmarked_blocks_stay_at_depth_zero_and_keep_their_text() -> None:
    nodes = outline_of(_blocks("Planning Section", "Draft plans.", "- Manage statistics."))
    assert [(node.depth, node.text) for node in nodes] == [
        (0, "Planning Section"),
        (0, "Draft plans."),
        (1, "Manage statistics."),
    ]


def test_roman_sections_after_an_arabic_list_start_a_new_outline() -> None:
    nodes = outline_of(_blocks("1. Draft.", "2. File.", "Internal Units", "(I) Office", "1. Handle."))
    assert [node.depth for node in nodes] == [1, 1, 0, 1, 2]


def test_an_html_heading_starts_a_new_outline() -> None:
    blocks = [Block(1, "1. Draft."), Block(2, "Units", BlockKind.HEADING, level=2), Block(3, "a. Office")]
    assert [node.depth for node in outline_of(blocks)] == [1, 0, 1]


def test_separator_lines_part_blocks_and_are_no_nodes() -> None:
    nodes = outline_of(_blocks("Draft plans.", "|", "Manage statistics.", "-----", "File archives."))
    assert [node.text for node in nodes] == ["Draft plans.", "Manage statistics.", "File archives."]
    assert [node.gap for node in nodes] == [False, True, True]
