"""The Han script: which characters are Chinese ones, traditional characters folded to simplified, and
Chinese written in pinyin (`romanized`: place names as ids spell them and as questions may).

`HAN` is the one range of Han characters every module tests text against (a regular-expression
class body): the unified ideographs with their extensions A to H, and the compatibility
ideographs, which Hong Kong's and Taiwan's pages print (not the Yijing hexagrams between
extension A and the unified block, nor CJK punctuation: "、" and "。" are not Han).

Pages and questions print the same words in either script (申請 / 申请, 戶籍 / 户籍); the thesaurus
and the segmenter's dictionary are written in simplified characters. The fold is character by
character through OpenCC's table of traditional characters (`opencc-python-reimplemented`, already
a dependency), leaving out the characters that are simplified ones too (乾, 於): a `str.translate`,
some microseconds a duty, where OpenCC's own phrase-by-phrase conversion takes about a millisecond.
Hong Kong's and Taiwan's variant characters (衞 of 衞生署, 敍, 枱) are folded too, through OpenCC's
tables of variants to their standard traditional characters, when that one is folded.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f\U00030000-\U000323af"
HAN_CHARACTER = re.compile(f"[{HAN}]")


def has_chinese(text: str) -> bool:
    """Whether `text` holds a Chinese (Han) character.

    >>> has_chinese("低保"), has_chinese("subsistence"), has_chinese("𨋢"), has_chinese("、。")
    (True, False, True, False)
    """
    return HAN_CHARACTER.search(text) is not None


def language_of(text: str) -> str:
    """The language tag of a text by its script: "zh" when it holds a Chinese character, else "en".

    >>> language_of("低保怎么申请"), language_of("Who handles 低保?"), language_of("seals")
    ('zh', 'zh', 'en')
    """
    return "zh" if has_chinese(text) else "en"


def _pairs(name: str) -> list[tuple[str, str]]:
    """A one-character table of OpenCC's: each character with its first counterpart."""
    text = resources.files("opencc").joinpath(f"dictionary/{name}").read_text("utf-8")
    pairs = []
    for line in text.splitlines():
        character, _, counterparts = line.partition("\t")
        forms = counterparts.split()
        if len(character) == 1 and forms and character not in forms:
            pairs.append((character, forms[0]))
    return pairs


@functools.cache
def _table() -> dict[int, str]:
    table = {ord(traditional): simplified for traditional, simplified in _pairs("TSCharacters.txt")}
    text = resources.files("opencc").joinpath("dictionary/STCharacters.txt").read_text("utf-8")
    simplified_characters = {line.partition("\t")[0] for line in text.splitlines()}
    for variant, standard in [*_pairs("HKVariantsRev.txt"), *_pairs("TWVariantsRev.txt")]:
        # 衞 -> 衛 -> 卫; not a character that is itself a simplified one (抬, 著), nor one folded already
        known = ord(standard) in table and ord(variant) not in table
        if known and variant not in simplified_characters:
            table[ord(variant)] = table[ord(standard)]
    return table


def simplified(text: str) -> str:
    """`text` with its traditional characters written in simplified ones; the same length.

    >>> simplified("想申請社會救助，找哪一課？")
    '想申请社会救助，找哪一课？'
    >>> simplified("乾隆年間")  # 乾 is a simplified character too: kept
    '乾隆年间'
    >>> simplified("食物環境衞生署")  # Hong Kong's 衞
    '食物环境卫生署'
    """
    return text.translate(_table())


def romanized(chinese: str) -> str:
    """Chinese characters in pinyin without tones, one word ("曹家渡" -> "caojiadu").

    pypinyin (maintained, with a phrase dictionary that reads 重庆 as chongqing) is imported only
    when a name in Chinese is met: English pages never pay for its dictionary.
    """
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(chinese))
