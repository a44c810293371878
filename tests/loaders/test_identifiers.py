"""Identifiers (orgkb.loaders.identifiers) and the places a page's graph names."""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import DCTERMS, SKOS

from orgkb.kb import lookup
from orgkb.kb.store import KnowledgeBase
from orgkb.loaders.files import read_page
from orgkb.loaders.identifiers import organization_iri, place_path
from orgkb.loaders.text import parse_text
from orgkb.loaders.triples import document_graph
from orgkb.ontology.namespace import ID, PLACE

GUANGZHOU_HUANGPU = Path(__file__).parent.parent / "data" / "unseen" / "huangpu-guangzhou-district-government.txt"
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


def test_the_page_describes_its_own_place_instead_of_borrowing_the_other_citys() -> None:
    graph = document_graph(read_page(GUANGZHOU_HUANGPU))
    district, city = PLACE["guangzhou/huangpu-district"], PLACE["guangzhou"]
    assert graph.value(ID["guangzhou/huangpu/government"], DCTERMS.spatial) == district
    assert graph.value(district, SKOS.broader) == city
    assert str(graph.value(district, SKOS.prefLabel)) == "Huangpu District"
    assert str(graph.value(city, SKOS.prefLabel)) == "Guangzhou"
    shanghai = URIRef(PLACE["shanghai/huangpu"])
    assert not [triple for triple in graph if shanghai in triple]


def test_the_two_huangpu_governments_stay_apart_in_one_knowledge_base() -> None:
    kb = KnowledgeBase()
    kb.add_document(read_page(GUANGZHOU_HUANGPU))
    kb.add_document(parse_text("Huangpu District People's Government\n" + _DUTIES, "shanghai-huangpu.txt"))
    guangzhou = lookup.organization(kb, "guangzhou/huangpu/government")
    shanghai = lookup.organization(kb, "shanghai/huangpu/government")
    assert (guangzhou.district, guangzhou.city) == ("Huangpu District", "Guangzhou")
    assert (shanghai.district, shanghai.city) == ("Huangpu District", "Shanghai")
    assert len(lookup.responsibilities(kb, guangzhou.id)) == 8
    assert len(lookup.responsibilities(kb, shanghai.id)) == 2


def test_a_bureaus_government_serves_the_pages_district_not_the_other_citys() -> None:
    document = parse_text("Huangpu District Education Bureau, Guangzhou\n" + _DUTIES, "page.txt")
    graph = document_graph(document)
    government = ID["guangzhou/huangpu/government"]
    assert graph.value(ID["guangzhou/huangpu/education-bureau"], DCTERMS.spatial) == PLACE["guangzhou/huangpu-district"]
    assert graph.value(government, DCTERMS.spatial) == PLACE["guangzhou/huangpu-district"]
