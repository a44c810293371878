"""The contract between the reader's input stage and the rest of the reader: a `Page` of `Block`s."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from orgkb.loaders.document import Repair
from orgkb.loaders.identity.keys import name_key


class BlockKind(StrEnum):
    TEXT = "text"  # a line of a text file, or a paragraph/div/line-break-separated line of HTML
    HEADING = "heading"  # an HTML h1-h6 (level = 1..6), or a <strong>/<b>-only line; text files never set it
    ITEM = "item"  # an HTML <li> (level = list nesting depth, 1-based); text files never set it
    ROW = "row"  # an HTML <tr> (cells = its cells' texts); a text line with tabs or ' | ' separators also gets cells
    TITLE = "title"  # the HTML <title> (line = its line); text files never set it
    BREADCRUMB = (
        "breadcrumb"  # an element whose class/id/aria-label says breadcrumb, or "You are here"/"Position:" trails
    )


@dataclass(frozen=True)
class Block:
    line: int  # 1-based line in the SOURCE file (text line, or the HTML element's source line) = the evidence
    text: str  # the text, cleaned (see below), one logical line, never empty
    kind: BlockKind = BlockKind.TEXT
    level: int = 0
    cells: tuple[str, ...] = ()
    gap: bool = False  # a blank line or a block boundary (new <p>, <div>, <li>) comes before it
    link: bool = False  # the whole block is the text of one link (<a>), a sign of furniture


@dataclass(frozen=True)
class Page:
    source: str  # what the user named: a path as given, or the URL
    name: str  # the file name (or the URL's last path segment) used for document IRIs and evidence
    checksum: str  # sha256 of the raw bytes
    blocks: tuple[Block, ...]
    media_type: str  # "text/plain" or "text/html"
    encoding: str  # as detected ("utf-8", "gb18030", "big5", ...)
    site: str | None = None  # the URL's host, or a <base>/canonical/og:url host in an HTML file, or None
    repairs: tuple[Repair, ...] = ()  # what cleaning at the door changed (Repair from orgkb.loaders.document)
    warnings: tuple[str, ...] = ()
    key: str = ""  # which page this is (`orgkb.loaders.identity.keys`); by default the key of `source` as a name
    site_name: Block | None = None  # an HTML page's og:site_name (a provisional name's source), or None

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", name_key(self.source))
