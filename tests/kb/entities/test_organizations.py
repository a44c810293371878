"""Finding an organization by what a person types: an id, an IRI, a name, or its words loosely."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import URIRef

from orgkb.errors import NotFoundError, QueryError
from orgkb.kb.entities.organizations import organization, resolve
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base, load_paths
from tests.chinese_pages import (
    CIVIL_AFFAIRS_EN,
    CIVIL_AFFAIRS_ID,
    CIVIL_AFFAIRS_ZH,
    civil_affairs_bureau_in_english,
    with_civil_affairs,
)
from tests.sparql_servers import oxigraph_server

JINGAN = "shanghai/jingan/general-office"
CAOJIADU = "shanghai/jingan/caojiadu-sub-district-office"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (JINGAN, JINGAN),
        ("https://w3id.org/orgkb/id/shanghai/jingan/general-office", JINGAN),
        ("General Office of People's Government of Jing'an District", JINGAN),
        # an alias the page gives ("Office for Letters and Calls")
        ("office for letters and calls", f"{CAOJIADU}/community-security-office"),
        # words in another order, with the place the office serves
        ("Jing'an General Office", JINGAN),
        ("General Office of Jingan", JINGAN),
        ("Dapeng General Office", "shenzhen/dapeng/general-office"),
        ("Caojiadu security office", f"{CAOJIADU}/community-security-office"),
        ("Jing'an foreign affairs", "shanghai/jingan/general-office/foreign-affairs-section"),
    ],
)
def test_resolve_finds_what_a_person_means(kb: KnowledgeBase, text: str, found: str) -> None:
    assert resolve(kb, text) == found


def test_a_name_two_offices_share_is_refused_with_both_ids(kb: KnowledgeBase) -> None:
    with pytest.raises(QueryError) as raised:
        resolve(kb, "General Office")
    assert JINGAN in str(raised.value) and "shenzhen/dapeng/general-office" in str(raised.value)


def test_loose_matching_can_be_turned_off(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFoundError):
        resolve(kb, "Jing'an General Office", loose=False)


@pytest.mark.parametrize("text", ["Ministry of Magic", "Jing'an Zeppelin Office", "of the"])
def test_words_nobody_is_named_by_are_not_found(kb: KnowledgeBase, text: str) -> None:
    with pytest.raises(NotFoundError):
        resolve(kb, text)


# ---------------------------------------------------------------- names in two languages


@pytest.fixture(scope="module")
def bilingual() -> KnowledgeBase:
    kb = with_civil_affairs(KnowledgeBase())
    kb.add_document(civil_affairs_bureau_in_english())
    return kb


def test_a_chinese_page_gives_a_chinese_name_and_keeps_its_english_alias() -> None:
    record = organization(with_civil_affairs(KnowledgeBase()), CIVIL_AFFAIRS_ID)
    assert record.name == CIVIL_AFFAIRS_ZH  # no English preferred name: the one it has
    assert record.names == (("zh", CIVIL_AFFAIRS_ZH),)
    assert record.alt_names == (CIVIL_AFFAIRS_EN,)
    assert record.name_in("en") == CIVIL_AFFAIRS_EN  # its English alias, for a question in English
    assert record.alt_names_in("en") == () and record.alt_names_in("zh") == ()
    assert record.other_name("en") == CIVIL_AFFAIRS_ZH


def test_an_organization_has_a_name_in_each_language(bilingual: KnowledgeBase) -> None:
    record = organization(bilingual, CIVIL_AFFAIRS_ID)
    assert record.name == CIVIL_AFFAIRS_EN  # English first when there is one
    assert record.names == (("en", CIVIL_AFFAIRS_EN), ("zh", CIVIL_AFFAIRS_ZH))
    assert record.name_in("zh") == CIVIL_AFFAIRS_ZH and record.name_in("zh-Hans") == CIVIL_AFFAIRS_ZH
    assert record.other_name("zh") == CIVIL_AFFAIRS_EN and record.other_name(None) == CIVIL_AFFAIRS_ZH
    assert record.alt_names == (CIVIL_AFFAIRS_ZH,)  # every name but the one shown
    assert record.alt_names_in("zh") == () and record.alt_names_in("en") == ()


@pytest.mark.parametrize("name", [CIVIL_AFFAIRS_ZH, CIVIL_AFFAIRS_EN])
def test_either_name_resolves(bilingual: KnowledgeBase, name: str) -> None:
    assert resolve(bilingual, name) == CIVIL_AFFAIRS_ID


PROVINCES = Path(__file__).parents[2] / "data" / "provinces"


def test_a_provinces_department_serves_its_province_as_a_province() -> None:
    kb = KnowledgeBase()
    report = load_paths(kb, [PROVINCES])
    assert [result.document.jurisdiction.province for result in report.results if result.document] == [
        "Guangdong",
        "Zhejiang",
    ]
    assert all(result.document and result.document.jurisdiction.city is None for result in report.results)
    # the ids stay as they were
    zhejiang = organization(kb, "zhejiang/department-of-commerce")
    guangdong = organization(kb, "guangdong/foreign-affairs-office")
    for record, province in ((zhejiang, "Zhejiang"), (guangdong, "Guangdong")):
        assert (record.district, record.city, record.province) == (None, None, province)
        assert record.serves == f"{province} (province)"


def test_a_districts_office_lies_in_its_province(kb: KnowledgeBase) -> None:
    record = organization(kb, "shenzhen/dapeng/general-office")
    assert (record.district, record.city, record.province) == ("Dapeng New District", "Shenzhen", "Guangdong")
    assert record.serves == "Dapeng New District, Shenzhen"


def test_organizations_read_one_after_another_each_keep_their_own_places() -> None:
    # The places above a place are kept once read (`_Jurisdictions`): organizations of one
    # district, then of others, read in one process answer as each read in a process of its own.
    together = builtin_knowledge_base()
    offices = [JINGAN, CAOJIADU, "shenzhen/dapeng/general-office", f"{JINGAN}/foreign-affairs-section"]
    records = [organization(together, office) for office in offices]
    alone = [organization(builtin_knowledge_base(), office) for office in offices]
    assert records == alone
    assert [(record.district, record.city) for record in records] == [
        ("Jing'an District", "Shanghai"),
        ("Jing'an District", "Shanghai"),
        ("Dapeng New District", "Shenzhen"),
        ("Jing'an District", "Shanghai"),
    ]


# An organization read from three pages: page B's graph also (wrongly) titles page A, and page C
# only says the organization was derived from it. Each page's line and title come from its own graph.
_PAGES = """
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix orgkb: <https://w3id.org/orgkb/def#> .
@prefix dct: <http://purl.org/dc/terms/> .
<http://example.org/a> { <http://example.org/o> prov:wasDerivedFrom <http://example.org/a> ; orgkb:line 3 .
  <http://example.org/a> dct:title "Page A"@en . }
<http://example.org/b> { <http://example.org/o> prov:wasDerivedFrom <http://example.org/b> ; orgkb:line 7 .
  <http://example.org/a> dct:title "not page A's title"@zh . <http://example.org/b> dct:title "页面乙"@zh . }
<http://example.org/c> { <http://example.org/o> prov:wasDerivedFrom <http://example.org/c> . }
"""


@pytest.fixture(params=["embedded", "oxigraph-server"])
def three_pages(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[KnowledgeBase]:
    """`_PAGES` in memory, or in an Oxigraph server (bound values sent as a VALUES block)."""
    with contextlib.ExitStack() as stack:
        location = stack.enter_context(oxigraph_server(tmp_path / "server")) if request.param != "embedded" else None
        kb = KnowledgeBase(location)
        kb.engine.insert_trig(_PAGES)
        yield kb
        kb.engine.close()


def test_each_page_gives_the_line_and_title_of_its_own_graph(three_pages: KnowledgeBase) -> None:
    rows = three_pages.select("organization_record", org=URIRef("http://example.org/o"))
    found = sorted(
        (str(r["document"]), str(r.get("line")), str(r.get("titleLang"))) for r in rows if r["part"] == "line"
    )
    assert found == [("http://example.org/a", "3", "en"), ("http://example.org/b", "7", "zh")]
    pages = sorted(str(r["document"]) for r in rows if r["part"] == "page")
    assert pages == ["http://example.org/a", "http://example.org/b", "http://example.org/c"]
