"""English names of Chinese places: pinyin (pypinyin) with the customary type words.

>>> pinyin("静安"), pinyin("西安"), pinyin("长宁"), pinyin("吕梁")
("Jing'an", "Xi'an", 'Changning', 'Lüliang')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pypinyin import Style, lazy_pinyin

from scripts.gazetteer.facts import CHARACTER_READINGS, CUSTOMARY_ENGLISH, ETHNIC_GROUPS, NAME_READINGS, NEW_AREAS

_HAN = re.compile(r"[\u3400-\u9fff]+")


def syllables(chinese: str) -> list[str]:
    """The pinyin syllables of a place name, read as place names are read."""
    if chinese in NAME_READINGS:
        return list(NAME_READINGS[chinese])
    read = lazy_pinyin(chinese, style=Style.NORMAL, v_to_u=True)
    if len(read) != len(chinese):
        return read
    for start, prefix in ((start, name) for name in NAME_READINGS for start in _starts(chinese, name)):
        read[start : start + len(prefix)] = NAME_READINGS[prefix]
    return [CHARACTER_READINGS.get(char, syllable) for char, syllable in zip(chinese, read, strict=True)]


def _starts(text: str, part: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(part), text)] if len(part) > 1 else []


def pinyin(chinese: str) -> str:
    """One word of pinyin, capitalized, with an apostrophe before a syllable that starts with a
    vowel (Xi'an, not Xian)."""
    word = ""
    for syllable in syllables(chinese):
        if word and syllable[:1] in ("a", "o", "e"):
            word += "'"
        word += syllable
    return word[:1].upper() + word[1:]


def plain_variants(name: str) -> list[str]:
    """The spellings of a name without ü ("Lvliang", "Luliang" for "Lüliang")."""
    return [name.replace("ü", "v"), name.replace("ü", "u")] if "ü" in name else []


@dataclass
class English:
    """A place's English names: the one pages print first, and the others they use."""

    name: str
    others: list[str] = field(default_factory=list)


def english_bare(chinese: str) -> tuple[str, list[str]]:
    """The English of a name without its type word: the customary name where it is not pinyin,
    and "Road"/"Street" for a sub-district named after one ("Jiangning Road" for 江宁路)."""
    own = pinyin(chinese)
    if chinese in CUSTOMARY_ENGLISH:
        return CUSTOMARY_ENGLISH[chinese], [own]
    if match := re.fullmatch(r"(.+?)([东西南北中]?)(路|街|大街|大道)", chinese):
        stem, side, kind = match.groups()
        sides = {"东": "East", "西": "West", "南": "South", "北": "North", "中": "Middle", "": ""}
        kinds = {"路": "Road", "街": "Street", "大街": "Street", "大道": "Avenue"}
        words = [pinyin(stem), sides[side], kinds[kind]]
        return " ".join(word for word in words if word), [own]
    return own, []


def ethnic_parts(chinese: str) -> tuple[str, list[str]]:
    """A name of an autonomous area without its ethnic groups, and the groups in English:
    ("恩施", ["Tujia", "Miao"]) for 恩施土家族苗族."""
    groups: list[str] = []
    rest = chinese
    while True:
        for group in sorted(ETHNIC_GROUPS, key=len, reverse=True):
            if rest.endswith(group + "族") and len(rest) > len(group) + 1:
                groups.insert(0, ETHNIC_GROUPS[group])
                rest = rest[: -len(group) - 1]
                break
        else:
            break
    if not groups:
        for group in sorted(ETHNIC_GROUPS, key=len, reverse=True):
            if len(group) > 1 and rest.endswith(group) and len(rest) > len(group):
                groups = [ETHNIC_GROUPS[group]]
                rest = rest[: -len(group)]
                break
    return rest, groups


def joined(groups: list[str]) -> str:
    """ "Tujia and Miao"; "Bonan, Dongxiang and Salar"."""
    return groups[0] if len(groups) == 1 else ", ".join(groups[:-1]) + " and " + groups[-1]


# The type words of Chinese divisions, longest first: (Chinese suffix, English, level).
_TYPES: tuple[tuple[str, str], ...] = (
    ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"),
    ("自治旗", "Autonomous Banner"),
    ("民族乡", "Ethnic Township"),
    ("民族苏木", "Ethnic Sumu"),
    ("新区", "New District"),
    ("林区", "Forestry District"),
    ("特区", "Special District"),
    ("地区", "Prefecture"),
    ("街道", "Sub-district"),
    ("苏木", "Sumu"),
    ("群岛", "Islands"),
    ("区", "District"),
    ("县", "County"),
    ("旗", "Banner"),
    ("盟", "League"),
    ("市", "City"),
    ("镇", "Town"),
    ("乡", "Township"),
)


@dataclass
class Named:
    """A Chinese division's names: Chinese with and without its type word, English likewise."""

    chinese: str
    chinese_bare: str
    english: str
    english_bare: str
    others: list[str]


def name_division(chinese: str, *, ethnic_township: bool = False) -> Named:
    """The names of a division from its Chinese name ("静安区" -> Jing'an District, Jing'an, 静安)."""
    chinese = re.sub(r"[（(].*?[）)]", "", chinese).strip()
    typed = next(
        ((suffix, word) for suffix, word in _TYPES if chinese.endswith(suffix) and len(chinese) > len(suffix)), None
    )
    if typed is None:
        plain, spelled = english_bare(chinese)
        return Named(chinese, chinese, plain, plain, spelled)
    suffix, word = typed
    stem = chinese[: -len(suffix)]
    others: list[str] = []
    if (suffix.startswith("自治") or suffix.startswith("民族")) and stem.removesuffix("族") not in ETHNIC_GROUPS:
        stem, groups = ethnic_parts(stem)
        if suffix == "民族乡" and not groups:
            word = "Ethnic Township"
        elif groups:
            word = f"{joined(groups)} {word}"
    elif suffix == "乡" and (parts := ethnic_parts(stem))[1]:
        stem, word = parts[0], f"{joined(parts[1])} Ethnic Township"
    elif stem in ETHNIC_GROUPS or stem.removesuffix("族") in ETHNIC_GROUPS:
        # 鄂伦春自治旗: the area is named for its people alone
        people = ETHNIC_GROUPS[stem.removesuffix("族")]
        return Named(chinese, stem, f"{people} {word}", people, [f"{pinyin(stem)} {word}", pinyin(stem)])
    if suffix == "新区" and chinese in NEW_AREAS:
        word = "New Area"
    bare, bare_others = english_bare(stem)
    if len(stem) == 1:
        # 沛县 is Pei County, never "Pei": a one-character name is not said alone
        return Named(chinese, chinese, f"{bare} {word}", f"{bare} {word}", [f"{o} {word}" for o in bare_others])
    others += [f"{other} {word}" for other in bare_others] + bare_others
    if suffix == "新区" and word == "New Area":
        others.append(f"{bare} New District")
    return Named(chinese, stem, f"{bare} {word}", bare, others)
