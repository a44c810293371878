"""The SVG picture of an office's coordination network."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from orgkb.errors import NotFoundError
from orgkb.kb.entities import organizations
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base
from orgkb.web.picture import coordination_svg

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


@pytest.mark.parametrize("office", ["shanghai/jingan/general-office", "shanghai/jingan/caojiadu-sub-district-office"])
def test_svg_is_well_formed_with_a_labelled_node_per_unit(kb: KnowledgeBase, office: str) -> None:
    root = ET.fromstring(coordination_svg(kb, office))
    assert root.tag == f"{SVG}svg"
    nodes = {group.get("id"): group for group in root.iter(f"{SVG}g") if "node" in (group.get("class") or "")}
    for unit in organizations.units(kb, office):
        assert unit.id in nodes
        label = " ".join(span.text or "" for span in nodes[unit.id].iter(f"{SVG}tspan"))
        assert label == " ".join(unit.name.split())
    assert root.find(f".//{SVG}g[@id='legend']") is not None
    assert any(float(line.get("stroke-width", 0)) > 1 for line in root.iter(f"{SVG}line"))


def test_svg_is_deterministic_and_a_unit_draws_its_office(kb: KnowledgeBase) -> None:
    office = "shanghai/jingan/general-office"
    assert coordination_svg(kb, office) == coordination_svg(kb, f"{office}/foreign-affairs-section")


def test_unknown_id(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFoundError):
        coordination_svg(kb, "shanghai/nowhere")
