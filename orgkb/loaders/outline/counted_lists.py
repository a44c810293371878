"""Lists of units' names that a sentence counting them leads in to, each name on a line of its own.

"The four departments are:" over "Corporate Services & Finance", "Engineering Services", "Community
Services" and "Planning & Building": the sentence says how many units follow, so the lines are the
units' names although most carry no unit noun; read as printed, the first line becomes a unit and the
others its duties. Where exactly as many short name-like lines follow the sentence as it counts (all
unmarked or all of one list style, none a sentence or a duty), each is marked `listed_unit`. A count
that the lines do not match reads nothing: the lines may be something else. A sentence naming the units
by their plural with no count ("is made up of the following teams:") over two or more such lines reads
them all. Nothing here knows a
language's words: the caller gives the language's stated count, what a name looks like and what opens
a duty.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from orgkb.loaders.outline.tree import Node

_LEAST_UNITS = 2
_LEAD_IN_ENDS = (":", "：")


def mark_counted_units(
    nodes: list[Node],
    stated_count: Callable[[str], int | None] | None,
    name_like: Callable[[str], bool],
    plural_lead_in: re.Pattern[str] | None = None,
) -> None:
    """Every run of name-like nodes (`name_like`) right under a node that ends in a colon and counts its
    units (`stated_count` of its text, two or more), when the run holds exactly that many, is marked
    `listed_unit`; so is every run of two or more under a node naming them by their plural with no count
    (`plural_lead_in`, search: "made up of the following teams:")."""
    for position, node in enumerate(nodes):
        text = node.text.rstrip()
        if not text.endswith(_LEAD_IN_ENDS) or any(other.listed_unit for other in nodes[position + 1 : position + 2]):
            continue
        count = stated_count(text.rstrip(" :：")) if stated_count is not None else None
        items = _names_after(nodes, position, name_like)
        if count is None and plural_lead_in is not None and plural_lead_in.search(text):
            count = len(items)  # the sentence says they are units; the run of names says how many
        if count is None or count < _LEAST_UNITS or len(items) != count:
            continue
        for item in items:
            item.listed_unit = True


def _names_after(nodes: list[Node], position: int, name_like: Callable[[str], bool]) -> list[Node]:
    """The run of name-like nodes of one marker style (or none) right after `position`."""
    items: list[Node] = []
    for node in nodes[position + 1 :]:
        style = node.marker.style if node.marker is not None else None
        first = items[0].marker.style if items and items[0].marker is not None else None
        if not name_like(node.text) or (items and style != first):
            break
        items.append(node)
    return items
