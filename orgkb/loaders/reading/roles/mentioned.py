"""The organization's name where no block gives it: a name printed inside the page's text.

Some pages open on their duties and print their organization's name only inside a duty ("... in the
name of the General Office of X Municipal Government"). Every organization-like phrase of the text
(the language's `Cues.organization_phrase`) is a candidate, scored from general evidence: a place
word in it, how often it is printed, and how it relates to the other candidates: a name whose
complement is another, often printed, candidate ("General Office of X Government") is an office of
that one, and the one printed as the complement of another is its parent, not the page's subject.
The best candidate is a guess: it comes with a confidence, and the reader warns of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from orgkb.loaders.reading.roles.cues import Cues

# The score at which a mentioned name is as sure as a printed title; below it the confidence says how sure.
_SURE = 6.0
# The least score a candidate needs to be taken at all: an organization noun and one more piece of evidence.
_LEAST = 2.0


@dataclass(frozen=True)
class Mention:
    """A name printed inside the text, the line it is printed on, and how sure the guess is (0..1)."""

    name: str
    line: int
    confidence: float


def mentioned_name(texts: list[tuple[int, str]], cues: Cues, units: frozenset[str] = frozenset()) -> Mention | None:
    """The organization's name most likely meant by the names printed in `texts` ((line, text) pairs), or None;
    never one of `units`, the names of the page's own units.

    >>> from orgkb.loaders.reading.roles.cues import cues_for
    >>> texts = [(3, "Assist the leaders of Qinghe Municipal Government."),
    ...          (4, "Draft documents in the name of the General Office of Qinghe Municipal Government."),
    ...          (5, "Report to Qinghe Municipal Government in time.")]
    >>> mentioned_name(texts, cues_for("en"))
    Mention(name='General Office of Qinghe Municipal Government', line=4, confidence=0.67)
    """
    if cues.organization_phrase is None:
        return None
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    leads: set[str] = set()  # names leading in to the duties ("X的主要职责是:"): the page's own
    for line, text in texts:
        for match in cues.organization_phrase.finditer(text):
            name = match.group("name").strip()
            if name in units:
                continue
            counts[name] += 1
            first.setdefault(name, line)
            if match.groupdict().get("leads") is not None:
                leads.add(name)
    if not counts:
        return None
    complements = {name: _complement(name, list(counts), cues) for name in counts}
    parents = {complement for complement in complements.values() if complement is not None}

    def score(name: str) -> float:
        found = 1.0  # an organization's noun ends it
        if cues.place_words.search(name):
            found += 1
        found += min(counts[name] - 1, 2) * 0.5  # printed again
        complement = complements[name]
        if complement is not None:
            found += 1 + min(counts[complement], 3) * 0.5  # an office of an organization the page speaks of
        if name in parents:
            found -= 1.5  # the parent of another candidate
        if name in leads:
            found += 2  # the body whose duties the page lists, not one they speak of
        return found

    best = max(counts, key=lambda name: (score(name), len(name), -first[name]))
    if score(best) < _LEAST:
        return None
    named = cues.qualified_name(best, [text for _, text in texts]) if cues.qualified_name is not None else best
    return Mention(named, first[best], round(min(score(best) / _SURE, 1.0), 2))


def _complement(name: str, others: list[str], cues: Cues) -> str | None:
    """The other candidate that a name ends in after its head ("X Government" in "General Office of X
    Government"), or None."""
    for other in others:
        if other != name and name.endswith(other) and cues.head_of.search(name[: len(name) - len(other)] + " "):
            return other
    return None
