"""Where an organization is when its page's jurisdiction does not say: its name, its address, its site.

An organization's id is its name in the place it serves; a page whose reader found no district
or city still names a place somewhere ("General Office of Qingshui City People's Government",
"12 Renmin Road, Lishui City", "www.lishui.gov.cn"). These clues are tried in that order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from orgkb.ontology.places import Gazetteer, Place, bare_name, fold_name

# An English place name with its type: "Qingshui City", "Fairfax County", "Jing'an District".
PLACE_PHRASE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*)\s+"
    r"(City|County|District|New\s+District|New\s+Area|Municipality|Province|Prefecture|Borough|Municipal)\b"
)
# The characters a Chinese place name ends with, at which a name's place may end ("静安区" of "静安区民政局").
# Towns and sub-districts (镇, 乡, 街道) are left out: they are a town government's own name.
_HAN_PLACE_END = "省市区县州盟旗"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NOT_PLACES = {"people", "peoples", "the", "general", "main", "municipal"}


@dataclass(frozen=True)
class Clue:
    """A place a page names: the gazetteer's place when it knows it, else the name as printed."""

    name: str
    place: Place | None = None


def chinese_place_prefix(name: str, gazetteer: Gazetteer) -> tuple[str, Place] | None:
    """The longest start of a Chinese name that is a place the gazetteer knows ("上海市静安区"
    of "上海市静安区民政局"), with the place.

    >>> from orgkb.ontology.places import default_gazetteer
    >>> prefix, place = chinese_place_prefix("静安区人民政府办公室", default_gazetteer())
    >>> prefix, place.path
    ('静安区', 'shanghai/jingan')
    """
    found: tuple[str, Place] | None = None
    for end, character in enumerate(name, start=1):
        if character in _HAN_PLACE_END and end < len(name) and (place := gazetteer.find(name[:end])) is not None:
            found = (name[:end], place)
    return found


def name_clue(name: str, gazetteer: Gazetteer) -> Clue | None:
    """The place an organization's name names: the first English place phrase, or the place its
    Chinese name begins with."""
    if _HAN.search(name):
        found = chinese_place_prefix(name, gazetteer)
        return Clue(found[0], found[1]) if found else None
    for match in PLACE_PHRASE.finditer(name):
        words = match.group(1)
        if fold_name(words) in _NOT_PLACES:
            continue
        phrase = match.group(0).removesuffix(" Municipal")
        return Clue(phrase, typed_find(phrase, match.group(2), gazetteer))
    return None


def typed_find(phrase: str, place_type: str, gazetteer: Gazetteer) -> Place | None:
    """The place called `phrase` whose type is the one the phrase says: "Mapo City" is not Mapo Township.

    >>> from orgkb.ontology.places import default_gazetteer
    >>> typed_find("Mapo City", "City", default_gazetteer()) is None
    True
    >>> typed_find("Hefei City", "City", default_gazetteer()).path
    'anhui/hefei'
    """
    wanted = fold_name(place_type).replace("municipality", "city").replace("municipal", "city")
    for place in gazetteer.candidates(phrase):
        if wanted in place.place_type or fold_name(place.label).endswith(wanted):
            return place
    return None


def address_clue(address: str, gazetteer: Gazetteer) -> Clue | None:
    """The most specific place an address names: the first of its parts that is a place with its
    type ("Lishui City" of "12 Renmin Road, Lishui City, Zhejiang"), or the Chinese address's
    longest start that the gazetteer knows."""
    if _HAN.search(address):
        found = chinese_place_prefix(address, gazetteer)
        return Clue(found[0], found[1]) if found else None
    for part in re.split(r"[,，;]", address):
        part = part.strip()
        match = PLACE_PHRASE.search(part)
        if match and match.end() == len(part) and fold_name(match.group(1)) not in _NOT_PLACES:
            return Clue(match.group(0), typed_find(match.group(0), match.group(2), gazetteer))
    return None


def site_slug(site: str) -> str:
    """The part of a site's host that names it: without "www." and the like.

    >>> site_slug("www.qingshui.gov.cn"), site_slug("english.qingshui.gov.cn")
    ('qingshui-gov-cn', 'qingshui-gov-cn')
    """
    host = site.lower().strip(".")
    host = re.sub(r"^(?:www\d?|english|en|eng)\.", "", host)
    return re.sub(r"[^a-z0-9]+", "-", host).strip("-")


def bare(name: str) -> str:
    """A place's folded name without its type ("qingshui" of "Qingshui City")."""
    return bare_name(fold_name(name))
