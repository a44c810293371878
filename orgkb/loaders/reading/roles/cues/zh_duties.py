"""Chinese duties: the role a duty's verb gives its unit, and a paragraph parted into its duties."""

from __future__ import annotations

import re

from orgkb.loaders.document import Role
from orgkb.loaders.reading.roles.cues.zh_script import to_simplified

# Verbs, in simplified characters, and the role each gives; the first found near a duty's start decides.
_VERB_ROLES: tuple[tuple[str, Role], ...] = (
    ("牵头", Role.LEADS),
    ("主管", Role.LEADS),
    ("领导", Role.LEADS),
    ("统筹", Role.LEADS),
    ("负责", Role.RESPONSIBLE),
    ("综理", Role.RESPONSIBLE),
    ("主持", Role.RESPONSIBLE),
    ("协调", Role.COORDINATES),
    ("会同", Role.COORDINATES),
    ("联络", Role.COORDINATES),
    ("监督", Role.SUPERVISES),
    ("督促", Role.SUPERVISES),
    ("督查", Role.SUPERVISES),
    ("监察", Role.SUPERVISES),
    ("监管", Role.SUPERVISES),
    ("检查", Role.SUPERVISES),
    ("考核", Role.SUPERVISES),
    ("指导", Role.GUIDES),
    ("协助", Role.ASSISTS),
    ("配合", Role.ASSISTS),
    ("参与", Role.ASSISTS),
    ("参加", Role.ASSISTS),
    ("承办", Role.UNDERTAKES),
    ("承担", Role.UNDERTAKES),
)
_VERBS = re.compile("|".join(verb for verb, _ in _VERB_ROLES))
_ROLES = dict(_VERB_ROLES)
# How far into a duty its leading verb may stand ("积极配合……", "按照要求负责……").
_LEAD = 8
_CLAUSE_END = re.compile(r"(?<=[；;。])\s*")


def read_role_zh(text: str) -> Role:
    """The role a Chinese duty gives its unit, read from its leading verb (either script).

    >>> read_role_zh("负责机关文电工作").value, read_role_zh("協助有關部門做好救助").value
    ('responsible', 'assists')
    >>> read_role_zh("牵头协调全区应急工作").value, read_role_zh("编制年度计划").value
    ('leads', 'undertakes')
    """
    match = _VERBS.search(to_simplified(text.strip()[: _LEAD + 2]))
    if match is None or match.start() > _LEAD:
        return Role.UNDERTAKES
    return _ROLES[match.group()]


def split_duties_zh(paragraph: str) -> list[str]:
    """The duties of a unit's paragraph: its clauses, parted at ； and 。 (the marks kept off); or,
    when the paragraph numbers them inline (`（一）……；（二）……`), its numbered items, the sentence
    leading in to them ("主要职责是：") left out.

    >>> split_duties_zh("负责文电工作；负责档案管理。承担其他工作。")
    ['负责文电工作', '负责档案管理', '承担其他工作']
    >>> split_duties_zh("本局是区政府工作部门。主要职责是：（一）负责规划，编制计划；（二）负责统计。")
    ['负责规划，编制计划', '负责统计']
    >>> split_duties_zh("一是负责党建工作；二是协助征兵工作。")
    ['负责党建工作', '协助征兵工作']
    """
    if (items := _inline_items(paragraph)) is not None:
        return items
    clauses = [clause.strip(" ；;。") for clause in _CLAUSE_END.split(paragraph) if clause.strip(" ；;。")]
    counted = [_COUNTED.match(clause) for clause in clauses]
    if len(clauses) >= 2 and all(
        match is not None and match.group(1) == _NUMERALS[index % len(_NUMERALS)] for index, match in enumerate(counted)
    ):
        return [clause[match.end() :] for clause, match in zip(clauses, counted, strict=True) if match is not None]
    return clauses


# "一是负责……；二是负责……": clauses counted in words
_COUNTED = re.compile(r"^([一二三四五六七八九十])是(?=\S)")


_INLINE_MARK = re.compile(r"[（(]([一二三四五六七八九十]{1,3})[）)]")
_NUMERALS = "一二三四五六七八九十"


def _inline_items(paragraph: str) -> list[str] | None:
    """The items of a paragraph numbered inline from （一） in order, or None; a lead-in before the
    first (ending in a colon) is left out, other text before it is kept as clauses."""
    marks = [mark for mark in _INLINE_MARK.finditer(paragraph) if mark.group(1) in _NUMERALS]
    expected = [mark for index, mark in enumerate(marks) if mark.group(1) == _NUMERALS[index % len(_NUMERALS)]]
    if len(marks) < 2 or len(expected) != len(marks) or len(marks) > len(_NUMERALS):
        return None
    head = paragraph[: marks[0].start()].strip()
    bounds = [mark.end() for mark in marks] + [len(paragraph)]
    items = [
        paragraph[start : marks[index + 1].start() if index + 1 < len(marks) else bounds[-1]]
        for index, start in enumerate(bounds[:-1])
    ]
    kept = [] if not head or head.endswith(("：", ":")) else [head]
    return [text.strip(" ；;。") for text in [*kept, *items] if text.strip(" ；;。")]
