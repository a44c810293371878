"""A temporary `parse_page`: a `Page`'s blocks rendered back to lines for today's `parse_text`.

It lets HTML files and URLs load before the staged reader lands; the reader's own `parse_page`
replaces this module. A text page is rendered line for line at its own line numbers, so that
`parse_text` sees what it always saw. An HTML page is rendered a block a line: a blank line
where a block boundary is, a table row of two cells as "label: value", without its title when
it has headings, without its breadcrumbs and link-only blocks (menus); every line number in
the `Document` is then mapped back to the block's source line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from orgkb.errors import LoadError
from orgkb.loaders.document import Contact, Document
from orgkb.loaders.page import Block, BlockKind, Page
from orgkb.loaders.text import parse_text

_LINE_IN_WARNING = re.compile(r"\bline (\d+)")


def parse_page(page: Page) -> Document:
    """The `Document` of a `Page`; `LoadError` naming the page's source (and the source line) when it has none."""
    lines, origin = _render(page)
    try:
        document = parse_text("\n".join(lines), page.name, checksum=page.checksum)
    except LoadError as error:
        raise LoadError(page.source, error.reason, line=_mapped(error.line, origin)) from None
    if origin is not None:
        _map_lines(document, origin)
    document.repairs = [*page.repairs, *document.repairs]
    document.warnings = [*page.warnings, *document.warnings]
    document.site = page.site or document.site
    return document


def _rendered(page: Page) -> list[Block]:
    if page.media_type != "text/html":
        return list(page.blocks)
    headed = any(block.kind is BlockKind.HEADING and 1 <= block.level <= 3 for block in page.blocks)
    return [
        block
        for block in page.blocks
        if not block.link and block.kind is not BlockKind.BREADCRUMB and not (headed and block.kind is BlockKind.TITLE)
    ]


def _line(block: Block, html: bool) -> str:
    """A block as `parse_text` reads it: an HTML table row of two cells as "label: value", as a page prints it."""
    if html and block.kind is BlockKind.ROW:
        return f"{block.cells[0]}: {block.cells[1]}" if len(block.cells) == 2 else "\t".join(block.cells)
    return block.text


def _render(page: Page) -> tuple[list[str], list[int] | None]:
    """The lines for `parse_text`, and each line's source line (None when they are the same)."""
    blocks = _rendered(page)
    html = page.media_type == "text/html"
    if _in_place(blocks):
        lines: list[str] = []
        for block in blocks:
            lines.extend([""] * (block.line - 1 - len(lines)))
            lines.append(_line(block, html))
        return lines, None
    lines, origin = [], []
    for block in blocks:
        if block.gap and lines:
            lines.append("")
            origin.append(block.line)
        lines.append(_line(block, html))
        origin.append(block.line)
    return lines, origin


def _in_place(blocks: list[Block]) -> bool:
    """Whether every block can stand on its own line, blank lines exactly where its gaps are."""
    previous = 0
    for block in blocks:
        if block.line <= previous or (block.line > previous + 1) != block.gap:
            return False
        previous = block.line
    return True


def _mapped(line: int | None, origin: list[int] | None) -> int | None:
    if line is None or origin is None or not 1 <= line <= len(origin):
        return line
    return origin[line - 1]


def _map_lines(document: Document, origin: list[int]) -> None:
    def line_of(line: int) -> int:
        return _mapped(line, origin) or line

    def contact(found: Contact) -> None:
        if found.line is not None:
            found.line = line_of(found.line)

    document.name_line = line_of(document.name_line)
    contact(document.contact)
    for duty in document.all_duties():
        duty.line = line_of(duty.line)
    for unit in document.units:
        unit.line = line_of(unit.line)
        contact(unit.contact)
    document.repairs = [replace(repair, line=line_of(repair.line)) for repair in document.repairs]
    document.warnings = [
        _LINE_IN_WARNING.sub(lambda match: f"line {line_of(int(match.group(1)))}", warning)
        for warning in document.warnings
    ]
