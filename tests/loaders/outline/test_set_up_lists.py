"""A list that a sentence setting up units leads in to: its items read as the units' bare names."""

from __future__ import annotations

import re

import pytest

from orgkb.loaders.outline import outline_of
from orgkb.loaders.outline.set_up_lists import name_set_up_units
from orgkb.loaders.page import Block

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
