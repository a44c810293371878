"""The coverage heatmap: shades by duties, gaps edged in red, text escaped, large matrices cut and said so."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from orgkb.kb.coordination.coverage import CoverageMatrix, Gap, MatterRow, Member
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.ontology.thesaurus import MatterRecord
from orgkb.web.heatmap import GAP_EDGE, heatmap, shade

SVG = "{http://www.w3.org/2000/svg}"


def office(number: int, place: str | None = None) -> Member:
    record = OrganizationRecord(f"city/d{number}/general-office", f"General Office {number}", "general-office")
    return Member(record, place if place is not None else f"District {number}", 5)


def matrix(columns: int, rows: int) -> CoverageMatrix:
    members = tuple(office(number) for number in range(columns))
    matters = tuple(
        MatterRow(
            MatterRecord(f"matter/m{row}", f"Matter {row}"), tuple((row + column) % 6 for column in range(columns))
        )
        for row in range(rows)
    )
    return CoverageMatrix(members, matters, ())


@pytest.mark.parametrize(
    ("count", "colour"),
    [(0, "#fff"), (1, "#cfe8fa"), (2, "#73b3e7"), (3, "#2378c3"), (4, "#2378c3"), (5, "#0b4778"), (40, "#0b4778")],
)
def test_shade_darkens_with_duties(count: int, colour: str) -> None:
    assert shade(count) == colour


def test_one_square_per_matter_and_office_each_saying_what_it_shows() -> None:
    svg = ET.fromstring(heatmap(matrix(3, 4)))
    squares = [rect for rect in svg.iter(f"{SVG}rect") if rect.find(f"{SVG}title") is not None]
    assert len(squares) == 12
    titles = [rect.findtext(f"{SVG}title") for rect in squares]
    assert titles[0] == "District 0: 0 duties about Matter 0"
    assert titles[1] == "District 1: 1 duty about Matter 0"
    links = [link.get("href") for link in svg.iter(f"{SVG}a")]
    assert links == [f"/organization/city/d{number}/general-office" for number in range(3)]


def test_a_gap_is_edged_in_red() -> None:
    members = (office(1), office(2), office(3))
    archives = MatterRecord("matter/archives", "Archives")
    rows = (MatterRow(archives, (1, 2, 0)),)
    gap = Gap(members[2].organization, archives, 2, 3)
    svg = heatmap(CoverageMatrix(members, rows, (gap,)))
    assert svg.count(f'stroke="{GAP_EDGE}" stroke-width="2"><title>') == 1
    assert "District 3: 0 duties about Archives (most of the others have it)" in svg


def test_large_matrices_are_cut_and_the_title_says_so() -> None:
    svg = heatmap(matrix(80, 50), most_rows=10, most_columns=20)
    root = ET.fromstring(svg)
    assert root.findtext(f"{SVG}title") == "Matters covered: 10 of 50 matters by 20 of 80 organizations"
    assert len([rect for rect in root.iter(f"{SVG}rect") if rect.find(f"{SVG}title") is not None]) == 200


def test_names_are_escaped_and_a_column_without_a_place_shows_the_name() -> None:
    member = Member(OrganizationRecord("x/o", "Office <of> A & B", "general-office"), None, 1)
    rows = (MatterRow(MatterRecord("matter/m", 'Matter "<m>"'), (1,)),)
    svg = heatmap(CoverageMatrix((member,), rows, ()))
    ET.fromstring(svg)  # well-formed
    assert "Office &lt;of&gt; A &amp; B" in svg and "<of>" not in svg and "<m>" not in svg
