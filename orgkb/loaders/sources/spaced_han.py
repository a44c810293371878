"""Chinese printed with a space between every character ("政 府 新 闻 处"), read as it is written.

Some pages (old yearbooks, copies of PDFs) set a space after every Han character. Read as printed,
no name, place word or sentence of theirs is found: "香 港" is no place. A line is spaced when
most of its neighbouring Han characters are parted by one space and few touch; its spaces between
two Han characters (or a Han character and Chinese punctuation) are then taken out, as the page
means them. A line of ordinary Chinese keeps its spaces ("办公地址 鹿城区人民路1号": a label and
its value), and so does any line that is not Chinese.
"""

from __future__ import annotations

import re

from orgkb.ontology.script import HAN

# Chinese punctuation that a spaced line spaces too: 、。，；：！？“”‘’（）《》【】 and the full-width forms.
_CJK_MARK = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\u201c\u201d\u2018\u2019\u2236"
_CJK = f"[{HAN}{_CJK_MARK}]"
_TOUCHING = re.compile(f"(?=[{HAN}][{HAN}])")
_PARTED = re.compile(f"(?=[{HAN}] [{HAN}])")
_SPACE_BETWEEN = re.compile(f"(?<={_CJK}) +(?={_CJK})")
_MIN_PARTED = 2  # "政 府 新 闻 处" has four; two spaced pairs may be a table's cells
_SHARE = 0.8  # of the neighbouring Han pairs, parted by a space


def is_spaced_han(line: str) -> bool:
    """Whether a line is Chinese set with a space between its characters.

    >>> is_spaced_han("政 府 新 闻 处"), is_spaced_han("办公地址 鹿城区人民路1号"), is_spaced_han("Tel 2842 8777")
    (True, False, False)
    """
    parted = len(_PARTED.findall(line))
    if parted < _MIN_PARTED:
        return False
    touching = len(_TOUCHING.findall(line))
    return parted >= _SHARE * (parted + touching)


def join_spaced_han(line: str) -> str:
    """The line without the spaces between its Chinese characters when it is spaced (`is_spaced_han`),
    else the line as it is.

    >>> join_spaced_han("该 处 有 员 工 536 人 , 新 闻 职 系 人 员 占 328 人 。")
    '该处有员工 536 人 , 新闻职系人员占 328 人。'
    >>> join_spaced_han("地址 香港 中环")
    '地址 香港 中环'
    """
    return _SPACE_BETWEEN.sub("", line) if is_spaced_han(line) else line
