"""An office's coordination network drawn as SVG: the office in the middle, its units around it,
the bodies and governments they work with on an outer ring; lines as thick as the link is strong.

The layout is fixed by the page's order of units (no randomness): the same graph draws the same picture.
"""

from __future__ import annotations

import math
import textwrap
from xml.sax.saxutils import escape

from orgkb.kb.coordination.network import network
from orgkb.kb.entities import organizations
from orgkb.kb.store.knowledge_base import KnowledgeBase

WIDTH, HEIGHT = 1200, 1120
_CENTRE = (600.0, 560.0)
_UNIT_RING, _OUTER_RING = 290.0, 470.0
_COLOURS = {
    "organization": "#1f4e79",
    "unit": "#2e86c1",
    "body": "#b9770e",
    "government": "#7d3c98",
}
_STATED, _SHARED, _HIERARCHY = "#c0392b", "#27ae60", "#b3b6b7"


def _attr(value: object) -> str:
    return escape(str(value), {'"': "&quot;"})


def _ring(count: int, radius: float, offset: float = 0.0) -> list[tuple[float, float]]:
    x0, y0 = _CENTRE
    return [
        (
            round(x0 + radius * math.cos(offset - math.pi / 2 + 2 * math.pi * i / count), 1),
            round(y0 + radius * math.sin(offset - math.pi / 2 + 2 * math.pi * i / count), 1),
        )
        for i in range(count)
    ]


def _label(x: float, y: float, text: str, size: int = 13) -> str:
    lines = textwrap.wrap(text, 22, break_on_hyphens=False)[:4] or [text]
    below = y + 26 if y >= _CENTRE[1] - 1 else y - 18 - 15 * (len(lines) - 1)
    spans = "".join(f'<tspan x="{x}" dy="{0 if i == 0 else 15}">{escape(line)}</tspan>' for i, line in enumerate(lines))
    return f'<text x="{x}" y="{round(below, 1)}" font-size="{size}" text-anchor="middle">{spans}</text>'


def coordination_svg(kb: KnowledgeBase, organization_id: str) -> str:
    """An SVG picture of the coordination network of an office (or of the office a unit belongs to).

    Raises `NotFoundError` when the id names nothing.
    """
    record = organizations.organization(kb, organization_id)
    office = record.unit_of_id or record.id
    graph = network(kb)
    units = [unit.id for unit in organizations.units(kb, office)]
    family = [office, *units]
    outside: list[str] = []
    for node in family:
        for other in sorted(graph.neighbors(node)) if node in graph else []:
            data = graph.edges[node, other]
            if other not in family and other not in outside and "strength" in data:
                outside.append(other)
    where = {office: _CENTRE}
    where.update(zip(units, _ring(len(units), _UNIT_RING), strict=True))
    where.update(zip(outside, _ring(len(outside), _OUTER_RING, math.pi / max(len(outside), 1)), strict=True))
    drawn = set(where)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="Helvetica, Arial, sans-serif">',
        f"<title>Coordination network of {escape(graph.nodes[office]['label'])}</title>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        f'<text x="24" y="36" font-size="20" font-weight="bold">{escape(graph.nodes[office]["label"])}</text>',
        '<text x="24" y="60" font-size="13" fill="#555">Who works with whom: lines are coordination links, '
        "thicker when stronger (hover a line for its matters).</text>",
        '<g id="edges">',
    ]
    edges = sorted((a, b, data) for a, b, data in graph.edges(drawn, data=True) if a in drawn and b in drawn)
    for a, b, data in edges:
        (x1, y1), (x2, y2) = where[a], where[b]
        if "strength" in data:
            colour = _STATED if data.get("basis") == "stated" else _SHARED
            width = round(1 + 7 * float(data["strength"]), 1)
            dash = "" if data.get("basis") == "stated" else ' stroke-dasharray="8 4"'
            names = f"{graph.nodes[a]['label']} and {graph.nodes[b]['label']}"
            tip = f"{names}: {data.get('coordination')} ({data['strength']:.2f})"
            parts.append(
                f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" stroke-width="{width}" '
                f'stroke-opacity="0.75"{dash}><title>{escape(tip)}</title></line>'
            )
        elif data["relation"] == "unitOf":
            parts.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{_HIERARCHY}" stroke-width="1"/>')
    parts += ["</g>", '<g id="nodes">']
    for node, (x, y) in where.items():
        data = graph.nodes[node]
        kind = "government" if data.get("category") == "government" and node != office else data["kind"]
        links = sum(1 for other in graph.neighbors(node) if other in drawn and "strength" in graph.edges[node, other])
        radius = 26 if node == office else round(10 + 2.5 * min(links, 8), 1)
        parts.append(
            f'<g class="node {_attr(kind)}" id="{_attr(node)}">'
            f'<circle cx="{x}" cy="{y}" r="{radius}" fill="{_COLOURS.get(kind, "#7f8c8d")}" stroke="#ffffff" '
            f'stroke-width="2"><title>{escape(data["label"])} ({links} links)</title></circle>'
            + _label(
                x,
                y + (radius - 10 if y >= _CENTRE[1] - 1 else 10 - radius),
                data["label"],
                14 if node == office else 12,
            )
            + "</g>"
        )
    parts += ["</g>", _legend(), "</svg>"]
    return "\n".join(parts) + "\n"


def _legend() -> str:
    x, y = 24, HEIGHT - 150
    rows = [
        f'<rect x="{x - 10}" y="{y - 24}" width="330" height="160" fill="#f8f9f9" stroke="#d5d8dc"/>',
        f'<text x="{x}" y="{y - 4}" font-size="14" font-weight="bold">Legend</text>',
    ]
    items = [
        ("circle", _COLOURS["organization"], "the office"),
        ("circle", _COLOURS["unit"], "a unit (section) of the office"),
        ("circle", _COLOURS["body"], "a body or centre it works with"),
        ("circle", _COLOURS["government"], "a government it works for"),
        ("solid", _STATED, "stated in a duty (assists, guides, reports to ...)"),
        ("dashed", _SHARED, "duties on the same rare matters"),
    ]
    for i, (shape, colour, text) in enumerate(items):
        cy = y + 16 + 19 * i
        if shape == "circle":
            rows.append(f'<circle cx="{x + 10}" cy="{cy - 4}" r="6" fill="{colour}"/>')
        else:
            dash = ' stroke-dasharray="8 4"' if shape == "dashed" else ""
            rows.append(
                f'<line x1="{x}" y1="{cy - 4}" x2="{x + 22}" y2="{cy - 4}" stroke="{colour}" stroke-width="4"{dash}/>'
            )
        rows.append(f'<text x="{x + 32}" y="{cy}" font-size="12">{escape(text)}</text>')
    return '<g id="legend">' + "".join(rows) + "</g>"
