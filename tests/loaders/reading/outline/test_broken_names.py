"""A name broken across two lines, joined; labels, menus and names that end on their own line left alone."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.outline.broken_names import join_broken_names
from orgkb.loaders.reading.page import Block
from orgkb.loaders.reading.roles.cues import cues_for

EN = cues_for("en")


def _joined(*blocks: Block) -> list[tuple[int, str]]:
    return [(block.line, block.text) for block in join_broken_names(blocks, EN.unit_end, EN.heading, EN.joins_name)]


@pytest.mark.parametrize(
    ("head", "rest", "joined"),
    [
        ("Bridge", "Inspection Unit", "Bridge Inspection Unit"),  # the name alone
        ("Flood Data", "and Warning Co-ordination Unit keeps the gauges.", None),  # with its duties after it
        ("Harbour", "Office acts as the licensing authority for moorings.", None),
        ("Records", "of Births Office registers births.", None),
    ],
)
def test_a_name_broken_across_two_lines_is_joined(head: str, rest: str, joined: str | None) -> None:
    assert _joined(Block(4, head), Block(5, rest)) == [(4, joined or f"{head} {rest}")]


@pytest.mark.parametrize(
    "blocks",
    [
        # a menu of labels over the title: "News" is no head of "News Services"
        (Block(1, "Home"), Block(2, "News"), Block(3, "Services"), Block(4, "Qinghe District Water Bureau")),
        # the title carries on after its noun ("... Bureau of Qinghe"): a label over it stays apart
        (Block(1, "Services"), Block(2, "Water Bureau of Qinghe")),
        # a blank line between them
        (Block(1, "Bridge"), Block(3, "Inspection Unit", gap=True)),
        # the first line ends a name already
        (Block(1, "Roads Division"), Block(2, "Bridge Inspection Unit")),
        # a section heading
        (Block(1, "Main Responsibilities"), Block(2, "Planning Section drafts plans.")),
        # the second line is a sentence, no name
        (Block(1, "Bridge"), Block(2, "Inspections are held every spring.")),
    ],
)
def test_blocks_that_are_no_broken_name_stay_apart(blocks: tuple[Block, ...]) -> None:
    assert _joined(*blocks) == [(block.line, block.text) for block in blocks]
