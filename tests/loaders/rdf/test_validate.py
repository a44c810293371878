"""Every page we can read gives a graph that conforms to the SHACL shapes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import XSD, Literal

from orgkb.loaders.load.files import builtin_paths, read_page
from orgkb.loaders.rdf.triples import document_graph
from orgkb.loaders.rdf.validate import shape_violations, shapes
from orgkb.ontology.namespace import ORGKB

DATA = Path(__file__).parents[2] / "data"
VARIANTS = sorted((DATA / "variants").glob("*.txt"))
UNSEEN = sorted((DATA / "unseen").glob("*.txt"))


@pytest.mark.parametrize("path", [*builtin_paths(), *VARIANTS, *UNSEEN], ids=lambda path: path.stem)
def test_page_graph_conforms_to_shapes(path: Path) -> None:
    assert shape_violations(read_page(path)) == []


def test_a_broken_graph_is_reported() -> None:
    document = read_page(builtin_paths()[0])
    document.duties[0] = replace(document.duties[0], line=0)  # a line number no page has
    violations = shape_violations(document)
    assert violations and "line" in " ".join(violations).lower()


def test_a_units_own_contact_point_is_checked_too() -> None:
    document = read_page(DATA / "unseen" / "qingpu-zhujiajiao-town.txt")
    assert shape_violations(document) == []
    document.units[0].contact.email = "not an address"
    violations = shape_violations(document)
    assert violations and "party-and-government-office/contact" in " ".join(violations)


UNNAMED = [path for path in sorted((DATA / "unnamed").iterdir()) if path.stem not in ("contact-only", "lianxi-women")]


@pytest.mark.parametrize("path", UNNAMED, ids=lambda path: path.name)
def test_the_graph_of_a_page_that_prints_no_name_conforms_to_the_shapes(path: Path) -> None:
    assert shape_violations(read_page(path)) == []


def test_a_provisional_name_of_an_unknown_source_is_reported() -> None:
    document = read_page(DATA / "unnamed" / "civil-defence-duties.txt")
    graph = document_graph(document)
    organization = next(graph.subjects(ORGKB.nameSource, None))
    graph.set((organization, ORGKB.nameSource, Literal("banner", datatype=XSD.string)))  # what no orgkb writes
    conforms, _, text = validate(graph, shacl_graph=shapes(), inference="none")
    assert not conforms and "a provisional name has one source" in str(text)
