from __future__ import annotations

import re

from orgkb.loaders.outline.wrapped_han import join_wrapped_han
from orgkb.loaders.page import Block, BlockKind

VERBS = re.compile(r"^(?:负责|指导|承担)")
NAMES = re.compile(r"(?:局|科|公所)$")
WIDE = "区公所置区长，承市长之命及市政府民政处处长之指导监督，综理区政，并"


def _texts(blocks: list[Block]) -> list[str]:
    return [block.text for block in join_wrapped_han(blocks, VERBS, NAMES)]


def test_a_line_broken_at_the_width_is_joined_to_the_line_carrying_it_on() -> None:
    blocks = [Block(4, WIDE), Block(5, "指挥监督所属员工。"), Block(6, "人口已达十五万人之区，得置副区长一人。")]
    joined = list(join_wrapped_han(blocks, VERBS, NAMES))
    assert [(block.line, block.text) for block in joined] == [
        (4, WIDE + "指挥监督所属员工。"),
        (6, "人口已达十五万人之区，得置副区长一人。"),
    ]


def test_what_starts_anew_is_not_joined() -> None:
    assert _texts([Block(1, WIDE), Block(2, "指挥监督所属员工。", gap=True)]) == [WIDE, "指挥监督所属员工。"]
    assert _texts([Block(1, WIDE), Block(2, "（二）社会课：社会救助。")]) == [WIDE, "（二）社会课：社会救助。"]
    assert _texts([Block(1, WIDE), Block(2, "第五条 本规定自发布之日起施行。")]) == [
        WIDE,
        "第五条 本规定自发布之日起施行。",
    ]
    assert _texts([Block(1, WIDE + "。"), Block(2, "其他事项。")]) == [WIDE + "。", "其他事项。"]
    assert _texts([Block(1, "短行"), Block(2, "其他事项。")]) == ["短行", "其他事项。"]
    assert _texts([Block(1, WIDE, kind=BlockKind.ROW), Block(2, "其他事项。")]) == [WIDE, "其他事项。"]


def test_a_next_duty_and_a_name_on_its_own_line_are_not_carried_on() -> None:
    duty = "负责机关文电、会务、机要、档案、信息、保密、信访和政务公开等工作"
    assert _texts([Block(1, duty), Block(2, "负责财务管理")]) == [duty, "负责财务管理"]
    metadata = "公开方式 主动公开 文号 某委办发〔二〇一九〕十六号文件附件之一"
    assert _texts([Block(1, metadata), Block(2, "某市某区工业信息化和科技局")]) == [
        metadata,
        "某市某区工业信息化和科技局",
    ]
