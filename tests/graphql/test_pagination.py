"""Relay connections: opaque cursors, totalCount, pages that join up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from orgkb.graphql.pagination import decode_cursor, encode_cursor

Run = Callable[..., dict[str, Any]]

PAGE = """query Page($first: Int, $after: String) {
  %s(first: $first, after: $after) {
    totalCount
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}"""


@pytest.mark.parametrize(("field", "size"), [("organizations", 1), ("organizations", 2), ("responsibilities", 25)])
def test_pages_join_up_to_the_whole_list(run: Run, field: str, size: int) -> None:
    everything = run(PAGE % field, first=100)["data"][field]
    seen: list[str] = []
    after = None
    while True:
        page = run(PAGE % field, first=size, after=after)["data"][field]
        assert page["totalCount"] == everything["totalCount"]
        seen += [edge["node"]["id"] for edge in page["edges"]]
        assert page["pageInfo"]["hasPreviousPage"] == (after is not None)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    first_hundred = [edge["node"]["id"] for edge in everything["edges"]]
    assert seen[: len(first_hundred)] == first_hundred
    assert len(seen) == len(set(seen)) == everything["totalCount"]


def test_cursors_are_opaque_and_tied_to_their_list() -> None:
    cursor = encode_cursor("organizations", 3)
    assert "organizations:3" not in cursor and "organizations" not in cursor
    assert decode_cursor("organizations", cursor) == 3


def test_first_zero_gives_the_count_only(run: Run) -> None:
    page = run(PAGE % "organizations", first=0)["data"]["organizations"]
    assert page["edges"] == [] and page["totalCount"] == 3 and page["pageInfo"]["hasNextPage"]


def test_filters(run: Run) -> None:
    query = '{ organizations(kind: GENERAL_OFFICE, district: "Shanghai") { nodes { id } } }'
    assert run(query)["data"]["organizations"]["nodes"] == [{"id": "shanghai/jingan/general-office"}]
    search = run(
        '{ responsibilities(search: "foreign guests", organization: "shanghai/jingan/general-office") '
        "{ totalCount nodes { organization { id } } } }"
    )["data"]["responsibilities"]
    assert search["totalCount"] >= 1
    assert all(node["organization"]["id"].startswith("shanghai/jingan/general-office") for node in search["nodes"])
