"""Where an organization is, from its name, its address and its site: the one reading of places in names.

The reader asks `served_in_name` which known places an organization's name says it serves (a
city, a district of it, a province) to fill the page's jurisdiction. An organization's id is its
name in the place it serves; a page whose reader found no district or city still names a place
somewhere ("General Office of Qingshui City People's Government", "12 Renmin Road, Lishui City",
"www.lishui.gov.cn"): `name_clue`, `address_clue` and `site_slug`, tried in that order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from orgkb.ontology.places import CITY_TYPES, Gazetteer, Place, bare_name, fold_name
from orgkb.ontology.script import has_chinese

# An English place name with its type: "Qingshui City", "Fairfax County", "Jing'an District".
PLACE_PHRASE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*)\s+"
    r"(City|County|District|New\s+District|New\s+Area|Municipality|Province|Prefecture|Borough|Municipal)\b"
)
# The characters a Chinese place name ends with, at which a name's place may end ("静安区" of "静安区民政局").
# Towns and sub-districts (镇, 乡, 街道) are left out: they are a town government's own name.
_HAN_PLACE_END = "省市区县州盟旗"
_NOT_PLACES = {"people", "peoples", "the", "general", "main", "municipal"}
# A province a name names: "Zhejiang Provincial Department of Commerce", "... of Zhejiang Province".
_PROVINCE = re.compile(r"\b([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*)\s+(?:Province|Provincial)\b")
_CITY_WORDS = ("City", "Municipal", "Municipality")


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


def _phrases(name: str) -> Iterator[re.Match[str]]:
    """The place phrases of an English name, in order: "Qingshui City", "Fairfax County"."""
    return (match for match in PLACE_PHRASE.finditer(name) if fold_name(match.group(1)) not in _NOT_PLACES)


def name_clue(name: str, gazetteer: Gazetteer) -> Clue | None:
    """The place an organization's name names: the first English place phrase, or the place its
    Chinese name begins with."""
    if has_chinese(name):
        found = chinese_place_prefix(name, gazetteer)
        return Clue(found[0], found[1]) if found else None
    for match in _phrases(name):
        phrase = match.group(0).removesuffix(" Municipal")
        return Clue(phrase, typed_find(phrase, match.group(2), gazetteer))
    return None


@dataclass(frozen=True)
class Served:
    """The places an organization's name says it serves: a city (or a province-level
    municipality), a district or county-level city of it, or a province; None where it says none."""

    city: Place | None = None
    district: Place | None = None
    province: Place | None = None


def served_in_name(name: str, gazetteer: Gazetteer, within: Place | None = None, city_known: bool = False) -> Served:
    """The known places an English name says its organization serves, the first of:

    - the city it opens with, and the district of it that follows, both without their types
      ("Hangzhou Civil Affairs Bureau", "Shanghai Putuo Health Supervision Institute");
    - the first city it names with its type ("Changde City" of "General Office of Changde City
      Government"), or a county-level city that lies in `within`, the city the name states
      ("Tongcheng City" of "... of Tongcheng City, Anqing"): one that states none is left to
      `name_clue`, so that ids stay as they were;
    - its province ("Zhejiang Provincial Department of Commerce").

    With `city_known` (the page's city is read already) only a county-level city is looked for.

    >>> from orgkb.ontology.places import default_gazetteer
    >>> served = served_in_name("Zhejiang Provincial Department of Commerce", default_gazetteer())
    >>> served.province.path, served.city
    ('zhejiang', None)
    >>> served_in_name("Hangzhou Civil Affairs Bureau", default_gazetteer()).city.path
    'zhejiang/hangzhou'
    """
    if not city_known and (leading := _leading_city(name, gazetteer)) is not None:
        return leading
    for match in _phrases(name):
        if match.group(2) not in _CITY_WORDS:
            continue
        for place in gazetteer.candidates(match.group(1)):
            if place.place_type in CITY_TYPES and not city_known:
                return Served(city=place)
            served = gazetteer.city_of(place)
            county_level = place.place_type == "district" and fold_name(place.label).endswith("city")
            if county_level and served is not None and within is not None and served.iri == within.iri:
                return Served(city=served, district=place)
    if not city_known and (provincial := _PROVINCE.search(name)):
        candidates = gazetteer.candidates(provincial.group(1))
        return Served(province=next((place for place in candidates if place.place_type == "province"), None))
    return Served()


def _leading_city(name: str, gazetteer: Gazetteer) -> Served | None:
    """The city a name opens with, and the district of it that follows, without their types."""
    words = name.split()
    for count in (2, 1):
        if len(words) <= count:
            continue
        place = gazetteer.find(" ".join(words[:count]))
        if place is None or place.place_type not in CITY_TYPES:
            continue
        district = gazetteer.find(words[count], within=place)
        if district is not None and district.place_type == "district" and len(words) > count + 1:
            return Served(city=place, district=district)
        return Served(city=place)
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
    if has_chinese(address):
        found = chinese_place_prefix(address, gazetteer)
        return Clue(found[0], found[1]) if found else None
    for part in re.split(r"[,，;]", address):
        part = part.strip()
        match = PLACE_PHRASE.search(part)
        if match and match.end() == len(part) and fold_name(match.group(1)) not in _NOT_PLACES:
            return Clue(match.group(0), typed_find(match.group(0), match.group(2), gazetteer))
    return None


def named_clues(names: Iterable[str], address: str | None, gazetteer: Gazetteer) -> Iterator[Clue]:
    """The places an organization's names give (`name_clue`), then the one its address gives."""
    for name in names:
        if (clue := name_clue(name, gazetteer)) is not None:
            yield clue
    if address and (clue := address_clue(address, gazetteer)) is not None:
        yield clue


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
