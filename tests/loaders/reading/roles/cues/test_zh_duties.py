"""A Chinese duty's role from its verb, and a unit's paragraph parted into duties."""

from __future__ import annotations

import pytest

from orgkb.loaders.document import Role
from orgkb.loaders.reading.roles.cues.zh_duties import read_role_zh, split_duties_zh


@pytest.mark.parametrize(
    ("duty", "role"),
    [
        ("负责机关文电、会务工作", Role.RESPONSIBLE),
        ("牵头组织全区应急演练", Role.LEADS),
        ("协调有关部门做好防汛工作", Role.COORDINATES),
        ("监督检查各单位落实情况", Role.SUPERVISES),
        ("督促各部门办理建议提案", Role.SUPERVISES),
        ("指导社区居委会开展自治", Role.GUIDES),
        ("协助上级部门做好征兵工作", Role.ASSISTS),
        ("配合做好城市管理工作", Role.ASSISTS),
        ("承办区政府交办的其他事项", Role.UNDERTAKES),
        ("编制年度工作计划", Role.UNDERTAKES),  # no verb of a role: it undertakes
        ("負責街道社會治安綜合治理", Role.RESPONSIBLE),  # traditional characters
        ("按照要求负责档案管理", Role.RESPONSIBLE),  # the verb a few characters in
        ("做好区政府大事记录和监督工作", Role.UNDERTAKES),  # a verb deep in the duty decides nothing
    ],
)
def test_the_role_of_a_duty(duty: str, role: Role) -> None:
    assert read_role_zh(duty) is role


@pytest.mark.parametrize(
    ("paragraph", "duties"),
    [
        ("负责文电工作；负责档案管理；承担保密工作。", ["负责文电工作", "负责档案管理", "承担保密工作"]),
        ("负责文电工作;负责档案管理", ["负责文电工作", "负责档案管理"]),  # half-width semicolons
        ("负责文电、会务、机要工作。", ["负责文电、会务、机要工作"]),  # enumeration commas keep one duty
        ("组织编制应急预案。承担应急值守工作。", ["组织编制应急预案", "承担应急值守工作"]),
    ],
)
def test_a_paragraph_is_parted_at_semicolons_and_full_stops(paragraph: str, duties: list[str]) -> None:
    assert split_duties_zh(paragraph) == duties
