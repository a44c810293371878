"""Split a unit's paragraph into its duties and read each duty's role from its verb."""

from __future__ import annotations

import re

from orgkb.loaders.document import Role

_RESPONSIBLE = re.compile(
    r"^(?:the [\w-]+ (?:is|are) |(?:be|is|are) )?(?:responsible for|in charge of|charged with)\b",
    re.IGNORECASE,
)
# The first of these verbs among a duty's first words decides its role.
_VERB_ROLES: dict[str, Role] = {
    **dict.fromkeys(["assist", "help", "cooperate", "participate", "support", "serve", "share"], Role.ASSISTS),
    **dict.fromkeys(["lead", "direct", "preside", "plan"], Role.LEADS),
    **dict.fromkeys(["coordinate", "liaise", "liaison", "communicate"], Role.COORDINATES),
    **dict.fromkeys(
        ["supervise", "supervision", "inspect", "check", "examine", "audit", "track", "urge", "oversee", "review"],
        Role.SUPERVISES,
    ),
    **dict.fromkeys(["guide", "guidance", "instruct"], Role.GUIDES),
}


def _base_verb(word: str) -> str:
    for suffix, replacement in (("ing", "e"), ("ing", ""), ("es", "e"), ("s", ""), ("", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            candidate = word[: len(word) - len(suffix)] + replacement if suffix else word
            if candidate in _VERB_ROLES:
                return candidate
    return word


# -ing words that are nouns, not the verb of a new item in an "including:" list.
_ING_NOUNS = frozenset(
    [
        "building",
        "training",
        "planning",
        "housing",
        "funding",
        "meeting",
        "meetings",
        "hearing",
        "setting",
        "offering",
        "accounting",
        "landing",
        "pricing",
        "marketing",
        "engineering",
        "financing",
        "nursing",
        "wedding",
        "clothing",
        "lodging",
        "dwelling",
        "sibling",
        "spring",
        "string",
        "king",
        "thing",
        "nothing",
        "something",
        "everything",
        "anything",
        "morning",
        "evening",
        "during",
        "according",
    ]
)
_LEADING_TO = re.compile(r"^to\s+", re.IGNORECASE)
_LOWER_WORD = re.compile(r"[a-z]+")
_GERUND_BOUNDARY = re.compile(r",\s*(?:and\s+|as well as\s+)?(?=([a-z]+ing)\b\s+[A-Za-z\"'(])")
_INCLUDING = re.compile(r",?\s*\bincluding\s*:\s*|,?\s*\bincluding\s+(?=[a-z]+ing\b)")


def read_role(text: str) -> Role:
    """The role a duty gives its unit, read from its leading verb.

    >>> read_role("Be responsible for the reception of foreign guests").value
    'responsible'
    >>> read_role("Supervise and assist the functional departments").value
    'supervises'
    >>> read_role("Draft and review the documents").value
    'undertakes'
    """
    lead = _LEADING_TO.sub("", text.strip().lstrip("-•·(").strip())
    if _RESPONSIBLE.search(lead):
        return Role.RESPONSIBLE
    # The first word that is no adverb ("Actively promote ...") is the verb.
    for match in _LOWER_WORD.finditer(lead.lower()):
        if not match.group().endswith("ly"):
            return _VERB_ROLES.get(_base_verb(match.group()), Role.UNDERTAKES)
    return Role.UNDERTAKES


def _split_items(listing: str) -> list[str]:
    items: list[str] = []
    start = 0
    for match in _GERUND_BOUNDARY.finditer(listing):
        if match.group(1).lower() in _ING_NOUNS:
            continue
        items.append(listing[start : match.start()])
        start = match.end()
    items.append(listing[start:])
    return [item.strip(" ,.;") for item in items if item.strip(" ,.;")]


def split_paragraph(paragraph: str) -> list[str]:
    """The duties of a paragraph: clauses split at semicolons and at the items of "including:" lists.

    >>> split_paragraph("Be responsible for a, including: doing b, and organizing c.")
    ['Be responsible for a', 'doing b', 'organizing c']
    """
    duties: list[str] = []
    for clause in re.split(r";\s*", paragraph):
        clause = clause.strip(" .;")
        if not clause:
            continue
        head, found, listing = _partition_including(clause)
        if not found:
            duties.append(clause)
            continue
        if head.strip(" ,"):
            duties.append(head.strip(" ,"))
        duties.extend(_split_items(listing))
    return duties


def _partition_including(clause: str) -> tuple[str, bool, str]:
    match = _INCLUDING.search(clause)
    if match is None:
        return clause, False, ""
    return clause[: match.start()], True, clause[match.end() :]
