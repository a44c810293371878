"""Who a Chinese page is about: the organization's kind, parent and jurisdiction, from its name and text.

Places are found through the gazetteer's Chinese names (simplified and traditional alike: the text
is folded to simplified characters first): a run of characters ending in a place word (市, 区, 县,
街道, 镇, 新区, 高新区 ...) that the gazetteer knows, the city before a district narrowing the search.
"""

from __future__ import annotations

import re

from orgkb.loaders.document import Jurisdiction, Kind
from orgkb.loaders.identity.organization import Identity
from orgkb.loaders.places import regions
from orgkb.loaders.reading.roles.cues.zh_script import to_simplified
from orgkb.ontology.places import Gazetteer, Place, default_gazetteer
from orgkb.ontology.script import HAN

# Kinds by how the (simplified) name ends, the first that matches deciding.
_KINDS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (re.compile(r"政府办公室$|政府办公厅$|政府办$"), Kind.GENERAL_OFFICE),
    # a sub-district (街道) has no government of its own: its page is its office's ("湘雅路街道")
    (re.compile(r"(?:街道办事处|办事处|公所|街道)$"), Kind.SUB_DISTRICT_OFFICE),
    (re.compile(r"(?:人民政府|政府|管理委员会|管委会)$"), Kind.GOVERNMENT),
    (re.compile(r"议会$"), Kind.LEGISLATURE),  # a city's council (臺中市議會)
    (re.compile(r"(?:科|股|课|值班室|(?<!办公)室)$"), Kind.SECTION),
    (re.compile(r"(?:局|分局|委员会|委|厅|署|总署|处|办公室|办|部)$"), Kind.DEPARTMENT),
    (re.compile(r"中心$"), Kind.SERVICE_CENTER),
    (re.compile(r"(?:镇|乡)$"), Kind.GOVERNMENT),
)
# "区教育局(基础教育与职业教育科)": a section named after its bureau, in brackets
_BRACKETED_SECTION = re.compile(r"[(（][^()（）]{2,}(?:科|股|课)[)）]$")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]$")
_PLACE_END = re.compile(r"特别行政区|高新区|新区|自治州|自治县|街道|地区|省|市|区|县|镇|乡|澳门|香港")
_LONGEST = 12  # a place's name with its parents, in characters
# A development zone ("增城经济技术开发区", "衡阳高新区", "长沙经开区", "苏州工业园区"): the words that say
# what kind of zone it is, before the place its name opens with.
_ZONE = re.compile(
    r"(?:国家级)?(?:经济技术|高新技术产业|高新技术|经济|技术|工业|产业|科技|综合保税|保税|临港)*"
    r"(?:开发区|高新区|经开区|园区)$"
)
_CITY_TYPES = ("city", "province-level municipality", "special administrative region")
_TOWN_TYPES = ("sub-district", "town", "township")
_BREAK = re.compile(rf"[^{HAN}]")
# "月湖街道办事处是海曙区人民政府的派出机关": the parent, and that the office is its dispatched agency.
_DISPATCHED = re.compile(rf"是(?P<parent>[{HAN}]{{2,30}}?(?:政府|委员会))的?(?P<relation>派出机关|派出机构)")
_UNDER = re.compile(rf"隶属(?:于)?(?P<parent>[{HAN}]{{2,30}}?(?:政府|委员会))")
_GENERIC = re.compile(r"(?:人民)?政府|(?:街道)?办事处$|区?公所$|办公室$")
# Places whose governments are not called 人民政府.
_OWN_GOVERNMENTS = ("taiwan", "macao", "hong-kong", "hongkong")
# After the organization's name, in its sentence: its short name in brackets, then the signboards it
# hangs ("同时挂A牌子", "加挂A、B牌子"), each a name of the organization.
_OTHER_NAMES = (
    rf"(?:[(（]以下简称(?P<short>[{HAN}]{{2,20}})[)）])?"
    rf"(?:[^。；;(（]{{0,40}}?(?:加挂|挂)(?P<boards>[{HAN}、和]{{3,80}}?)牌子)?"
)
_BODY_END = re.compile(r"(?:办公室|办|局|委员会|委|中心|处|署)$")
_GOVERNMENT_PREFIX = re.compile(rf"^(?P<parent>[{HAN}]{{2,12}}?(?:人民)?政府)(?=[{HAN}]{{2,}})")


def read_kind_zh(name: str) -> Kind:
    """The kind of organization a Chinese name names.

    >>> [read_kind_zh(name).value for name in ("钟楼区人民政府办公室", "月湖街道辦事處", "岳麓区应急管理局")]
    ['general-office', 'sub-district-office', 'department']
    """
    simplified = to_simplified(name.strip())
    if _BRACKETED_SECTION.search(simplified):
        return Kind.SECTION
    simplified = _BRACKETED.sub("", simplified)  # "区市场监督管理局(区知识产权局)": a second name
    return next((kind for pattern, kind in _KINDS if pattern.search(simplified)), Kind.OTHER)


def places_in(text: str, gazetteer: Gazetteer | None = None) -> list[tuple[int, int, Place]]:
    """The places a Chinese text names, with where each begins and ends, in order.

    >>> [place.label for _, _, place in places_in("常州市钟楼区人民政府办公室")]
    ['Changzhou', 'Zhonglou District']
    """
    gazetteer = gazetteer or default_gazetteer()
    simplified = to_simplified(text)
    found: list[tuple[int, int, Place]] = []
    start = 0
    for match in _PLACE_END.finditer(simplified):
        end = match.end()
        if end <= start:
            continue
        if (broken := _BREAK.search(simplified, start, end)) is not None:
            start = max(start, broken.end())
            while (broken := _BREAK.search(simplified, start, end)) is not None:
                start = broken.end()
        within = next((place for _, _, place in reversed(found) if place.place_type not in _TOWN_TYPES), None)
        if (zone := _ZONE.search(simplified, start, end)) is not None:
            if (placed := _zone_place(simplified, start, zone.start(), end, within, gazetteer)) is not None:
                found.append(placed)
                start = end
            continue
        for begin in range(max(start, end - _LONGEST), end - 1):
            candidate = simplified[begin:end]
            if (
                len(candidate) - len(match.group()) < 2
                and match.group() not in ("澳门", "香港")
                and not _one_character_county(simplified, begin, candidate)
            ):
                continue
            place = gazetteer.find(candidate, within=within) if within else gazetteer.find(candidate)
            if place is not None and (place.chinese is None or _same(place, candidate)):
                found.append((begin, end, place))
                start = end
                break
    return found


def _zone_place(
    simplified: str, start: int, zone: int, end: int, within: Place | None, gazetteer: Gazetteer
) -> tuple[int, int, Place] | None:
    """The place a development zone's name gives: the zone itself when the gazetteer holds it as a
    district ("苏州工业园区"), else the place its name opens with ("增城经济技术开发区" lies in 增城区).
    A zone's words alone name no place: "开发区" is no sub-district called Kaifaqu."""
    for begin in range(max(start, end - _LONGEST), zone):
        whole = simplified[begin:end]
        place = gazetteer.find(whole, within=within) if within else gazetteer.find(whole)
        if place is not None and place.place_type not in _TOWN_TYPES and _same(place, whole):
            return begin, end, place
    for begin in range(max(start, zone - _LONGEST), zone - 1):
        candidate = simplified[begin:zone]
        place = gazetteer.find(candidate, within=within) if within else gazetteer.find(candidate)
        if place is not None and place.place_type not in _TOWN_TYPES and _same_stem(place, candidate):
            return begin, end, place
    return None


def _same_stem(place: Place, candidate: str) -> bool:
    """Whether the characters are the gazetteer place's name, with or without its type's word."""
    names = {to_simplified(name) for name in (place.chinese or "", *place.names) if name}
    return any(name.startswith(candidate) or candidate.endswith(name) for name in names if len(name) >= 2)


def _same(place: Place, candidate: str) -> bool:
    """Whether the gazetteer's place is the one the characters name, not a name's bare stem."""
    names = {to_simplified(name) for name in (place.chinese or "", *place.names)}
    return any(candidate.endswith(name) and len(name) >= 2 for name in names if name)


# The words before 县 that make no county of it: "全县", "本县", "该县", "各县", "我县" ...
_NO_COUNTY = frozenset("全本该各我此每其两某一邻外省市区乡镇")


def _one_character_county(text: str, begin: int, candidate: str) -> bool:
    """Whether `candidate` is a county whose name is one character before 县 (南县, 沙县, 泾县) where a name
    starts: at the text's start or after a mark, never "全县" or "本县".

    >>> _one_character_county("南县住房和城乡建设局", 0, "南县"), _one_character_county("负责全县", 2, "全县")
    (True, False)
    """
    at_start = begin == 0 or _BREAK.match(text[begin - 1]) is not None
    return len(candidate) == 2 and candidate.endswith("县") and at_start and candidate[0] not in _NO_COUNTY


def _unambiguous(place: Place, gazetteer: Gazetteer) -> str:
    """A city's English name, with its province after a comma where another city has the same name:
    台州市 is "Taizhou, Zhejiang", 泰州市 "Taizhou, Jiangsu" (the gazetteer reads both forms back).

    >>> g = default_gazetteer()
    >>> _unambiguous(g.find("台州市"), g), _unambiguous(g.find("长沙市"), g)
    ('Taizhou, Zhejiang', 'Changsha')
    """
    if gazetteer.find(place.label) == place or place.parent is None:
        return place.label
    province = gazetteer.get(place.parent)
    if province is None:
        return place.label
    qualified = f"{place.label}, {province.label}"
    return qualified if gazetteer.find(qualified) == place else place.label


def _jurisdiction(sources: list[str], gazetteer: Gazetteer) -> Jurisdiction:
    """The district and city from the first source that names one; a sub-district or town looked
    for inside that district (there are many 新城街道)."""
    where = Jurisdiction()
    towns: list[str] = []
    district: Place | None = None
    province: Place | None = None
    for source in sources:
        simplified = to_simplified(source)
        for begin, end, place in places_in(source, gazetteer):
            if place.place_type in _TOWN_TYPES:
                towns.append(simplified[begin:end])
            elif place.place_type in _CITY_TYPES:
                where.city = where.city or _unambiguous(place, gazetteer)
            elif place.place_type == "province":
                province = province or place
            elif district is None:
                district = place
        if district is not None or where.city is not None:
            break
        if province is not None and source is sources[0]:
            break  # "湖南省民政厅": a name that states its province and no place in it serves the province
    town = next((found for name in towns if (found := gazetteer.find(name, within=district or None))), None)
    if town is not None:
        where.subdistrict = town.label
        parent = gazetteer.get(town.parent) if district is None and town.parent else None
        if parent is not None and parent.place_type not in _CITY_TYPES:
            district = parent
    if district is not None:
        where.district = district.label
        city = gazetteer.city_of(district)
        where.city = city.label if city is not None and city != district else where.city
    if province is not None and not (where.city or where.district or where.subdistrict):
        where.province = province.label  # "广东省人民政府外事办公室": a province's office serves the province
    return where


def read_identity_zh(
    title: str,
    intro: str,
    text: str,
    gazetteer: Gazetteer | None = None,
    chinese_title: str | None = None,
    address: str = "",
) -> Identity:
    """The organization a Chinese page is about: its kind from its name's last noun, its parent
    from "……是X的派出机关" or "隶属于X" or the government its name opens with, its jurisdiction from
    the places its name, its intro, its text and then its address name."""
    gazetteer = gazetteer or default_gazetteer()
    name = title.strip()
    identity = Identity(name=name, kind=read_kind_zh(name))
    identity.jurisdiction = _jurisdiction([name, intro, text, address], gazetteer)
    if regions.city_office_in_district(name, identity.jurisdiction, gazetteer):
        identity.jurisdiction.district = None  # 勞動局 at 臺北市信義區...: the city's bureau
    simplified_intro = to_simplified(intro)
    if match := _DISPATCHED.search(simplified_intro):
        identity.parent = _original(intro, simplified_intro, match.span("parent"))
        identity.parent_relation = "dispatched agency"
    elif match := _UNDER.search(simplified_intro):
        identity.parent = _original(intro, simplified_intro, match.span("parent"))
    elif identity.kind is not Kind.GOVERNMENT and (match := _GOVERNMENT_PREFIX.match(to_simplified(name))):
        identity.parent = name[: match.end("parent")]
    elif identity.kind is not Kind.GOVERNMENT:
        # a town's government is under its county's too, but orgkb's IRIs do not yet tell a Chinese
        # town's government from its district's: no parent is read from a government's name
        identity.parent = _government_of(name, gazetteer)
    if identity.parent is not None and (english := _english_government(identity.parent, identity, gazetteer)):
        identity.parent_aliases.append(identity.parent)  # the name the page prints, kept beside the gazetteer's
        identity.parent = english
    if (short := _without_places(name, gazetteer)) is not None:
        identity.aliases.append(short)  # "月湖街道办事处" for "海曙区月湖街道办事处"
    identity.aliases.extend(_bracketed_section_names(name))
    for alias in _other_names(name, f"{intro}\n{text}"):
        if alias != name and alias not in identity.aliases:
            identity.aliases.append(alias)
    return identity


def _other_names(name: str, text: str) -> list[str]:
    """The other names the sentence naming the organization gives it: the signboards it hangs
    ("设立区政府办公室,为区政府工作部门,挂区政府外事办公室、区机关事务管理局牌子") and the short name
    it goes by ("X(以下简称Y)"), as printed."""
    if not name:
        return []
    simplified, own = to_simplified(text), re.escape(to_simplified(name))
    found: list[str] = []
    for match in re.finditer(own + _OTHER_NAMES, simplified):
        for group in ("short", "boards"):
            start, end = match.span(group)
            if start < 0:
                continue
            printed = _original(text, simplified, (start, end))
            found += [board for part in printed.split("、") for board in _boards(part.strip())]
    return found


def _boards(part: str) -> list[str]:
    """One listed signboard, or two joined by 和 when both halves end in a body's noun
    ("区外事办公室和区侨务办公室"; "区卫生和计划生育委员会" is one)."""
    head, joined, tail = to_simplified(part).partition("和")
    if joined and _BODY_END.search(head) and _BODY_END.search(tail):
        return [part[: len(head)], part[len(head) + 1 :]]
    return [part] if len(part) >= 3 else []


def _bracketed_section_names(name: str) -> list[str]:
    """A section named after its bureau in brackets goes by its own name, and by both run together:
    "区教育局(基础教育与职业教育科)" is "基础教育与职业教育科" and "区教育局基础教育与职业教育科"."""
    match = _BRACKETED_SECTION.search(to_simplified(name))
    if match is None or match.start() == 0:
        return []
    section = name[match.start() + 1 : match.end() - 1].strip()
    return [section, name[: match.start()].strip() + section]


def _without_places(name: str, gazetteer: Gazetteer) -> str | None:
    """The name without the city and district it opens with, when what is left still names it."""
    end = 0
    for begin, at, place in places_in(name, gazetteer):
        if place.place_type in _TOWN_TYPES or begin != end:
            break
        end = at
    short = name[end:]
    if end == 0 or len(short) < 3 or _GENERIC.match(to_simplified(short)):
        return None
    return short


def _government_of(name: str, gazetteer: Gazetteer) -> str | None:
    """ "海曙区人民政府" for an office whose name opens with a mainland city or district ("海曙区……局")."""
    end = 0
    for begin, at, place in places_in(name, gazetteer):
        if place.place_type in _TOWN_TYPES or place.path.split("/")[0] in _OWN_GOVERNMENTS or begin != end:
            break
        end = at
    return f"{name[:end]}人民政府" if end else None


def _english_government(parent: str, identity: Identity, gazetteer: Gazetteer) -> str | None:
    """The English name of a government the page names in Chinese, from the gazetteer's name of its
    place ("秀洲区人民政府" -> "Xiuzhou District People's Government"), as English pages name it;
    None when the place is not known or the parent is no government."""
    simplified = to_simplified(parent)
    places = places_in(parent, gazetteer)
    if not places:
        if simplified in ("区人民政府", "区政府") and identity.jurisdiction.district:
            return f"{identity.jurisdiction.district} People's Government"
        return None
    _, end, place = places[-1]
    rest = simplified[end:]
    if rest == "人民政府":
        return f"{place.label} People's Government"
    if rest == "政府":
        return f"{place.label} Government"
    return None


def _original(text: str, simplified: str, span: tuple[int, int]) -> str:
    """The characters of `text` at `span` of its simplified form (the conversion keeps lengths)."""
    return text[span[0] : span[1]] if len(text) == len(simplified) else simplified[span[0] : span[1]]
