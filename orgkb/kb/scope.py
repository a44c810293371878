"""The organizations and places a question names itself ("... in the Caojiadu Sub-district Office?").

A person often says where they ask about in the question rather than in the district filter.
The names are found as whole word sequences (folded like every name: case, apostrophes,
hyphens), Chinese names as substrings; the organizations and units inside what was named are
preferred, not the only ones kept, because a named place can also be the object of the matter
("cooperation with Dapeng").
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

import numpy as np

from orgkb.ontology.places import bare_name, fold_name

if TYPE_CHECKING:
    from orgkb.kb.handler_index import HandlerIndex

_TOKEN = re.compile(r"\w+")
_CJK = re.compile(r"[\u3400-\u9fff]")
MIN_LETTERS = 4  # a one-word name shorter than this ("Pu") is too likely to be another word
# The place a sub-district office or a town government serves, named in its own name before the
# word for that kind of place: "Shipai Street Office of Tianhe District", "People's Government
# of Shuangpu Town, Xihu District". People name the office by that place ("in Shipai").
_LOCAL_PLACE = re.compile(
    r"(?:^|,\s*|\bof\s+)((?:[A-Z][\w'’-]*\s+)*?[A-Z][\w'’-]*)\s+(Sub-district|Subdistrict|Street|Town|Township)\b"
)
_LOCAL_KINDS = frozenset({"sub-district office", "government"})


class PhraseTable:
    """Names (as folded word sequences, or Chinese strings) -> what they name."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        self._chinese: list[tuple[str, str]] = []

    def add(self, name: str, target: str) -> None:
        if _CJK.search(name):
            if len(name) >= 2:
                self._chinese.append((name, target))
            return
        words = tuple(_TOKEN.findall(fold_name(name)))
        if words and (len(words) > 1 or len(words[0]) >= MIN_LETTERS):
            self._by_first[words[0]].append((words, target))

    def find(self, text: str) -> set[str]:
        """What the names found in `text` name."""
        words = _TOKEN.findall(fold_name(text))
        found: set[str] = set()
        for start, word in enumerate(words):
            for phrase, target in self._by_first.get(word, ()):
                if tuple(words[start : start + len(phrase)]) == phrase:
                    found.add(target)
        if _CJK.search(text):
            found.update(target for name, target in self._chinese if name in text)
        return found


def owner_phrases(index: HandlerIndex) -> PhraseTable:
    """Every name and alias of every owner, and the name of its kind when that takes two words or
    more: "the general office" names the general offices (the district filter says which), as a
    person asking about the office they work in calls it; "section" or "government" alone is too
    common a word in a question to name anything. A sub-district office or town government is
    also named by the place it serves ("Shipai", "Shuangpu Town"), which a loaded page may be
    the only one to name."""
    table = PhraseTable()
    for number, owner in enumerate(index.owners):
        for name in (owner.name, *owner.aliases):
            table.add(name, str(number))
            if owner.kind in _LOCAL_KINDS:
                for place, kind in _LOCAL_PLACE.findall(name):
                    table.add(f"{place} {kind}", str(number))
                    table.add(place, str(number))
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


def named_scope(index: HandlerIndex, question: str) -> np.ndarray | None:
    """For every owner, whether it lies within an organization or place the question names; None if none."""
    owners = {int(found) for found in index.owner_names.find(question)}
    places = index.place_table.find(question)
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
