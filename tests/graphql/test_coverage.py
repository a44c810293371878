"""`coverage(ids:, kind:, district:)`: the set chosen either way, its bounds, and its mistakes named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Run = Callable[..., dict[str, Any]]
JINGAN = "shanghai/jingan/general-office"
DAPENG = "shenzhen/dapeng/general-office"
CAOJIADU = "shanghai/jingan/caojiadu-sub-district-office"
QUERY = """query($ids: [ID!], $kind: OrganizationKind, $district: String) {
  coverage(ids: $ids, kind: $kind, district: $district) {
    organizations { id district { name } }
    matters { matter { id } counts }
    gaps { organization { id } }
  }
}"""


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"ids": [DAPENG, JINGAN]}, [DAPENG, JINGAN]),  # ids in the order given
        ({"kind": "GENERAL_OFFICE"}, [JINGAN, DAPENG]),  # by id
        ({"kind": "GENERAL_OFFICE", "district": "Shanghai"}, [JINGAN]),
        ({"district": "静安区"}, [CAOJIADU, JINGAN]),  # every organization serving the place
        ({"kind": "GENERAL_OFFICE", "district": "Haidian"}, []),  # none loaded: an empty matrix
    ],
)
def test_coverage_chooses_the_set(run: Run, variables: dict[str, Any], expected: list[str]) -> None:
    response = run(QUERY, **variables)
    assert "errors" not in response, response.get("errors")
    coverage = response["data"]["coverage"]
    assert [organization["id"] for organization in coverage["organizations"]] == expected
    assert all(len(row["counts"]) == len(expected) for row in coverage["matters"])


def test_rows_gaps_and_clusters_of_two_general_offices(run: Run) -> None:
    query = """{ coverage(kind: GENERAL_OFFICE) {
      matters { matter { name } counts covered }
      gaps { organization { name } }
      clusters { organizations { name } shared { name } similarity }
      alone { id }
    } }"""
    response = run(query)
    assert "errors" not in response, response.get("errors")
    coverage = response["data"]["coverage"]
    rows = {row["matter"]["name"]: row for row in coverage["matters"]}
    assert rows["Foreign affairs"] == {"matter": {"name": "Foreign affairs"}, "counts": [6, 1], "covered": 2}
    assert coverage["gaps"] == []  # two organizations: "most of the others" needs three or more
    assert coverage["clusters"] == []
    assert coverage["alone"] == [{"id": JINGAN}, {"id": DAPENG}]


def test_the_organizations_are_whole(run: Run) -> None:
    response = run(QUERY, ids=[JINGAN])
    assert response["data"]["coverage"]["organizations"] == [{"id": JINGAN, "district": {"name": "Jing'an District"}}]


ERRORS = [
    # (variables, code, words the message must contain)
    ({}, "BAD_USER_INPUT", "give the ids"),
    ({"ids": [JINGAN], "kind": "GENERAL_OFFICE"}, "BAD_USER_INPUT", "not both"),
    ({"district": "Atlantis"}, "BAD_USER_INPUT", "Atlantis"),
    ({"ids": ["x/y"]}, "NOT_FOUND", "x/y"),
    ({"ids": [f"{JINGAN}/unit-{n}" for n in range(101)]}, "BAD_USER_INPUT", "101 ids"),
]


@pytest.mark.parametrize(("variables", "code", "words"), ERRORS)
def test_bad_input_is_a_useful_error(run: Run, variables: dict[str, Any], code: str, words: str) -> None:
    response = run(QUERY, **variables)
    assert [error["extensions"]["code"] for error in response["errors"]] == [code]
    assert words in response["errors"][0]["message"]
    assert "Traceback" not in str(response)
