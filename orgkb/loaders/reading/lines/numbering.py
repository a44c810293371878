"""List markers at the start of a line: `1.`, `1、`, `(1)`, `(I)`, `I.`, `i.`, `(a)`, `a.`, `[1]`, `1.1`, `一、`,
`①`, `5.To`, `8 To`, bullets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from orgkb.ontology.script import HAN

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# ① .. ⑳ and ⑴ .. ⒇, as Chinese documents number their items.
_CIRCLED = re.compile(r"^([\u2460-\u2473\u2474-\u2487])\s*")
_BULLET = re.compile(r"^[•·●▪■□◆◇○◎★☆▲△►▶➢➤❖✓√\-–*]\s*(?=\S)")
_PARENTHESIZED = re.compile(r"^\(\s*(\d{1,3}|[ivxlcIVXLC]{1,7}|[一二三四五六七八九十]{1,3})\s*\)\s*")
_CHINESE = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、.]\s*")
_ARABIC = re.compile(r"^(\d{1,3})\s*(?:[.、)]|\s(?=[A-Z]))\s*(?!\d)")
_ROMAN_DOTTED = re.compile(r"^([IVXLC]{1,7})\s*[.、)]\s*(?=\S)")
_ROMAN_SPACED = re.compile(r"^([IVXLC]{1,7})\s+(?=[A-Z])")
# "i.", "iv." (lower case): a space must follow, so that "i.e." is no marker.
_ROMAN_LOWER = re.compile(r"^([ivxlc]{1,7})\s*[.)]\s+(?=\S)")
# "(a)", "a.", "a)", "A." with a space after: items of a lettered list.
_LETTER_PARENTHESIZED = re.compile(r"^\(\s*([A-Za-z])\s*\)\s*(?=\S)")
_LETTER = re.compile(r"^([A-Za-z])\s*[.)]\s+(?=\S)")
# "[1]", and "【1】" once folded: a number in square brackets.
_BRACKETED = re.compile(r"^\[\s*(\d{1,3})\s*\]\s*(?=\S)")
# "1.1", "2.3.", "1.2.1": a numbered section's items; the last number is the item's.
_DECIMAL = re.compile(rf"^(\d{{1,2}}(?:\.\d{{1,2}}){{1,2}})\.?\s*(?=[A-Z{HAN}\"(])")
# Single letters that are also Roman numerals: read as numerals.
_AMBIGUOUS_LETTERS = frozenset("ivxIVX")


@dataclass(frozen=True)
class Marker:
    """A list marker: its number (None for bullets), its style and the text after it."""

    number: int | None
    style: str
    rest: str


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral, or None when it is not one."""
    total, previous = 0, 0
    for char in reversed(numeral.lower()):
        value = _ROMAN.get(char)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total or None


def chinese_value(numeral: str) -> int | None:
    """The value of a Chinese numeral up to 99 (一 .. 九十九)."""
    if numeral == "十":
        return 10
    if "十" in numeral:
        tens, _, units = numeral.partition("十")
        return (_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CHINESE_DIGITS.get(units, 0) if units else 0)
    return _CHINESE_DIGITS.get(numeral)


def _letter_value(letter: str) -> int:
    return ord(letter.lower()) - ord("a") + 1


def _letter_style(letter: str, parenthesized: bool) -> str:
    return ("parenthesized-letter" if parenthesized else "letter") + ("-upper" if letter.isupper() else "")


def _value(token: str) -> tuple[int | None, str]:
    if token.isdigit():
        return int(token), "arabic"
    if token[0] in "一二三四五六七八九十":
        return chinese_value(token), "chinese"
    return roman_value(token), "roman"


@lru_cache(maxsize=1024)  # a block's marker is read when it is parted and again when it is outlined
def read_marker(line: str) -> Marker | None:
    """The list marker that starts `line`, or None.

    >>> read_marker("5.To promote reform").number
    5
    >>> read_marker("(IV)Community Service Office").rest
    'Community Service Office'
    >>> read_marker("③ Be responsible for flood control").number
    3
    >>> [read_marker(line).number for line in ("(c) Organize", "b. the enrollment", "[2] Office", "1.3 Guide")]
    [3, 2, 2, 3]
    """
    if match := _CIRCLED.match(line):
        code = ord(match.group(1))
        circled = code <= 0x2473
        value = code - 0x2460 + 1 if circled else code - 0x2474 + 1
        return Marker(value, "circled" if circled else "parenthesized-arabic", line[match.end() :].strip())
    if (match := _LETTER_PARENTHESIZED.match(line)) and match.group(1) not in _AMBIGUOUS_LETTERS:
        letter = match.group(1)
        return Marker(_letter_value(letter), _letter_style(letter, True), line[match.end() :].strip())
    if match := _PARENTHESIZED.match(line):
        number, style = _value(match.group(1))
        if number is not None:
            return Marker(number, "parenthesized-" + style, line[match.end() :].strip())
    if match := _BRACKETED.match(line):
        return Marker(int(match.group(1)), "bracketed-arabic", line[match.end() :].strip())
    if match := _DECIMAL.match(line):
        parts = match.group(1).split(".")
        return Marker(int(parts[-1]), f"decimal-{len(parts)}", line[match.end() :].strip())
    if match := _CHINESE.match(line):
        return Marker(chinese_value(match.group(1)), "chinese", line[match.end() :].strip())
    if match := _ARABIC.match(line):
        return Marker(int(match.group(1)), "arabic", line[match.end() :].strip())
    if (match := _LETTER.match(line)) and match.group(1) not in _AMBIGUOUS_LETTERS:
        letter = match.group(1)
        return Marker(_letter_value(letter), _letter_style(letter, False), line[match.end() :].strip())
    for pattern in (_ROMAN_DOTTED, _ROMAN_SPACED):
        if match := pattern.match(line):
            number = roman_value(match.group(1))
            if number is not None:
                return Marker(number, "roman", line[match.end() :].strip())
    if (match := _ROMAN_LOWER.match(line)) and (number := roman_value(match.group(1))) is not None:
        return Marker(number, "roman-lower", line[match.end() :].strip())
    if match := _BULLET.match(line):
        return Marker(None, "bullet", line[match.end() :].strip())
    return None


# Where the next item of a list that lost its line breaks starts, by the style of its first marker.
_INLINE_NEXT = {
    # "1、……。2、……": after a space, or glued to the Chinese full stop or semicolon ending the item before
    "arabic": re.compile(rf"(?:(?<=\s)|(?<=[。；;]))(\d{{1,2}})\s*[.、．]\s*(?=[A-Z{HAN}])"),
    "parenthesized-arabic": re.compile(r"(?:(?<=\s)|(?<=[。；;]))[(（]\s*(\d{1,2})\s*[)）]\s*"),
    # "一、……。二、……": after a space, or glued to the full stop or semicolon ending the item before
    "chinese": re.compile(r"(?<=[\s。；;])([一二三四五六七八九十]{1,3})\s*、\s*"),
    "circled": re.compile(r"(?<=\s)([\u2460-\u2473])\s*"),
}


def split_inline_items(line: str) -> list[str]:
    """A line holding several items of one list ("(1) Do a. (2) Do b.") as one line per item.

    The line is split only when every later marker of its first marker's style continues the
    count (2, 3, ...), so "(1) Handle x, including (1) a; (2) b" stays whole.

    >>> split_inline_items("1. Office 2. Social Assistance Section 3. Elderly Services Section")
    ['1. Office', '2. Social Assistance Section', '3. Elderly Services Section']
    >>> split_inline_items("(1) Handle x, including (1) a; (2) b.")
    ['(1) Handle x, including (1) a; (2) b.']
    >>> split_inline_items("一、负责会议的准备工作。二、起草公文。")
    ['一、负责会议的准备工作。', '二、起草公文。']
    >>> split_inline_items("1、负责会议的准备工作。2、起草公文。"), split_inline_items("(1)拟订规划。(2)起草公文。")
    (['1、负责会议的准备工作。', '2、起草公文。'], ['(1)拟订规划。', '(2)起草公文。'])
    """
    first = read_marker(line)
    pattern = _INLINE_NEXT.get(first.style) if first is not None else None
    if first is None or first.number is None or pattern is None:
        return [line]
    starts = []
    expected = first.number + 1
    for match in pattern.finditer(line, len(line) - len(first.rest)):
        token = match.group(1)
        value = ord(token) - 0x2460 + 1 if first.style == "circled" else _value(token)[0]
        if value != expected:
            return [line]
        starts.append(match.start())
        expected += 1
    if not starts:
        return [line]
    bounds = [0, *starts, len(line)]
    return [line[start:end].strip() for start, end in zip(bounds, bounds[1:], strict=False)]
