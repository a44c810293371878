"""districts: any name of a place, and everything inside it."""

from __future__ import annotations

import pytest

from orgkb.errors import QueryError
from orgkb.kb.search.districts import allowed_owners, find_place
from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.store import KnowledgeBase

PLACE = "https://w3id.org/orgkb/place/"


@pytest.fixture(scope="module")
def index() -> HandlerIndex:
    return handler_index(KnowledgeBase.builtin())


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("Jing'an", "shanghai/jingan"),
        ("Jingan", "shanghai/jingan"),
        ("Jing’an District", "shanghai/jingan"),
        ("  JING'AN  district ", "shanghai/jingan"),
        ("静安", "shanghai/jingan"),
        ("静安区", "shanghai/jingan"),
        ("Shanghai", "shanghai"),
        ("Caojiadu", "shanghai/jingan/caojiadu"),
        ("Caojiadu Sub-district", "shanghai/jingan/caojiadu"),
        ("Dapeng", "guangdong/shenzhen/dapeng"),  # its names all say "New District"
        ("Dapeng New District", "guangdong/shenzhen/dapeng"),
    ],
)
def test_find_place_by_any_name(index: HandlerIndex, name: str, path: str) -> None:
    assert find_place(index, name) == PLACE + path


@pytest.mark.parametrize("name", ["Atlantis", "Jing an x", "", "   "])
def test_unknown_places_are_refused_with_what_is_accepted(index: HandlerIndex, name: str) -> None:
    with pytest.raises(QueryError) as raised:
        find_place(index, name)
    assert raised.value.argument == "district"
    assert repr(name) in str(raised.value)
    assert "Jing'an" in str(raised.value)


def test_allowed_owners_follow_the_hierarchy(index: HandlerIndex) -> None:
    def kept(name: str) -> set[str]:
        mask = allowed_owners(index, name)
        return {owner.name for number, owner in enumerate(index.owners) if mask[number] and index.duties_of.get(number)}

    jingan, caojiadu, shanghai = kept("Jing'an"), kept("Caojiadu"), kept("Shanghai")
    assert "Foreign Affairs Section" in jingan and "Community Security Office" in jingan
    assert caojiadu < jingan and "Foreign Affairs Section" not in caojiadu
    assert shanghai == jingan
    assert "General Office of Dapeng New District" not in shanghai
    assert kept("Guangdong") == {"General Office of Dapeng New District"}


# A county government and a town: places people name without "County" or "Town". Invented for this test.
COUNTY = """People's Government of Ninghai County, Ningbo
Updated: 2024-03-01

Main Responsibilities:

1. Implement the laws and regulations of the state in the county.

2. Guide the work of Xidian Town.

Contact Information:

Tel: 0574-6555 0001
"""


@pytest.mark.parametrize("name", ["Ninghai", "Ninghai County", "ninghai county"])
def test_a_county_goes_by_its_name_without_county(name: str) -> None:
    from orgkb.loaders.text import parse_text

    kb = KnowledgeBase.builtin()
    kb.add_document(parse_text(COUNTY, "ninghai-county-government.txt"))
    index = handler_index(kb)
    assert find_place(index, name) == find_place(index, "Ninghai County")
    kept = allowed_owners(index, name)
    assert [owner.name for number, owner in enumerate(index.owners) if kept[number]] == [
        "People's Government of Ninghai County, Ningbo"
    ]


# A sub-district office in a district the gazetteer knows, and a town in one it does not; neither
# sub-district nor town is in the gazetteer. Invented for this test.
SUBDISTRICT_OFFICE = """Linfen Road Sub-district Office of Jing'an District
Updated: 2024-03-01

Main Responsibilities:

1. Organize the work of the residents' committees of the sub-district.

Internal Organization:

Community Affairs Office: Guide the residents' committees; keep the archives of the office.
"""

TOWN = """Hemu Town People's Government
Updated: 2024-03-01

Main Responsibilities:

1. Implement the decisions of the Xiangshan County People's Government in the town.

2. Carry out flood control and emergency management in Hemu Town.
"""


@pytest.fixture(scope="module")
def with_localities() -> HandlerIndex:
    from orgkb.loaders.text import parse_text

    kb = KnowledgeBase.builtin()
    kb.add_document(parse_text(SUBDISTRICT_OFFICE, "linfen-road-subdistrict-office.txt"))
    kb.add_document(parse_text(TOWN, "hemu-town-government.txt"))
    return handler_index(kb)


def kept_names(index: HandlerIndex, name: str) -> set[str]:
    kept = allowed_owners(index, name)
    return {owner.name for number, owner in enumerate(index.owners) if kept[number]}


@pytest.mark.parametrize("name", ["Linfen Road", "Linfen Road Sub-district", "linfen road sub-district"])
def test_a_sub_district_a_page_serves_goes_by_its_name(with_localities: HandlerIndex, name: str) -> None:
    assert find_place(with_localities, name) == PLACE + "shanghai/jingan/linfen-road"
    assert kept_names(with_localities, name) == {
        "Linfen Road Sub-district Office of Jing'an District",
        "Community Affairs Office",
    }


def test_a_sub_district_a_page_serves_lies_in_its_district(with_localities: HandlerIndex) -> None:
    assert "Community Affairs Office" in kept_names(with_localities, "Jing'an")
    assert "Community Affairs Office" in kept_names(with_localities, "Shanghai")
    assert "Community Affairs Office" not in kept_names(with_localities, "Caojiadu")


@pytest.mark.parametrize("name", ["Hemu", "Hemu Town"])
def test_a_town_a_page_serves_goes_by_its_name(with_localities: HandlerIndex, name: str) -> None:
    assert kept_names(with_localities, name) == {"Hemu Town People's Government"}
    assert kept_names(with_localities, "Xiangshan") >= {"Hemu Town People's Government"}
