"""Chinese paragraphs broken at a fixed width (a law site's copy of a regulation): each line but the
last runs to the width without ending its sentence, and the next line carries the same sentence on.
Such lines are joined into one block, keeping the first line as the evidence."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from orgkb.loaders.reading.lines.header import strip_metadata
from orgkb.loaders.reading.outline.markers import marker_of
from orgkb.loaders.reading.page import Block, BlockKind
from orgkb.ontology.script import HAN, HAN_CHARACTER

# A line this long (in characters) that ends no sentence is taken as broken at the page's width.
_WIDTH = 24
_ENDS = "。；;：:！？!?」』)）"
# A line ending in an enumeration comma or a comma has not ended its sentence at any width of a text
# line ("5、实施综合管理。对辖区内城市管理、人口管理、" over "社会管理等……"); a short one may be a list's label.
_OPEN_ENDS = "、，,"
_OPEN_WIDTH = 12
# What a carried-on line may open with: a Han character or the punctuation inside a sentence.
# A regulation's article, chapter or section opens anew ("第一条", "第 4 條", "第二章").
_ARTICLE = re.compile(r"^第\s*[一二三四五六七八九十百零〇\d]{1,5}\s*[条條章节節]")
_PUNCTUATION = re.compile(r"[、，,；;。：:（）()]")
_CARRIES_ON = re.compile(f"^[{HAN}、，,；;。]")
# A profile's row opens with its label, parted from its value by a colon or by spaces ("地址:……" over
# "联系方式:……", "业务单位：A、B" over "办公地址 ……"): a row under a row opens anew.
_ROW_LABEL = re.compile(rf"^[{HAN}]{{2,6}}(?:\s*[:：]|\s+\S)")


def join_wrapped_han(
    blocks: Iterable[Block],
    duty_start: re.Pattern[str],
    name_end: re.Pattern[str],
    heading: Callable[[str], object | None] = lambda text: None,
) -> Iterator[Block]:
    """Every block, a Han line broken at the width joined to the line that carries it on.

    A line carries the one above on when it follows with no blank line, opens with a Han character or
    a comma, bears no list marker or article number, and is no next duty (a duty's verb opening it and
    the line above), no name on its own line (no punctuation, ending in an organization's or unit's
    noun: `name_end`), no section's heading (`heading`: "主要职责" under a long title) and no line of
    the page's metadata (a date, a source); the line above is a text line of at least `_WIDTH`
    characters, mostly Han, that ends no sentence. Where the lines are of one length (a paragraph broken
    at a fixed width), a line opening with a duty's verb carries on too, and so does one after a blank
    line (the line above holding a sentence's punctuation).

    >>> verbs, names = re.compile("^负责"), re.compile("(?:局|科)$")
    >>> first = "区公所置区长，承市长之命，受市政府民政局局长之指导监督，综理区"
    >>> wrapped = [Block(1, first), Block(2, "政，并指挥所属员工。")]
    >>> [(block.line, block.text) for block in join_wrapped_han(wrapped, verbs, names)]
    [(1, '区公所置区长，承市长之命，受市政府民政局局长之指导监督，综理区政，并指挥所属员工。')]
    >>> title = [Block(1, "鹿城区卫生健康局职能配置、内设机构和人员编制规定"), Block(2, "主要职责")]
    >>> [block.text for block in join_wrapped_han(title, verbs, names, lambda text: text == "主要职责" or None)]
    ['鹿城区卫生健康局职能配置、内设机构和人员编制规定', '主要职责']
    >>> rows = [Block(1, "地址:青山市青山区人民路1号行政中心大楼5楼501室"), Block(2, "联系方式:0731-88000000")]
    >>> [block.text for block in join_wrapped_han(rows, verbs, names)]
    ['地址:青山市青山区人民路1号行政中心大楼5楼501室', '联系方式:0731-88000000']
    >>> spaced = [Block(1, "业务单位：办公室、规划科、监督检查科、政策研究室"), Block(2, "办公地址 鹿城区人民路1号")]
    >>> [block.text for block in join_wrapped_han(spaced, verbs, names)]
    ['业务单位：办公室、规划科、监督检查科、政策研究室', '办公地址 鹿城区人民路1号']
    >>> short = [Block(1, "民政课"), Block(2, "自治行政、选举")]
    >>> [block.text for block in join_wrapped_han(short, verbs, names)]
    ['民政课', '自治行政、选举']
    """
    pending: Block | None = None
    lengths: list[int] = []
    for block in blocks:
        if pending is not None and _carries_on(pending, block, duty_start, name_end, heading, lengths):
            pending = replace(pending, text=pending.text + block.text.strip())
            lengths.append(len(block.text.strip()))
            continue
        if pending is not None:
            yield pending
        pending = block
        lengths = [len(block.text.strip())]
    if pending is not None:
        yield pending


def _carries_on(
    above: Block,
    block: Block,
    duty_start: re.Pattern[str],
    name_end: re.Pattern[str],
    heading: Callable[[str], object | None],
    lengths: list[int] | None = None,
) -> bool:
    text = above.text.rstrip()
    lengths = lengths or [len(text)]
    last = lengths[-1]
    # a paragraph broken at a fixed width: the line above as long as the one before it
    fixed = len(lengths) >= 2 and abs(lengths[-1] - lengths[-2]) <= 1
    carried = block.text.strip()
    if block.gap and not (_PUNCTUATION.search(text) and (fixed or abs(len(carried) - last) <= max(2, last // 10))):
        return False
    if above.kind is not BlockKind.TEXT or block.kind is not BlockKind.TEXT:
        return False
    # a line ending inside a sentence's enumeration ("……城市管理、人口管理、") is broken whatever its width
    width = _OPEN_WIDTH if text[-1:] in _OPEN_ENDS else _WIDTH
    if last < width or text[-1] in _ENDS or len(HAN_CHARACTER.findall(text)) * 2 < len(text):
        return False
    if not _PUNCTUATION.search(carried) and name_end.search(carried):
        return False  # "揭阳市揭东区工业信息化和科技局" under a metadata line: a name, not a carried-on line
    # a line opening with a duty's verb under one that opened with one: the next duty of a list
    line_above = text[len(text) - last :]
    new_duty = bool(duty_start.match(carried)) and bool(duty_start.match(line_above)) and not fixed
    opens_anew = (
        marker_of(carried) is not None
        or bool(_ARTICLE.match(carried))
        or heading(carried) is not None
        or not strip_metadata(carried)  # "发布时间：2024-05-06  来源：本站" under a long title
        or bool(_ROW_LABEL.match(text) and _ROW_LABEL.match(carried))  # "地址:……" over "联系方式:……"
    )
    return bool(_CARRIES_ON.match(carried)) and not opens_anew and not new_duty
