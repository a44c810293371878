"""A text file's lines as blocks: one per non-blank line, with its number and the cells of a table row."""

from __future__ import annotations

import re
from collections.abc import Iterator

from orgkb.loaders.reading.page import Block, BlockKind

_TABS = re.compile(r"\t+")
_BARS = re.compile(r"\s+\|\s+")


def split_lines(text: str) -> list[str]:
    """`text`'s lines, parted by line feeds, CR LF or CR alone (line 1 is the first)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def cells_of(line: str) -> tuple[str, ...]:
    """The cells of a line that is a table row (parted by tabs or ' | '); () for any other line.

    >>> cells_of("Office\\tHandle documents."), cells_of("| Office | Handle documents. |")
    (('Office', 'Handle documents.'), ('Office', 'Handle documents.'))
    >>> cells_of("Handle documents | archives"), cells_of("Handle documents.")
    (('Handle documents', 'archives'), ())
    """
    line = line.strip()
    if "\t" in line:
        parts = _TABS.split(line)
    elif " | " in line or (line.startswith("|") and line.endswith("|") and len(line) > 1):
        parts = _BARS.split(f" {line.strip('|')} ") if " | " in line else line.strip("|").split("|")
    else:
        return ()
    cells = tuple(cell for cell in (part.strip() for part in parts) if cell)
    return cells if len(cells) >= 2 else ()


def text_blocks(lines: list[str]) -> Iterator[Block]:
    """A block per line with text; `gap` when blank lines come before it, `ROW` and cells for a table row.

    The text is the line as printed but for its ends; cleaning comes after (`orgkb.loaders.sources.clean`).
    """
    gap = False
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text:
            gap = True
            continue
        cells = cells_of(text)
        yield Block(number, text, BlockKind.ROW if cells else BlockKind.TEXT, cells=cells, gap=gap)
        gap = False
