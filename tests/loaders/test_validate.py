"""Every page we can read gives a graph that conforms to the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.files import builtin_paths, read_page
from orgkb.loaders.validate import shape_violations

VARIANTS = sorted((Path(__file__).parent.parent / "data" / "variants").glob("*.txt"))


@pytest.mark.parametrize("path", [*builtin_paths(), *VARIANTS], ids=lambda path: path.stem)
def test_page_graph_conforms_to_shapes(path: Path) -> None:
    assert shape_violations(read_page(path)) == []


def test_a_broken_graph_is_reported() -> None:
    document = read_page(builtin_paths()[0])
    document.duties[0].line = 0  # a line number no page has
    violations = shape_violations(document)
    assert violations and "line" in " ".join(violations).lower()
