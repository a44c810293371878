"""Bad arguments give a GraphQL error that names the argument and says why, or an honest empty answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase

Run = Callable[..., dict[str, Any]]
SECTION = "shanghai/jingan/general-office/foreign-affairs-section"

ERRORS = [
    # (query, code, words the message must contain)
    ('{ organization(id: "shanghai/nowhere/office") { id } }', "NOT_FOUND", "shanghai/nowhere/office"),
    ('{ organization(id: "Foreign Affairs Section") { id } }', "BAD_USER_INPUT", "not an orgkb id"),
    ('{ node(id: "matter/no-such-matter") { id } }', "NOT_FOUND", "matter/no-such-matter"),
    ('{ node(id: "a/b/duty/99") { id } }', "NOT_FOUND", "a/b/duty/99"),
    ('{ compare(left: "x/y", right: "shanghai/jingan/general-office") { shared { score } } }', "NOT_FOUND", "x/y"),
    ('{ coordination(organization: "x/y") { strength } }', "NOT_FOUND", "x/y"),
    ('{ path(from: "x/y", to: "shanghai/jingan/general-office") { length } }', "NOT_FOUND", "x/y"),
    ('{ whoHandles(matter: "") { score } }', "BAD_USER_INPUT", "empty"),
    ('{ whoHandles(matter: "   ") { score } }', "BAD_USER_INPUT", "empty"),
    ('{ whoHandles(matter: "%s") { score } }' % ("x" * 10_000), "BAD_USER_INPUT", "10000 characters"),
    ('{ whoHandles(matter: "archives", district: "Atlantis") { score } }', "BAD_USER_INPUT", "Atlantis"),
    ('{ whoHandles(matter: "archives", first: -1) { score } }', "BAD_USER_INPUT", "first"),
    ('{ whoHandles(matter: "archives", first: 100000) { score } }', "BAD_USER_INPUT", "first"),
    ('{ organizations(district: "Atlantis") { totalCount } }', "BAD_USER_INPUT", "Atlantis"),
    ('{ organizations(after: "not-a-cursor") { totalCount } }', "BAD_USER_INPUT", "not a cursor"),
    ('{ organizations(after: "%%%%") { totalCount } }', "BAD_USER_INPUT", "not a cursor"),
    # a cursor of another list is refused too
    ('{ organizations(after: "cmVzcG9uc2liaWxpdGllczow") { totalCount } }', "BAD_USER_INPUT", "not a cursor"),
    ('{ responsibilities(search: "%s") { totalCount } }' % ("y" * 10_000), "BAD_USER_INPUT", "search"),
    ('{ responsibilities(organization: "x/y") { totalCount } }', "NOT_FOUND", "x/y"),
    ("{ organizations(kind: SPACESHIP) { totalCount } }", "GRAPHQL_VALIDATION_FAILED", "SPACESHIP"),
    ("{ organization { id } }", "GRAPHQL_VALIDATION_FAILED", "id"),
    ('{ organization(id: "a") { nosuchfield } }', "GRAPHQL_VALIDATION_FAILED", "nosuchfield"),
    ("{ organization(id: ", "GRAPHQL_PARSE_FAILED", "Syntax Error"),
]


@pytest.mark.parametrize(("query", "code", "words"), ERRORS)
def test_bad_input_is_a_useful_error(run: Run, query: str, code: str, words: str) -> None:
    response = run(query)
    assert [error["extensions"]["code"] for error in response["errors"]] == [code]
    assert words in response["errors"][0]["message"]
    assert "Traceback" not in str(response)


EMPTY = [
    # (query, the honest empty answer)
    ('{ whoHandles(matter: "the of and") { score } }', {"whoHandles": []}),
    ('{ whoHandles(matter: "archives", first: 0) { score } }', {"whoHandles": []}),
    ('{ whoHandles(matter: "archives", district: "Xuhui") { score } }', {"whoHandles": []}),
    ('{ organizations(district: "Haidian") { totalCount } }', {"organizations": {"totalCount": 0}}),
    ('{ responsibilities(search: "zeppelin") { totalCount } }', {"responsibilities": {"totalCount": 0}}),
    (
        '{ path(from: "shenzhen/dapeng/general-office", to: "' + SECTION + '") { length } }',
        {"path": None},
    ),
]


@pytest.mark.parametrize(("query", "data"), EMPTY)
def test_no_answer_is_an_empty_result_not_an_error(run: Run, query: str, data: dict[str, Any]) -> None:
    assert run(query) == {"data": data}


def test_variables_of_the_wrong_type_are_reported(run: Run) -> None:
    response = run("query Q($n: Int) { organizations(first: $n) { totalCount } }", n="lots")
    assert "errors" in response and "$n" in response["errors"][0]["message"]


@pytest.mark.parametrize("district", ["Jing'an", "Jingan", "Jing’an District", "静安", "静安区"])
def test_who_handles_takes_a_district_by_any_of_its_names(run: Run, kb: KnowledgeBase, district: str) -> None:
    query = (
        'query Q($d: String) { whoHandles(matter: "foreign guests", district: $d, first: 10) { organization { id } } }'
    )
    answer = [handler["organization"]["id"] for handler in run(query, d=district)["data"]["whoHandles"]]
    assert answer == [handler.organization.id for handler in who_handles(kb, "foreign guests", "Jing'an", 10)]
    assert answer and all(id.startswith("shanghai/jingan/") for id in answer)


@pytest.mark.parametrize("district", ["Dapeng", "大鹏新区", "Dapeng New District"])
def test_organizations_take_a_district_without_its_type_word(run: Run, district: str) -> None:
    query = "query Q($d: String) { organizations(district: $d) { nodes { id } } }"
    ids = [node["id"] for node in run(query, d=district)["data"]["organizations"]["nodes"]]
    assert ids and all(id.startswith("shenzhen/dapeng/") for id in ids)


def test_every_district_argument_takes_the_same_places(run: Run, kb: KnowledgeBase) -> None:
    """Each place's id, name, other names and Chinese name, in whoHandles and organizations alike."""
    places = run("{ places { id name altNames chineseName } }")["data"]["places"]
    who = "query W($d: String) { whoHandles(matter: 'archives', district: $d, first: 20) { organization { id } } }"
    who = who.replace("'", '"')
    listed = "query L($d: String) { organizations(district: $d, first: 100) { nodes { id } } }"
    checked = 0
    for place in places:
        labels = [place["id"], place["name"], *place["altNames"], place["chineseName"]]
        answers = set()
        for label in filter(None, labels):
            by_who, by_list = run(who, d=label), run(listed, d=label)
            assert "errors" not in by_who and "errors" not in by_list, (label, by_who, by_list)
            handlers = [handler["organization"]["id"] for handler in by_who["data"]["whoHandles"]]
            answers.add(tuple(handlers))
            checked += 1
        assert len(answers) == 1, f"{place['id']}: its names give different answers {answers}"
    assert checked > len(places)


def test_a_place_named_with_its_city_is_the_same_place_in_who_handles() -> None:
    """Two loaded Huangpu districts: "Huangpu, Guangzhou" (or its id) is Guangzhou's in whoHandles too."""
    from orgkb.graphql.execution import run as run_on
    from orgkb.loaders.reading.reader import parse_text

    kb = KnowledgeBase()
    duties = "Main Responsibilities\n1. Implement the laws and policies of the state in the district.\n"
    kb.add_document(parse_text("Huangpu District People's Government, Guangzhou\n" + duties, "guangzhou.txt"))
    kb.add_document(parse_text("Huangpu District People's Government, Shanghai\n" + duties, "shanghai.txt"))
    query = 'query W($d: String) { whoHandles(matter: "laws and policies", district: $d) { organization { id } } }'
    for district in ("Huangpu, Guangzhou", "place/guangdong/guangzhou/huangpu"):
        answer = run_on(kb, query, {"d": district})
        assert "errors" not in answer, answer
        assert [handler["organization"]["id"] for handler in answer["data"]["whoHandles"]] == [
            "guangzhou/huangpu/government"
        ]
    assert "names several places" in run_on(kb, query, {"d": "Huangpu"})["errors"][0]["message"]
