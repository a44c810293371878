"""Blocks that hold more than one block: a heading run on into its first item, a list that lost its
line breaks. Each part keeps the block's source line; the heading reader comes from the language."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from orgkb.loaders.numbering import split_inline_items
from orgkb.loaders.page import Block, BlockKind

SplitHeading = Callable[[str], "tuple[object, str] | None"]


def split_blocks(blocks: Iterable[Block], split_heading: SplitHeading) -> Iterator[tuple[Block, str | None]]:
    """Every block, parted where it holds several; with each part, why it was parted (None when whole).

    >>> from orgkb.loaders.page import Block
    >>> parts = split_blocks([Block(3, "Duties: (1) Draft plans. (2) File archives.")], lambda t: (1, t[8:]))
    >>> [(block.line, block.text) for block, _ in parts]
    [(3, 'Duties'), (3, '(1) Draft plans.'), (3, '(2) File archives.')]
    """
    for block in blocks:
        if block.kind is BlockKind.ROW:
            yield block, None
            continue
        rest = block.text
        parted = split_heading(rest)
        if parted is not None and parted[1] and parted[1] != rest:
            head = rest[: len(rest) - len(parted[1])].rstrip(" :：")
            yield replace(block, text=head), "heading"
            rest = parted[1]
            block = replace(block, text=rest, gap=False)
        items = split_inline_items(rest)
        if len(items) == 1:
            yield block, None
            continue
        for index, item in enumerate(items):
            yield replace(block, text=item, gap=block.gap and index == 0), "items"
