"""The units chart: one linked box per unit, escaped names, long names wrapped then cut, no script."""

from __future__ import annotations

import re
from xml.etree import ElementTree

from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.web.chart import units_chart

OFFICE = OrganizationRecord("city/district/office", "General Office", "general-office")
SVG = "{http://www.w3.org/2000/svg}"


def _unit(slug: str, name: str) -> OrganizationRecord:
    return OrganizationRecord(f"city/district/office/{slug}", name, "section")


def test_each_unit_is_a_linked_box_with_its_duty_count() -> None:
    svg = units_chart(OFFICE, [(_unit("a", "Secretariat Section"), 4), (_unit("b", "Legal Section"), 1)])
    tree = ElementTree.fromstring(svg)  # well-formed XML
    links = tree.findall(f"{SVG}a")
    assert [link.get("href") for link in links] == [
        "/organization/city/district/office/a",
        "/organization/city/district/office/b",
    ]
    assert "4 duties" in svg and "1 duty<" in svg
    bars = [float(rect.get("width", 0)) for link in links for rect in link.findall(f"{SVG}rect")[1:]]
    assert bars[0] > bars[1]  # four duties draw a longer bar than one


def test_names_are_escaped() -> None:
    svg = units_chart(OFFICE, [(_unit("x", 'A <b>bold</b> & "quoted" unit'), 2)])
    assert "<b>" not in svg and "&lt;b&gt;" in svg and "&amp;" in svg
    ElementTree.fromstring(svg)


def test_a_long_name_is_wrapped_onto_two_lines_then_cut_with_its_whole_name_in_the_title() -> None:
    name = "Section for Reform of the Administrative Approval System and of Everything Else Besides It, Twice Over"
    svg = units_chart(OFFICE, [(_unit("long", name), 6)])
    link = ElementTree.fromstring(svg).find(f"{SVG}a")
    assert link is not None
    lines = [span.text or "" for span in link.iter(f"{SVG}tspan")]
    assert len(lines) == 2 and lines[1].endswith("…")
    assert " ".join(lines).replace("…", "") in name
    assert link.findtext(f"{SVG}title") == f"{name}: 6 duties"


def test_a_chinese_name_breaks_between_characters() -> None:
    name = "上海市静安区人民政府办公室外事科与港澳事务及对口支援合作交流工作处"
    lines = [span for span in re.findall(r"<tspan[^>]*>([^<]*)</tspan>", units_chart(OFFICE, [(_unit("zh", name), 1)]))]
    assert len(lines) == 3  # the office's one line, the unit's two
    assert "".join(lines[1:]).rstrip("…") in name


def test_an_office_without_units() -> None:
    svg = units_chart(OFFICE, [])
    assert "<a " not in svg and "General Office and its 0 units" in svg
    ElementTree.fromstring(svg)
