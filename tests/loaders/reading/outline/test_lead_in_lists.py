"""Lists a sentence leads in to: a set-up list's items read as the units' bare names; lines of units'
names that a sentence counting them leads in to are marked as listed units."""

from __future__ import annotations

import re

import pytest

from orgkb.loaders.reading.outline import outline_of
from orgkb.loaders.reading.outline.lead_in_lists import mark_counted_units, name_set_up_units
from orgkb.loaders.reading.page import Block

_LEAD_IN = re.compile(r".*设(?:有)?(?:下列|以下).*[:：]")


def _names(lines: list[str]) -> list[tuple[str, bool]]:
    nodes = outline_of(Block(number, line) for number, line in enumerate(lines, start=1))
    names_unit, opens_duty = lambda name: name.endswith(("局", "组", "室")), lambda text: text.startswith("负责")
    name_set_up_units(nodes, _LEAD_IN, names_unit, opens_duty)
    return [(node.text, node.listed_unit) for node in nodes]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # names closed by a full stop
        (
            ["市府设下列各局:", "一、民政局。", "二、财政局。"],
            [("市府设下列各局:", False), ("民政局", True), ("财政局", True)],
        ),
        # a clause that gives no duty after the name, a bullet before the list's own number
        (
            ["本署设下列组、室:", "- 一、长期照顾组,分三科办事。", "- 二、秘书室。"],
            [("本署设下列组、室:", False), ("长期照顾组", True), ("秘书室", True)],
        ),
        # an item giving a duty: the list is left whole
        (
            ["本署设下列组、室:", "一、长期照顾组,负责长期照顾。", "二、秘书室。"],
            [("本署设下列组、室:", False), ("长期照顾组,负责长期照顾。", False), ("秘书室。", False)],
        ),
        # units with their duties after a colon: left whole
        (
            ["本所设下列各课、室:", "一、民政课:一般民政等事项。", "二、秘书室:文书等事项。"],
            [("本所设下列各课、室:", False), ("民政课:一般民政等事项。", False), ("秘书室:文书等事项。", False)],
        ),
        # an item leading in to a deeper list: the list ends where the items return to its depth
        (
            ["一、辅助部门设有以下部门:", "a. 秘书室;", "b. 资料室。", "二、其他。"],
            [("辅助部门设有以下部门:", False), ("秘书室", True), ("资料室", True), ("其他。", False)],
        ),
        # one item set up is one unit
        (["市府设下列各局:", "一、民政局。"], [("市府设下列各局:", False), ("民政局", True)]),
        # no sentence setting units up
        (
            ["主要职责:", "一、民政局。", "二、财政局。"],
            [("主要职责:", False), ("民政局。", False), ("财政局。", False)],
        ),
    ],
)
def test_set_up_lists(lines: list[str], expected: list[tuple[str, bool]]) -> None:
    assert _names(lines) == expected


_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4}
_COUNT = re.compile(r"\b(one|two|three|four) departments?\b")


def _stated(text: str) -> int | None:
    found = _COUNT.search(text)
    return _COUNTS[found.group(1)] if found else None


def _name_like(text: str) -> bool:
    return len(text.split()) <= 6 and text[:1].isupper() and not text.endswith((".", ":"))


def _marked(lines: list[str]) -> list[bool]:
    nodes = outline_of(Block(number, line) for number, line in enumerate(lines, start=1))
    mark_counted_units(nodes, _stated, _name_like)
    return [node.listed_unit for node in nodes]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # as many unmarked names as the sentence counts
        (
            ["The three departments are:", "Finance", "Engineering Services", "Planning & Building", "Call us."],
            [False, True, True, True, False],
        ),
        # bulleted names
        (["Our two departments are:", "• Roads", "• Parks"], [False, True, True]),
        # one name fewer than counted: nothing is read
        (["The three departments are:", "Finance", "Engineering Services", "All of them report."], [False] * 4),
        # one name more than counted: nothing is read
        (["The two departments are:", "Finance", "Roads", "Parks"], [False] * 4),
        # no colon: the sentence leads in to nothing
        (["The two departments are busy", "Finance", "Roads"], [False] * 3),
        # a count of one is no list
        (["The one department is:", "Finance"], [False] * 2),
    ],
)
def test_names_a_count_leads_in_to(lines: list[str], expected: list[bool]) -> None:
    assert _marked(lines) == expected


def test_without_a_stated_count_nothing_is_marked() -> None:
    nodes = outline_of([Block(1, "The two departments are:"), Block(2, "Finance"), Block(3, "Roads")])
    mark_counted_units(nodes, None, _name_like)
    assert not any(node.listed_unit for node in nodes)


_PLURAL = re.compile(r"the following departments:$")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # no count: the run of names is the list
        (
            ["It has the following departments:", "Finance", "Roads", "Parks", "Call us."],
            [False, True, True, True, False],
        ),
        # one name is no list
        (["It has the following departments:", "Finance", "Call us."], [False, False, False]),
        # the lead-in names no units: nothing is read
        (["It has the following aims:", "Finance", "Roads"], [False, False, False]),
    ],
)
def test_names_a_plural_leads_in_to(lines: list[str], expected: list[bool]) -> None:
    nodes = outline_of(Block(number, line) for number, line in enumerate(lines, start=1))
    mark_counted_units(nodes, None, _name_like, _PLURAL)
    assert [node.listed_unit for node in nodes] == expected


def test_items_are_read_without_the_lists_punctuation_after_them() -> None:
    lines = ["The department has three departments namely:", "• Moorings;", "• Dredging; and", "• Quays."]
    nodes = outline_of(Block(number, line) for number, line in enumerate(lines, start=1))
    mark_counted_units(nodes, _stated, _name_like, bare=lambda text: text.rstrip(" ;.").removesuffix("; and"))
    # before: "Quays." ended in a stop and was no name, and the list no list of units
    assert [(node.text, node.listed_unit) for node in nodes[1:]] == [
        ("Moorings", True),
        ("Dredging", True),
        ("Quays", True),
    ]
