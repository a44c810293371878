"""An HTML page as blocks: headings, list items, table rows, the title and breadcrumbs, each with its source line.

lxml parses (libxml2's HTML parser: tolerant of the broken markup of real sites, fast, and the only
maintained parser here that gives every element its `sourceline`, the evidence of every fact);
this module walks the tree once. What is never content is dropped: scripts, styles, forms'
controls, hidden elements, `<nav>` and `<footer>` and the elements their class or id names as
navigation, header or footer (unless they hold the page's `<h1>`). Everything else is kept and
described, not judged: link-only blocks are marked `link=True` for the roles stage to decide.
See the README's "Reading HTML" for why lxml and not trafilatura, inscriptis or selectolax.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree

from orgkb.loaders.reading.page import Block, BlockKind
from orgkb.loaders.sources import trails


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


BLOCK_TAGS = _words(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p "
    "pre section summary table tbody td tfoot th thead tr ul"
)
_DROPPED_TAGS = _words(
    "script style noscript template iframe frame object embed applet svg math canvas audio video map "
    "select option optgroup datalist textarea button input head nav footer"
)
_LISTS = frozenset(("ul", "ol", "menu", "dir"))
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BOLD = frozenset(("strong", "b"))
# A part of a class or id naming site furniture: navigation and footers ("main-nav", "footer_box").
_FURNITURE_PART = _words("nav navbar navigation footer foot bottom copyright topbar skiplinks")
# A class or id that, whole, names the site's header (a page's title may stand in it: see `is_dropped`).
_HEADER_WHOLE = _words("header head top banner site-header page-header topbar")
# The elements a class or id can make furniture: containers, never a cell or a line of text.
_CONTAINERS = frozenset(
    ("div", "section", "ul", "ol", "dl", "table", "aside", "center", "form", "header", "footer", "nav", "menu")
)
_FURNITURE_ROLES = frozenset(("navigation", "contentinfo", "search"))
_PARTS = re.compile(r"[-_\s]+")
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\n\r\f]+")
# What may stand between the links of a link-only block: white space, separators, brackets.
_SEPARATORS = re.compile(r"[\s|｜/·•・>»›→\-–—,，、;；:：\[\]【】()（）]+")
# libxml2 stops parsing where elements nest deeper than 2048 (with `huge_tree`).
DEEP = "the HTML nests elements more than 2048 deep; the page was read up to there"
# libxml2 records line numbers up to this one; past it, lines are counted from the text.
_LAST_KNOWN_LINE = 65535


@dataclass(frozen=True)
class HtmlPage:
    """The blocks of an HTML page, the site it names (canonical, og:url or base), and what was noticed."""

    blocks: tuple[Block, ...]
    site: str | None
    warnings: tuple[str, ...]
    site_name: Block | None = None  # its og:site_name, with the line of its <meta>


@dataclass(slots=True)
class _Frame:
    """What an open element means for the text inside it."""

    tag: str
    kind: BlockKind = BlockKind.TEXT
    level: int = 0
    block: bool = False
    dropped: bool = False
    link: bool = False
    bold: bool = False
    lists: int = 0
    pre: bool = False
    inline_breaks: bool = False  # a <br> is a space here (headings, titles, trails, table cells)
    item: _Frame | None = None  # the list item this text belongs to
    pending: bool = False  # a list item whose first block is still to come
    trail: bool = False
    trail_checked: bool = False
    row: list[list[_Piece]] | None = None  # the cells of a table row being read


@dataclass(slots=True)
class _Piece:
    text: str
    line: int
    link: bool
    bold: bool


@dataclass
class _Walker:
    holds_block: set[etree._Element]
    holds_h1: set[etree._Element]
    holds_heading: set[etree._Element]
    blocks: list[Block] = field(default_factory=list)
    pieces: list[_Piece] = field(default_factory=list)
    owner: _Frame | None = None
    line: int = 1
    gap: bool = False
    title: Block | None = None
    site: str | None = None
    site_name: Block | None = None

    # -- text ------------------------------------------------------------------------------
    def text(self, text: str | None, frame: _Frame) -> None:
        """Take in a run of text at the current line, inside `frame`; move the line past it."""
        if not text:
            return
        if frame.dropped:
            self.line += text.count("\n")
            return
        if frame.pre and "\n" in text:
            for index, part in enumerate(text.split("\n")):
                if index:
                    self.flush(line_break=True)
                    self.line += 1
                self.add(part, frame)
            return
        self.add(text, frame)
        self.line += text.count("\n")

    def add(self, text: str, frame: _Frame) -> None:
        target = self.pieces
        if frame.row is not None:  # a table row's text goes to its last cell
            if not frame.row:
                frame.row.append([])
            target = frame.row[-1]
        stripped = text.lstrip()
        if not stripped:
            if target:
                target.append(_Piece(text if frame.pre else " ", self.line, frame.link, frame.bold))
            return
        if target is self.pieces and not self.pieces:
            self.owner = frame
        line = self.line + text.count("\n", 0, len(text) - len(stripped))
        target.append(_Piece(text if frame.pre else _SPACE.sub(" ", text), line, frame.link, frame.bold))

    # -- blocks ----------------------------------------------------------------------------
    def boundary(self) -> None:
        self.flush()
        self.gap = True

    def flush(self, line_break: bool = False) -> None:
        """Emit the text read since the last block as a block of its owner's kind."""
        pieces, self.pieces = self.pieces, []
        owner, self.owner = self.owner, None
        text = "".join(piece.text for piece in pieces).strip()
        if not text or owner is None:
            if line_break:  # two line breaks in a row: a blank line
                self.gap = True
            return
        kind, level = owner.kind, owner.level
        item = owner.item
        if kind is BlockKind.TEXT and item is not None and item.pending:
            kind, level = BlockKind.ITEM, item.level
        if item is not None:
            item.pending = False
        link = _only(pieces, "link")
        if kind is BlockKind.TEXT and not link and _only(pieces, "bold"):
            kind = BlockKind.HEADING
        line = next(piece.line for piece in pieces if piece.text.strip())
        self.blocks.append(Block(line, text, kind, level, gap=self.gap, link=link))
        self.gap = False

    def emit_row(self, frame: _Frame) -> None:
        cells = [cell for cell in frame.row or [] if "".join(piece.text for piece in cell).strip()]
        frame.row = None
        texts = tuple(_SPACE.sub(" ", "".join(piece.text for piece in cell)).strip() for cell in cells)
        if not texts:
            return
        pieces = [piece for cell in cells for piece in cell]
        line = next(piece.line for piece in pieces if piece.text.strip())
        link = _only(pieces, "link")
        if len(texts) == 1:
            self.blocks.append(Block(line, texts[0], BlockKind.TEXT, gap=self.gap, link=link))
        else:
            self.blocks.append(Block(line, " | ".join(texts), BlockKind.ROW, cells=texts, gap=self.gap, link=link))
        self.gap = True

    # -- elements --------------------------------------------------------------------------
    def enter(self, element: etree._Element, parent: _Frame) -> _Frame:
        line = element.sourceline
        if line is not None and 0 < line < _LAST_KNOWN_LINE:
            self.line = line
        if not isinstance(element.tag, str):  # a comment or a processing instruction
            frame = _Frame("#", dropped=True)
            self.text(element.text, frame)
            return frame
        tag = element.tag.lower()
        if parent.dropped:
            return _Frame(tag, dropped=True)
        if tag in ("head", "title"):  # a <title> strayed into the body is still the title
            self.read_head(element)
            return _Frame(tag, dropped=True)
        frame = _Frame(
            tag,
            kind=parent.kind if parent.inline_breaks else BlockKind.TEXT,
            level=parent.level if parent.inline_breaks else 0,
            link=parent.link or (tag == "a" and element.get("href") is not None),
            bold=parent.bold or tag in _BOLD,
            lists=parent.lists + (tag in _LISTS),
            pre=parent.pre or tag in ("pre", "textarea", "listing", "plaintext"),
            inline_breaks=parent.inline_breaks,
            item=parent.item,
            trail=parent.trail,
            trail_checked=parent.trail_checked,
            row=parent.row,
        )
        attributes = element.attrib
        if (
            attributes
            and not (parent.trail_checked or parent.row is not None or _is_hidden(attributes))
            and _names_trail(attributes)
        ):
            # A long "trail" is content with an odd class: its elements are not asked again.
            frame.trail_checked = True
            if trails.fits("".join(element.itertext()).strip()):
                self.boundary()
                frame.trail = frame.block = frame.inline_breaks = True
                frame.kind, frame.level = BlockKind.BREADCRUMB, 0
                return frame
        if self.is_dropped(element, tag, attributes):
            if tag in BLOCK_TAGS:
                self.boundary()
            return _Frame(tag, dropped=True)
        if tag == "br":
            self.line_break(frame)
            return frame
        if parent.trail:  # inside a breadcrumb everything is one line
            printed = "".join(piece.text for piece in self.pieces).rstrip()
            if tag in BLOCK_TAGS and printed and not _SEPARATORS.fullmatch(printed[-1]):
                self.pieces.append(_Piece(" > ", self.line, False, False))
            return frame
        if parent.row is not None and tag in ("td", "th"):
            parent.row.append([])
            frame.inline_breaks = True
            return frame
        if parent.row is not None:
            return frame
        if tag == "tr" and self.is_data_row(element):
            self.boundary()
            frame.row = []
            frame.block = True
            return frame
        if tag in BLOCK_TAGS:
            self.boundary()
            frame.block = True
            if tag in _HEADINGS:
                frame.kind, frame.level, frame.inline_breaks = BlockKind.HEADING, _HEADINGS[tag], True
            elif tag == "li":
                frame.kind, frame.level = BlockKind.ITEM, max(frame.lists, 1)
                frame.item, frame.pending = frame, True
        return frame

    def leave(self, element: etree._Element, frame: _Frame, parent: _Frame) -> None:
        if frame.row is not None and (parent.row is None or frame.row is not parent.row):
            self.emit_row(frame)
        elif frame.trail and not parent.trail:
            self.flush()
            self.gap = True
        elif frame.block and not frame.dropped:
            self.boundary()
        self.text(element.tail, parent)

    def line_break(self, frame: _Frame) -> None:
        if frame.inline_breaks or frame.row is not None or frame.trail:
            self.add(" ", frame)
        else:
            self.flush(line_break=True)

    # -- judgements ------------------------------------------------------------------------
    def is_dropped(self, element: etree._Element, tag: str, attributes: etree._Attrib) -> bool:
        """Whether an element is never content: a script, a hidden element, the site's navigation,
        header or footer. Furniture that holds the page's <h1> is kept; a header that holds any
        heading of the first three levels is kept too, for a page's title may be printed there."""
        if tag in _DROPPED_TAGS:
            return not (tag in ("nav", "footer") and element in self.holds_h1)
        if not attributes:
            return tag == "header" and element not in self.holds_heading
        if _is_hidden(attributes):
            return True
        if element in self.holds_h1:
            return False
        role = (attributes.get("role") or "").strip().lower()
        if tag == "header" or role == "banner":
            return element not in self.holds_heading
        if role in _FURNITURE_ROLES:
            return True
        if tag not in _CONTAINERS:
            return False
        names = [value.lower() for value in (attributes.get("class"), attributes.get("id")) if value]
        if any(_is_furniture(name) for name in names):
            return True
        return any(_is_header(name) for name in names) and element not in self.holds_heading

    def is_data_row(self, element: etree._Element) -> bool:
        """A table row of two cells or more that hold only inline content (a layout table's cells hold blocks)."""
        cells = [child for child in element if isinstance(child.tag, str) and child.tag.lower() in ("td", "th")]
        return len(cells) >= 2 and not any(cell in self.holds_block for cell in cells)

    def read_head(self, head: etree._Element) -> None:
        for element in head.iter():
            if not isinstance(element.tag, str):
                continue
            tag = element.tag.lower()
            if tag == "title" and self.title is None:
                text = _SPACE.sub(" ", "".join(element.itertext())).strip()
                if text:
                    self.title = Block(element.sourceline or 1, text, BlockKind.TITLE)
            elif tag == "meta" and _meta_name(element) == "og:site_name" and self.site_name is None:
                text = _SPACE.sub(" ", element.get("content") or "").strip()
                self.site_name = Block(element.sourceline or 1, text) if text else None
            elif tag in ("link", "meta", "base") and self.site is None:
                self.site = _site_of(element, tag)


def _meta_name(element: etree._Element) -> str:
    return (element.get("property") or element.get("name") or "").strip().lower()


def _only(pieces: list[_Piece], flag: str) -> bool:
    """Whether every piece with words has `flag` set (and one does), separators aside."""
    worded = [piece for piece in pieces if not _SEPARATORS.fullmatch(piece.text)]
    return bool(worded) and all(getattr(piece, flag) for piece in worded)


def _is_hidden(attributes: etree._Attrib) -> bool:
    if "hidden" in attributes or (attributes.get("aria-hidden") or "").strip().lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(attributes.get("style") or ""))


def _names_trail(attributes: etree._Attrib) -> bool:
    markers = (attributes.get("class"), attributes.get("id"), attributes.get("aria-label"))
    return any(value and trails.is_marker(value) for value in markers)


def _is_furniture(value: str) -> bool:
    """Whether a class or id names navigation or a footer ("nav", "main-nav", "footer", "copyright")."""
    return any(part in _FURNITURE_PART for token in value.split() for part in _PARTS.split(token))


def _is_header(value: str) -> bool:
    """Whether a class or id names the site's header ("header", "head", "top", "banner")."""
    return any(token in _HEADER_WHOLE for token in value.split())


def _site_of(element: etree._Element, tag: str) -> str | None:
    if tag == "link" and "canonical" in (element.get("rel") or "").lower().split():
        url = element.get("href")
    elif tag == "meta" and (element.get("property") or element.get("name") or "").lower() == "og:url":
        url = element.get("content")
    elif tag == "base":
        url = element.get("href")
    else:
        return None
    return site_of(url or "")


def site_of(url: str) -> str | None:
    """The host of an http(s) URL, lower case; None for anything else.

    >>> site_of("https://WWW.Qinghe.gov.cn/zwgk/index.html"), site_of("/zwgk/index.html")
    ('www.qinghe.gov.cn', None)
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return parts.hostname.lower()


def _structure(root: etree._Element) -> tuple[set[etree._Element], set[etree._Element], set[etree._Element]]:
    """The elements holding a block element, an <h1>, a heading of levels 1-3: one pass from the leaves up."""
    holds_block: set[etree._Element] = set()
    holds_h1: set[etree._Element] = set()
    holds_heading: set[etree._Element] = set()
    for element in reversed(list(root.iter())):
        parent = element.getparent()
        if parent is None or not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in BLOCK_TAGS or element in holds_block:
            holds_block.add(parent)
        if tag == "h1" or element in holds_h1:
            holds_h1.add(parent)
        if tag in ("h1", "h2", "h3") or element in holds_heading:
            holds_heading.add(parent)
    return holds_block, holds_h1, holds_heading


def _walk(root: etree._Element, walker: _Walker) -> None:
    """Visit every node once, without recursion (nesting may be deep)."""
    top = _Frame("#document")
    frame = walker.enter(root, top)
    walker.text(root.text, frame)
    stack: list[tuple[etree._Element, _Frame, _Frame, Iterator[etree._Element]]] = [(root, frame, top, iter(root))]
    while stack:
        element, frame, parent, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            walker.leave(element, frame, parent)
            continue
        child_frame = walker.enter(child, frame)
        if isinstance(child.tag, str):
            walker.text(child.text, child_frame)
        stack.append((child, child_frame, frame, iter(child)))


def html_blocks(text: str) -> HtmlPage:
    """The blocks of the HTML page `text` (already decoded), in reading order.

    >>> page = html_blocks("<title>Office</title><h1>Office</h1><ul><li><a href='/'>Home</a></li></ul>")
    >>> [(block.kind.value, block.text, block.level, block.link) for block in page.blocks]
    [('title', 'Office', 0, False), ('heading', 'Office', 1, False), ('item', 'Home', 1, True)]
    """
    parser = etree.HTMLParser(encoding="utf-8", huge_tree=True, no_network=True, remove_blank_text=False)
    root = etree.fromstring(text.encode("utf-8"), parser)
    warnings: list[str] = []
    if any("depth" in error.message.lower() for error in parser.error_log):
        warnings.append(DEEP)
    if root is None:
        return HtmlPage((), None, tuple(warnings))
    walker = _Walker(*_structure(root))
    _walk(root, walker)
    walker.flush()
    blocks = walker.blocks
    if walker.title is not None:
        blocks.insert(0, walker.title)
    return HtmlPage(tuple(blocks), walker.site, tuple(warnings), walker.site_name)
