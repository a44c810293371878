"""Organization.name(lang:) and altNames(lang:): a name in each language, English by default."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from orgkb.graphql.execution import run
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base, load_path, load_paths
from tests.chinese_pages import (
    CIVIL_AFFAIRS_EN,
    CIVIL_AFFAIRS_ID,
    CIVIL_AFFAIRS_ZH,
    SOCIAL_ASSISTANCE_DUTY,
    civil_affairs_bureau_in_english,
    with_civil_affairs,
)

QUERY = """query Names($id: ID!, $lang: String) {
  organization(id: $id) { name plain: name(lang: $lang) altNames other: altNames(lang: $lang) }
}"""


@pytest.fixture(scope="module")
def bilingual() -> KnowledgeBase:
    kb = with_civil_affairs(KnowledgeBase())
    kb.add_document(civil_affairs_bureau_in_english())
    return kb


def names(kb: KnowledgeBase, lang: str | None) -> dict[str, Any]:
    response = run(kb, QUERY, {"id": CIVIL_AFFAIRS_ID, "lang": lang})
    assert "errors" not in response, response.get("errors")
    organization: dict[str, Any] = response["data"]["organization"]
    return organization


@pytest.mark.parametrize(
    ("lang", "name", "others"),
    [
        (None, CIVIL_AFFAIRS_EN, [CIVIL_AFFAIRS_ZH]),  # no language: English, the other name beside it
        ("zh", CIVIL_AFFAIRS_ZH, []),  # its Chinese name; no other Chinese name
        ("en", CIVIL_AFFAIRS_EN, []),
        ("fr", CIVIL_AFFAIRS_EN, []),  # no name in French: the default, and no French names
    ],
)
def test_a_name_in_each_language(bilingual: KnowledgeBase, lang: str | None, name: str, others: list[str]) -> None:
    found = names(bilingual, lang)
    assert found["name"] == CIVIL_AFFAIRS_EN and found["altNames"] == [CIVIL_AFFAIRS_ZH]
    assert found["plain"] == name and found["other"] == (others if lang else [CIVIL_AFFAIRS_ZH])


def test_an_alias_in_the_language_asked_stands_for_a_name_in_it() -> None:
    kb = with_civil_affairs(KnowledgeBase())
    query = """{ organization(id: "%s/social-assistance-section") { name zh: name(lang: "zh") altNames } }"""
    response = run(kb, query % CIVIL_AFFAIRS_ID)
    assert response["data"]["organization"] == {
        "name": "Social Assistance Section",
        "zh": "社会救助科",
        "altNames": ["社会救助科"],
    }


def test_the_example_in_the_docs_asks_in_chinese_and_names_in_chinese(bilingual: KnowledgeBase) -> None:
    docs = (Path(__file__).parents[2] / "docs" / "chinese.md").read_text("utf-8")
    (operation,) = re.findall(r"```graphql\n(.*?)```", docs, re.DOTALL)
    response = run(bilingual, operation)
    assert "errors" not in response, response.get("errors")
    first = response["data"]["whoHandles"][0]
    assert first["organization"]["name"] == CIVIL_AFFAIRS_ZH
    assert first["organization"]["altNames"] == [CIVIL_AFFAIRS_ZH]  # altNames: every name but the English one
    assert first["evidence"][0]["source"] == {
        "document": "jingan-civil-affairs-zh.txt",
        "line": 5,
        "quote": SOCIAL_ASSISTANCE_DUTY,
    }


def test_a_unit_whose_name_alone_says_it_has_named_at_and_no_evidence() -> None:
    kb = builtin_knowledge_base()
    load_paths(kb, [Path(__file__).resolve().parents[1] / "data" / "zh" / "named-units"])
    query = (
        '{ whoHandles(matter: "农机推广找哪个单位？", first: 1) '
        "{ organization { name } evidence { text } namedAt { document line quote } } }"
    )
    response = run(kb, query)
    assert "errors" not in response, response.get("errors")
    assert response["data"]["whoHandles"] == [
        {
            "organization": {"name": "县农机推广站"},
            "evidence": [],
            "namedAt": {"document": "qinghe-agriculture-bureau.txt", "line": 11, "quote": "县农机推广站"},
        }
    ]


SOURCE_QUERY = """query Source($id: ID!) { organization(id: $id) { name nameSource } }"""


def test_name_source_is_null_for_a_printed_name_and_says_where_a_provisional_name_came_from() -> None:
    from orgkb.loaders.identity.identifiers import organization_iri
    from orgkb.loaders.load.files import read_page
    from orgkb.ontology.ids import id_of

    pages = Path(__file__).parent.parent / "data" / "unnamed"
    kb = KnowledgeBase()
    found = {}
    for page in ("civil-defence-duties.txt", "minzhengju-zhize.html", "title-names-a-body.html"):
        document = read_page(page_path := pages / page)
        load_path(kb, page_path)
        response = run(kb, SOURCE_QUERY, {"id": id_of(str(organization_iri(document)))})
        assert "errors" not in response, response.get("errors")
        found[page] = response["data"]["organization"]
    assert found == {
        "civil-defence-duties.txt": {"name": "Civil Defence Duties", "nameSource": "file-name"},
        "minzhengju-zhize.html": {"name": "清河区民政局", "nameSource": "title"},
        "title-names-a-body.html": {"name": "Qinghe District Parks Bureau", "nameSource": None},
    }
