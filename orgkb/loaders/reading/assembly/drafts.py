"""A drafted item of a page's duties: its lines, before it is split into duties and repaired."""

from __future__ import annotations

from dataclasses import dataclass, field

from orgkb.loaders.document import Unit


@dataclass
class Draft:
    unit: Unit | None
    lines: list[tuple[int, str]] = field(default_factory=list)  # (line, text) of one item
    marked: bool = False
    number: int | None = None  # the number its marker prints
    depth: int = 0  # its depth in the outline
    nested: bool = False  # it holds a list of its own


def first_line(draft: Draft) -> int:
    return draft.lines[0][0] if draft.lines else 0
