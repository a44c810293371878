"""districts: any name of a place (through `places.find_place`), and everything inside it."""

from __future__ import annotations

import pytest

from orgkb.errors import QueryError
from orgkb.kb.entities.places import find_place
from orgkb.kb.search.districts import allowed_owners
from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base

PLACE = "place/"
PLACE_IRI = "https://w3id.org/orgkb/place/"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


@pytest.fixture(scope="module")
def index(kb: KnowledgeBase) -> HandlerIndex:
    return handler_index(kb)


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
def test_find_place_by_any_name(kb: KnowledgeBase, name: str, path: str) -> None:
    assert find_place(kb, name).id == PLACE + path


@pytest.mark.parametrize("name", ["Atlantis", "Jing an x", "", "   "])
def test_unknown_places_are_refused_with_what_is_accepted(kb: KnowledgeBase, name: str) -> None:
    with pytest.raises(QueryError) as raised:
        find_place(kb, name)
    assert raised.value.argument == "district"
    assert repr(name) in str(raised.value)
    assert "Jing'an" in str(raised.value)


def test_allowed_owners_follow_the_hierarchy(kb: KnowledgeBase, index: HandlerIndex) -> None:
    def kept(name: str) -> set[str]:
        mask = allowed_owners(kb, index, name)
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
    from orgkb.loaders.reading.reader import parse_text

    kb = builtin_knowledge_base()
    kb.add_document(parse_text(COUNTY, "ninghai-county-government.txt"))
    index = handler_index(kb)
    assert find_place(kb, name) == find_place(kb, "Ninghai County")
    kept = allowed_owners(kb, index, name)
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
def with_localities() -> KnowledgeBase:
    from orgkb.loaders.reading.reader import parse_text

    kb = builtin_knowledge_base()
    kb.add_document(parse_text(SUBDISTRICT_OFFICE, "linfen-road-subdistrict-office.txt"))
    kb.add_document(parse_text(TOWN, "hemu-town-government.txt"))
    return kb


def kept_names(kb: KnowledgeBase, name: str) -> set[str]:
    index = handler_index(kb)
    kept = allowed_owners(kb, index, name)
    return {owner.name for number, owner in enumerate(index.owners) if kept[number]}


@pytest.mark.parametrize("name", ["Linfen Road", "Linfen Road Sub-district", "linfen road sub-district"])
def test_a_sub_district_a_page_serves_goes_by_its_name(with_localities: KnowledgeBase, name: str) -> None:
    assert find_place(with_localities, name).id == PLACE + "shanghai/jingan/linfen-road"
    assert kept_names(with_localities, name) == {
        "Linfen Road Sub-district Office of Jing'an District",
        "Community Affairs Office",
    }


def test_a_sub_district_a_page_serves_lies_in_its_district(with_localities: KnowledgeBase) -> None:
    assert "Community Affairs Office" in kept_names(with_localities, "Jing'an")
    assert "Community Affairs Office" in kept_names(with_localities, "Shanghai")
    assert "Community Affairs Office" not in kept_names(with_localities, "Caojiadu")


@pytest.mark.parametrize("name", ["Hemu", "Hemu Town"])
def test_a_town_a_page_serves_goes_by_its_name(with_localities: KnowledgeBase, name: str) -> None:
    assert kept_names(with_localities, name) == {"Hemu Town People's Government"}
    assert kept_names(with_localities, "Xiangshan") >= {"Hemu Town People's Government"}


# -- through the gazetteer ------------------------------------------------------------------------


def test_a_place_no_page_serves_gives_no_one_not_an_error(kb: KnowledgeBase, index: HandlerIndex) -> None:
    # Haidian is in the gazetteer; no loaded page serves it
    assert find_place(kb, "Haidian").id == PLACE + "beijing/haidian"
    assert not allowed_owners(kb, index, "Haidian").any()


def test_an_unknown_place_names_the_closest(kb: KnowledgeBase) -> None:
    with pytest.raises(QueryError) as raised:
        find_place(kb, "Jingn")
    assert "did you mean Jing'an District (Shanghai)" in str(raised.value)


def test_a_place_two_loaded_pages_serve_in_two_cities_is_ambiguous() -> None:
    from orgkb.loaders.reading.reader import parse_text

    kb = KnowledgeBase()
    duties = "Main Responsibilities\n1. Implement the laws and policies of the state in the district.\n"
    kb.add_document(parse_text("Huangpu District People's Government, Guangzhou\n" + duties, "guangzhou.txt"))
    kb.add_document(parse_text("Huangpu District People's Government, Shanghai\n" + duties, "shanghai.txt"))
    with pytest.raises(QueryError) as raised:
        find_place(kb, "Huangpu")
    message = str(raised.value)
    assert "Huangpu District (Shanghai)" in message and "Huangpu District (Guangzhou, Guangdong)" in message
    assert find_place(kb, "Huangpu, Guangzhou").id == PLACE + "guangdong/guangzhou/huangpu"
    assert kept_names(kb, "广州市黄埔区") == {"Huangpu District People's Government, Guangzhou"}


# The general offices of 50 cities the old gazetteer did not know, as the reader reads them: each
# serves its own city, and a question asked in one city finds its office alone.
CITIES = (  # noqa: SIM905 (50 names)
    "Hefei Wuhu Bengbu Huainan Ma'anshan Huaibei Tongling Anqing Huangshan Chuzhou Fuyang Suzhou Lu'an Bozhou "
    "Chizhou Xuancheng Nanchang Jingdezhen Pingxiang Jiujiang Xinyu Yingtan Ganzhou Ji'an Yichun Fuzhou Shangrao "
    "Jinan Zibo Zaozhuang Dongying Yantai Weifang Jining Tai'an Weihai Rizhao Linyi Dezhou Liaocheng Binzhou Heze "
    "Zhengzhou Kaifeng Luoyang Pingdingshan Anyang Hebi Xinxiang Jiaozuo"
).split()


def test_the_general_offices_of_fifty_cities_each_serve_their_own() -> None:
    from orgkb.loaders.reading.reader import parse_text

    assert len(set(CITIES)) == 50
    kb = KnowledgeBase()
    for city in CITIES:
        page = (
            f"General Office of {city} Municipal People's Government\n"
            "Main Responsibilities\n1. Handle the daily affairs of the municipal government.\n"
        )
        kb.add_document(parse_text(page, f"{city.lower()}-general-office.txt"))
    index = handler_index(kb)
    offices = [owner for owner in index.owners if owner.name.startswith("General Office of")]
    assert len(offices) == 50
    assert len({owner.place for owner in offices}) == 50
    for city in ("Lu'an", "Tai'an", "Jiaozuo"):
        kept = {name for name in kept_names(kb, city) if name.startswith("General Office of")}
        assert kept == {f"General Office of {city} Municipal People's Government"}


def test_the_store_describes_only_the_places_pages_use() -> None:
    from orgkb.ontology.namespace import GRAPH

    kb = builtin_knowledge_base()
    described = {quad.subject.value for quad in kb.quads() if quad.graph_name.value == str(GRAPH["places"])}  # type: ignore[union-attr]
    assert PLACE_IRI + "shanghai/jingan/caojiadu" in described
    above = {PLACE_IRI + "shanghai/jingan", PLACE_IRI + "shanghai", PLACE_IRI + "china"}
    assert above <= described  # and the places above
    assert PLACE_IRI + "beijing/haidian" not in described
    assert len({iri for iri in described if iri.startswith(PLACE_IRI)}) < 20
