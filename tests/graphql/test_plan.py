"""The plan answers exactly what graphql-core answers, and leaves to graphql-core what it cannot."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
import warnings
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import strawberry

from orgkb.graphql.execution import Executor
from orgkb.graphql.plan import Plan, Unsupported
from orgkb.kb.store import KnowledgeBase

OPERATIONS = sorted((Path(__file__).parents[2] / "orgkb" / "graphql" / "operations").glob("*.graphql"))
JINGAN = "shanghai/jingan/general-office"
FOREIGN_AFFAIRS = f"{JINGAN}/foreign-affairs-section"
CAOJIADU = "shanghai/jingan/caojiadu-sub-district-office"

ORGANIZATION = """
fragment Org on Organization { id name altNames kind isUnit relationToParent }
query ($id: ID!) {
  organization(id: $id) {
    ...Org
    parent { ...Org parent { name } }
    ancestors { id }
    units { ...Org responsibilities { id number position text role source { document line quote } } }
    responsibilities { id text matters { id name altNames chineseName definition } organization { id } }
    jurisdiction { id name type altNames chineseName parent { name parent { name } } }
    district { name }
    contact { telephone email fax hours address postalCode }
    coordinatesWith { id name }
    partnerRegions { id name partners { relation organization { id } } }
    source { id file title sha256 issued site repairs { line original replacement } }
    __typename
  }
}
"""

# (query, variables, whether the plan answers it itself)
CASES: list[tuple[str, dict[str, Any] | None, bool]] = [
    ("{ __typename }", None, True),
    (ORGANIZATION, {"id": JINGAN}, True),
    (ORGANIZATION, {"id": FOREIGN_AFFAIRS}, True),
    (ORGANIZATION, {"id": f"{CAOJIADU}/community-security-office"}, True),
    (ORGANIZATION, {"id": "shanghai/jingan/government"}, True),
    # aliases, the same field twice (merged), a field under two aliases with different selections
    (
        f'{{ a: organization(id: "{JINGAN}") {{ name units {{ id }} units {{ name }} }} '
        f'b: organization(id: "{FOREIGN_AFFAIRS}") {{ n: name, name, parent {{ id }} parent {{ name kind }} }} }}',
        None,
        True,
    ),
    # fragments on the interface and on the object type, inline fragments with and without a type
    (
        "fragment N on Node { id __typename } fragment O on Organization { name } "
        "query ($id: ID!) { node(id: $id) { ...N ...O ... on Organization { kind } ... { id } "
        "... on Place { name } } }",
        {"id": JINGAN},
        True,
    ),
    (
        '{ node(id: "place/shanghai/jingan") { __typename id ... on Place { name type parent { name } } } }',
        None,
        True,
    ),
    (
        f'{{ node(id: "{FOREIGN_AFFAIRS}/duty/1") {{ id ... on Responsibility {{ text role matters {{ id }} }} }} }}',
        None,
        True,
    ),
    ('{ node(id: "source/jingan-general-office") { id ... on SourceDocument { file issued } } }', None, True),
    # @skip and @include, by literal and by variable
    (
        'query ($yes: Boolean!, $no: Boolean!) { organization(id: "' + JINGAN + '") { '
        "name @include(if: $yes) kind @include(if: $no) id @skip(if: $yes) isUnit @skip(if: false) "
        "... on Organization @include(if: $yes) { altNames } units @skip(if: $no) { name } } }",
        {"yes": True, "no": False},
        True,
    ),
    (
        'query ($yes: Boolean!, $no: Boolean!) { organization(id: "' + JINGAN + '") { '
        "name @include(if: $yes) kind @include(if: $no) id @skip(if: $yes) units @skip(if: $no) { name } } }",
        {"yes": False, "no": True},
        True,
    ),
    # connections, arguments, variables with defaults
    (
        "query ($first: Int = 3) { organizations(first: $first) { totalCount edges { cursor node { id } } "
        "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { name kind } } }",
        None,
        True,
    ),
    ('{ organizations(kind: SECTION, district: "Jing\'an", first: 2) { totalCount nodes { id } } }', None, True),
    (
        '{ responsibilities(search: "foreign", first: 5) { totalCount nodes { id text organization { name } } } }',
        None,
        True,
    ),
    ("{ matters { id name responsibilities { id } } }", None, True),
    ("{ places { id name type parent { id } } partnerRegions { id name partners { relation } } }", None, True),
    ("{ sources { id file title issued site repairs { line original replacement } } }", None, True),
    (
        f'{{ coordination(organization: "{FOREIGN_AFFAIRS}") {{ organization {{ id }} strength basis '
        "matters { id } evidence { id } } }",
        None,
        True,
    ),
    (
        f'{{ path(from: "{FOREIGN_AFFAIRS}", to: "{CAOJIADU}") {{ length '
        "steps { relation from { id } to { id } } organizations { id name } } }",
        None,
        True,
    ),
    (
        f'{{ compare(left: "{JINGAN}", right: "shenzhen/dapeng/general-office") {{ left {{ id }} right {{ id }} '
        "shared { score left { id } right { id } } onlyLeft { id } onlyRight { id } "
        "coverage { matter { id } left right } } }",
        None,
        True,
    ),
    ('{ whoHandles(matter: "petitions", first: 3) { score reason organization { id } evidence { id } } }', None, True),
    # what graphql-core must answer: errors, nulls with errors, introspection, bad variables
    ('{ organization(id: "shanghai/jingan/no-such-office") { id } }', None, False),
    ('{ a: organization(id: "' + JINGAN + '") { id } b: node(id: "matter/no-such-matter") { id } }', None, False),
    ('{ whoHandles(matter: "petitions", first: 500) { score } }', None, False),
    ("{ organizations(first: -1) { totalCount } }", None, False),
    ('{ responsibilities(after: "not a cursor") { totalCount } }', None, False),
    ("{ __schema { queryType { name } } }", None, False),
    ('{ __type(name: "Organization") { name fields { name } } }', None, False),
    ("query ($id: ID!) { organization(id: $id) { id } }", {"id": 12}, False),  # NOT_FOUND for id "12"
    (f'query ($id: ID! = "{JINGAN}") {{ organization(id: $id) {{ id }} }}', None, True),
    ("query ($id: ID!) { organization(id: $id) { id } }", {"id": ["not", "an", "id"]}, False),
    ("query ($id: ID!) { organization(id: $id) { id } }", None, False),
]


@pytest.fixture(scope="module")
def with_plans(kb: KnowledgeBase) -> Executor:
    return Executor(kb, response_cache_size=0)


@pytest.fixture(scope="module")
def without_plans(kb: KnowledgeBase) -> Executor:
    return Executor(kb, response_cache_size=0, plans=False)


@pytest.mark.parametrize(("query", "variables", "planned"), CASES)
def test_the_plan_answers_as_graphql_core_does(
    with_plans: Executor, without_plans: Executor, query: str, variables: dict[str, Any] | None, planned: bool
) -> None:
    expected = asyncio.run(without_plans.run(query, variables))
    assert asyncio.run(with_plans.run(query, variables)) == expected
    assert asyncio.run(with_plans.run(query, variables)) == expected  # again, from the plan kept for it
    document, errors = with_plans.prepare(query)
    assert document is not None and not errors
    plan = with_plans.plan(query, document, None)
    try:
        data = plan.run(variables, with_plans.context()) if plan is not None else None
    except Unsupported:
        data = None
    assert (data is not None) == planned
    if data is not None:
        assert {"data": data} == expected


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda path: path.stem)
def test_every_example_operation_is_planned(with_plans: Executor, operation: Path) -> None:
    query = operation.read_text(encoding="utf-8")
    asyncio.run(with_plans.run(query))  # warm the memo
    document, _ = with_plans.prepare(query)
    assert document is not None
    plan = with_plans.plan(query, document, None)
    assert plan is not None
    assert {"data": plan.run(None, with_plans.context())} == asyncio.run(with_plans.run(query))


def test_operation_names_choose_the_plan(with_plans: Executor) -> None:
    query = 'query A { __typename } query B { organization(id: "' + JINGAN + '") { name } }'
    assert asyncio.run(with_plans.run(query, None, "A")) == {"data": {"__typename": "Query"}}
    assert asyncio.run(with_plans.run(query, None, "B"))["data"]["organization"]["name"]
    assert "errors" in asyncio.run(with_plans.run(query))  # no name: graphql-core says which is missing
    assert "errors" in asyncio.run(with_plans.run(query, None, "C"))


def test_a_cold_memo_leaves_the_loads_to_graphql_core_quietly(
    kb: KnowledgeBase, without_plans: Executor, caplog: pytest.LogCaptureFixture
) -> None:
    """Futures the plan met are awaited by graphql-core; nothing is left never awaited or never retrieved."""
    query = (
        f'{{ organization(id: "{JINGAN}") {{ parent {{ name }} contact {{ email }} units {{ name responsibilities '
        "{ id organization { id } } } } "
        f'path(from: "{FOREIGN_AFFAIRS}", to: "{CAOJIADU}") {{ organizations {{ id }} steps {{ from {{ id }} }} }} '
        "partnerRegions { partners { organization { id } } } }"
    )
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.ERROR, logger="asyncio"):
        warnings.simplefilter("always")
        cold = asyncio.run(Executor(kb, response_cache_size=0).run(query))
        gc.collect()
    assert cold == asyncio.run(without_plans.run(query))
    assert not [warning for warning in caught if "never awaited" in str(warning.message)]
    assert not [record for record in caplog.records if "never retrieved" in record.getMessage()]


def test_plans_are_bounded(kb: KnowledgeBase) -> None:
    executor = Executor(kb, cache_size=2, response_cache_size=0)
    for n in range(4):
        asyncio.run(executor.run(f"{{ a{n}: __typename }}"))
    assert len(executor._plans) == 2


def test_a_document_without_a_query_operation_has_no_plan(kb: KnowledgeBase) -> None:
    from graphql import parse

    schema = Executor(kb).schema
    with pytest.raises(Unsupported):
        Plan(schema, parse("fragment F on Query { __typename }"), None)
    with pytest.raises(Unsupported):
        Plan(schema, parse("{ a: __typename } { b: __typename }"), None)


# -- a small schema with every odd thing a resolver can do ---------------------------------------------


class Colour(Enum):
    RED = "red"
    BLUE = "blue"


strawberry.enum(Colour)


class Oops(Exception):
    def __str__(self) -> str:
        return "oops"


@strawberry.interface
class Named:
    name: str


@strawberry.type
class Thing(Named):
    colour: Colour
    day: dt.date
    count: int
    ratio: float
    flag: bool
    maybe: str | None
    oops: str | None

    @strawberry.field
    def tags(self) -> list[str]:
        return ["a", "b"]

    @strawberry.field
    def generated(self) -> list[int] | None:
        return (n for n in range(3))  # type: ignore[return-value]

    @strawberry.field
    def raises(self) -> str | None:
        raise ValueError("no")

    @strawberry.field
    def returns_error(self) -> str | None:
        return Oops()  # type: ignore[return-value]

    @strawberry.field
    def missing(self) -> str:
        return None  # type: ignore[return-value]

    @strawberry.field
    async def later(self) -> str:
        return "later"

    @strawberry.field
    def big(self) -> int | None:
        return 2**40

    @strawberry.field
    def path(self, info: strawberry.Info) -> str:
        return ".".join(str(key) for key in info.path.as_list())

    @strawberry.field
    def shout(self, word: str = "hi", times: int = 1) -> str:
        return word.upper() * times


def _thing(name: str) -> Thing:
    return Thing(
        name=name,
        colour=Colour.BLUE,
        day=dt.date(2024, 5, 1),
        count=3,
        ratio=0.5,
        flag=True,
        maybe=None,
        oops=Oops(),  # type: ignore[arg-type]
    )


@strawberry.type
class ToyQuery:
    @strawberry.field
    def things(self) -> list[Thing]:
        return [_thing("one"), _thing("two")]

    @strawberry.field
    def named(self) -> Named:
        return _thing("three")

    @strawberry.field
    def nothing(self) -> Thing | None:
        return None


TOY_QUERIES = [
    ('{ things { name colour day count ratio flag maybe tags path shout(word: "yo", times: 2) } }', True),
    ("{ things { big } }", False),  # not a 32-bit Int: an error
    ("{ named { name __typename ... on Thing { colour path } } nothing { name } }", True),
    ("{ things { generated } }", False),  # a generator is a list to graphql-core, not to the plan
    ("{ things { oops } }", False),
    ("{ things { raises } }", False),
    ("{ things { returnsError } }", False),
    ("{ things { missing } }", False),
    ("{ things { later } }", False),
    ("{ named { ... on Thing { later } } }", False),
    ("query ($w: String!) { things { shout(word: $w) } }", True),
]


@pytest.mark.parametrize(("query", "planned"), TOY_QUERIES)
def test_odd_resolvers_are_left_to_graphql_core(query: str, planned: bool) -> None:
    from graphql import ExecutionResult, execute, parse

    schema = strawberry.Schema(query=ToyQuery, types=[Thing])._schema
    document = parse(query)
    variables = {"w": "ok"}

    async def expected() -> ExecutionResult:
        result = execute(schema, document, variable_values=variables)
        return await result if asyncio.iscoroutine(result) else result  # type: ignore[return-value]

    wanted = asyncio.run(expected())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            data = Plan(schema, document, None).run(variables, None)
        except Unsupported:
            data = None
        gc.collect()
    assert not [warning for warning in caught if "never awaited" in str(warning.message)]
    if planned:
        assert data is not None and not wanted.errors
        assert data == wanted.data
    else:
        assert data is None
        assert wanted.errors or query == "{ things { generated } }" or "later" in query
