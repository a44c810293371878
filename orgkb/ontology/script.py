"""Traditional Chinese characters folded to simplified ones, so that words match in either script.

Pages and questions print the same words in either script (申請 / 申请, 戶籍 / 户籍); the thesaurus
and the segmenter's dictionary are written in simplified characters. The fold is character by
character through OpenCC's table of traditional characters (`opencc-python-reimplemented`, already
a dependency), leaving out the characters that are simplified ones too (乾, 於): a `str.translate`,
some microseconds a duty, where OpenCC's own phrase-by-phrase conversion takes about a millisecond.
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def _table() -> dict[int, str]:
    text = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text("utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        traditional, _, simplified = line.partition("\t")
        forms = simplified.split()
        if len(traditional) == 1 and forms and traditional not in forms:
            table[ord(traditional)] = forms[0]
    return table


def simplified(text: str) -> str:
    """`text` with its traditional characters written in simplified ones; the same length.

    >>> simplified("想申請社會救助，找哪一課？")
    '想申请社会救助，找哪一课？'
    >>> simplified("乾隆年間")  # 乾 is a simplified character too: kept
    '乾隆年间'
    """
    return text.translate(_table())
