"""An unmarked paragraph of the organization's parted before each sentence whose subject is a body.

A page that writes its duties as prose counts them by sentences that each state a task
(benchmarks/data/real/README.md, "duty_count"). "The Town Council manages the estates. The Town Council
also initiates upgrading projects." is two duties; "The department is responsible for the roads. Works
include road realignment ..." is one (the second sentence says more of the first). A sentence that opens
with a body as its subject and its verb (the language's `Cues.body_subject`) states a task of its own;
any other sentence stays with the one before it.
"""

from __future__ import annotations

import re

# Where a sentence of Latin script starts: after a full stop, a question or exclamation mark and a space.
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def part_at_subjects(paragraph: str, body_subject: re.Pattern[str] | None, name: str = "") -> list[str]:
    """The paragraph's parts, each from a sentence whose subject is a body to the next such sentence; a
    subject qualified by capitalized words (the pattern's groups `qualifier` and `noun`) must be the end of
    `name`, the organization's ("The Town Council" of "Marine Town Council"; not "The Equipment Rental
    Division", another body).

    >>> subject = re.compile(r"The (?P<qualifier>(?:[A-Z]\\w+ )*)(?P<noun>department|Council)\\s+[a-z]+s\\b")
    >>> part_at_subjects("The department issues licences. All openings need one. The Council grits roads.", subject)
    ['The department issues licences. All openings need one.', 'The Council grits roads.']
    >>> part_at_subjects("It grits roads. The Roads Council meets.", subject, "Lakeside Council")
    ['It grits roads. The Roads Council meets.']
    """
    if body_subject is None:
        return [paragraph]
    starts = [match.end() for match in _SENTENCE_START.finditer(paragraph)]
    cuts = [start for start in starts if _names_the_body(body_subject.match(paragraph, start), name)]
    if not cuts:
        return [paragraph]
    bounds = [0, *cuts, len(paragraph)]
    parts = [paragraph[start:end].strip() for start, end in zip(bounds, bounds[1:], strict=False)]
    return [part for part in parts if part]


def _names_the_body(match: re.Match[str] | None, name: str) -> bool:
    if match is None:
        return False
    found = match.groupdict()
    qualifier = (found.get("qualifier") or "").strip()
    if not qualifier:
        return True  # "The department", "This bureau", "It"
    return name.casefold().endswith(f"{qualifier} {found.get('noun') or ''}".casefold())
