"""The organizations and places a question names itself ("... in the Caojiadu Sub-district Office?").

A person often says where they ask about in the question rather than in the district filter.
The names are found as whole word sequences (folded like every name: case, apostrophes,
hyphens), Chinese names as substrings; the organizations and units inside what was named are
preferred, not the only ones kept, because a named place can also be the object of the matter
("cooperation with Dapeng"). A name the question says it asks about, after "in", "at", "of",
"near", "inside" or "within", or with a possessive ("in Shipai", "at the Shipai street office",
"Yiwu's Beiyuan sub-district", "在曹家渡", "大鹏新区的", or first in a Chinese question: "曹家渡低保
..."), is the question's own district filter, spoken: what lies inside it comes first, and what
lies elsewhere still follows (the second mask of `scopes`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

import numpy as np

from orgkb.ontology.places import bare_name, fold_name
from orgkb.ontology.script import has_chinese, romanized


class NamedOwner(Protocol):
    """What naming an organization or unit in a question needs of it."""

    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> Sequence[str]: ...

    @property
    def kind(self) -> str | None: ...


class Scoped(Protocol):
    """What finding the scope of a question needs of the who-handles index (`search.index`)."""

    @property
    def owner_names(self) -> PhraseTable: ...

    @property
    def place_table(self) -> PhraseTable: ...

    @property
    def units_of(self) -> Mapping[int, Sequence[int]]: ...

    def places_within(self, place: str) -> set[str]: ...

    def serving(self, places: set[str]) -> np.ndarray: ...


_TOKEN = re.compile(r"\w+")
MIN_LETTERS = 4  # a one-word name shorter than this ("Pu") is too likely to be another word
# The place a sub-district office or a town government serves, named in its own name before the
# word for that kind of place: "Shipai Street Office of Tianhe District", "People's Government
# of Shuangpu Town, Xihu District". People name the office by that place ("in Shipai").
_LOCAL_PLACE = re.compile(
    r"(?:^|,\s*|\bof\s+)((?:[A-Z][\w'’-]*\s+)*?[A-Z][\w'’-]*)\s+(Sub-district|Subdistrict|Street|Town|Township)\b"
)
_LOCAL_KINDS = frozenset({"sub-district office", "government"})
# The same in a Chinese name: the place before 乡, 镇 or 街道 that ends the name, after the county or
# district above it ("工布江达县仲莎乡人民政府", "上城区人民政府清波街道办事处"). People asking in
# English name it in pinyin ("Which office of Zhongsha township ..."), and a township is in no
# gazetteer more often than not.
_CHINESE_LOCAL_PLACE = re.compile(
    r"(?:^|(?<=[省市县縣区區旗府]))([\u4e00-\u9fff]{2,4}?)(?:乡|鄉|镇|鎮|街道)(?:人民政府|政府|办事处|辦事處)$"
)
# "Yiwu's" is Yiwu and a possessive, not a word "yiwus": the "s" is read apart, names and questions alike.
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.IGNORECASE)
# Words before a name that make it the place asked about, and words that may stand between.
_LOCATIVE = frozenset({"in", "at", "of", "inside", "within", "near"})
_ARTICLES = frozenset({"the", "a", "an", "my", "our", "your", "this", "that"})
# 在 before a name, or nothing: a Chinese question opens with the place it asks about ("普陀区低保怎么申请").
_CHINESE_LOCATIVE = re.compile(r"(?:^|在)\s*$")
_CHINESE_POSSESSIVE = re.compile(r"^的")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(fold_name(_POSSESSIVE.sub(" s", text)))


class PhraseTable:
    """Names (as folded word sequences, or Chinese strings) -> what they name."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        self._chinese: list[tuple[str, str]] = []

    def add(self, name: str, target: str) -> None:
        if has_chinese(name):
            if len(name) >= 2:
                self._chinese.append((name, target))
            return
        words = tuple(_words(name))
        if words and (len(words) > 1 or len(words[0]) >= MIN_LETTERS):
            self._by_first[words[0]].append((words, target))

    def find(self, text: str) -> set[str]:
        """What the names found in `text` name."""
        return {target for target, _ in self.find_where(text)}

    def find_where(self, text: str) -> list[tuple[str, bool]]:
        """What the names found in `text` name, each with whether `text` names it as the place it
        asks about: after "in", "at", "of", "near", "inside" or "within" (articles and other names may
        stand between), or with a possessive ("Yiwu's"); in Chinese, after 在 or before 的."""
        words = _words(text)
        spans: list[tuple[str, int, int]] = []
        for start, word in enumerate(words):
            for phrase, target in self._by_first.get(word, ()):
                if tuple(words[start : start + len(phrase)]) == phrase:
                    spans.append((target, start, start + len(phrase)))
        named = {i for _, start, end in spans for i in range(start, end)}
        found = [(target, _locative(words, start, end, named)) for target, start, end in spans]
        if has_chinese(text):
            for name, target in self._chinese:
                at = text.find(name)
                while at >= 0:
                    local = bool(
                        _CHINESE_LOCATIVE.search(text[:at]) or _CHINESE_POSSESSIVE.search(text[at + len(name) :])
                    )
                    found.append((target, local))
                    at = text.find(name, at + len(name))
        return found


def _locative(words: list[str], start: int, end: int, named: set[int]) -> bool:
    if end < len(words) and words[end] == "s":
        return True
    before = start - 1
    while before >= 0 and (words[before] in _ARTICLES or before in named):
        before -= 1
    return before >= 0 and words[before] in _LOCATIVE


def owner_phrases(owners: Iterable[NamedOwner]) -> PhraseTable:
    """Every name and alias of every owner, and the name of its kind when that takes two words or
    more: "the general office" names the general offices (the district filter says which), as a
    person asking about the office they work in calls it; "section" or "government" alone is too
    common a word in a question to name anything. A sub-district office or town government is
    also named by the place it serves ("Shipai", "Shuangpu Town"), which a loaded page may be
    the only one to name; one whose name is Chinese, by that place in pinyin ("Zhongsha" for
    "工布江达县仲莎乡人民政府")."""
    table = PhraseTable()
    for number, owner in enumerate(owners):
        for name in (owner.name, *owner.aliases):
            table.add(name, str(number))
            if owner.kind in _LOCAL_KINDS:
                for place, kind in _LOCAL_PLACE.findall(name):
                    table.add(f"{place} {kind}", str(number))
                    table.add(place, str(number))
                for place in _CHINESE_LOCAL_PLACE.findall(name):
                    table.add(romanized(place), str(number))
        if owner.kind and len(_TOKEN.findall(fold_name(owner.kind))) > 1:
            table.add(owner.kind, str(number))
    return table


def place_phrases(names: dict[str, str]) -> PhraseTable:
    """Every name of every place, and each without the word for its type ("Tianhe" for "Tianhe
    District"): the gazetteer lists such short names, a place a loaded page adds has only its own."""
    table = PhraseTable()
    for name, place in names.items():
        table.add(name, place)
        bare = bare_name(name)
        if bare and bare != name and bare not in names:
            table.add(bare, place)
    return table


def scopes(index: Scoped, question: str, within: Iterable[int] = ()) -> tuple[np.ndarray | None, np.ndarray | None]:
    """For every owner, whether it lies within an organization or place the question names (None if
    it names none), and whether it lies within one the question names as the place it asks about
    ("in Shipai", "Yiwu's"; None if it names none so): both found in one reading. `within`: the
    organizations the question asks inside of (`asked_within`), named as the place it asks about."""
    owners = [(int(found), local) for found, local in index.owner_names.find_where(question)]
    owners += [(owner, True) for owner in within]
    places = index.place_table.find_where(question)
    named = _inside(index, {owner for owner, _ in owners}, {place for place, _ in places})
    if named is None:
        return None, None
    local = _inside(index, {owner for owner, local in owners if local}, {place for place, local in places if local})
    return named, local


def _inside(index: Scoped, owners: set[int], places: set[str]) -> np.ndarray | None:
    if not owners and not places:
        return None
    within = {place for named in places for place in index.places_within(named)}
    inside = index.serving(within)
    # the named organizations and every unit below them, walked down (a kind's name can name thousands)
    stack, seen = list(owners), set(owners)
    while stack:
        owner = stack.pop()
        inside[owner] = True
        for unit in index.units_of.get(owner, ()):
            if unit not in seen:
                seen.add(unit)
                stack.append(unit)
    return inside
