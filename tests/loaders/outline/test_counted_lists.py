"""Lines of units' names that a sentence counting them leads in to are marked as listed units."""

from __future__ import annotations

import re

import pytest

from orgkb.loaders.outline import outline_of
from orgkb.loaders.outline.counted_lists import mark_counted_units
from orgkb.loaders.page import Block

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
