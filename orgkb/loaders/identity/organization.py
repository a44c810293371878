"""Who a page is about: the organization's name, aliases, kind, parent and jurisdiction."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from orgkb.loaders.document import Jurisdiction, Kind
from orgkb.loaders.identity.kind_echo import echoed_noun
from orgkb.loaders.places import place_clues, regions
from orgkb.loaders.places.owner_place import owner_place
from orgkb.ontology.places import Gazetteer, default_gazetteer, fold_name
from orgkb.ontology.script import HAN

_TITLE_PREFIX = re.compile(
    r"^(?:(?:main|major|organizational)\s+)?(?:responsibilities|duties|functions)(?:\s+and\s+(?:organization|"
    r"organizational structure|internal organization|institutions))?\s+of\s+(?:the\s+)?|"
    r"^(?:introduction|overview|profile)\s+(?:to|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_TITLE_SUFFIX = re.compile(r"\s*[-|–]\s*[\w .]+(?:gov\.cn|website|portal)\s*$", re.IGNORECASE)
# A name's words are parted by spaces, never by a line break: a name ends with its line.
_NAME = r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*"
# "Area" names a district only as a "New Area" (Pudong): an "Industrial Area" is a zone in an address.
# An autonomous county's name lists its peoples ("Jiangcheng Hani and Yi Autonomous County", "Menglian
# Dai, Lahu and Va Autonomous County"): the list is part of the name, or three counties of Pu'er would
# all be "Yi Autonomous County", one place, and their departments one organization.
_PEOPLES = r"(?:[A-Z][\w'-]*(?:,[ \t]+|[ \t]+and[ \t]+))+[A-Z][\w'-]*[ \t]+Autonomous[ \t]+County"
_DISTRICT = re.compile(
    rf"\b({_NAME}[ \t]+{_PEOPLES}|{_NAME}[ \t]+(?:(?:New[ \t]+)?(?:District|County)|New[ \t]+Area))\b"
)
_SUBDISTRICT = re.compile(rf"\b({_NAME}[ \t]+(?:Sub-?district|Subdistrict|Street|Town|Township))\b")
# A city named as one ("Guangzhou Municipality", "Yiwu Municipal People's Government") or after the
# last comma of the text ("..., Guangzhou"); `_city_in` searches the two apart (see there).
_MUNICIPAL = re.compile(rf"(?:,\s*|\b)({_NAME})\s+(?:Municipality|Municipal People's Government)\b")
_CITY_AT_END = re.compile(rf",\s*({_NAME})\s*$")
# Cities that pages name before a district ("Beijing Chaoyang District") or after a title's last
# "of" ("Jinjiang District Commerce Bureau of Chengdu"); the gazetteer's cities count too.
_CITY_NAMES = frozenset(
    fold_name(city)
    for city in (  # noqa: SIM905 (a list literal would take a line per city)
        "Beijing Shanghai Tianjin Chongqing Guangzhou Shenzhen Chengdu Hangzhou Wuhan Nanjing Xi'an Suzhou "
        "Zhengzhou Changsha Dongguan Foshan Qingdao Shenyang Ningbo Kunming Hefei Jinan Xiamen Fuzhou Dalian "
        "Harbin Changchun Shijiazhuang Taiyuan Nanning Nanchang Guiyang Lanzhou Urumqi Hohhot Yinchuan Xining "
        "Haikou Sanya Lhasa Wuxi Changzhou Nantong Wenzhou Shaoxing Jiaxing Zhuhai Shantou Huizhou Zhongshan "
        "Jiangmen Quanzhou Yantai Weifang Tangshan Baoding Luoyang Yangzhou Xuzhou"
    ).split()
)
# The organization's Chinese name printed after its English one: "(天河区商务局)" or " 天河区商务局".
_CHINESE_NAME = re.compile(rf"\s*[(（]\s*([{HAN}][^()（）]*?)\s*[)）]|\s+([{HAN}]+)$")
# A line that is nothing but a name in Chinese ("深圳市南山区城市管理和综合执法局"): Chinese characters,
# brackets and middle dots, without the digits, letters or stops of a date or a sentence.
_CHINESE_NAME_LINE = re.compile(f"[{HAN}][{HAN}（）()·・ ]{{1,59}}")
_PLACE_WORD = re.compile(r"\b(?:City|District|County|Municipal(?:ity)?|Province|Provincial|Town|Township)\b")
_CITY_GOVERNMENT = re.compile(rf"\b({_NAME}[ \t]+(?:City|County))[ \t]+Government\b")
_TITLE_CITY = re.compile(rf"\bof\s+(?:the\s+)?({_NAME})(?:\s+(?:City|Municipality))?\s*$")
_DETACHED = re.compile(
    r"\bas\s+an?\s+(detached\s+agency|dispatched\s+agency|agency|office)\s+of\s+(?:the\s+)?"
    r"(.+?),\s+(?:the\s+)?(.+?)\s+(?:performs|exercises|is|carries|undertakes)\b",
    re.IGNORECASE,
)
# The same said the other way round: "Beiyuan Sub-district Office is a dispatched agency of the
# Yiwu Municipal People's Government and exercises ...".
_IS_DETACHED = re.compile(
    rf"(?:\b({_NAME})|\b(?i:the)\s+[a-z][\w-]*|\b(?i:it))\s+is\s+an?\s+((?i:(?:detached|dispatched)\s+agency))"
    r"\s+of\s+(?:the\s+)?([A-Z][^,.;]*?(?:Government|Committee))\b"
)
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?People's Government of (.+)$")
_COMMITTEES_OF = re.compile(
    r"\b(?:the\s+)?((?:Party Work Committee|Party Working Committee)\s+and\s+(?:the\s+)?"
    r"Management Committee|Management Committee)\s+of\s+(?:the\s+)?({_NAME})".replace("{_NAME}", _NAME)
)
_GENERIC_WORDS = frozenset(
    [
        "general",
        "office",
        "sub-district",
        "subdistrict",
        "street",
        "town",
        "section",
        "bureau",
        "department",
        "commission",
        "administration",
        "people's",
        "government",
        "district",
        "new",
        "the",
        "of",
        "and",
    ]
)


@dataclass
class Identity:
    """What the loader could tell about the page's organization."""

    name: str
    kind: Kind
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None
    parent_aliases: list[str] = field(default_factory=list)
    parent_relation: str | None = None
    jurisdiction: Jurisdiction = field(default_factory=Jurisdiction)
    # What the reader should know about how the identity was read.
    warnings: list[str] = field(default_factory=list)


def clean_title(line: str) -> str:
    """The organization's name from a title line ("Main Responsibilities and Organization of X")."""
    title = _TITLE_PREFIX.sub("", line.strip())
    if "-" in title or "|" in title or "–" in title:  # the suffix follows a dash or a bar
        title = _TITLE_SUFFIX.sub("", title)
    return title.strip(" :.")


def read_kind(name: str) -> Kind:
    lowered = name.lower()
    if "general office" in lowered:
        return Kind.GENERAL_OFFICE
    if re.search(r"sub-?district office|subdistrict office|street office|jiedao", lowered):
        return Kind.SUB_DISTRICT_OFFICE
    if re.search(r"\bdistrict office$", lowered.partition(",")[0].strip()):
        return Kind.SUB_DISTRICT_OFFICE  # "Datong District Office, Taipei City": a city's office in a district (區公所)
    # the name's head says what it is: "Foreign Affairs Office of the People's Government of X" is an
    # office of a government, "Public Health Services" a council's department, "County Road Division"
    # or "Planning Policy Team" a section of a department
    head = lowered.partition(" of ")[0].strip()
    if re.search(r"\b(?:division|section|teams?|unit)$", head):
        return Kind.SECTION
    if re.search(r"\b(?:bureau|commission|administration|department)\b", lowered):
        return Kind.DEPARTMENT
    if re.search(r"\b(?:office|services?)$", head) and "government" not in head:
        return Kind.DEPARTMENT
    if re.search(r"\bdirectorates?$", head):  # a council's directorate, made up of services or departments
        return Kind.DEPARTMENT
    if re.search(r"people's government|management committee|town government", lowered):
        return Kind.GOVERNMENT
    return Kind.OTHER


def _short_name(name: str) -> str | None:
    """ "Caojiadu Sub-district Office" for "Caojiadu Sub-district Office of Jing'an District ..."."""
    head, found, _ = name.partition(" of ")
    if not found:
        return None
    words = [word.lower() for word in head.split()]
    if all(word in _GENERIC_WORDS for word in words):
        return None
    return head.strip()


def _government_name(of: str) -> str:
    """ "Jing'an District People's Government" from "People's Government of Jing'an District"."""
    of = re.sub(r",\s*\w+$", "", of.strip())
    if match := _GOVERNMENT_OF.match(of):
        return f"{match.group(1).strip()} People's Government"
    return of


def _is_city(name: str, gazetteer: Gazetteer) -> bool:
    if fold_name(name) in _CITY_NAMES:
        return True
    place = gazetteer.find(name)
    return place is not None and gazetteer.city_of(place) == place


def _cities_in(text: str) -> list[str]:
    """Every city `text` names as a city, in order: "X Municipality", "X Municipal People's
    Government", and a name after its last comma that ends the text.

    "Municipal" is looked for only where it is printed, and a name that ends the text only from
    the last comma on (a name holds no comma): a fraction of the time of a search over a whole page.
    """
    found = [(match.start(), match.group(1)) for match in _MUNICIPAL.finditer(text)] if "Municipal" in text else []
    comma = text.rfind(",")
    if comma >= 0 and (at_end := _CITY_AT_END.match(text, comma)) and all(start < comma for start, _ in found):
        # "..., HKSAR Government", "..., Hsinchu County Government": the place whose government it is
        found.append((comma, re.sub(r"(?<!People's)\s+Government$", "", at_end.group(1))))
    return [city for _, city in found]


def _city_in(text: str) -> str | None:
    """The first city `text` names as a city (see `_cities_in`), or None."""
    return next(iter(_cities_in(text)), None)


def _stated_city(name: str, gazetteer: Gazetteer) -> str | None:
    """The city the organization's name states: "..., Guangzhou", "... of Chengdu", "Beijing ... District"."""
    candidates = _cities_in(name)
    if match := _TITLE_CITY.search(name):
        candidates.append(match.group(1))
    if match := _DISTRICT.search(name):
        candidates.append(match.group(1).partition(" ")[0])
    return next((city for city in candidates if _is_city(city, gazetteer)), None)


def _jurisdiction(name: str, text: str, gazetteer: Gazetteer, warnings: list[str], address: str = "") -> Jurisdiction:
    """Where the organization serves, from its name, then the page's text, then (for the
    district and city only) its address."""
    where = Jurisdiction()
    # "Public Works Bureau, Tainan City Government", "General Office of Beijing Municipal People's
    # Government", "... of Tianjin Municipality": a city government's office serves the city, not the
    # district of its address (but "Jing'an Branch of Shanghai Municipal Public Security Bureau" may
    # serve a district: a municipal bureau's name alone does not say)
    city_office = _CITY_GOVERNMENT.search(name) is not None or _MUNICIPAL.search(name) is not None
    for source in (name, text, address):
        if where.district is None and (source is name or not city_office) and (match := _DISTRICT.search(source)):
            where.district = re.sub(r"^(?:People's Government of|General Office of)\s+", "", match.group(1))
        if where.subdistrict is None and source is not address and (match := _SUBDISTRICT.search(source)):
            where.subdistrict = match.group(1)
    if where.district and gazetteer.find(where.district) is None:
        # "Beijing Chaoyang District": the city's name leads the district's.
        first, _, rest = where.district.partition(" ")
        if len(rest.split()) >= 2 and _is_city(first, gazetteer):
            where.district, where.city = rest, first
    if where.district and (known := gazetteer.find(where.district)) and known.place_type == "county":
        where.city, where.district = known.label, None  # Taiwan's counties are governed as its cities are
    if where.district and (known := gazetteer.find(where.district)):
        stated = where.city or _stated_city(name, gazetteer)
        place = gazetteer.find(where.district, within=stated) if stated else known
        if place is None:
            # Huangpu District is in Shanghai and in Guangzhou: the page's own city decides.
            elsewhere = gazetteer.city_of(known)
            warnings.append(
                f"{where.district} is in {elsewhere.label if elsewhere else 'another place'} in the gazetteer, "
                f"but the page names {stated}; read as {stated}'s"
            )
            where.city = stated
            return where
        where.district = place.label
        if (city := gazetteer.city_of(place)) is not None:
            where.city = city.label
    if where.city is None and (match := _TITLE_CITY.search(name)) and _is_city(match.group(1), gazetteer):
        where.city = match.group(1)
    if where.district is None:
        _place_in_name(name, gazetteer, where)
    if where.city is None and where.province is None:  # a province's department serves the province,
        for source in (name, text, address):  # not the capital its address is in
            # an address ends in its city or in any other place ("..., Anji County")
            if (named := _city_in(source)) and (source is not address or _is_city(named, gazetteer)):
                where.city = named
                break
    if (
        where.city is None
        and where.district is None
        and where.province is None
        and "City Government" in text
        and not _PLACE_WORD.search(name)
    ):
        # a page that names no place of its own but the city government it works in, most often
        governments = Counter(match.group(1) for match in _CITY_GOVERNMENT.finditer(text))
        where.city = governments.most_common(1)[0][0] if governments else None
    if where.city is None and where.district is None and where.province is None and not _PLACE_WORD.search(name):
        _region_named(text, where)
    if where.city is None and where.district is None and where.province is None:
        where.city = owner_place(text, gazetteer)  # "the City of X", "X City Council": the site's owner
    if regions.city_office_in_district(name, where, gazetteer):
        where.district = None  # a Taiwan city's bureau at an address in one of its districts
    return where


# The regions a page of theirs names without a place word: "the Hong Kong Police Force", "Macao SAR".
_REGIONS = re.compile(r"\b(?:(Hong Kong|HKSAR)|(Maca[ou])(?:\s+SAR)?|(Taiwan))\b")


def _region_named(text: str, where: Jurisdiction) -> None:
    """The region a page that names no place of its own names most (Hong Kong or Macao as its city,
    Taiwan as its province), if any."""
    named = Counter(
        "Hong Kong" if match.group(1) else "Macao" if match.group(2) else "Taiwan" for match in _REGIONS.finditer(text)
    )
    if not named:
        return
    region = named.most_common(1)[0][0]
    if region == "Taiwan":
        where.province = region
    else:
        where.city = region


def _place_in_name(name: str, gazetteer: Gazetteer, where: Jurisdiction) -> None:
    """The city, district or province an organization's name states, set as the places it serves
    (`orgkb.loaders.places.place_clues.served_in_name`; the city the name states decides a county-level city's)."""
    stated = _stated_city(name, gazetteer)
    served = place_clues.served_in_name(
        name, gazetteer, within=gazetteer.find(stated) if stated else None, city_known=where.city is not None
    )
    if served.district is not None:
        where.district = served.district.label
    if served.city is not None:
        where.city = served.city.label
    elif served.province is not None:
        where.province = served.province.label  # a province's department serves the province


def is_chinese_name(line: str) -> bool:
    """Whether a line is nothing but a name in Chinese, as a page prints its Chinese title under
    its English one.

    >>> is_chinese_name("广州市黄埔区人民政府"), is_chinese_name("2023年5月8日"), is_chinese_name("首页 > 机构")
    (True, False, False)
    """
    return _CHINESE_NAME_LINE.fullmatch(line.strip()) is not None


def read_identity(
    title: str,
    intro: str,
    text: str,
    gazetteer: Gazetteer | None = None,
    chinese_title: str | None = None,
    address: str = "",
) -> Identity:
    """The organization a page is about, from its title, its intro lines and its whole text;
    `chinese_title` is the name in Chinese that a page may print on its own line under the title,
    `address` the addresses its contact lines give (read for the district and city only)."""
    gazetteer = gazetteer or default_gazetteer()
    name = clean_title(title)
    chinese = [match.group(1) or match.group(2) for match in _CHINESE_NAME.finditer(name)]
    if chinese and (english := _CHINESE_NAME.sub("", name).strip(" :.")):
        name = english
    else:
        chinese = []
    if chinese_title and chinese_title.strip() not in chinese:
        chinese.append(chinese_title.strip())
    identity = Identity(name=name, kind=read_kind(name), aliases=chinese)
    if identity.kind is Kind.OTHER and (noun := echoed_noun(name, text)) is not None:
        identity.kind = read_kind(f"{name} {noun.capitalize()}")  # "The Parks & Recreation department ..."
    identity.jurisdiction = _jurisdiction(name, text, gazetteer, identity.warnings, address)
    if match := _DETACHED.search(intro):
        parent, relation, alias = match.group(2), match.group(1), match.group(3)
    elif match := _IS_DETACHED.search(intro):
        parent, relation, alias = match.group(3), match.group(2), match.group(1)
    if match:
        identity.parent = _government_name(parent)
        identity.parent_relation = re.sub(r"\s+", " ", relation.lower())
        alias = re.sub(r"^the\s+", "", alias or "", flags=re.IGNORECASE).strip()
        specific = any(word.lower() not in _GENERIC_WORDS for word in alias.split())
        if specific and fold_name(alias) != fold_name(name):
            identity.aliases.append(alias)
    short = _short_name(name)
    if short and fold_name(short) not in {fold_name(a) for a in [name, *identity.aliases]}:
        identity.aliases.append(short)
    if identity.parent is None:
        identity.parent = _parent_from_name(name, identity, text)
    return identity


def _parent_from_name(name: str, identity: Identity, text: str) -> str | None:
    if identity.kind == Kind.GOVERNMENT:
        # A town's government is under its district's, a district's under its city's.
        town = identity.jurisdiction.subdistrict
        district = identity.jurisdiction.district
        city = identity.jurisdiction.city
        if district and town and re.search(r"\b(?:Town|Township)$", town) and fold_name(town) in fold_name(name):
            return f"{district} People's Government"
        if district and city and fold_name(district) in fold_name(name):
            return f"{city} Municipal People's Government"
        return None
    _, found, of = name.partition(" of ")
    if found and "government" in of.lower():
        return _government_name(of)
    district = identity.jurisdiction.district
    if district is None:
        return None
    if (match := _COMMITTEES_OF.search(text)) and fold_name(match.group(2)) == fold_name(district):
        committees = re.sub(r"\s+and\s+the\s+", " and ", match.group(1))
        return f"{district} ({committees})"
    if council := re.search(rf"\b{re.escape(district)}(?:\s+[A-Z][\w'-]*)?\s+Council\b", text):
        return council.group(
            0
        )  # "Brackley District Council": a council governs the district, not a people's government
    return f"{district} People's Government"
