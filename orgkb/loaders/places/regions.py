"""Which government a page's office belongs to: the mainland's, Taiwan's, Hong Kong's or Macao's.

The same words name different offices in each ("Department of Health" is Taipei's 衛生局 and Hong
Kong's 衞生署), so the table of office kinds reads a name with the rows of the page's region
(`orgkb.ontology.office_kinds`). The region is the top of the gazetteer's path of the place the
page serves, as the reader found it (its district, city or province), else as its name or address
names it; None for a place outside China or a page nobody can place.
"""

from __future__ import annotations

from collections.abc import Iterator

from orgkb.loaders.document import Document, Jurisdiction
from orgkb.loaders.places import place_clues
from orgkb.ontology.namespace import PLACE
from orgkb.ontology.office_kinds import office_kinds
from orgkb.ontology.places import CITY_TYPES, Gazetteer, Place
from orgkb.ontology.script import has_chinese

_OWN_REGIONS = ("taiwan", "hong-kong", "macao")  # the top of their places' paths
_MAINLAND_TOPS = ("province", "province-level municipality")
_SERVED_TYPES = (*CITY_TYPES, "county", "province", "region")
# The kinds of Taiwan's table rows that serve a district (區公所, 戶政事務所, 地政事務所, 衛生所); the
# others are a city's or a county's bureaus (局) and departments (處).
_DISTRICT_KINDS = frozenset({"district-office", "household-registration-office", "land-office", "health-center"})


def region_of_place(place: Place, gazetteer: Gazetteer) -> str | None:
    """The region a place lies in: "mainland", "taiwan", "hong-kong", "macao", or None.

    >>> from orgkb.ontology.places import default_gazetteer
    >>> gazetteer = default_gazetteer()
    >>> region_of_place(gazetteer.find("臺北市"), gazetteer), region_of_place(gazetteer.find("静安区"), gazetteer)
    ('taiwan', 'mainland')
    """
    top = place.path.partition("/")[0]
    if top in _OWN_REGIONS:
        return top
    above = gazetteer.get(str(PLACE) + top)
    return "mainland" if above is not None and above.place_type in _MAINLAND_TOPS else None


def served_places(document: Document, gazetteer: Gazetteer) -> Iterator[Place]:
    """The places a page's office serves that the gazetteer knows, the most specific first: its
    district, its city (or county), its province; else the place its name or address names."""
    where = document.jurisdiction
    found = False
    if where.district and (district := gazetteer.find(where.district, within=where.city)) is not None:
        found = True
        yield district
    for name in (where.city, where.province):
        if name and (place := _served(name, gazetteer)) is not None:
            found = True
            yield place
    if found:
        return
    clues = place_clues.named_clues((document.name, *document.aliases), document.contact.address, gazetteer)
    if (placed := next((clue.place for clue in clues if clue.place is not None), None)) is not None:
        yield placed


def _served(name: str, gazetteer: Gazetteer) -> Place | None:
    """The city, county, province or region called `name` (not a town of the same name)."""
    return next((place for place in gazetteer.candidates(name) if place.place_type in _SERVED_TYPES), None)


def region_of(document: Document, gazetteer: Gazetteer) -> str | None:
    """The region of the place a page's office serves (see `region_of_place`), or None."""
    return next((region_of_place(place, gazetteer) for place in served_places(document, gazetteer)), None)


def city_office_in_district(name: str, where: Jurisdiction, gazetteer: Gazetteer) -> bool:
    """Whether `where` puts in a district an office of Taiwan whose name is a city's or a county's
    kind of office in the table and names no district: the district is only where its office stands
    ("Department of Labor" or 勞動局 at "..., Xinyi District, Taipei City" serves Taipei).

    >>> from orgkb.ontology.places import default_gazetteer
    >>> g = default_gazetteer()
    >>> city_office_in_district("勞動局", Jurisdiction("Xinyi District", "Taipei City"), g)
    True
    >>> city_office_in_district("信義區戶政事務所", Jurisdiction("Xinyi District", "Taipei City"), g)
    False
    """
    if where.district is None or where.city is None:
        return False
    city = _served(where.city, gazetteer)
    if city is None or region_of_place(city, gazetteer) != "taiwan":
        return False
    kinds = office_kinds()
    match = kinds.chinese(name, "taiwan") if has_chinese(name) else kinds.english(name, "taiwan")
    if match is None or match.kind.slug in _DISTRICT_KINDS:
        return False
    return not match.prefix or _served(match.prefix, gazetteer) == city  # "臺北市政府" + 勞動局: the city's
