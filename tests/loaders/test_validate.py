"""Every page we can read gives a graph that conforms to the SHACL shapes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from orgkb.loaders.files import builtin_paths, read_page
from orgkb.loaders.validate import shape_violations

DATA = Path(__file__).parent.parent / "data"
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
