"""DataLoaders belong to one request; node(id) finds every kind of thing; lists answer from the graph."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from orgkb.graphql.execution import Executor

Run = Callable[..., dict[str, Any]]


def test_each_request_gets_its_own_loaders(executor: Executor) -> None:
    first, second = executor.context(), executor.context()
    assert first.organizations is not second.organizations
    assert first.responsibilities is not second.responsibilities
    assert first.memo is second.memo  # the memo is shared and follows kb.generation


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
