"""Clean text at the door: invisible characters out, compatibility forms folded, every removal recorded.

Zero-width characters, soft hyphens, bidirectional controls and stray control characters make
two names that look alike differ (or a name print reversed); they are removed from every block
and each removal is a `Repair`. Compatibility forms are folded by Unicode NFKC (full-width
letters and digits to ASCII, ligatures, Kangxi radicals to their ideographs, odd spaces to a
space) but not where NFKC would change Chinese text: full-width punctuation (（ ） ： ； ， ！ ？)
and enclosed numbers (① ⑴ ㈠) stay as the reader reads them (see `_FOLDED`). Folding changes no
word, so it is not reported, as `orgkb.loaders.reading.lines.normalize.fold_typography` does for typography.
"""

from __future__ import annotations

import re
import unicodedata

from orgkb.loaders.document import Repair
from orgkb.ontology.places import fold_name

# What is removed, and the reason each removal gives.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u180e"
_BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# C0 and C1 controls but tab, the line ends and NEL (`_OTHER_BREAKS`).
_CONTROLS = [
    chr(code) for code in (*range(0x09), *range(0x0E, 0x1C), 0x1F, 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0))
]
_INVISIBLE = {
    **dict.fromkeys(_ZERO_WIDTH, "zero-width character removed"),
    "\u00ad": "soft hyphen removed",
    **dict.fromkeys(_BIDI, "bidirectional control removed"),
    **dict.fromkeys(_CONTROLS, "control character removed"),
}
_INVISIBLE_CLASS = re.escape("".join(_INVISIBLE))
_INVISIBLES = re.compile(f"[{_INVISIBLE_CLASS}]+")
# Characters that end a line elsewhere (vertical tab, form feed, file/group/record separators, NEL,
# line and paragraph separators): lines are parted by line feeds alone, so these are spaces.
_BREAKS_CLASS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_OTHER_BREAKS = re.compile(f"[{_BREAKS_CLASS}]")
# The compatibility forms folded by NFKC: full-width letters and digits, ligatures, Roman numeral
# signs, Kangxi and supplementary radicals, compatibility ideographs, odd spaces, mathematical
# letters (look-alikes of ASCII). Not the rest: NFKC would turn full-width punctuation ("（一）")
# into ASCII, enclosed numbers ("①") into digits, and Latin-1 signs ("¼", "¯") into other text,
# which would also spoil the mojibake the reader repairs.
_FOLDED_CLASS = (
    "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ufb00-\ufb06\u2160-\u217f\u2e80-\u2ef3\u2f00-\u2fd5"
    "\uf900-\ufaff\u00a0\u2000-\u200a\u202f\u205f\u3000\U0001d400-\U0001d7ff"
)
_FOLDED = re.compile(f"[{_FOLDED_CLASS}]+")
# Anything `clean_text` changes: most lines hold none of it, and are only stripped.
_ANY = re.compile(f"[{_INVISIBLE_CLASS}{_BREAKS_CLASS}{_FOLDED_CLASS}]")
_TOKEN = re.compile(r"\S+")
MAX_REPAIRS = 200


def fold_compatibility(text: str) -> str:
    """`text` with its compatibility forms in NFKC, full-width punctuation and enclosed numbers kept.

    >>> fold_compatibility("Ｇｅｎｅｒａｌ Ｏｆｆｉｃｅ（一）①２０２４ﬁ")
    'General Office（一）①2024fi'
    """
    if text.isascii():
        return text
    return _FOLDED.sub(lambda match: unicodedata.normalize("NFKC", match.group(0)), text)


def clean_text(text: str, line: int, record: bool = True) -> tuple[str, list[Repair]]:
    """`text` without invisible characters, folded, ends stripped; and a `Repair` per word changed
    (none when not `record`: a page past its repairs' cap is only cleaned).

    >>> text, repairs = clean_text("Jing\\u200ban Office\\u00ad", 3)
    >>> text, [(repair.original, repair.reason) for repair in repairs]
    ('Jingan Office', [('Jing\\u200ban', 'zero-width character removed'), ('Office\\xad', 'soft hyphen removed')])
    """
    if (text.isascii() and text.isprintable()) or not _ANY.search(text):
        return text.strip(), []
    text = _OTHER_BREAKS.sub(" ", text)
    repairs: list[Repair] = []
    if record and _INVISIBLES.search(text):
        for token in _TOKEN.finditer(text):
            word = token.group(0)
            found = _INVISIBLES.findall(word)
            if found:
                reason = _INVISIBLE[found[0][0]]
                repairs.append(Repair(line, word, _INVISIBLES.sub("", word), reason))
    text = _INVISIBLES.sub("", text)
    return fold_compatibility(text).strip(), repairs


def count_invisible(text: str) -> int:
    """How many runs of invisible characters `text` holds (what `clean_text` would report, about)."""
    return len(_INVISIBLES.findall(text))


def comparable_name(name: str) -> str:
    """A name as names are compared: invisible characters removed, NFKC, case folded, quotes and dashes out.

    Two names that print alike compare equal; `orgkb.ontology.places.fold_name` does the rest.

    >>> comparable_name("General\\u200b Office") == comparable_name("ＧＥＮＥＲＡＬ OFFICE")
    True
    """
    return fold_name(_INVISIBLES.sub("", _OTHER_BREAKS.sub(" ", name))).casefold()


def unlisted(count: int) -> str:
    """The warning for the removals a page made past its cap of `MAX_REPAIRS` listed repairs."""
    return (
        f"{count} more words held invisible characters, removed without a repair listed (the first {MAX_REPAIRS} are)"
    )
