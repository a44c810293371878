"""Chinese duties: the role a duty's verb gives its unit, and a paragraph parted into its duties."""

from __future__ import annotations

import re

from orgkb.loaders.document import Role
from orgkb.loaders.roles.cues.zh_script import to_simplified

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
    """The duties of a unit's paragraph: its clauses, parted at ； and 。 (the marks kept off).

    >>> split_duties_zh("负责文电工作；负责档案管理。承担其他工作。")
    ['负责文电工作', '负责档案管理', '承担其他工作']
    """
    return [clause.strip(" ；;。") for clause in _CLAUSE_END.split(paragraph) if clause.strip(" ；;。")]
