"""Every example operation in orgkb/graphql/operations runs without errors and answers its question."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Run = Callable[..., dict[str, Any]]

OPERATIONS = Path(__file__).parents[2] / "orgkb" / "graphql" / "operations"
JINGAN = "shanghai/jingan/general-office"
FOREIGN_AFFAIRS = f"{JINGAN}/foreign-affairs-section"


def check_who_handles(data: dict[str, Any]) -> None:
    handlers = data["whoHandles"]
    assert handlers and len(handlers) <= 3
    assert handlers[0]["organization"]["id"] == FOREIGN_AFFAIRS
    assert any("reception of foreign guests" in duty["text"] for duty in handlers[0]["evidence"])
    assert all(handler["organization"]["id"].startswith("shanghai/jingan/") for handler in handlers)
    assert handlers[0]["organization"]["parent"]["contact"]["telephone"] == "021-62472188"
    scores = [handler["score"] for handler in handlers]
    assert scores == sorted(scores, reverse=True)
    assert all(duty["source"]["document"] and duty["source"]["line"] > 0 for duty in handlers[0]["evidence"])


def check_office(data: dict[str, Any]) -> None:
    office = data["organization"]
    assert office["kind"] == "GENERAL_OFFICE"
    assert office["district"]["name"] == "Jing'an District"
    assert office["contact"]["telephone"] == "021-62472188"
    units = office["units"]
    assert len(units) == 12
    assert units[0]["name"] == "Secretariat Section"
    foreign = next(unit for unit in units if unit["id"] == FOREIGN_AFFAIRS)
    assert len(foreign["responsibilities"]) == 10
    assert all(duty["text"] and duty["source"]["line"] > 0 for unit in units for duty in unit["responsibilities"])


def check_compare(data: dict[str, Any]) -> None:
    comparison = data["compare"]
    assert comparison["left"]["name"].startswith("General Office of People's Government of Jing'an")
    assert comparison["right"]["name"] == "General Office of Dapeng New District"
    assert comparison["shared"], "two general offices share some duties"
    assert any(
        "foreign" in pair["left"]["text"].lower() and "foreign" in pair["right"]["text"].lower()
        for pair in comparison["shared"]
    )
    assert comparison["onlyLeft"] and comparison["onlyRight"]
    assert all(0 < pair["score"] <= 1 for pair in comparison["shared"])


def check_coordination(data: dict[str, Any]) -> None:
    links = data["coordination"]
    assert links
    assert all(link["organization"]["id"].startswith(JINGAN) for link in links)
    assert all(link["organization"]["id"] != FOREIGN_AFFAIRS for link in links)
    assert all(link["evidence"] for link in links)
    strengths = [link["strength"] for link in links]
    assert strengths == sorted(strengths, reverse=True)


def check_path(data: dict[str, Any]) -> None:
    path = data["path"]
    ids = [organization["id"] for organization in path["organizations"]]
    assert ids[0] == FOREIGN_AFFAIRS
    assert ids[-1] == "shanghai/jingan/caojiadu-sub-district-office/community-service-office"
    assert "shanghai/jingan/government" in ids
    assert path["length"] == len(path["steps"]) == len(ids) - 1
    assert path["steps"][0]["relation"] == "is a unit of"


CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "who_handles_in_district.graphql": check_who_handles,
    "office_with_sections.graphql": check_office,
    "compare_offices.graphql": check_compare,
    "coordination_of_section.graphql": check_coordination,
    "path_between_units.graphql": check_path,
}


def test_every_operation_file_has_a_check() -> None:
    assert sorted(path.name for path in OPERATIONS.glob("*.graphql")) == sorted(CHECKS)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_operation_answers(name: str, run: Run) -> None:
    response = run((OPERATIONS / name).read_text(encoding="utf-8"))
    assert "errors" not in response, response.get("errors")
    CHECKS[name](response["data"])
