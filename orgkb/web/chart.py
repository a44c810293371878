"""An organization's units as a chart: inline SVG drawn here, no script, no external file.

The office heads a tree; each unit hangs from its trunk as a box that links to the unit's page:
its name (wrapped onto two lines when long), its number of duties and a bar as long as its
share of the most duties. The drawing is 360 units wide and scales with the page (`viewBox`),
so that its text stays readable on a 375 px phone (about 13 px) as on a desk (at most 28rem
wide). Every text is escaped; a name too long for two lines is cut with an ellipsis and given
whole in the box's `<title>`.

>>> from orgkb.kb.entities.organizations import OrganizationRecord
>>> office = OrganizationRecord("x", "General Office", "general-office")
>>> svg = units_chart(office, [(OrganizationRecord("x/a", "Secretariat Section", "section"), 4)])
>>> svg.startswith("<svg") and "Secretariat Section" in svg and 'href="/organization/x/a"' in svg
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from html import escape
from urllib.parse import quote

from orgkb.kb.entities.organizations import OrganizationRecord

WIDTH = 360
FONT = 14
LINE = 18  # the height of one line of text
TRUNK = 16  # where the trunk runs
BOX_LEFT = 32
PAD = 10  # text inside a box
GAP = 10  # between boxes


def units_chart(office: OrganizationRecord, units: Sequence[tuple[OrganizationRecord, int]]) -> str:
    """The SVG of `office` over its `units` (each with its number of duties)."""
    most = max((count for _, count in units), default=0) or 1
    head = _lines(office.name, WIDTH - 2 * PAD, FONT + 2)  # bold: wider letters
    head_height = PAD * 2 + LINE * len(head)
    parts: list[str] = [
        f'<rect x="0.5" y="0.5" width="{WIDTH - 1}" height="{head_height}" rx="6" fill="#005ea2"/>',
        _text(head, PAD, PAD + 14, FONT + 1, 'fill="#fff" font-weight="600"'),
    ]
    top = head_height + GAP
    middles = []
    for unit, count in units:
        name = _lines(unit.name, WIDTH - BOX_LEFT - 2 * PAD, FONT)
        height = PAD * 2 + LINE * (len(name) + 1) + 4
        middles.append(top + height / 2)
        duties = "1 duty" if count == 1 else f"{count} duties"
        bar = max(4.0, (WIDTH - BOX_LEFT - 2 * PAD - 70) * count / most)
        count_y = top + PAD + 14 + LINE * len(name)
        parts.append(
            f'<a href="/organization/{escape(quote(unit.id, safe="/"))}"><title>{escape(unit.name)}: {duties}</title>'
            f'<rect x="{BOX_LEFT}" y="{top}" width="{WIDTH - BOX_LEFT - 1}" height="{height}" rx="6" '
            'fill="#f1f5f9" stroke="#6b7280"/>'
            + _text(name, BOX_LEFT + PAD, top + PAD + 14, FONT, 'fill="#0b4778" text-decoration="underline"')
            + f'<text x="{BOX_LEFT + PAD}" y="{count_y}" font-size="{FONT - 1}" fill="#374151">{duties}</text>'
            f'<rect x="{BOX_LEFT + PAD + 66}" y="{count_y - 9}" width="{bar:.1f}" height="8" rx="4" fill="#73b3e7"/>'
            "</a>"
        )
        top += height + GAP
    if units:
        trunk = f'<path d="M{TRUNK} {head_height} V{middles[-1]:g}" stroke="#6b7280" stroke-width="2" fill="none"/>'
        branches = "".join(
            f'<path d="M{TRUNK} {middle:g} H{BOX_LEFT}" stroke="#6b7280" stroke-width="2" fill="none"/>'
            for middle in middles
        )
        parts.insert(0, trunk + branches)
    height = top - GAP if units else head_height + 1
    title = f"{office.name} and its {len(units)} units"
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height:g}" role="img" aria-labelledby="chart-title" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="chart-title">{escape(title)}</title>{"".join(parts)}</svg>'
    )


def _text(lines: Sequence[str], x: int, y: float, size: int, style: str) -> str:
    spans = "".join(
        f'<tspan x="{x}" dy="{0 if number == 0 else LINE}">{escape(line)}</tspan>' for number, line in enumerate(lines)
    )
    return f'<text x="{x}" y="{y:g}" font-size="{size}" {style}>{spans}</text>'


def _lines(text: str, width: float, size: int, most: int = 2) -> list[str]:
    """`text` in at most `most` lines of about `width` units at font size `size`, broken between words."""
    lines: list[str] = []
    current = ""
    for word in _words(text):
        candidate = current + word if current else word.lstrip()
        if current and _width(candidate, size) > width:
            lines.append(current.rstrip())
            current = word.lstrip()
        else:
            current = candidate
    lines.append(current.rstrip())
    if len(lines) > most:
        lines = lines[: most - 1] + [fit_text(" ".join(lines[most - 1 :]), width, size)]
    return [fit_text(line, width, size) for line in lines]


def _words(text: str) -> list[str]:
    """Words with their leading space; each Chinese character is a word of its own (it may break anywhere)."""
    words: list[str] = []
    for character in text:
        if not words or _is_wide(character) or character == " " or _is_wide(words[-1][-1]):
            words.append(character)
        else:
            words[-1] += character
    return words


def _is_wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in ("W", "F")


def _width(text: str, size: int) -> float:
    return sum(size * (1.0 if _is_wide(character) else 0.55) for character in text)


def fit_text(text: str, width: float, size: int) -> str:
    """`text` cut with an ellipsis to about `width` units at font size `size` (whole when it fits)."""
    if _width(text, size) <= width:
        return text
    while text and _width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
