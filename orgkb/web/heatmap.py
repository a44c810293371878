"""A coverage matrix as a heatmap: inline SVG drawn here, in the style of `web.chart`.

One row per matter (those most organizations cover first), one column per organization (its
place's name, slanted, linking to its page); a square's blue is darker the more of the
organization's duties concern the matter. An empty square edged in red is a gap: most of the
others have the matter, this one has none. Every square says as much in its `<title>`. Rows
and columns beyond `most_rows` and `most_columns` are left out, and the title says how many.
The drawing keeps its own size (one unit a pixel): a matrix wider than the page scrolls sideways
in its box (`.scroll` on the staff page) and its text stays readable on a phone.

>>> from orgkb.kb.coordination.coverage import CoverageMatrix, Member, MatterRow
>>> from orgkb.ontology.thesaurus import MatterRecord
>>> from orgkb.kb.entities.organizations import OrganizationRecord
>>> office = Member(OrganizationRecord("x/general-office", "General Office", "general-office"), "Xuhui District", 3)
>>> svg = heatmap(CoverageMatrix((office,), (MatterRow(MatterRecord("matter/archives", "Archives"), (2,)),), ()))
>>> svg.startswith("<svg") and "Xuhui District: 2 duties about Archives" in svg
True
"""

from __future__ import annotations

from html import escape

from orgkb.kb.coordination.coverage import CoverageMatrix
from orgkb.web.chart import fit_text
from orgkb.web.html import organization_href

CELL = 16
FONT = 12
LABELS = 220  # the width of the matters' names on the left
HEADER = 110  # the height of the slanted organization names on top
SHADES = ((5, "#0b4778"), (3, "#2378c3"), (2, "#73b3e7"), (1, "#cfe8fa"))  # (at least this many duties, blue)
GAP_EDGE = "#b50909"
MOST_ROWS = 40
MOST_COLUMNS = 60
LEGEND_WIDTH = 440


def shade(count: int) -> str:
    """The fill of a square for `count` duties: white for none, darker blues for more."""
    return next((colour for least, colour in SHADES if count >= least), "#fff")


def heatmap(matrix: CoverageMatrix, most_rows: int = MOST_ROWS, most_columns: int = MOST_COLUMNS) -> str:
    """The SVG of `matrix`: its first `most_rows` matters by its first `most_columns` organizations."""
    members = matrix.members[:most_columns]
    rows = matrix.rows[:most_rows]
    gaps = {(gap.organization.id, gap.matter.id) for gap in matrix.gaps}
    width = max(LABELS + CELL * len(members) + HEADER // 2, LEGEND_WIDTH)
    legend_top = HEADER + CELL * len(rows) + 14
    height = legend_top + 40
    parts: list[str] = []
    for column, member in enumerate(members):
        x = LABELS + column * CELL + CELL // 2 + 4
        label = escape(fit_text(member.label, HEADER * 1.3, FONT))
        href = escape(organization_href(member.organization.id))
        parts.append(
            f'<a href="{href}"><title>{escape(member.organization.name)}</title>'
            f'<text transform="translate({x} {HEADER - 4}) rotate(-55)" font-size="{FONT}" fill="#0b4778">'
            f"{label}</text></a>"
        )
    for line, row in enumerate(rows):
        y = HEADER + line * CELL
        name = escape(fit_text(row.matter.name, LABELS - 24, FONT))  # room for wider letters than estimated
        parts.append(
            f'<text x="{LABELS - 6}" y="{y + CELL - 4}" font-size="{FONT}" text-anchor="end" fill="#1b1b1b">'
            f"<title>{escape(row.matter.name)}: {row.covered} of {len(matrix.members)} have it</title>{name}</text>"
        )
        for column, member in enumerate(members):
            count = row.counts[column]
            gap = (member.organization.id, row.matter.id) in gaps
            edge = f'stroke="{GAP_EDGE}" stroke-width="2"' if gap else 'stroke="#d1d5db"'
            duties = "1 duty" if count == 1 else f"{count} duties"
            note = " (most of the others have it)" if gap else ""
            parts.append(
                f'<rect x="{LABELS + column * CELL + 1}" y="{y + 1}" width="{CELL - 2}" height="{CELL - 2}" '
                f'fill="{shade(count)}" {edge}><title>{escape(member.label)}: {duties} about '
                f"{escape(row.matter.name)}{note}</title></rect>"
            )
    parts.append(_legend(legend_top))
    shown = f"{len(rows)} of {len(matrix.rows)} matters by {len(members)} of {len(matrix.members)} organizations"
    return (
        f'<svg class="heatmap" viewBox="0 0 {width} {height}" role="img" aria-labelledby="heatmap-title" '
        f'style="width:{width}px;max-width:none" '
        'font-family="system-ui,sans-serif" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="heatmap-title">Matters covered: {shown}</title>'
        f"{''.join(parts)}</svg>"
    )


def _range(least: int, most: int | None) -> str:
    if most is None:
        return f"{least}+"
    return str(least) if least == most else f"{least}-{most}"


def _legend(top: int) -> str:
    bounds = [least for least, _ in reversed(SHADES)]
    ranges = [_range(least, bounds[i + 1] - 1 if i + 1 < len(bounds) else None) for i, least in enumerate(bounds)]
    keys = [("none", "#fff"), *zip(ranges, (colour for _, colour in reversed(SHADES)), strict=True)]
    parts = [f'<text x="0" y="{top + 12}" font-size="{FONT}" fill="#374151">Duties about the matter:</text>']
    x = 150
    for text, colour in keys:
        parts.append(
            f'<rect x="{x}" y="{top + 1}" width="{CELL - 2}" height="{CELL - 2}" fill="{colour}" stroke="#d1d5db"/>'
            f'<text x="{x + CELL + 2}" y="{top + 12}" font-size="{FONT}" fill="#374151">{text}</text>'
        )
        x += CELL + 12 + 8 * len(text)
    parts.append(
        f'<rect x="0" y="{top + 21}" width="{CELL - 2}" height="{CELL - 2}" fill="#fff" stroke="{GAP_EDGE}" '
        f'stroke-width="2"/><text x="{CELL + 4}" y="{top + 32}" font-size="{FONT}" fill="#374151">'
        "none, though most of the others have it</text>"
    )
    return "".join(parts)
