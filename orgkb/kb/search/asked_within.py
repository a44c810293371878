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

An English question names the office it asks inside of too: "Which department of the Harbourview
police handles national security?", "Which Ashdown Shire directorate looks after roads?", "Who
looks after roads in Ashdown Shire Council?". Such an office is a run of the question's words
that one organization's names hold every one of (`names`, the who-handles index), at least two of
them and one that is not a word any office's name may hold ("district office" names none in
particular): after the kind asked for and "of", between "which" and the kind, or after "in", "at"
or "within" at the end of the question, ending in a word for an office. Read as the matter,
"Harbourview police" made the force's own duty and name answer before its National Security
Department, whose name says what was asked. The organizations holding it are where the question
asks (`scope.scopes`): their units come first, as for "in Shipai".
"""

from __future__ import annotations

import re
from typing import Protocol

import numpy as np

from orgkb.kb.search.columns import StringPostings
from orgkb.kb.search.text import terms
from orgkb.ontology.script import has_chinese, simplified

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
    r"committees?|branch|branches|body|bodies|authority|authorities|parts?|directorates?|stations?"
)
_WHICH_KIND = re.compile(rf"\b(?:which|what)\s+(?:(?:{_LEVELS})\s+){{0,2}}(?:{_KINDS})\b", re.IGNORECASE)
_KIND = re.compile(rf"(?:{_KINDS})$", re.IGNORECASE)
# A level of government in an office of no name in particular ("the shire council"); "shire" is
# no `_LEVELS` word, so that "Which directorate of the shire council" still finds Ashdown Shire Council.
_LEVEL = re.compile(rf"{_LEVELS}|shire", re.IGNORECASE)
# An office's name ends in a word for an office: "in Beijing's planning commission", not "in public parks".
_OFFICE_NOUNS = rf"{_KINDS}|councils?|commissions?|governments?|ministry|ministries|administration|boards?|police|force"
_OFFICE_NOUN = re.compile(rf"(?:{_OFFICE_NOUNS})$", re.IGNORECASE)
# Words any office's name may hold: a run of them alone ("the district office") names no office in particular.
_GENERIC = re.compile(rf"(?:{_LEVELS}|general|{_OFFICE_NOUNS})(?:['’]s)?$", re.IGNORECASE)
_WHICH = re.compile(r"\b(?:which|what)\s+", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
_INSIDE = re.compile(r"\s+(?:in|at|within|inside)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s$")
_ARTICLE = re.compile(r"(?:the|a|an|its|their|our|your)\s+", re.IGNORECASE)
_BEFORE_A_MARK = re.compile(r"\s+([?？.!！,;])")
_END = re.compile(r"[\s?？.!！]*$")
_NO_OWNERS = np.zeros(0, dtype=np.int32)
FEWEST_NAME_TERMS = 2  # an office's run holds at least this many words of a name: one ("police") may be the matter's


class Names(Protocol):
    """What finding an office named in a question needs of the who-handles index (`search.index`)."""

    @property
    def term_owners(self) -> StringPostings: ...


def matter_part(question: str, names: Names | None = None) -> str:
    """`question` without the office it asks inside of, when it asks which unit of that office;
    without the kind of office it asks for, when it asks "which department" (and the like). An
    English office is found only by `names` (the who-handles index): the organizations' names.

    >>> matter_part("区民政局里哪个科负责低保?")
    '哪个科负责低保?'
    >>> matter_part("民政局的彩票公益金由哪个科管理?")
    '彩票公益金由哪个科管理?'
    >>> matter_part("谁负责信访局的工作?")
    '谁负责信访局的工作?'
    >>> matter_part("Which council department deals with building approvals?")
    'deals with building approvals?'
    """
    if _asks_in_english(question):
        return _english_matter_part(question, names)[0]
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


def asked_within(question: str, names: Names) -> tuple[str, frozenset[int]]:
    """`matter_part(question, names)`, and the organizations whose names hold every word of an
    English office it asks inside of (none for a Chinese question): where the answer lies."""
    if _asks_in_english(question):
        return _english_matter_part(question, names)
    return matter_part(question), frozenset()


def _asks_in_english(question: str) -> bool:
    """Whether the office or the kind of office asked for is read the English way: a question with
    no Chinese, or one that asks "which department" (and the like) among Chinese words."""
    return not has_chinese(question) or _WHICH_KIND.search(question) is not None


def _english_matter_part(question: str, names: Names | None) -> tuple[str, frozenset[int]]:
    """`question` less the kind of office asked for and the office it names as where to look, and
    the organizations whose names hold that office's words."""
    spans: list[tuple[int, int]] = []
    offices: set[int] = set()
    kind = _WHICH_KIND.search(question)
    if kind is not None:
        spans.append(kind.span())
    for start, found in _offices_named(question, names, kind):
        spans.append((start, found[0]))
        offices |= found[1]
    if not spans:
        return question, frozenset()
    kept, at = [], 0
    for start, end in sorted(spans):
        kept.append(question[at:start])
        at = max(at, end)
    kept.append(question[at:])
    rest = _BEFORE_A_MARK.sub(r"\1", " ".join(part.strip() for part in kept if part.strip()))
    if not terms(rest):  # nothing left but the office and words that say nothing: it is what is asked
        return question, frozenset()
    return rest, frozenset(offices)


def _offices_named(
    question: str, names: Names | None, kind: re.Match[str] | None
) -> list[tuple[int, tuple[int, set[int]]]]:
    """Where each office the question asks inside of starts, with what `_office` found of it: after
    the kind asked for and "of" ("which department of the Harbourview police"), between "which"
    and the kind ("which Ashdown Shire directorate"), or after "in", "at" or "within" at the end
    of the question, ending in a word for an office ("in Ashdown Shire Council?")."""
    if names is None:
        return []
    found: list[tuple[int, tuple[int, set[int]]]] = []
    if kind is not None:
        of = _OF.match(question, kind.end())
        office = _office(question, of.end(), names) if of is not None else None
        if of is not None and office is None:  # "of the shire council": where, though no name says which
            office = _any_office(question, of.end())
        if of is not None and office is not None:
            found.append((of.start(), office))
    elif (which := _WHICH.search(question)) is not None:
        office = _office(question, which.end(), names, before_kind=True)
        if office is not None:
            found.append((which.start(), office))
    for inside in _INSIDE.finditer(question):
        office = _office(question, inside.end(), names)
        if office is not None and _ends_in_an_office(question, office[0]):
            found.append((inside.start(), office))
    return found


def _ends_in_an_office(question: str, end: int) -> bool:
    """Whether the question ends at `end` (but for its marks) with a word for an office."""
    return (
        _END.fullmatch(question, end) is not None
        and _OFFICE_NOUN.match(_WORD.findall(question, 0, end)[-1]) is not None
    )


def _any_office(question: str, start: int) -> tuple[int, set[int]] | None:
    """The run of words from `start` that says an office of no name in particular ("the shire
    council", "the county government"): words any office's name may hold, one of them a level of
    government, the last a word for an office; where it ends, with no organization (the question
    does not say which). "the police" is no such run: "police" may be the matter's word."""
    if (article := _ARTICLE.match(question, start)) is not None:
        start = article.end()
    end, at, level = None, start, False
    for word in _WORD.finditer(question, start):
        bare = _POSSESSIVE.sub("", word.group())
        if question[at : word.start()].strip() or (_GENERIC.match(bare) is None and _LEVEL.fullmatch(bare) is None):
            break
        at, level = word.end(), level or _LEVEL.fullmatch(bare) is not None
        if level and _OFFICE_NOUN.match(bare) is not None:
            end = at
    return (end, set()) if end is not None else None


def _office(question: str, start: int, names: Names, before_kind: bool = False) -> tuple[int, set[int]] | None:
    """The run of words from `start` that one organization's names hold every one of: where it ends
    and the organizations whose names hold it, when it holds at least `FEWEST_NAME_TERMS` words of
    a name; words that are no terms ("of", "the") may stand inside it. `before_kind`: the run must
    be followed by a kind of office ("Moira Shire directorate"), where it then ends; a kind its
    names hold ("general office section") is in it."""
    if (article := _ARTICLE.match(question, start)) is not None:
        start = article.end()
    owners: np.ndarray | None = None  # the organizations whose names hold every word so far, in order
    held, end, kind_end, holding, particular = 0, 0, None, _NO_OWNERS, False
    for word in _WORD.finditer(question, start):
        if before_kind and _KIND.match(word.group()) is not None:
            kind_end = word.end()
        found = terms(word.group())
        if not found:
            if owners is None or not word.group().isalpha():  # a run starts with a word of a name
                break
            continue
        for term in found:  # postings intersected as arrays: a word such as "council" is in thousands of names
            within = names.term_owners.get(term, _NO_OWNERS)
            owners = within if owners is None else np.intersect1d(owners, within, assume_unique=True)
        if owners is None or not owners.size:
            break
        held, end, holding = held + len(found), word.end(), owners
        particular = particular or not _GENERIC.match(word.group())
        if question[word.end() : word.end() + 1] in (",", ";", "?", "？"):
            break
    if held < FEWEST_NAME_TERMS or not particular or (before_kind and kind_end is None):
        return None
    return (kind_end if before_kind and kind_end is not None else end), set(holding.tolist())
