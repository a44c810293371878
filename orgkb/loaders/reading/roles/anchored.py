"""Searching a pattern anchored at the text's end only where a match can start.

A cue such as "a name ends in a unit noun" (`\\b(?:Section|Office)$`) is searched in every block of a
page; `re` tries it at every position of the text. When the pattern ends in `$` and its width is
bounded, a match can only start within that width of the end (one more for `$` before a final newline),
so the search starts there: the answer is the same, since a search from a later position still sees
the characters before it for `\\b` and look-behinds.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache


def search_at_end(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, tried only in the tail where a match can start when `pattern` ends in `$`.

    >>> unit = re.compile(r"\\b(?:Section|Office)$")
    >>> search_at_end(unit, "Planning Section").group(0), search_at_end(unit, "Planning Sections") is None
    ('Section', True)
    """
    width = _tail_width(pattern)
    return pattern.search(text, max(0, len(text) - width)) if width is not None else pattern.search(text)


@lru_cache(maxsize=64)
def _tail_width(pattern: re.Pattern[str]) -> int | None:
    """How far before a text's end a match of `pattern` can start, or None when it can start anywhere
    (no `$` closing the whole pattern, `re.MULTILINE`, or an unbounded width)."""
    if pattern.flags & re.MULTILINE:
        return None
    try:  # the width and the closing `$` as `re` itself parses them
        parsed = importlib.import_module("re._parser").parse(pattern.pattern, pattern.flags)
        last = list(parsed)[-1] if len(parsed) else None
        high = parsed.getwidth()[1]
        unbounded = importlib.import_module("re._constants").MAXREPEAT
    except (ImportError, AttributeError, re.error, TypeError):
        return None
    if last is None or (str(last[0]), str(last[1])) != ("AT", "AT_END") or high >= unbounded:
        return None
    return int(high) + 1  # `$` also matches before a final newline
