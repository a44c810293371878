"""Clean a printed line: mojibake, odd spaces and punctuation, glued words.

Typography (curly quotes, full-width punctuation, non-breaking spaces) is folded
silently because it changes no word; every change to a word is returned as a
`Repair` so that the report can show it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import ftfy

from orgkb.loaders.document import Repair

_ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_TYPOGRAPHY = str.maketrans(
    {
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u3000": " ",
        "\u200b": "",
        "\ufeff": "",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\uff1a": ": ",
        "\uff1b": "; ",
        "\uff0c": ", ",
        "\uff08": "(",
        "\uff09": ")",
        "\uff0e": ".",
        "\u3001": "、",
        "\u2013": "–",
        "\u3010": "[",
        "\u3011": "]",
        # Full-width digits and the Roman numeral signs ("Ⅱ." heads a unit like "II.").
        **{chr(0xFF10 + digit): str(digit) for digit in range(10)},
        **{chr(0x2160 + value - 1): numeral for value, numeral in enumerate(_ROMAN_NUMERALS, start=1)},
        **{chr(0x2170 + value - 1): numeral.lower() for value, numeral in enumerate(_ROMAN_NUMERALS, start=1)},
    }
)

# Short words that a careless editor glues onto the next word: "adetached", "forhealthy".
_GLUE_PREFIXES = (
    "and",
    "for",
    "out",
    "the",
    "with",
    "from",
    "into",
    "to",
    "of",
    "in",
    "on",
    "as",
    "at",
    "by",
    "or",
    "an",
    "a",
)
# The same words glued onto the end of the word before: "responsiblefor", "organizeand".
_GLUE_SUFFIXES = ("and", "for", "the", "with", "from", "into", "of", "to", "in", "on", "by")
# A capitalized word too ("Organizeand guide"), with the longer words only: "Brighton" is no "Bright on".
_GLUED_AFTER = re.compile(
    r"(?<![\w'-])([a-z]{4,}(?:"
    + "|".join(_GLUE_SUFFIXES)
    + r")|[A-Z][a-z]{4,}(?:and|for|the|with|from|into))(?![\w'-])"
)
_WORD = re.compile(r"(?<![\w'-])((?:" + "|".join(_GLUE_PREFIXES) + r")[a-z]{3,})(?![\w'-])")
# A lower-case function word glued onto a capitalized name: "theDistrict", "ofChaoyang", "theCPC".
_CAMEL = re.compile(r"(?<![\w'-])(" + "|".join(_GLUE_PREFIXES) + r")([A-Z](?:[a-z]{2,}|[A-Z]+[a-z]?))(?![\w-])")
# A lower-case letter, then a capital: every `_CAMEL` match holds one (its word's last letter, then
# the name's first). Looking for the capital first, then back, skips quickly through lower case.
_CASE_CHANGE = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_SPACES = re.compile(r"[ \t]+")
# ',' or ';' after a lower-case letter or ')' with a letter, '"' or '(' after it. The character
# before is looked at after the punctuation, so that the search skips to each ',' and ';' quickly.
_MISSING_SPACE = re.compile(r"([,;])(?<=[a-z\)][,;])(?=[A-Za-z\"(])")


@functools.lru_cache(maxsize=1)
def _vocabulary() -> object:
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


def _known(word: str) -> bool:
    checker = _vocabulary()
    return bool(checker.word_frequency[word] > 0)  # type: ignore[attr-defined]


def is_known_word(word: str) -> bool:
    """Whether `word` (any case) is an English word of the spelling dictionary.

    >>> is_known_word("Office"), is_known_word("Responsibilites")
    (True, False)
    """
    return _known(word.lower())


@functools.lru_cache(maxsize=8192)  # words recur from page to page
def split_glued(word: str) -> str | None:
    """The two words that `word` is made of when a short function word was glued on, else None.

    >>> split_glued("forcomprehensive")
    'for comprehensive'
    >>> split_glued("responsiblefor"), split_glued("organizeand")
    ('responsible for', 'organize and')
    >>> split_glued("detached") is None
    True
    """
    if _known(word):
        return None
    for prefix in _GLUE_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3 and _known(rest):
            return f"{prefix} {rest}"
    for suffix in _GLUE_SUFFIXES:
        head = word[: len(word) - len(suffix)]
        if word.endswith(suffix) and len(head) >= 4 and _known(head):
            return f"{head} {suffix}"
    return None


# Characters none of ftfy's fixes changes: printable ASCII but "&" (an HTML entity's start), the tab, the
# middle dot and the bullet, the ideographic comma and full stop, and the CJK unified ideographs (all
# NFC-stable, none mojibake: of ftfy's badness classes they hold only the middle dot and the bullet, which
# it finds bad only next to characters outside this set). `ftfy.fix_text` leaves a line of these as it is
# (tests/loaders/reading/lines/test_normalize.py checks it): the bullets and "一、" markers of English pages skip it.
_FTFY_QUIET = re.compile("[\\t\\x20-\\x25\\x27-\\x7e\\u00b7\\u2022\\u3001\\u3002\\u4e00-\\u9fff]*")


def untouched_by_ftfy(text: str) -> bool:
    """Whether `ftfy.fix_text` leaves `text` as it is, known without running it (False: it may change it)."""
    return _FTFY_QUIET.fullmatch(text) is not None


# Words `split_glued` left whole: most words, seen again and again (a set difference skips them at once).
_WHOLE: set[str] = set()
_WHOLE_AT_MOST = 200_000


def _some_glued(words: list[str]) -> bool:
    """Whether `split_glued` splits any of `words`."""
    unseen = set(words) - _WHOLE
    if not unseen:
        return False
    if len(_WHOLE) > _WHOLE_AT_MOST:
        _WHOLE.clear()
    glued = False
    for word in unseen:
        if split_glued(word) is None:
            _WHOLE.add(word)
        else:
            glued = True
    return glued


def fold_typography(text: str) -> str:
    """Straight quotes, ASCII punctuation and plain spaces, with mojibake undone."""
    if not text.isascii():
        folded = text.translate(_TYPOGRAPHY)
        if not folded.isascii() and not untouched_by_ftfy(text):  # what is left may be mojibake
            folded = unicodedata.normalize("NFC", ftfy.fix_text(text, normalization="NFC").translate(_TYPOGRAPHY))
        text = folded
    if "\t" in text or "  " in text:  # else every run of spaces is one space already
        text = _SPACES.sub(" ", text)
    return text.strip()


def repair_words(text: str, line: int) -> tuple[str, list[Repair]]:
    """`text` with glued words split and missing spaces after punctuation restored.

    >>> repair_words("the ecological protection of theDistrict and ofthe CPC", 3)[0]
    'the ecological protection of the District and of the CPC'
    >>> repair_words("iPhone, eBay, theCPC's members", 1)[0]
    "iPhone, eBay, the CPC's members"
    """
    repairs: list[Repair] = []

    def unglue(match: re.Match[str]) -> str:
        word = match.group(1)
        split = split_glued(word)
        if split is None:
            return word
        repairs.append(Repair(line, word, split, "glued words"))
        return split

    if _some_glued(_WORD.findall(text)):
        text = _WORD.sub(unglue, text)
    if _some_glued(_GLUED_AFTER.findall(text)):
        text = _GLUED_AFTER.sub(unglue, text)

    def unglue_name(match: re.Match[str]) -> str:
        split = f"{match.group(1)} {match.group(2)}"
        repairs.append(Repair(line, match.group(0), split, "glued words"))
        return split

    if _CASE_CHANGE.search(text):
        text = _CAMEL.sub(unglue_name, text)

    def space(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        before = re.search(r"[\w)]+$", text[max(0, start - 30) : start])
        after = re.match(r"[\w\"(]+", text[end : end + 30])
        original = f"{before.group(0) if before else ''}{match.group(1)}"
        original += after.group(0) if after else ""
        repairs.append(
            Repair(
                line,
                original,
                original.replace(match.group(1), match.group(1) + " ", 1),
                "missing space after punctuation",
            )
        )
        return match.group(1) + " "

    text = _MISSING_SPACE.sub(space, text)
    return text, repairs
