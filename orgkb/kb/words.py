"""Content words of a duty or a question: the simple lexical view the first answers share.

Case-folded, punctuation dropped, a plural "s" trimmed, and the words every duty uses
("responsible", "work", "district", ...) left out, so that what remains says what a duty is about.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from orgkb.ontology.places import default_gazetteer

_WORD = re.compile(r"[a-z0-9]+|[\u4e00-\u9fff]")

STOPWORDS = frozenset(
    {
        "a",
        "according",
        "activity",
        "all",
        "also",
        "an",
        "and",
        "any",
        "approve",
        "are",
        "arrange",
        "as",
        "assigned",
        "assist",
        "at",
        "be",
        "by",
        "carry",
        "charge",
        "city",
        "comprehensive",
        "concerned",
        "cooperate",
        "coordinate",
        "coordination",
        "daily",
        "department",
        "district",
        "districts",
        "do",
        "duties",
        "duty",
        "examine",
        "for",
        "from",
        "government",
        "governments",
        "guide",
        "handle",
        "handles",
        "handling",
        "help",
        "implement",
        "implementation",
        "important",
        "in",
        "including",
        "into",
        "is",
        "it",
        "its",
        "leader",
        "leaders",
        "leadership",
        "main",
        "matter",
        "matters",
        "new",
        "of",
        "office",
        "offices",
        "on",
        "or",
        "organize",
        "organizing",
        "other",
        "others",
        "out",
        "overall",
        "participate",
        "people",
        "peoples",
        "perform",
        "plan",
        "prepare",
        "promote",
        "region",
        "related",
        "relating",
        "relevant",
        "report",
        "responsibilities",
        "responsibility",
        "responsible",
        "section",
        "sections",
        "specific",
        "such",
        "superior",
        "supervise",
        "support",
        "take",
        "task",
        "tasks",
        "that",
        "the",
        "their",
        "them",
        "these",
        "this",
        "those",
        "timely",
        "to",
        "undertake",
        "undertaking",
        "unit",
        "units",
        "various",
        "well",
        "which",
        "who",
        "whose",
        "with",
        "within",
        "work",
        "works",
    }
)


@functools.cache
def place_words() -> frozenset[str]:
    """The words of place names ("jingan", "shanghai"): they say where a duty applies, not what it is."""
    names = default_gazetteer().names()
    return frozenset(word for name in names for word in _WORD.findall(name) if len(word) > 2)


def fold(text: str) -> str:
    """Text case-folded and normalized for comparison (apostrophes removed: "Jing'an" -> "jingan")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"['’‘`]", "", text)


def _trim(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_words(text: str) -> frozenset[str]:
    """The content words of `text`, plural-trimmed, without stop words.

    >>> sorted(content_words("Be responsible for the reception of foreign guests"))
    ['foreign', 'guest', 'reception']
    """
    words = (_trim(word) for word in _WORD.findall(fold(text)))
    places = place_words()
    return frozenset(
        word for word in words if (len(word) > 1 and word not in STOPWORDS and word not in places) or _is_han(word)
    )


def _is_han(word: str) -> bool:
    return len(word) == 1 and "\u4e00" <= word <= "\u9fff"


def overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """The Jaccard overlap of two sets of words (0 when either is empty)."""
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)
