"""Lists of units' names that a sentence leads in to, their items marked `listed_unit`.

Read as printed, the first name of such a list becomes a unit and the others its duties, or a stop
makes each name a sentence. A sentence ending in a colon says the items are units in one of two ways,
and one walk reads both:
- it sets them up (`name_set_up_units`): "市府設下列各局、處、委員會:" over "一、民政局。" "二、財政局。", or
  "本署設下列組、室:" over "一、婦女福利及企劃組,分三科辦事。". Every item must print a unit's name alone,
  closed by a stop or followed by a clause that gives no duty (how many sections it has), and its text
  becomes that name (its line stays its evidence); one item is one unit. A list whose items give the
  units' duties ("一、民政課:一般民政……") is left whole: its units are read with their duties.
- it counts them, or names them by their plural (`mark_counted_units`): "The four departments are:"
  over "Corporate Services & Finance", "Engineering Services", ...: the name-like lines that open the
  list, exactly as many as it counts (or two or more under "made up of the following teams:"), keep
  their text. A count the lines do not match reads nothing: the lines may be something else.
The list is the run of nodes of one list style (or none) and one depth after the sentence, deeper than
it when it is an item itself ("一、……設有以下的功能部門:" over "a. ……"). Nothing here knows a language's
words: the caller gives the language's lead-in or count, what names a unit and what opens a duty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from orgkb.loaders.reading.outline.tree import Node

_UNCOUNTED = -1  # the sentence says the items are units, not how many: the list says it
_LONGEST_NAME = 16  # characters of a set-up unit's name
# a list's own number after its bullet ("- 一、長期照顧組"), which the outline leaves in the text
_INNER_NUMBER = re.compile(r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[、.．])\s*")
_CLAUSE = re.compile(r"^(?P<name>[^,，:：;；。]+?)(?:[,，](?P<clause>[^,，:：;；。]{1,16}))?[。.;；]?$")


def name_set_up_units(
    nodes: list[Node],
    lead_in: re.Pattern[str] | None,
    names_unit: Callable[[str], bool],
    opens_duty: Callable[[str], bool],
) -> None:
    """Every item of a list that `lead_in` (fullmatch) leads in to, when each (one or more) is marked and
    prints a unit's name (`names_unit`, at most `_LONGEST_NAME` characters) closed by a stop or followed
    by a short clause opening with no duty's verb (`opens_duty`), gets that name and `listed_unit`."""
    if lead_in is not None:
        sets_up = lead_in.fullmatch
        name = partial(_bare_name, names_unit=names_unit, opens_duty=opens_duty)
        _mark(nodes, lambda text: _UNCOUNTED if sets_up(text) else None, name, least=1, every_item=True)


def mark_counted_units(
    nodes: list[Node],
    stated_count: Callable[[str], int | None] | None,
    name_like: Callable[[str], bool],
    plural_lead_in: re.Pattern[str] | None = None,
    bare: Callable[[str], str] = lambda text: text,
) -> None:
    """The name-like nodes (`name_like`) opening a list that a sentence counts (`stated_count`, two or
    more) are marked `listed_unit` when they are exactly that many; so are two or more under a sentence
    naming them by their plural with no count (`plural_lead_in`, search: "made up of the following teams:").
    An item is read without the list's punctuation after it (`bare`: "Valuation Services; and")."""

    def count(text: str) -> int | None:
        stated = stated_count(text.rstrip(" :：")) if stated_count is not None else None
        plural = stated is None and plural_lead_in is not None and plural_lead_in.search(text.rstrip())
        return _UNCOUNTED if plural else stated

    def name_of(node: Node) -> str | None:
        name = bare(node.text)
        return name if name_like(name) else None

    _mark(nodes, count, name_of, least=2, every_item=False)


def _mark(
    nodes: list[Node],
    announced: Callable[[str], int | None],
    name_of: Callable[[Node], str | None],
    least: int,
    every_item: bool,
) -> None:
    """Marks the names opening each list that a node ending in a colon announces as units (`announced`: how
    many, `_UNCOUNTED`, None for none), when they are that many (at least `least`) and, if `every_item`,
    the whole list; each item's text becomes its name (`name_of`: None when the item prints more)."""
    for position, node in enumerate(nodes):
        following = nodes[position + 1 : position + 2]
        count = announced(node.text) if node.text.rstrip().endswith((":", "：")) else None
        if count is None or any(item.listed_unit for item in following):
            continue
        items = _list_after(nodes, position)
        names = [name_of(item) for item in items]
        if None in names:
            if every_item:
                continue
            names = names[: names.index(None)]
        if len(names) < least or count not in (_UNCOUNTED, len(names)):
            continue
        for item, name in zip(items, names, strict=False):
            item.text, item.listed_unit = name or item.text, True


def _list_after(nodes: list[Node], position: int) -> list[Node]:
    """The run of nodes of one list style (or none) and one depth right under a node (deeper than it
    when it is an item itself)."""
    lead_in = nodes[position]
    items: list[Node] = []
    for node in nodes[position + 1 :]:
        style = node.marker.style if node.marker is not None else None
        if items and (style != (items[0].marker.style if items[0].marker else None) or node.depth != items[0].depth):
            break
        if lead_in.marker is not None and node.depth <= lead_in.depth:
            break
        items.append(node)
    return items


def _bare_name(node: Node, names_unit: Callable[[str], bool], opens_duty: Callable[[str], bool]) -> str | None:
    """The unit's name a marked item prints ("民政局。", "兒少福利組,分三科辦事。"), or None when it prints more."""
    match = _CLAUSE.match(_INNER_NUMBER.sub("", node.text.strip())) if node.marker is not None else None
    if match is None:
        return None
    name, clause = match.group("name").strip(), match.group("clause")
    # a name may open with a verb ("研究發展考核委員會"): the list says what it is; a long one is a sentence
    if len(name) > _LONGEST_NAME or not names_unit(name) or (clause is not None and opens_duty(clause.strip())):
        return None
    return name
