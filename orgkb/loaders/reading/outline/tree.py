"""Blocks -> a flat outline: each node with its marker, its depth and the node it hangs under.

The depth of a marked block comes from the order in which the page uses its marker styles (the
first style seen is the outer list, a new style under an item nests under it, a style seen before
closes the lists opened since); an HTML heading starts a new outline at its own level. Separator
lines (`|`, `---`) only part blocks. Nothing here knows any language's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from orgkb.loaders.reading.outline.markers import BlockMarker, marker_of
from orgkb.loaders.reading.page import Block, BlockKind

_SEPARATOR = re.compile(r"[|\s\-_=*~·•.]+")


@dataclass
class Node:
    """A block in the outline: its text without the marker, the marker, depth (0: unmarked) and parent."""

    index: int
    block: Block
    text: str
    marker: BlockMarker | None = None
    depth: int = 0
    parent: int | None = None
    children: list[int] = field(default_factory=list)
    gap: bool = False  # a blank line, a block boundary or a separator line comes before it
    listed_unit: bool = False  # a unit's name in a list a sentence leads in to (`outline.lead_in_lists`)

    @property
    def line(self) -> int:
        return self.block.line


def outline_of(blocks: Iterable[Block]) -> list[Node]:
    """The outline of a page's blocks, in page order.

    >>> from orgkb.loaders.reading.page import Block
    >>> nodes = outline_of([Block(1, "(I) Office"), Block(2, "1. Draft."), Block(3, "2. File."), Block(4, "(II) Unit")])
    >>> [(node.depth, node.parent) for node in nodes]
    [(1, None), (2, 0), (2, 0), (1, None)]
    """
    nodes: list[Node] = []
    styles: list[str] = []  # open list styles, outermost first
    openers: list[int] = []  # the last node of each open style
    unmarked_since = False
    pending_gap = False
    for block in blocks:
        if _SEPARATOR.fullmatch(block.text):
            pending_gap = True
            continue
        if block.kind is BlockKind.HEADING:
            styles.clear()
            openers.clear()
        marker = marker_of(block.text) if block.kind is not BlockKind.ROW else None
        node = Node(len(nodes), block, marker.rest if marker else block.text, marker, gap=block.gap or pending_gap)
        pending_gap = False
        if marker is None:
            unmarked_since = True
            nodes.append(node)
            continue
        if marker.style in styles:
            depth = styles.index(marker.style) + 1
            del styles[depth:], openers[depth:]
            openers[depth - 1] = node.index
        else:
            if unmarked_since and styles and _outer(marker, nodes[openers[-1]].marker):
                styles.clear()
                openers.clear()
            styles.append(marker.style)
            openers.append(node.index)
            depth = len(styles)
        node.depth = depth
        node.parent = openers[depth - 2] if depth >= 2 else None
        if node.parent is not None:
            nodes[node.parent].children.append(node.index)
        unmarked_since = False
        nodes.append(node)
    return nodes


def _outer(marker: BlockMarker, open_marker: BlockMarker | None) -> bool:
    """Whether a new style usually ranks above the open one (Roman sections after an Arabic list)."""
    return open_marker is not None and marker.kind < open_marker.kind
