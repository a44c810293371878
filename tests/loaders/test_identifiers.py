"""Identifiers (orgkb.loaders.identifiers) and the places a page's graph names."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG, SKOS

from orgkb.errors import LoadError
from orgkb.kb import duties, organizations
from orgkb.kb.store import KnowledgeBase
from orgkb.loaders.files import builtin_paths, read_page
from orgkb.loaders.identifiers import organization_iri, parent_iri, place_path
from orgkb.loaders.reader import parse_text
from orgkb.loaders.triples import document_graph
from orgkb.ontology.namespace import ID, PLACE

DATA = Path(__file__).parent.parent / "data"
GUANGZHOU_HUANGPU = DATA / "unseen" / "huangpu-guangzhou-district-government.txt"
_DUTIES = """Main Responsibilities
1. Implement the laws and policies of the state.
2. Complete other tasks assigned by the district government.
"""


def test_a_district_the_gazetteer_has_in_another_city_is_the_pages_citys() -> None:
    guangzhou = read_page(GUANGZHOU_HUANGPU)
    shanghai = parse_text("Huangpu District People's Government\n" + _DUTIES, "shanghai-huangpu.txt")
    assert (place_path(guangzhou), place_path(shanghai)) == ("guangzhou/huangpu", "shanghai/huangpu")
    assert organization_iri(guangzhou) == ID["guangzhou/huangpu/government"]
    assert organization_iri(shanghai) == ID["shanghai/huangpu/government"]


def test_the_page_serves_its_own_citys_district_not_the_other_citys() -> None:
    # the gazetteer knows both Huangpu Districts: the page's is Guangzhou's (the store describes it)
    graph = document_graph(read_page(GUANGZHOU_HUANGPU))
    district = PLACE["guangdong/guangzhou/huangpu"]
    assert graph.value(ID["guangzhou/huangpu/government"], DCTERMS.spatial) == district
    shanghai = URIRef(PLACE["shanghai/huangpu"])
    assert not [triple for triple in graph if shanghai in triple]


def test_the_two_huangpu_governments_stay_apart_in_one_knowledge_base() -> None:
    kb = KnowledgeBase()
    kb.add_document(read_page(GUANGZHOU_HUANGPU))
    kb.add_document(parse_text("Huangpu District People's Government\n" + _DUTIES, "shanghai-huangpu.txt"))
    guangzhou = organizations.organization(kb, "guangzhou/huangpu/government")
    shanghai = organizations.organization(kb, "shanghai/huangpu/government")
    assert (guangzhou.district, guangzhou.city) == ("Huangpu District", "Guangzhou")
    assert (shanghai.district, shanghai.city) == ("Huangpu District", "Shanghai")
    assert len(duties.responsibilities(kb, guangzhou.id)) == 8
    assert len(duties.responsibilities(kb, shanghai.id)) == 2


def test_a_bureaus_government_serves_the_pages_district_not_the_other_citys() -> None:
    document = parse_text("Huangpu District Education Bureau, Guangzhou\n" + _DUTIES, "page.txt")
    graph = document_graph(document)
    government = ID["guangzhou/huangpu/government"]
    district = PLACE["guangdong/guangzhou/huangpu"]
    assert graph.value(ID["guangzhou/huangpu/education-bureau"], DCTERMS.spatial) == district
    assert graph.value(government, DCTERMS.spatial) == district


@pytest.mark.parametrize(
    ("title", "parent", "iri"),
    [
        # a district's government is under its city's
        ("Huangpu District People's Government, Guangzhou", "Guangzhou Municipal People's Government", "guangzhou"),
        ("Xihu District People's Government", "Hangzhou Municipal People's Government", "hangzhou"),
        # a town's under its district's; an office's under its district's
        (
            "People's Government of Maqiao Town, Minhang District",
            "Minhang District People's Government",
            "shanghai/minhang",
        ),
        ("Huangpu District Education Bureau, Guangzhou", "Huangpu District People's Government", "guangzhou/huangpu"),
        # an office of a city without districts: the city's government, as before
        ("Beiyuan Sub-district Office of Yiwu City", "Yiwu Municipal People's Government", "yiwu"),
    ],
)
def test_a_government_parent_is_the_government_of_its_own_place(title: str, parent: str, iri: str) -> None:
    intro = "Beiyuan Sub-district Office is a dispatched agency of the Yiwu Municipal People's Government.\n"
    document = parse_text(title + "\n" + (intro if "Yiwu" in title else "") + _DUTIES, "page.txt")
    assert document.parent == parent
    assert parent_iri(document) == ID[f"{iri}/government"]
    assert parent_iri(document) != organization_iri(document)


def test_the_district_government_is_under_the_citys_in_its_graph() -> None:
    graph = document_graph(read_page(GUANGZHOU_HUANGPU))
    city_government = ID["guangzhou/government"]
    assert graph.value(ID["guangzhou/huangpu/government"], ORG.subOrganizationOf) == city_government
    assert str(graph.value(city_government, SKOS.prefLabel)) == "Guangzhou Municipal People's Government"
    assert graph.value(city_government, DCTERMS.spatial) == PLACE["guangdong/guangzhou"]


_PAGES = sorted(DATA.rglob("*.txt")) + builtin_paths()


@pytest.mark.parametrize("path", _PAGES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_no_page_is_its_own_parent(path: Path) -> None:
    try:
        document = read_page(path)
    except LoadError:
        return  # tests/data/bad and the bad page of a batch
    assert parent_iri(document) != organization_iri(document)


def test_a_name_in_chinese_is_never_the_slug() -> None:
    # the shortest name is the Chinese one in brackets; the IRI takes the shortest English one
    document = read_page(DATA / "unseen" / "longgang-civil-affairs-bureau.txt")
    assert "龙岗区民政局" in document.aliases
    assert organization_iri(document) == ID["shenzhen/longgang/civil-affairs-bureau"]
    page = "Tianhe District Commerce Bureau (商务局)\n" + _DUTIES
    # Tianhe District is Guangzhou's in the gazetteer
    assert organization_iri(parse_text(page, "page.txt")) == ID["guangzhou/tianhe/commerce-bureau"]
