"""Depth, alias and token limits, also when reached through fragments; introspection stays allowed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from graphql import get_introspection_query

from orgkb.graphql.limits import LIMITS

Run = Callable[..., dict[str, Any]]
OFFICE = '"shanghai/jingan/general-office"'


def nested(depth: int) -> str:
    """An operation exactly `depth` fields deep: organization { parent { parent ... { id } } }."""
    inner = "id"
    for _ in range(depth - 2):
        inner = f"parent {{ {inner} }}"
    return f"{{ organization(id: {OFFICE}) {{ {inner} }} }}"


def codes(response: dict[str, Any]) -> list[str]:
    return [error["extensions"]["code"] for error in response.get("errors", [])]


def test_depth_at_the_limit_runs(run: Run) -> None:
    assert "errors" not in run(nested(LIMITS.max_depth))


def test_depth_over_the_limit_is_rejected(run: Run) -> None:
    response = run(nested(LIMITS.max_depth + 1))
    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    assert f"the limit is {LIMITS.max_depth}" in response["errors"][0]["message"]
    assert "data" not in response


def test_depth_is_counted_through_fragments(run: Run) -> None:
    # Each fragment adds depth; spread through inline and named fragments the total is over the limit.
    query = (
        """
        fragment Deep on Organization { parent { parent { parent { parent { parent { parent { id } } } } } } }
        fragment Mid on Organization { parent { parent { ... on Organization { parent { ...Deep } } } } }
        { organization(id: OFFICE) { ...Mid } }
    """
    ).replace("OFFICE", OFFICE)
    response = run(query)
    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    assert "nested 11 fields deep" in response["errors"][0]["message"]


def test_aliases_over_the_limit_are_rejected(run: Run) -> None:
    fields = " ".join(f"a{i}: name" for i in range(LIMITS.max_aliases + 1))
    response = run(f"{{ organization(id: {OFFICE}) {{ {fields} }} }}")
    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    assert f"the limit is {LIMITS.max_aliases}" in response["errors"][0]["message"]


def test_aliases_are_counted_each_time_a_fragment_is_used(run: Run) -> None:
    half = LIMITS.max_aliases // 2 + 1
    fields = " ".join(f"a{i}: name" for i in range(half))
    query = f"fragment F on Organization {{ {fields} }} {{ one: organization(id: {OFFICE}) {{ ...F ...F }} }}"
    response = run(query)
    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    assert f"uses {2 * half + 1} aliases" in response["errors"][0]["message"]


def test_aliases_at_the_limit_run(run: Run) -> None:
    fields = " ".join(f"a{i}: name" for i in range(LIMITS.max_aliases))
    assert "errors" not in run(f"{{ organization(id: {OFFICE}) {{ {fields} }} }}")


def test_tokens_over_the_limit_are_rejected(run: Run) -> None:
    fields = " ".join(["name"] * LIMITS.max_tokens)
    response = run(f"{{ organization(id: {OFFICE}) {{ {fields} }} }}")
    assert codes(response) == ["GRAPHQL_PARSE_FAILED"]
    assert "more than 2000 tokens" in response["errors"][0]["message"]


def test_tokens_in_fragments_count_too(run: Run) -> None:
    fields = " ".join(["name"] * (LIMITS.max_tokens // 2))
    query = f"fragment A on Organization {{ {fields} }} fragment B on Organization {{ {fields} }} {{ __typename }}"
    assert codes(run(query)) == ["GRAPHQL_PARSE_FAILED"]


def test_introspection_is_allowed_despite_its_depth(run: Run) -> None:
    response = run(get_introspection_query(descriptions=True))
    assert "errors" not in response
    assert response["data"]["__schema"]["queryType"]["name"] == "Query"


@pytest.mark.parametrize(
    ("field", "first"),
    [
        ("organizations", LIMITS.max_first + 1),  # one over the cap
        ("organizations", 10**9),  # huge
        ("organizations", -1),  # negative
        ("responsibilities", LIMITS.max_first + 1),
        ("responsibilities", -5),
    ],
)
def test_first_outside_its_range_is_an_error_not_a_silent_cut(run: Run, field: str, first: int) -> None:
    response = run(f"{{ {field}(first: {first}) {{ totalCount }} }}")
    assert codes(response) == ["BAD_USER_INPUT"]
    assert response["errors"][0]["extensions"]["argument"] == "first"
    assert str(first) in response["errors"][0]["message"]


def test_first_at_the_cap_runs(run: Run) -> None:
    response = run(f"{{ responsibilities(first: {LIMITS.max_first}) {{ totalCount edges {{ cursor }} }} }}")
    assert "errors" not in response
    assert len(response["data"]["responsibilities"]["edges"]) == LIMITS.max_first


def test_a_thousand_copies_of_one_field_get_a_clear_error(run: Run) -> None:
    fields = " ".join(["name"] * 1000)  # under the token limit
    response = run(f"{{ organization(id: {OFFICE}) {{ {fields} }} }}")
    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    assert f"too many fields: 1001, limit {LIMITS.max_fields}" in response["errors"][0]["message"]


def test_fields_at_the_limit_run(run: Run) -> None:
    fields = " ".join(["name"] * (LIMITS.max_fields - 1))
    assert "errors" not in run(f"{{ organization(id: {OFFICE}) {{ {fields} }} }}")


def test_fields_in_a_fragment_count_each_time_it_is_used(run: Run) -> None:
    # Forty fragments, each spreading the next twice: 2**40 fields once expanded, measured in one walk.
    spreads = " ".join(f"fragment F{i} on Organization {{ ...F{i + 1} ...F{i + 1} }}" for i in range(40))
    query = f"{{ organization(id: {OFFICE}) {{ ...F0 }} }} {spreads} fragment F40 on Organization {{ name }}"
    response = run(query)
    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    assert f"too many fields: {2**40 + 1}" in response["errors"][0]["message"]


def test_limits_are_checked_before_graphql_cores_validation(run: Run) -> None:
    # Over a limit, only the limit's error: not also graphql-core's complaints about the same document.
    fields = " ".join(["nosuchfield"] * 600)
    response = run(f"{{ organization(id: {OFFICE}) {{ {fields} }} }}")
    assert len(response["errors"]) == 1 and "too many fields" in response["errors"][0]["message"]
