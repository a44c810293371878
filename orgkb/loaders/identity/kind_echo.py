"""A name that says no kind, and the text that prints it with its noun: "Parks and Recreation" on a page
saying "The Parks & Recreation department is responsible for ...", "Environmental health" over "The
Environmental health section deals with ...". The noun the page puts after the name says what it is.
"""

from __future__ import annotations

import re

# The nouns that say a body's kind when they follow its name in the text (singular or plural).
_NOUN = r"(?P<noun>(?i:department|directorate|division|section|team|unit))s?"
_SPACE = r"\s+"


def echoed_noun(name: str, text: str) -> str | None:
    """The noun `text` prints right after `name` ("department" for "Parks and Recreation" in "The Parks &
    Recreation department manages ..."), or None; "and" and "&" print alike, the case of the name's words
    is not read (a heading's "Environmental health" is the text's "Environmental Health").

    >>> echoed_noun("Parks and Recreation", "The Parks & Recreation department is responsible for parks.")
    'department'
    >>> echoed_noun("Parks and Recreation", "Parks and Recreation staff mow the reserves.") is None
    True
    """
    words = name.split()
    if len(words) < 2 or len(name) > 80:
        return None
    parts = [r"(?:and|&)" if word.lower() in ("and", "&") else re.escape(word) for word in words]
    words_printed = _SPACE.join(parts)
    found = re.search(rf"(?<![\w-])(?i:{words_printed})\s+{_NOUN}\b", text)
    return found.group("noun").lower() if found else None
