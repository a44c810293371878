"""List markers at the start of a line: `1.`, `1、`, `(1)`, `(I)`, `I.`, `一、`, `①`, `5.To`, `8 To`, bullets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# ① .. ⑳ and ⑴ .. ⒇, as Chinese documents number their items.
_CIRCLED = re.compile(r"^([\u2460-\u2473\u2474-\u2487])\s*")
_BULLET = re.compile(r"^[•·●▪■◆◇○\-–*]\s*(?=\S)")
_PARENTHESIZED = re.compile(r"^\(\s*(\d{1,3}|[ivxlcIVXLC]{1,7}|[一二三四五六七八九十]{1,3})\s*\)\s*")
_CHINESE = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、.]\s*")
_ARABIC = re.compile(r"^(\d{1,3})\s*(?:[.、)]|\s(?=[A-Z]))\s*(?!\d)")
_ROMAN_DOTTED = re.compile(r"^([IVXLC]{1,7})\s*[.、)]\s*(?=\S)")
_ROMAN_SPACED = re.compile(r"^([IVXLC]{1,7})\s+(?=[A-Z])")


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


def _value(token: str) -> tuple[int | None, str]:
    if token.isdigit():
        return int(token), "arabic"
    if token[0] in "一二三四五六七八九十":
        return chinese_value(token), "chinese"
    return roman_value(token), "roman"


def read_marker(line: str) -> Marker | None:
    """The list marker that starts `line`, or None.

    >>> read_marker("5.To promote reform").number
    5
    >>> read_marker("(IV)Community Service Office").rest
    'Community Service Office'
    >>> read_marker("③ Be responsible for flood control").number
    3
    """
    if match := _CIRCLED.match(line):
        code = ord(match.group(1))
        circled = code <= 0x2473
        value = code - 0x2460 + 1 if circled else code - 0x2474 + 1
        return Marker(value, "circled" if circled else "parenthesized-arabic", line[match.end() :].strip())
    if match := _PARENTHESIZED.match(line):
        number, style = _value(match.group(1))
        if number is not None:
            return Marker(number, "parenthesized-" + style, line[match.end() :].strip())
    if match := _CHINESE.match(line):
        return Marker(chinese_value(match.group(1)), "chinese", line[match.end() :].strip())
    if match := _ARABIC.match(line):
        return Marker(int(match.group(1)), "arabic", line[match.end() :].strip())
    for pattern in (_ROMAN_DOTTED, _ROMAN_SPACED):
        if match := pattern.match(line):
            number = roman_value(match.group(1))
            if number is not None:
                return Marker(number, "roman", line[match.end() :].strip())
    if match := _BULLET.match(line):
        return Marker(None, "bullet", line[match.end() :].strip())
    return None
