from __future__ import annotations

import re

from orgkb.loaders.reading.outline.wrapped_han import join_wrapped_han
from orgkb.loaders.reading.page import Block, BlockKind

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


def test_a_line_ending_in_an_enumerations_comma_is_carried_on_below_the_width() -> None:
    broken = "5、推进综合治理。对辖区内市容管理、人口管理、"  # 23 characters: short of the width
    carried = "社会治安等综合性工作,承担组织协调职能。"
    assert _texts([Block(7, broken), Block(8, carried)]) == [broken + carried]
    assert _texts([Block(7, broken.replace("、", "，", 2)[:-1] + "，"), Block(8, carried)]) == [
        broken.replace("、", "，", 2)[:-1] + "，" + carried
    ]
    # the next item, a blank line, a short label: no carrying on
    assert _texts([Block(7, broken), Block(8, "6、监督专业管理。")]) == [broken, "6、监督专业管理。"]
    assert _texts([Block(7, broken), Block(8, carried, gap=True)]) == [broken, carried]
    assert _texts([Block(1, "办公室、"), Block(2, "财务科")]) == ["办公室、", "财务科"]


# A paragraph hard-wrapped at one width, broken inside its words (a chorography's or a budget's copy).
FIXED = [
    "青河县编制办公室主要职责是:负责全县机构编制管理工作;研究拟定全县",
    "机构编制管理政策并监督实施。负责全县机关和事业单位机构编制总量管",
    "理;指导全县机构改革工作;负责全县机关事业单位机构编制实名制管理。",
]


def test_a_paragraph_wrapped_at_a_fixed_width_is_joined_whatever_its_lines_open_with() -> None:
    # lines opening with a duty's verb under a paragraph that opened with one, and under a line that opened
    # with one: still the same paragraph, as the lines above them are of one length (before, each was read
    # as the next duty)
    lines = [
        "负责全县机构编制管理工作;研究拟定全县机构编制管理政策并监督实施,推",
        "进机构改革工作。会同有关部门健全完善机构编制与财政预算相结合的管理",
        "负责全县机关和事业单位机构编制总量管理;拟定全县行政编制分配、调整",
        "指导全县机关事业单位机构编制实名制管理工作;承担其他事项。",
    ]
    assert _texts([Block(number, text) for number, text in enumerate(lines, start=1)]) == ["".join(lines)]
    # two lines, each a duty opening with its verb: a list, not a paragraph
    duties = ["负责全县机关和事业单位机构编制总量管理和实名制管理工作", "指导全县行政管理体制改革和机构改革工作"]
    assert _texts([Block(1, duties[0]), Block(2, duties[1])]) == duties


def test_a_paragraph_wrapped_at_a_fixed_width_with_blank_lines_between_is_joined() -> None:
    blocks = [Block(number, text, gap=number > 1) for number, text in enumerate(FIXED, start=1)]
    assert _texts(blocks) == ["".join(FIXED)]
    # a title of the width over a paragraph after a blank line: no sentence is broken
    title = "青河县编制委员会办公室二〇二四年部门预算公开说明及其他事项说明材料"
    assert _texts([Block(1, title), Block(2, FIXED[0], gap=True)]) == [title, FIXED[0]]
    # a short paragraph after a blank line is a paragraph of its own
    assert _texts([Block(1, FIXED[0]), Block(2, "负责其他工作。", gap=True)]) == [FIXED[0], "负责其他工作。"]
