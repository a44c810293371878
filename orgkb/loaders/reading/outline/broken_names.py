"""A name broken across two lines, joined: "Explosive" / "Ordnance Disposal Bureau provides ...".

A page's layout can break a unit's name where its column ends: the first line is a few capitalized
words ending in no unit noun, the next line carries on with capitalized words (or "and", "of")
until the noun that ends the name, and perhaps the unit's duties after it. Read apart, the first
line is a stray label and the unit's name loses its head. Joined, the name is whole; the block
keeps the first line's source line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from orgkb.loaders.reading.outline.markers import marker_of
from orgkb.loaders.reading.page import Block, BlockKind

# The longest first part of a broken name, and the most words the name's rest may have on the next line.
_MOST_HEAD_WORDS = 3
_MOST_REST_WORDS = 8
_CAPITALIZED = re.compile(r"[A-Z][\w'&.-]*")


def join_broken_names(
    blocks: Iterable[Block],
    unit_end: re.Pattern[str],
    heading: Callable[[str], object | None],
    joins: Callable[[str], bool],
    complete: Callable[[str], bool] = lambda text: False,
) -> Iterator[Block]:
    """Every block, a name's head on a line of its own joined to the line that ends the name.

    `unit_end` is the language's pattern for a name ending in a unit's noun; `heading` reads a
    section heading (a heading is never a name's head); `joins` says whether a word joins the words
    of a name ("and", "of"); `complete` says whether a line is a whole name of its own without a unit's
    noun (a council's: "Qinghe Borough Council"), which heads no other.

    >>> unit = re.compile(r"\\b(?:Bureau|Unit)$")
    >>> blocks = [Block(7, "Explosive"), Block(8, "Ordnance Disposal Bureau trains the units.")]
    >>> joins = lambda word: word in ("and", "of")
    >>> [(block.line, block.text) for block in join_broken_names(blocks, unit, lambda text: None, joins)]
    [(7, 'Explosive Ordnance Disposal Bureau trains the units.')]
    """
    pending: Block | None = None
    labels = 0  # how many head-like blocks came one after another: two or more are a menu, no name's head
    for block in blocks:
        head_like = _head_like(block, unit_end, heading) and not complete(block.text)
        labels = labels + 1 if head_like else 0
        if pending is not None:
            if _ends_name(pending, block, unit_end, joins):
                yield replace(pending, text=f"{pending.text} {block.text}", kind=block.kind, level=block.level)
                pending = None
                continue
            yield pending
            pending = None
        if head_like and labels == 1:
            pending = block
        else:
            yield block
    if pending is not None:
        yield pending


def _head_like(block: Block, unit_end: re.Pattern[str], heading: Callable[[str], object | None]) -> bool:
    """Whether a block can be the head of a broken name: a few capitalized words, no noun ending a name,
    no marker, no heading, no link and no table row."""
    words = block.text.split()
    return (
        block.kind in (BlockKind.TEXT, BlockKind.HEADING)
        and not block.link
        and not block.cells
        and 0 < len(words) <= _MOST_HEAD_WORDS
        and all(_CAPITALIZED.fullmatch(word) for word in words)
        and not unit_end.search(block.text)
        and marker_of(block.text) is None
        and heading(block.text) is None
    )


def _ends_name(head: Block, block: Block, unit_end: re.Pattern[str], joins: Callable[[str], bool]) -> bool:
    """Whether `block`, printed right under `head` with no blank line, opens with the rest of its name:
    name words up to a unit's noun, then nothing, or lower-case text (the duties)."""
    if (
        block.gap
        or block.cells
        or block.link
        or block.line not in (head.line, head.line + 1)
        or block.kind != head.kind
    ):
        return False
    words = block.text.split()
    if not words or not (words[0][:1].isupper() or joins(words[0])):
        return False
    for count in range(1, min(len(words), _MOST_REST_WORDS) + 1):
        word = words[count - 1]
        if not (_CAPITALIZED.fullmatch(word) or joins(word)):
            return False
        name = " ".join(words[:count])
        if unit_end.search(name):
            after = words[count] if count < len(words) else ""
            return not after or (after[:1].islower() and not joins(after))  # "... Bureau provides"
    return False
