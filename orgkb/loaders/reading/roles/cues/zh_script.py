"""Simplified and traditional Chinese: cue patterns that match both scripts, and names folded to one.

Pages print the same words in either script (职责 / 職責, 办事处 / 辦事處); the cue table is written
once, in simplified characters, and `either_script` widens every character that has a traditional
form into a class of both. The conversion tables are OpenCC's (`opencc-python-reimplemented`, the
package the gazetteer is built with).
"""

from __future__ import annotations

import functools
import re

from opencc import OpenCC

from orgkb.ontology.script import HAN_CHARACTER

# Characters whose other forms a character-by-character conversion does not give (台 -> 臺 or 檯).
_MORE_FORMS = {
    "台": "臺",
    "里": "裡裏",
    "于": "於",
    "群": "羣",
    "众": "衆眾",
    "着": "著",
    "为": "爲",
    "线": "綫",
    "系": "係繫",
    "周": "週",
}


@functools.cache
def _converter(config: str) -> OpenCC:
    return OpenCC(config)


def to_simplified(text: str) -> str:
    """`text` in simplified characters.

    >>> to_simplified("月湖街道辦事處")
    '月湖街道办事处'
    """
    # OpenCC converts the runs between its separators (spaces, punctuation; no dictionary entry holds
    # one) each on its own, and slowly: a run is converted once, then kept, for the names and lines that
    # come again (a gazetteer place's names for every candidate; a page's text read for its places twice).
    converter = _converter("t2s")
    if not converter.split_chars_re.search(text):
        return _simplified(text)
    runs = converter.split_chars_re.split(text)
    return "".join(_simplified(run) if index % 2 == 0 else run for index, run in enumerate(runs))


_KEPT_RUN = 200  # characters: a longer run (a page without punctuation) is converted, not kept


def _simplified(run: str) -> str:
    return _kept(run) if len(run) <= _KEPT_RUN else str(_converter("t2s").convert(run))


@functools.lru_cache(maxsize=16384)
def _kept(run: str) -> str:
    return str(_converter("t2s").convert(run))


@functools.cache
def _forms(character: str) -> str:
    """The character and its traditional forms, without repeats."""
    forms = character + str(_converter("s2t").convert(character)) + str(_converter("s2hk").convert(character))
    forms += _MORE_FORMS.get(character, "")
    return "".join(dict.fromkeys(forms))


def either_script(pattern: str) -> str:
    """A regular expression written in simplified characters, widened to match traditional ones too.

    >>> either_script("职责"), either_script("[^职]")
    ('[职職][责責]', '[^职職]')
    """
    out: list[str] = []
    in_class = False
    escaped = False
    for character in pattern:
        if escaped:
            out.append(character)
            escaped = False
            continue
        if character == "\\":
            escaped = True
        elif character == "[" and not in_class:
            in_class = True
        elif character == "]" and in_class:
            in_class = False
        elif HAN_CHARACTER.match(character) and len(forms := _forms(character)) > 1:
            out.append(forms if in_class else f"[{forms}]")
            continue
        out.append(character)
    return "".join(out)


def compile_either(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`either_script(pattern)` compiled."""
    return re.compile(either_script(pattern), flags)
