"""The marker that opens a block, read from a table of marker kinds rather than per site.

`orgkb.loaders.reading.lines.numbering.read_marker` knows the forms (`1.` `1)` `(1)` `(I)` `I.` `i.` `一、` `（一）`
`①` bullets); this module groups them into kinds whose usual rank in a list of lists is known:
Chinese numerals head sections, Roman numerals next, then Arabic numbers, letters and bullets.
Those ranks only break ties: the nesting a page uses is read from the order its styles appear in
(`orgkb.loaders.reading.outline.tree`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from orgkb.loaders.reading.lines.numbering import read_marker


class MarkerKind(IntEnum):
    """Kinds of list marker, in the order a document usually nests them (outermost first)."""

    CHINESE = 1  # 一、 （一）
    ROMAN = 2  # I. (I) i.
    ARABIC = 3  # 1. 1) (1) 1． [1] 1.1
    LETTER = 4  # a. (a)
    CIRCLED = 5  # ①
    BULLET = 6  # • * - –


@dataclass(frozen=True)
class BlockMarker:
    """The marker of a block: its kind, its style (kind and punctuation), its number and the text after it."""

    kind: MarkerKind
    style: str
    number: int | None
    rest: str


_KIND_OF_STYLE = (
    ("chinese", MarkerKind.CHINESE),
    ("roman", MarkerKind.ROMAN),
    ("letter", MarkerKind.LETTER),
    ("circled", MarkerKind.CIRCLED),
    ("bullet", MarkerKind.BULLET),
)
# What follows an area code in brackets: the rest of a telephone number, no item's text.
_TELEPHONE_REST = re.compile(r"\d{3,4}[-\s.]\d{3,4}\b")
_FULLWIDTH_DOT = re.compile(r"^(\d{1,3})\s*．\s*")
_FULLWIDTH = str.maketrans({"（": "(", "）": ")", "．": ".", "【": "[", "】": "]"})


def _kind(style: str) -> MarkerKind:
    for prefix, kind in _KIND_OF_STYLE:
        if prefix in style:
            return kind
    return MarkerKind.ARABIC


def marker_of(text: str) -> BlockMarker | None:
    """The marker opening `text`, or None when the block is unmarked.

    >>> marker_of("（一）办公室").kind.name, marker_of("(II) Office").kind.name, marker_of("1．Draft").number
    ('CHINESE', 'ROMAN', 1)
    >>> marker_of("* Planning Section").kind.name, marker_of("Draft plans.") is None
    ('BULLET', True)
    >>> marker_of("(800) 564-8448") is None, marker_of("(3) 2024 plans of the bureau.").number
    (True, 3)
    """
    head = _FULLWIDTH_DOT.sub(r"\1. ", text[:8].translate(_FULLWIDTH))
    found = read_marker(head + text[8:])
    if found is None or not found.rest or _TELEPHONE_REST.match(found.rest):
        return None  # no text after it, or an area code in brackets: "(800) 564-8448"
    return BlockMarker(_kind(found.style), found.style, found.number, found.rest)
