"""Organization.jurisdiction, district, city and province: each level of the place it serves."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.graphql.execution import run
from orgkb.loading import builtin_knowledge_base, load_paths

PROVINCES = Path(__file__).parents[1] / "data" / "provinces"
QUERY = """query Places($id: ID!) {
  organization(id: $id) {
    jurisdiction { id type }
    district { id }
    city { id type }
    province { id name type }
  }
}"""


@pytest.mark.parametrize(
    ("organization", "served"),
    [
        # a district's office: each level above it
        (
            "shenzhen/dapeng/general-office",
            {
                "jurisdiction": {"id": "place/guangdong/shenzhen/dapeng", "type": "district"},
                "district": {"id": "place/guangdong/shenzhen/dapeng"},
                "city": {"id": "place/guangdong/shenzhen", "type": "city"},
                "province": {"id": "place/guangdong", "name": "Guangdong", "type": "province"},
            },
        ),
        # a province's department: the province, as a province, and no city
        (
            "zhejiang/department-of-commerce",
            {
                "jurisdiction": {"id": "place/zhejiang", "type": "province"},
                "district": None,
                "city": None,
                "province": {"id": "place/zhejiang", "name": "Zhejiang", "type": "province"},
            },
        ),
    ],
)
def test_each_level_of_the_place_served(organization: str, served: dict[str, object]) -> None:
    kb = builtin_knowledge_base()
    load_paths(kb, [PROVINCES])
    response = run(kb, QUERY, {"id": organization})
    assert "errors" not in response
    assert response["data"]["organization"] == served
