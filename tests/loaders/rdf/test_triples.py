"""document_ntriples: N-Triples lines that pyoxigraph wrote and reads back as they were meant."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import PROV, SKOS

from orgkb.errors import LoadError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Document, Duty, Kind, Role
from orgkb.loaders.identity.identifiers import duty_keys
from orgkb.loaders.load.files import builtin_paths, read_page
from orgkb.loaders.rdf.triples import document_graph, document_ntriples
from orgkb.loaders.rdf.validate import shape_violations
from orgkb.loaders.reading.reader import parse_text
from orgkb.ontology.namespace import CV, ID, ORGKB
from orgkb.ontology.thesaurus import default_matcher
from tests.chinese_pages import CIVIL_AFFAIRS_EN, CIVIL_AFFAIRS_ZH, SOCIAL_ASSISTANCE_DUTY, civil_affairs_bureau

TEXT = "https://w3id.org/orgkb/def#text"
PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
TITLE = "http://purl.org/dc/terms/title"


def _document(duty_text: str) -> Document:
    duty = Duty(text=duty_text, quote=duty_text, line=3, position=1, role=Role.RESPONSIBLE)
    return Document(
        source="odd.txt", checksum="0" * 64, name="Odd Office", kind=Kind.GENERAL_OFFICE, name_line=1, duties=[duty]
    )


@pytest.mark.parametrize("path", builtin_paths(), ids=lambda path: path.name)
def test_every_line_is_one_statement_and_none_repeats(path: Path) -> None:
    lines = document_ntriples(read_page(path), default_matcher())
    assert len(lines) == len(set(lines))
    assert all(line.endswith(" .\n") and line.count("\n") == 1 for line in lines)
    assert len(list(ox.parse("".join(lines), format=ox.RdfFormat.N_TRIPLES))) == len(lines)


@pytest.mark.parametrize(
    "text",
    [
        'Handle "letters and calls" of the district',  # quotes
        "Keep the seals\nand the archives",  # a line break
        "Back\\slash and a tab\there",  # a backslash and a tab
        "Handle 信访 matters, 100% of them; <b>not</b> markup",  # CJK and angle brackets
    ],
)
def test_a_duty_text_is_stored_as_written(text: str) -> None:
    kb = KnowledgeBase(matcher=default_matcher())
    kb.add_document(_document(text))
    stored = [quad.object.value for quad in kb.quads() if quad.predicate.value == TEXT]
    assert stored == [text]
    kb.add_document(_document(text))  # the replacing path writes it the same way
    assert [quad.object.value for quad in kb.quads() if quad.predicate.value == TEXT] == [text]


def test_document_graph_holds_the_same_triples() -> None:
    document = read_page(builtin_paths()[0])
    assert len(document_graph(document)) == len(document_ntriples(document))


REPEATED_NUMBER = Path(__file__).parents[2] / "data" / "variants" / "xuhui-audit-bureau-repeated-number.txt"
_ALL_PAGES = sorted((Path(__file__).parents[2] / "data").rglob("*.txt")) + builtin_paths()


def _duties(*numbers: int | None) -> list[Duty]:
    return [
        Duty(text="t", quote="t", line=1, position=position, role=Role.RESPONSIBLE, number=number)
        for position, number in enumerate(numbers, start=1)
    ]


@pytest.mark.parametrize(
    ("numbers", "keys"),
    [
        ((1, 2, 3), [1, 2, 3]),  # all numbered: the numbers, as before
        ((3, 4, 6), [3, 4, 6]),  # odd numbers that do not collide: still the numbers
        ((None, None), [1, 2]),  # none numbered: the positions, as before
        ((1, 2, None), [1, 2, 3]),  # mixed, without collision: as before
        ((1, 2, 2, 3), [1, 2, 3, 4]),  # a number printed twice: the positions of all
        ((None, 1, 2), [1, 2, 3]),  # a numbered list after an unnumbered item: the positions
        ((), []),
    ],
)
def test_duty_keys(numbers: tuple[int | None, ...], keys: list[int]) -> None:
    assert duty_keys(_duties(*numbers)) == keys


@pytest.mark.parametrize("path", _ALL_PAGES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_duty_has_its_own_iri(path: Path) -> None:
    try:
        document = read_page(path)
    except LoadError:
        return  # the pages that are refused
    graph = document_graph(document)
    assert len(set(graph.subjects(RDF.type, ORGKB.Responsibility))) == len(document.all_duties())


def test_a_number_printed_twice_gives_two_duties_two_iris() -> None:
    document = read_page(REPEATED_NUMBER)
    assert [duty.number for duty in document.duties] == [1, 2, 3, 4, 5, 5, 6]
    graph = document_graph(document)
    org = ID["shanghai/xuhui/audit-bureau"]
    for duty in document.duties:
        subject = URIRef(f"{org}/duty/{duty.position}")
        assert str(graph.value(subject, ORGKB.text)) == duty.text
        assert graph.value(subject, ORGKB.number).toPython() == duty.number  # type: ignore[union-attr]
    assert shape_violations(document) == []


def test_a_numbered_list_after_an_unnumbered_item_gives_each_duty_its_iri() -> None:
    page = (
        "Xuhui District Audit Bureau\nMain Responsibilities\nThe Bureau audits the public funds of the district.\n"
        "1. Audit the district budget.\n2. Complete other tasks assigned by the district government.\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.number for duty in document.duties] == [None, 1, 2]
    graph = document_graph(document)
    duties = sorted(str(subject) for subject in graph.subjects(RDF.type, ORGKB.Responsibility))
    assert duties == [f"{ID['shanghai/xuhui/audit-bureau']}/duty/{n}" for n in (1, 2, 3)]
    assert shape_violations(document) == []


def test_a_units_own_telephone_is_its_contact_point_with_its_line() -> None:
    document = read_page(Path(__file__).parents[2] / "data" / "unseen" / "qingpu-zhujiajiao-town.txt")
    graph = document_graph(document)
    town = ID["shanghai/qingpu/zhujiajiao-town"]
    unit, point = URIRef(f"{town}/party-and-government-office"), URIRef(f"{town}/party-and-government-office/contact")
    assert graph.value(unit, CV.contactPoint) == point
    assert (point, RDF.type, CV.ContactPoint) in graph
    assert str(graph.value(point, CV.telephone)) == "021-59241001"
    assert graph.value(point, ORGKB.line).toPython() == 17  # type: ignore[union-attr]
    assert graph.value(point, PROV.wasDerivedFrom) is not None
    # the town's own contact stays the town's
    assert str(graph.value(URIRef(f"{town}/contact"), CV.telephone)) == "021-59240000"


@pytest.mark.parametrize(
    ("page", "subject", "label"),
    [
        # a Chinese title on its own line under the English one
        (
            "unseen/nanshan-urban-management-bureau.txt",
            "shenzhen/nanshan/urban-management-and-comprehensive-law-enforcement-bureau",
            "深圳市南山区城市管理和综合执法局",
        ),
        ("unseen/huangpu-guangzhou-district-government.txt", "guangzhou/huangpu/government", "广州市黄埔区人民政府"),
        # a Chinese name in brackets after the title: stored the same way
        ("unseen/longgang-civil-affairs-bureau.txt", "shenzhen/longgang/civil-affairs-bureau", "龙岗区民政局"),
    ],
)
def test_a_chinese_name_is_an_alt_label_in_chinese(page: str, subject: str, label: str) -> None:
    graph = document_graph(read_page(Path(__file__).parents[2] / "data" / page))
    labels = {(str(value), value.language) for value in graph.objects(ID[subject], SKOS.altLabel)}  # type: ignore[attr-defined]
    assert (label, "zh") in labels
    assert not [text for text, language in labels if language == "en" and re.search("[\u3400-\u9fff]", text)]


def test_the_labels_of_a_chinese_page_carry_its_language() -> None:
    lines = "".join(document_ntriples(civil_affairs_bureau(), default_matcher()))
    assert f'<{PREF}> "{CIVIL_AFFAIRS_ZH}"@zh .' in lines  # its name as the page prints it
    assert f'"{CIVIL_AFFAIRS_EN}"@en .' in lines  # an English alias stays English
    assert f'"{SOCIAL_ASSISTANCE_DUTY}"@zh .' in lines  # a duty's text is in the page's language
    assert f'<{TITLE}> "{CIVIL_AFFAIRS_ZH}"@zh .' in lines
    assert '"Social Assistance Section"@en' in lines and '"社会救助科"@zh' in lines
    assert not re.search(r'"[^"]*[\u4e00-\u9fff][^"]*"@en', lines)  # no Chinese text tagged English


def test_the_labels_of_an_english_page_stay_english() -> None:
    lines = "".join(document_ntriples(read_page(builtin_paths()[0])))
    assert f"<{PREF}> " in lines and "@zh" not in lines


def test_the_organization_of_a_page_that_prints_no_name_records_where_its_name_came_from() -> None:
    pages = Path(__file__).parents[2] / "data" / "unnamed"
    unnamed = document_graph(read_page(pages / "civil-defence-duties.txt"))
    sources = [str(value) for value in unnamed.objects(None, ORGKB.nameSource)]
    assert sources == ["file-name"]
    printed = document_graph(read_page(pages / "title-names-a-body.html"))
    assert list(printed.objects(None, ORGKB.nameSource)) == []
