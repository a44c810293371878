"""The office a question asks inside of ("区民政局里哪个科负责低保?"): where to look, not what about.

A person who asks which section of a bureau handles something names the bureau: "区民政局里哪个科",
"归民政局哪个科", "找社會局哪一科", or "民政局的彩票公益金由哪个科管理". The bureau's words are no
part of the matter asked: read as the matter, "民政局" made a duty that mentions the bureau
("负责区民政局主管的……") outrank the one that says the matter ("低保"). The office itself still
scopes the question (`scope`), which reads the whole question.

The English form is the kind of office asked for: "Which council department deals with building
approvals?", "Which division does epidemiology?". "department", "division" and the level of
government before them ("council", "city", "county") say what kind of answer is wanted; read as
the matter, they made any duty that mentions "the council" or "each department" match.
"""

from __future__ import annotations

import re

from orgkb.ontology.script import simplified

# A unit asked for: "哪个科", "哪一科", "哪个股室", "哪一组", "哪个课".
_WHICH_UNIT = r"哪(?:个|一|個)?(?:科|股|处|處|室|组|組|课|課)"
# An office's name: no verb or mark that leads in to it (归, 由, 找, 向, 在 ...) inside it.
_OFFICE = r"[^\s，,。？?！!、：:；;和与及归由找向在要去的里是]{1,8}?(?:局|委员会|委|署|办公室|办|厅|公所|所)"
_BEFORE_THE_UNIT = re.compile(rf"(?P<office>{_OFFICE})(?:里面|里|的)?(?={_WHICH_UNIT})")
_OPENING = re.compile(rf"^(?P<office>{_OFFICE})的")
_ASKS_FOR_A_UNIT = re.compile(_WHICH_UNIT)
# "Which council department", "What city office", "which section of the bureau": the kind of office
# asked for, with any level of government named before it.
_LEVELS = r"council|city|county|district|municipal|municipality|borough|town|township|state|local|government|people's"
_KINDS = (
    r"departments?|divisions?|sections?|offices?|units?|teams?|bureaus?|agency|agencies|"
    r"committees?|branch|branches|body|bodies|authority|authorities"
)
_WHICH_KIND = re.compile(rf"\b(?:which|what)\s+(?:(?:{_LEVELS})\s+){{0,2}}(?:{_KINDS})\b", re.IGNORECASE)


def matter_part(question: str) -> str:
    """`question` without the office it asks inside of, when it asks which unit of that office;
    without the kind of office it asks for, when it asks "which department" (and the like).

    >>> matter_part("区民政局里哪个科负责低保?")
    '哪个科负责低保?'
    >>> matter_part("民政局的彩票公益金由哪个科管理?")
    '彩票公益金由哪个科管理?'
    >>> matter_part("谁负责信访局的工作?")
    '谁负责信访局的工作?'
    >>> matter_part("Which council department deals with building approvals?")
    'deals with building approvals?'
    """
    kind = _WHICH_KIND.search(question)
    if kind is not None:
        rest = (question[: kind.start()] + question[kind.end() :]).strip()
        return rest if any(char.isalnum() for char in rest) else question
    folded = simplified(question)
    if len(folded) != len(question) or not _ASKS_FOR_A_UNIT.search(folded):
        return question
    spans = [match.span() for match in _BEFORE_THE_UNIT.finditer(folded)]
    if (opening := _OPENING.match(folded)) is not None:
        spans.append(opening.span())
    if not spans:
        return question
    kept, at = [], 0
    for start, end in sorted(spans):
        kept.append(question[at:start])
        at = max(at, end)
    kept.append(question[at:])
    rest = "".join(kept)
    left = _ASKS_FOR_A_UNIT.sub("", simplified(rest)).strip(" ?？!！,，。")
    return rest if left else question  # nothing left but "哪个科": the office is what is asked
