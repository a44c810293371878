"""Stable, readable identifiers derived from names, so that reloading a page gives the same IRIs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rdflib import URIRef

from orgkb.loaders.document import Document, Duty, Jurisdiction, Kind
from orgkb.ontology.namespace import ID, SOURCE
from orgkb.ontology.places import Gazetteer, Place, bare_name, default_gazetteer, fold_name

_PLACE_SUFFIX = re.compile(r"-(?:new-district|district|new-area|sub-district|subdistrict|county)$")


def slugify(text: str) -> str:
    """A lower-case, hyphenated ASCII slug.

    >>> slugify("Section for Reform of Administrative Approval System")
    'section-for-reform-of-administrative-approval-system'
    >>> slugify("Jing'an District")
    'jingan-district'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"['’`]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


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


def place_path(document: Document, gazetteer: Gazetteer | None = None) -> str:
    """The slug path of the district a document's organization serves ("shanghai/jingan")."""
    gazetteer = gazetteer or default_gazetteer()
    district = document.jurisdiction.district
    if place := district_place(document.jurisdiction, gazetteer):
        city = gazetteer.city_of(place)
        return f"{city.slug}/{place.slug}" if city else place.slug
    parts = []
    if document.jurisdiction.city:
        parts.append(slugify(document.jurisdiction.city))
    if district:
        parts.append(_PLACE_SUFFIX.sub("", slugify(district)))
    return "/".join(parts) or "unplaced"


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
    """The organization's own slug: its kind for a district's general office or government,
    its town for a town's government, else its name without the place names around it."""
    if (town := town_of(document)) is not None:
        return slugify(town)
    if document.kind in (Kind.GENERAL_OFFICE, Kind.GOVERNMENT) and document.jurisdiction.district:
        return document.kind.value
    # the shortest of its English names: a name in Chinese ("龙岗区民政局") makes no readable slug
    english = [name for name in [document.name, *document.aliases] if re.search("[A-Za-z]", name)]
    name = min(english or [document.name], key=len)
    name = name.split(" of ")[0]
    if document.jurisdiction.city:
        name = re.sub(rf",\s*{re.escape(document.jurisdiction.city)}$", "", name)
    for place in (document.jurisdiction.city, document.jurisdiction.district):
        if place:
            short = re.sub(r"\s+(?:New\s+)?District$", "", place)
            name = re.sub(rf"^{re.escape(short)}(?:\s+(?:New\s+)?District)?\s+", "", name)
    return slugify(name)


def organization_iri(document: Document) -> URIRef:
    return ID[f"{place_path(document)}/{organization_slug(document)}"]


def _names(name: str, place: str | None) -> bool:
    """Whether `name` names `place` by its name without its type ("Guangzhou Municipal People's
    Government" names Guangzhou; "Jing'an District People's Government" names Jing'an District)."""
    bare = bare_name(fold_name(place)) if place else ""
    return bool(bare) and re.search(rf"(?<!\w){re.escape(bare)}(?!\w)", fold_name(name)) is not None


def parent_serves_city(document: Document) -> bool:
    """Whether the document's parent is its city's rather than its district's: its name names the
    city and not the district ("Guangzhou Municipal People's Government" above the government of
    Huangpu District, Guangzhou)."""
    where = document.jurisdiction
    parent = document.parent
    return bool(parent and _names(parent, where.city) and not _names(parent, where.district))


def city_path(document: Document, gazetteer: Gazetteer | None = None) -> str | None:
    """The slug path of the city a document's organization serves ("shanghai"), or None."""
    gazetteer = gazetteer or default_gazetteer()
    if place := district_place(document.jurisdiction, gazetteer):
        city = gazetteer.city_of(place)
        return city.slug if city else None
    return slugify(document.jurisdiction.city) if document.jurisdiction.city else None


def parent_iri(document: Document) -> URIRef | None:
    """The IRI of the organization the document's organization is under: a government (or a
    new district's committees) is the government of the place it serves, the page's district
    or, when its name names the city instead, the city; any other body is named in the page's
    place."""
    if document.parent is None:
        return None
    folded = fold_name(document.parent)
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


def document_iri(source: str) -> URIRef:
    """The IRI of a source document, from its file name ("jingan-general-office.txt")."""
    stem = source.rsplit("/", 1)[-1]
    stem = re.sub(r"\.(?:txt|text|md)$", "", stem)
    return SOURCE[slugify(stem)]
