"""Lists that a sentence setting up units leads in to, their items read as the units' bare names.

A regulation sets up its units in a list: "市府設下列各局、處、委員會:" over "一、民政局。" "二、財政局。", or
"本署設下列組、室:" over "一、婦女福利及企劃組,分三科辦事。". Each item is a unit's name, closed by a full stop
or followed by a clause that gives no duty (how many sections it has); read as printed, the stop makes
it a sentence and the list a list of duties. Where every item of the list is such a name, each item's
text becomes the name alone (its line stays its evidence). A list whose items give the units' duties
("一、民政課:一般民政……") is left whole: its units are read with their duties. Nothing here knows a
language's words: the language's `Cues.unit_list_lead_in` finds the sentence, and the caller says what
names a unit and what opens a duty.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from orgkb.loaders.outline.tree import Node

_LEAST_ITEMS = 1  # the sentence says the items are units: one item is one unit
_LONGEST_NAME = 16  # characters
# a list's own number after its bullet ("- 一、長期照顧組"), which the outline leaves in the text
_INNER_NUMBER = re.compile(r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[、.．])\s*")
_CLAUSE = re.compile(r"^(?P<name>[^,，:：;；。]+?)(?:[,，](?P<clause>[^,，:：;；。]{1,16}))?[。.;；]?$")


def name_set_up_units(
    nodes: list[Node],
    lead_in: re.Pattern[str] | None,
    names_unit: Callable[[str], bool],
    opens_duty: Callable[[str], bool],
) -> None:
    """Every marked item of a list that `lead_in` (fullmatch) leads in to, when each of its items (one or
    more) is a unit's name (`names_unit`, at most `_LONGEST_NAME` characters) closed by a stop or followed
    by a short clause opening with no duty's verb (`opens_duty`), gets that name as its text and is
    marked `listed_unit`."""
    if lead_in is None:
        return
    for position, node in enumerate(nodes):
        if lead_in.fullmatch(node.text) is None:
            continue
        items = _items_after(nodes, position)
        names = [_bare_name(item.text, names_unit, opens_duty) for item in items]
        if len(items) < _LEAST_ITEMS or any(name is None for name in names):
            continue
        for item, name in zip(items, names, strict=True):
            item.text, item.listed_unit = name or item.text, True


def _items_after(nodes: list[Node], position: int) -> list[Node]:
    """The run of marked items of one list style right under a node (deeper than it when it is an item
    itself: "一、……設有以下的功能部門:" over "a. ……"), up to the first block of another list or none."""
    lead_in = nodes[position]
    items: list[Node] = []
    for node in nodes[position + 1 :]:
        if node.marker is None or (items and node.marker.style != items[0].marker.style):  # type: ignore[union-attr]
            break
        if (items and node.depth != items[0].depth) or (lead_in.marker is not None and node.depth <= lead_in.depth):
            break
        items.append(node)
    return items


def _bare_name(text: str, names_unit: Callable[[str], bool], opens_duty: Callable[[str], bool]) -> str | None:
    """The unit's name an item prints ("民政局。", "兒少福利組,分三科辦事。"), or None when it prints more."""
    match = _CLAUSE.match(_INNER_NUMBER.sub("", text.strip()))
    if match is None:
        return None
    name, clause = match.group("name").strip(), match.group("clause")
    # a name may open with a verb ("研究發展考核委員會"): the list says what it is; a long one is a sentence
    if len(name) > _LONGEST_NAME or not names_unit(name) or (clause is not None and opens_duty(clause.strip())):
        return None
    return name
