"""Stable, readable identifiers derived from names, so that reloading a page gives the same IRIs."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from rdflib import URIRef

from orgkb.loaders.document import Contact, Document, Duty, Jurisdiction, Kind, NameSource
from orgkb.loaders.identity.slugs import slugify
from orgkb.loaders.places import place_clues, regions
from orgkb.ontology import lookalike_keys
from orgkb.ontology.namespace import ID, SOURCE
from orgkb.ontology.office_kinds import REGIONS, KindMatch, office_kinds
from orgkb.ontology.places import CITY_TYPES, Gazetteer, Place, bare_name, default_gazetteer, fold_name
from orgkb.ontology.script import has_chinese

_CITY_LEVEL = (*CITY_TYPES, "county")  # Taiwan's counties ("Pingtung County") are governed as its cities are
_PLACE_SUFFIX = re.compile(r"-(?:new-district|district|new-area|sub-district|subdistrict|county)$")


def district_place(where: Jurisdiction, gazetteer: Gazetteer | None = None) -> Place | None:
    """The gazetteer's place for the district a page names: the one in the page's city when the
    page names a city, so None when the gazetteer has a district of that name only in another
    city (Huangpu District is Shanghai's and Guangzhou's)."""
    if not where.district:
        return None
    gazetteer = gazetteer or default_gazetteer()
    return gazetteer.find(where.district, within=where.city)


def subdistrict_place(where: Jurisdiction, gazetteer: Gazetteer | None = None) -> Place | None:
    """The gazetteer's place for the sub-district or town a page names, the one in the page's
    district (or, when it names none, its city); None when the gazetteer does not know the
    district it is in."""
    if not where.subdistrict:
        return None
    gazetteer = gazetteer or default_gazetteer()
    if not where.district:
        return gazetteer.find(where.subdistrict, within=where.city)
    district = district_place(where, gazetteer)
    return gazetteer.find(where.subdistrict, within=district) if district is not None else None


_WORD = r"(?<!\w){}(?!\w)"
_TRAILING_CITY = r",\s*{}(?:\s+Municipality)?$"
_LEADING_PLACE = r"^{}(?:\s+(?:New\s+)?District)?\s+"


@functools.lru_cache(maxsize=8192)
def _pattern(template: str, name: str) -> re.Pattern[str]:
    """`template` with a place's name in it, compiled once (there are more names than `re` keeps)."""
    return re.compile(template.format(re.escape(name)))


class _Identity(NamedTuple):
    """What a document's identity depends on, hashable: the ids are computed once per distinct value."""

    source: str
    key: str
    name: str
    aliases: tuple[str, ...]
    kind: Kind
    district: str | None
    city: str | None
    subdistrict: str | None
    province: str | None
    address: str | None
    site: str | None
    language: str
    name_source: NameSource | None

    @classmethod
    def of(cls, document: Document) -> _Identity:
        where = document.jurisdiction
        return cls(
            document.source,
            document.key,
            document.name,
            tuple(document.aliases),
            document.kind,
            where.district,
            where.city,
            where.subdistrict,
            where.province,
            document.contact.address,
            document.site,
            document.language,
            document.name_source,
        )

    def document(self) -> Document:
        where = Jurisdiction(self.district, self.city, self.subdistrict, self.province)
        return Document(
            self.source,
            "",
            self.name,
            self.kind,
            0,
            key=self.key,
            aliases=list(self.aliases),
            jurisdiction=where,
            contact=Contact(address=self.address),
            site=self.site,
            language=self.language,
            name_source=self.name_source,
        )


@functools.lru_cache(maxsize=4096)
def _place_path(identity: _Identity) -> str:
    return _find_place_path(identity.document(), default_gazetteer())


@functools.lru_cache(maxsize=4096)
def _organization_slug(identity: _Identity) -> str:
    return _find_organization_slug(identity.document())


def place_path(document: Document, gazetteer: Gazetteer | None = None) -> str:
    """The slug path of the place a document's organization serves ("shanghai/jingan"); see
    `_find_place_path`. Computed once for a document's name, place, address and site."""
    if gazetteer is not None and gazetteer is not default_gazetteer():
        return _find_place_path(document, gazetteer)
    return _place_path(_Identity.of(document))


def _find_place_path(document: Document, gazetteer: Gazetteer) -> str:
    """The slug path of the place a document's organization serves ("shanghai/jingan").

    From the page's jurisdiction when the reader found one; else from the clues the page gives
    (its sub-district, its name, its address: `orgkb.loaders.places.place_clues`), else its site
    (`site/qingshui-gov-cn`); else the page itself (`unplaced/<source>`), so that two pages whose
    place nobody can tell are never taken for one organization.
    """
    district = document.jurisdiction.district
    if place := district_place(document.jurisdiction, gazetteer):
        city = gazetteer.city_of(place)
        return f"{city.slug}/{place.slug}" if city else place.slug
    parts = []
    if document.jurisdiction.above_district:
        parts.append(city_slug_path(document, gazetteer))
    if district:
        parts.append(_PLACE_SUFFIX.sub("", slugify(district)))
    if parts:
        return "/".join(parts)
    for clue in _clues(document, gazetteer):
        if clue.place is not None:
            return _path_of(clue.place, gazetteer)
        return slugify(place_clues.bare(clue.name) or clue.name)
    if document.site:
        return f"site/{place_clues.site_slug(document.site)}"
    return f"unplaced/{document.key}"


def city_slug_path(document: Document, gazetteer: Gazetteer) -> str:
    """The path of the city a page names without a district the gazetteer knows: the gazetteer's
    slug ("beijing" for "Beijing Municipality", "taizhou" for "台州市"); its province's path too where
    two cities share the slug ("zhejiang/taizhou", "jiangsu/taizhou") and the page says which (its
    Chinese name, or the province its name, address or site names); its name's slug else. A
    province's department: the province's slug ("zhejiang")."""
    city = document.jurisdiction.above_district
    assert city is not None
    if not document.jurisdiction.city:
        province = next((place for place in gazetteer.candidates(city) if place.place_type == "province"), None)
        return province.slug if province is not None else slugify(city)
    cities = [place for place in gazetteer.candidates(city) if place.place_type in _CITY_LEVEL]
    if not cities:
        return slugify(city)
    namesakes = [place for place in gazetteer.candidates(cities[0].slug) if place.place_type in CITY_TYPES]
    if len({place.path for place in namesakes}) < 2:
        return cities[0].slug
    if len(cities) == 1:
        return cities[0].path
    said = fold_name(
        " ".join(filter(None, [document.name, *document.aliases, document.contact.address, document.site]))
    )
    for place in cities:
        province = gazetteer.get(place.parent) if place.parent else None
        names = {bare_name(fold_name(name)) for name in (province.label, *province.names)} if province else set()
        if any(name and _pattern(_WORD, name).search(said) for name in names):
            return place.path
    return cities[0].slug  # the page does not say which: the likeliest's slug, as it always was


def _clues(document: Document, gazetteer: Gazetteer) -> Iterator[place_clues.Clue]:
    if document.jurisdiction.subdistrict:
        yield place_clues.Clue(document.jurisdiction.subdistrict, gazetteer.find(document.jurisdiction.subdistrict))
    # a provisional name that is not the page's own text (a file's name) is no clue to its place
    own = document.name_source is None or document.name_source.is_page_text
    names = (document.name, *document.aliases) if own else tuple(document.aliases)
    yield from place_clues.named_clues(names, document.contact.address, gazetteer)


def _path_of(place: Place, gazetteer: Gazetteer) -> str:
    """A place's slug path as ids write it: its city's slug and its own ("shanghai/jingan")."""
    city = gazetteer.city_of(place)
    return f"{city.slug}/{place.slug}" if city and city.iri != place.iri else place.slug


def served_locality(document: Document) -> str | None:
    """The sub-district or town that a sub-district office or town government serves, as its own
    name names it ("Dipu Sub-district" of "Dipu Sub-district Office of Anji County", "Yaqian Town"
    of "Yaqian Town People's Government"), else None."""
    place = document.jurisdiction.subdistrict
    if not place or fold_name(place) not in fold_name(document.name):
        return None
    if document.kind is Kind.SUB_DISTRICT_OFFICE:
        return place
    return town_of(document)


def locality_type(name: str) -> str:
    """The place type of a locality's name: "town" for a town or township, else "sub-district"."""
    return "town" if re.search(r"\b(?:Town|Township)$", name) else "sub-district"


def town_of(document: Document) -> str | None:
    """The town or township whose government the page is about ("Maqiao Town"), else None."""
    town = document.jurisdiction.subdistrict
    if document.kind is not Kind.GOVERNMENT or not town or not re.search(r"\b(?:Town|Township)$", town):
        return None
    return town if fold_name(town) in fold_name(document.name) else None


def organization_slug(document: Document) -> str:
    """The organization's own slug (see `_find_organization_slug`), computed once for a document's names."""
    return _organization_slug(_Identity.of(document))


def _find_organization_slug(document: Document) -> str:
    """The organization's own slug: its name without the place names around it, a kind of office
    named through the table of office kinds ("general-office", "civil-affairs-bureau", in English
    and in Chinese alike), its town for a town's government; for a page that prints no name, its
    own page (`unnamed_slug`), so that no two such pages are ever one organization.
    """
    if document.name_source is not None:
        return unnamed_slug(document.key)
    if (town := town_of(document)) is not None:
        return slugify(town)
    kinds = office_kinds()
    gazetteer = default_gazetteer()
    region = regions.region_of(document, gazetteer)
    if has_chinese(document.name) and not re.search("[A-Za-z]", document.name):
        core = chinese_core(document)
        if (match := kinds.chinese(core, region)) is not None:
            return _kind_slug(match, document, gazetteer)
        return slugify(core)
    # a name in Chinese makes no readable slug: the page's English names only
    names = [name for name in [document.name, *document.aliases] if re.search("[A-Za-z]", name)]
    name = names[0] if names else document.name
    core = english_core(name, document)
    if (found := kinds.english(core, region)) is not None:
        return _kind_slug(found, document, gazetteer)
    # "Maolin District Office": the kind holds the district's type word the core leaves out
    whole = kinds.english(english_core(name, document, leading=False), region)
    if whole is not None and whole.prefix and _serves(whole.prefix, document, gazetteer):
        return whole.kind.slug
    return slugify(core)


def regional_slugs(document: Document) -> tuple[str, ...]:
    """For a page whose place is unsure (`unplaced/...`, `site/...`): the kinds its name is in the
    rows of one region of the table of office kinds, other than its own slug ("Social Welfare
    Department" is Hong Kong's `social-welfare-bureau`, 社會工作局 Macao's), so that it meets the
    pages of that kind in the other language (`orgkb.kb.identity.lookalikes`); none for a page of a known place.

    >>> from orgkb.loaders.reading.reader import parse_text
    >>> regional_slugs(parse_text("Social Welfare Department\\n\\n1. Run social security schemes.\\n", "s.txt"))
    ('social-welfare-bureau',)
    """
    if document.name_source is not None or not place_path(document).startswith(lookalike_keys.UNSURE_PLACES):
        return ()
    own, kinds = organization_slug(document), office_kinds()
    found: list[str] = []
    for region in REGIONS:
        if has_chinese(document.name) and not re.search("[A-Za-z]", document.name):
            match = kinds.chinese(chinese_core(document), region)
        else:
            names = [name for name in [document.name, *document.aliases] if re.search("[A-Za-z]", name)]
            match = kinds.english(english_core(names[0] if names else document.name, document), region)
        if match is not None and not match.prefix and match.kind.slug not in (own, *found):
            found.append(match.kind.slug)
    return tuple(found)


def unnamed_slug(key: str) -> str:
    """The slug of the organization of a page that prints no name: its page's, never another page's
    (the last segment of the page's key and eight hex digits of the whole key's SHA-256).

    >>> unnamed_slug("file/srv/pages/a/index.html"), unnamed_slug("file/srv/pages/b/index.html")
    ('unnamed-index-html-7377ece3', 'unnamed-index-html-65b82632')
    """
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    return f"unnamed-{slugify(key.rpartition('/')[2])}-{digest}"


def _kind_slug(match: KindMatch, document: Document, gazetteer: Gazetteer) -> str:
    """A kind's slug, after what comes before it unless that is the page's own place (the
    district of 茂林區公所, the region of 香港特別行政區政府渠務署): the id's place says it already."""
    if not match.prefix or _serves(match.prefix, document, gazetteer):
        return match.kind.slug
    return f"{slugify(match.prefix)}-{match.kind.slug}"


def _serves(prefix: str, document: Document, gazetteer: Gazetteer) -> bool:
    """Whether a name's prefix is a place the page's office serves (its district, city or province)."""
    served = {place.iri for place in regions.served_places(document, gazetteer)}
    return bool(served) and any(place.iri in served for place in gazetteer.candidates(prefix))


def english_core(name: str, document: Document, leading: bool = True) -> str:
    """An English name without the places around it: "Bureau of Commerce" of "Bureau of Commerce
    of Tianhe District", "Human Resources Bureau" of "Yuexiu District Human Resources Bureau,
    Guangzhou"; without `leading`, the places it begins with are kept."""
    where = document.jurisdiction
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()  # "(商务局)" after the name
    if where.above_district:
        name = _pattern(_TRAILING_CITY, where.above_district).sub("", name)
    name = re.sub(r",[^,]*$", lambda tail: "" if _is_place_words(tail.group(0)[1:], document) else tail.group(0), name)
    pieces = name.split(" of ")
    for cut in range(1, len(pieces)):
        if _is_place_words(" of ".join(pieces[cut:]), document):
            name = " of ".join(pieces[:cut])
            break
    before = name
    if not leading:
        return name
    for place in (where.above_district, where.district):
        if place:
            short = re.sub(r"\s+(?:New\s+)?District$", "", place)
            name = _pattern(_LEADING_PLACE, short).sub("", name)
    if (match := place_clues.PLACE_PHRASE.match(name)) is not None and match.end() < len(name):
        name = name[match.end() :].strip()
    if name != before:  # "Municipal Commission of Commerce" of "Beijing Municipal Commission of Commerce"
        name = re.sub(r"^(?:Municipal|Provincial|District|County)\s+", "", name).strip()
    return name or before


_GENERIC = {
    "place",
    "the",
    "peoples",
    "people",
    "government",
    "municipal",
    "municipality",
    "district",
    "county",
    "city",
    "province",
    "provincial",
    "new",
    "area",
    "and",
    "of",
    "in",
    "s",
    "sar",
}


def _is_place_words(text: str, document: Document) -> bool:
    """Whether `text` is only places and the words around them ("the People's Government of
    Jing'an District", "Shanghai Municipality", "Qingshui City")."""
    where = document.jurisdiction
    folded = fold_name(place_clues.PLACE_PHRASE.sub(" place ", text))
    for place in filter(None, (where.above_district, where.district, where.subdistrict)):
        for name in {fold_name(place), bare_name(fold_name(place))}:
            if name:
                folded = _pattern(_WORD, name).sub(" ", folded)
    words = re.findall(r"[a-z0-9]+", folded.replace("'", ""))
    capitalized = {fold_name(word) for word in re.findall(r"\b[A-Z][\w'’-]*", text)}
    return bool(fold_name(text)) and all(word in _GENERIC or (word in capitalized and _is_area(word)) for word in words)


_SMALL_PLACES = ("town", "township", "sub-district", "street", "village")


@functools.lru_cache(maxsize=4096)
def _is_area(word: str) -> bool:
    """Whether a capitalized word is the name of a city, county, district, province or country (not
    of a town: many towns are called as common words are)."""
    place = default_gazetteer().find(word)
    return place is not None and place.place_type not in _SMALL_PLACES


def chinese_core(document: Document) -> str:
    """A Chinese name without the places it begins with ("人民政府办公室" of "上海市静安区人民政府办公室")."""
    gazetteer = default_gazetteer()
    name = document.name
    for place in filter(None, (document.jurisdiction.above_district, document.jurisdiction.district)):
        if has_chinese(place):
            name = name.removeprefix(place)
    while (found := place_clues.chinese_place_prefix(name, gazetteer)) is not None:
        name = name.removeprefix(found[0])
    return name


def organization_iri(document: Document) -> URIRef:
    """The IRI of a document's organization: its place's path and its own slug.

    Two pages are one organization only when both agree: the same name (or the same kind of
    office through the table of office kinds, in either language) in the same place.
    """
    return ID[f"{place_path(document)}/{organization_slug(document)}"]


def _names(name: str, place: str | None) -> bool:
    """Whether `name` names `place` by its name without its type ("Guangzhou Municipal People's
    Government" names Guangzhou; "Jing'an District People's Government" names Jing'an District)."""
    bare = bare_name(fold_name(place)) if place else ""
    return bool(bare) and _pattern(_WORD, bare).search(fold_name(name)) is not None


def parent_serves_city(document: Document) -> bool:
    """Whether the document's parent is its city's rather than its district's: its name names the
    city and not the district ("Guangzhou Municipal People's Government" above the government of
    Huangpu District, Guangzhou)."""
    where = document.jurisdiction
    parent = document.parent
    return bool(parent and _names(parent, where.above_district) and not _names(parent, where.district))


def city_path(document: Document, gazetteer: Gazetteer | None = None) -> str | None:
    """The slug path of the city a document's organization serves ("shanghai"), or None."""
    gazetteer = gazetteer or default_gazetteer()
    if place := district_place(document.jurisdiction, gazetteer):
        city = gazetteer.city_of(place)
        return city.slug if city else None
    above = document.jurisdiction.above_district
    return slugify(above) if above else None


def parent_iri(document: Document) -> URIRef | None:
    """The IRI of the organization the document's organization is under: a government (or a
    new district's committees) is the government of the place it serves, the page's district
    or, when its name names the city instead, the city; any other body is named in the page's
    place."""
    if document.parent is None:
        return None
    folded = fold_name(document.parent)
    chinese = has_chinese(document.parent)
    if chinese and (match := office_kinds().chinese(document.parent)) and match.kind.slug == "government":
        # "静安区人民政府": the government of the place it names, the district's or the city's
        prefix = place_clues.chinese_place_prefix(document.parent + "人", default_gazetteer())
        named = prefix[1] if prefix and prefix[0] == match.prefix else None
        if named is not None and named.place_type in CITY_TYPES:
            return ID[f"{named.slug}/government"]
        return ID[f"{place_path(document)}/government"]
    if folded.endswith(("people's government", "peoples government")) or "committee" in folded:
        path = city_path(document) if parent_serves_city(document) else None
        return ID[f"{path or place_path(document)}/government"]
    return ID[f"{place_path(document)}/{slugify(document.parent)}"]


def duty_keys(duties: Sequence[Duty]) -> list[int]:
    """The last segment of each of one owner's duty IRIs (`<owner>/duty/<key>`), unique.

    A duty's number when it has one, else its position; where that would give two duties one
    key (a number printed twice, or a numbered list after an unnumbered item), the positions
    of all of them.
    """
    keys = [duty.number if duty.number is not None else duty.position for duty in duties]
    if len(set(keys)) == len(keys):
        return keys
    positions = [duty.position for duty in duties]
    if len(set(positions)) == len(positions):
        return positions
    return list(range(1, len(duties) + 1))


def document_iri(document: Document) -> URIRef:
    """The IRI of a page's document: `source/` and its key (`orgkb.loaders.identity.keys`), which names
    that page only, so that `a/index.html` and `b/index.html` are two documents."""
    return SOURCE[document.key]
