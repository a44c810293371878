"""A document's table of contents: a heading (`目录`, "Contents") over the titles of its parts, which the
document then prints again over its text. The titles under the heading are no duties, units or name:
the contents end where their first title is printed again, which is where the document's text begins.

A list under such a heading that its document never prints again is no table of contents that this
can tell from a section ("Contents" over the page's own items): it is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from orgkb.loaders.reading.page import Block

_SPACES = re.compile(r"\s+")
_LEAST_ENTRIES = 2  # a heading over one title is no table


def _folded(text: str) -> str:
    """A title as compared: white space left out ("一、单位 主要职责" is "一、单位主要职责")."""
    return _SPACES.sub("", text)


def split_contents(blocks: Sequence[Block], heading: re.Pattern[str] | None) -> tuple[list[Block], list[Block]]:
    """The page's blocks without its table of contents, and the table's blocks (its heading first; [] when
    the page has none).

    >>> blocks = [Block(1, "目 录"), Block(2, "第一部分 概况"), Block(3, "第二部分 报表"), Block(4, "第一部分 概况")]
    >>> kept, contents = split_contents(blocks, re.compile("目\\\\s*录"))
    >>> [block.line for block in kept], [block.line for block in contents]
    ([4], [1, 2, 3])
    """
    if heading is None:
        return list(blocks), []
    for at, block in enumerate(blocks):
        if not heading.fullmatch(block.text.strip()) or at + 1 >= len(blocks):
            continue
        first = _folded(blocks[at + 1].text)
        again = next(
            (later for later in range(at + 2, len(blocks)) if _folded(blocks[later].text) == first),
            None,
        )
        if again is not None and again - at - 1 >= _LEAST_ENTRIES:
            return [*blocks[:at], *blocks[again:]], list(blocks[at:again])
    return list(blocks), []
