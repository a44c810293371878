"""kb answers are shared per state of the knowledge base; node(id) finds every kind of thing; lists answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from orgkb.errors import NotFoundError
from orgkb.graphql.context import Answers, Context, answers
from orgkb.graphql.errors import to_response
from orgkb.graphql.execution import run as run_operation
from orgkb.graphql.nodes import resolve_node
from orgkb.graphql.schema import get_schema
from orgkb.graphql.types.linked import Organization, Responsibility
from orgkb.kb.entities import duties, organizations
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base

Run = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("identifier", "typename"),
    [
        ("shanghai/jingan/general-office", "Organization"),
        ("shanghai/jingan/general-office/foreign-affairs-section/duty/1", "Responsibility"),
        ("place/shanghai/jingan", "Place"),
        ("source/jingan-general-office", "SourceDocument"),
        ("shanghai/jingan/partner/sister-provinces-and-cities", "PartnerRegion"),
    ],
)
def test_node_finds_each_kind(run: Run, identifier: str, typename: str) -> None:
    response = run("query N($id: ID!) { node(id: $id) { __typename id } }", id=identifier)
    assert response == {"data": {"node": {"__typename": typename, "id": identifier}}}


def test_matter_node_and_lists(run: Run) -> None:
    data = run(
        "{ matters { id name } places { id name type } partnerRegions { name partners { relation } } "
        "sources { file issued } }"
    )["data"]
    assert data["matters"], "the thesaurus is loaded"
    first_matter = data["matters"][0]["id"]
    assert run(f'{{ node(id: "{first_matter}") {{ id }} }}')["data"]["node"]["id"] == first_matter
    assert any(place["id"] == "place/shanghai/jingan" for place in data["places"])
    assert {source["file"] for source in data["sources"]} == {
        "caojiadu-subdistrict-office.txt",
        "dapeng-general-office.txt",
        "jingan-general-office.txt",
    }
    assert all(region["partners"] for region in data["partnerRegions"])


def test_organization_fields(run: Run) -> None:
    data = run(
        '{ organization(id: "shanghai/jingan/caojiadu-sub-district-office/community-security-office") '
        "{ altNames kind isUnit ancestors { id } district { name } jurisdiction { name } "
        "source { file } parent { relationToParent } } }"
    )["data"]["organization"]
    assert "Office for Letters and Calls" in data["altNames"]
    assert data["kind"] == "INTERNAL_OFFICE" and data["isUnit"]
    assert [a["id"] for a in data["ancestors"]] == [
        "shanghai/jingan/caojiadu-sub-district-office",
        "shanghai/jingan/government",
    ]
    assert data["district"]["name"] == "Jing'an District"
    assert data["jurisdiction"]["name"] == "Caojiadu Sub-district"
    assert data["parent"]["relationToParent"] == "detached agency"


OPERATIONS = sorted((Path(__file__).parents[2] / "orgkb" / "graphql" / "operations").glob("*.graphql"))


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda path: path.stem)
def test_cold_and_warm_answers_alike(kb: KnowledgeBase, operation: Path) -> None:
    """Cold answers are computed, warm ones kept: the same response."""
    query = operation.read_text(encoding="utf-8")
    context = Context(kb, Answers(kb))
    cold = to_response(get_schema().execute_sync(query, context_value=context))
    computed = context.memo.computed
    warm = to_response(get_schema().execute_sync(query, context_value=context))
    assert "errors" not in cold
    assert cold == warm
    assert computed > 0 and context.memo.computed == computed  # the warm run computed nothing


def test_requests_share_the_answers_of_one_state(kb: KnowledgeBase) -> None:
    assert Context.of(kb).memo is Context.of(kb).memo is answers(kb)


def test_answers_are_bounded_and_remember_errors(kb: KnowledgeBase) -> None:
    kept = Answers(kb, maxsize=2)
    for identifier in ("shanghai/jingan/general-office", "shenzhen/dapeng/general-office"):
        kept(organizations.organization, identifier)
    with pytest.raises(NotFoundError):
        kept(organizations.organization, "shanghai/jingan/no-such-office")
    with pytest.raises(NotFoundError):
        kept(organizations.organization, "shanghai/jingan/no-such-office")  # kept: not looked up again
    assert kept.computed == 3
    kept(organizations.organization, "shanghai/jingan/general-office")  # the oldest, pushed out by the error
    assert kept.computed == 4


def test_questions_are_kept_apart_from_lookups(kb: KnowledgeBase) -> None:
    asked: list[str] = []

    def echo(kb: KnowledgeBase, text: str) -> str:
        asked.append(text)
        return text

    kept = Answers(kb, maxsize=2, questions=2)
    kept(organizations.organization, "shanghai/jingan/general-office")
    for text in ("first", "second", "third", "second"):
        assert kept.question(echo, text) == text
    assert asked == ["first", "second", "third"]  # "second" was kept; "first" was pushed out by "third"
    kept(organizations.organization, "shanghai/jingan/general-office")
    assert kept.computed == 4  # the lookup was kept through the questions


def test_answers_follow_the_knowledge_base() -> None:
    kb = builtin_knowledge_base()  # its own: this test changes it
    office = "shenzhen/dapeng/general-office"
    query = "query D($id: ID!) { organization(id: $id) { responsibilities { id matters { id } } } }"
    before = run_operation(kb, query, {"id": office})
    kept = answers(kb)
    count = kept.computed
    assert run_operation(kb, query, {"id": office}) == before
    assert answers(kb) is kept  # the second request used the same answers
    assert kept.computed == count > 0  # and computed none
    assert kb.remove_document("dapeng-general-office.txt")
    assert answers(kb) is not kept  # forgotten with the old state
    after = run_operation(kb, query, {"id": office})
    assert before["data"]["organization"]["responsibilities"] and after["data"]["organization"] is None
    context = Context.of(kb)
    assert context.memo(duties.responsibilities, office) == []  # no duties of the removed page
    assert context.memo(duties.responsibilities, "shanghai/jingan/general-office")


def test_the_api_serves_kb_records_themselves(kb: KnowledgeBase) -> None:
    """What a resolver returns is the kb record, not a copy: each type says which record backs it."""
    context = Context.of(kb)
    section = "shanghai/jingan/general-office/foreign-affairs-section"
    record = context.memo(organizations.organization, section)
    assert resolve_node(context, section) is record
    assert Organization.is_type_of(record, None) and not Responsibility.is_type_of(record, None)
    duty = context.memo(duties.responsibility, f"{section}/duty/2")
    assert resolve_node(context, duty.id) is duty
    assert duty in context.memo(duties.responsibilities, section)
    query = "query D($id: ID!) { node(id: $id) { ... on Responsibility { matters { name } } } }"
    data = run_operation(kb, query, {"id": duty.id})["data"]
    assert "Foreign affairs" in {matter["name"] for matter in data["node"]["matters"]}
