"""Read a source (a path, an HTML file or an http(s) URL) into a `Page` of clean blocks.

Two steps, so that a page's time budget covers the reading and not the wait for a server:
`read_raw` gets the bytes (a file or a URL, each with its own bounds), `page_of` turns them
into a `Page` (encoding, blocks, cleaning). `read_source` does both.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from orgkb.errors import LoadError
from orgkb.loaders.document import Repair
from orgkb.loaders.identity.keys import source_key, url_key
from orgkb.loaders.reading.page import Block, BlockKind, Page
from orgkb.loaders.sources import local, trails, web
from orgkb.loaders.sources.clean import MAX_REPAIRS, clean_text, count_invisible, unlisted
from orgkb.loaders.sources.deadline import Deadline, time_budget
from orgkb.loaders.sources.encoding import decode
from orgkb.loaders.sources.limits import Limits, current_limits
from orgkb.loaders.sources.markup import DEEP, html_blocks, site_of
from orgkb.loaders.sources.plain import split_lines, text_blocks
from orgkb.loaders.sources.spaced_han import join_spaced_han

HTML = "text/html"
TEXT = "text/plain"
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# The starts of an HTML document, as browsers sniff them (WHATWG MIME sniffing), and "<meta".
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|meta)[\s/>]",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


@dataclass(frozen=True)
class Raw:
    """A source's bytes and what came with them: its media type and charset when a server said them."""

    source: str
    name: str
    data: bytes
    media_type: str | None = None
    charset: str | None = None
    site: str | None = None
    key: str = ""  # which page this is (`orgkb.loaders.identity.keys`)


def read_raw(source: str | Path, limits: Limits) -> Raw:
    """The bytes of a file or a URL, within `limits`; `LoadError` naming the source when they cannot be had."""
    if isinstance(source, str) and web.is_url(source):
        fetched = web.fetch(
            source, max_bytes=limits.max_bytes, seconds=limits.fetch_seconds, max_redirects=limits.max_redirects
        )
        return Raw(
            source,
            web.url_name(source),
            fetched.data,
            fetched.media_type,
            fetched.charset,
            site_of(fetched.url),
            url_key(source),
        )
    path = Path(source)
    data = local.read_file(path, limits.max_bytes)
    media_type = HTML if path.suffix.lower() in HTML_SUFFIXES else None
    return Raw(str(source), path.name, data, media_type, key=source_key(path))


def page_of(raw: Raw, deadline: Deadline | None = None) -> Page:
    """The `Page` of a source's bytes: decoded, parted into blocks, cleaned; `LoadError` when it holds no text."""
    declared = raw.charset
    if declared is None and raw.media_type != TEXT:
        meta = _META_CHARSET.search(raw.data, 0, 4096)
        declared = meta.group(1).decode("ascii") if meta else None
    decoded = decode(raw.data, raw.source, declared)
    _check(deadline)
    media_type = raw.media_type or (HTML if _HTML_START.match(decoded.text[:2048]) else TEXT)
    warnings = list(decoded.warnings)
    site = raw.site
    site_name = None
    if media_type == HTML:
        parsed = html_blocks(decoded.text.replace("\r\n", "\n").replace("\r", "\n"))
        blocks: tuple[Block, ...] = parsed.blocks
        site = site or parsed.site
        site_name = parsed.site_name
        warnings.extend(parsed.warnings)
    else:
        blocks = tuple(text_blocks(split_lines(decoded.text)))
    _check(deadline)
    cleaned, repairs, more = clean_blocks(blocks)
    if not cleaned:
        what = "the page has no text" + (" (only markup)" if media_type == HTML and raw.data.strip() else "")
        raise LoadError(raw.source, f"{what}; {warnings[-1]}" if DEEP in warnings else what)
    return Page(
        source=raw.source,
        name=raw.name,
        checksum=hashlib.sha256(raw.data).hexdigest(),
        blocks=cleaned,
        media_type=media_type,
        encoding=decoded.encoding,
        site=site,
        repairs=tuple(repairs),
        warnings=tuple(warnings + more),
        key=raw.key,
        site_name=site_name,
    )


def clean_blocks(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], list[Repair], list[str]]:
    """The blocks cleaned at the door (`clean_text`), without those left empty; the repairs made
    (the first `MAX_REPAIRS`), and a warning that counts the rest.

    A block left empty counts as a blank line before the next one; a line that begins a breadcrumb
    trail ("当前位置：", "You are here:") is a `BREADCRUMB`.
    """
    kept: list[Block] = []
    repairs: list[Repair] = []
    more = 0  # removals past the cap of listed repairs
    gap = False
    for block in blocks:
        record = len(repairs) < MAX_REPAIRS
        text, found = clean_text(block.text, block.line, record)
        text = join_spaced_han(text)
        if record:
            repairs.extend(found)
        else:
            more += count_invisible(block.text)
        if not text:
            gap = True
            continue
        cells = block.cells
        if cells:
            cells = tuple(cell for cell in (clean_text(cell, block.line, False)[0] for cell in cells) if cell)
        kind = block.kind
        if kind is BlockKind.ROW and len(cells) < 2:
            kind, cells = BlockKind.TEXT, ()
        if kind is BlockKind.TEXT and trails.is_trail(text):
            kind = BlockKind.BREADCRUMB
        if gap or text != block.text or kind is not block.kind or cells != block.cells:
            block = Block(block.line, text, kind, block.level, cells, block.gap or gap, block.link)
        kept.append(block)
        gap = False
    more += max(0, len(repairs) - MAX_REPAIRS)
    return tuple(kept), repairs[:MAX_REPAIRS], [unlisted(more)] if more else []


def read_source(source: str | Path, *, limits: Limits | None = None) -> Page:
    """Read a text file, an HTML file or an http(s) URL into a `Page`; `LoadError` naming it when that fails.

    >>> page = read_source("/dev/null")
    Traceback (most recent call last):
    ...
    orgkb.errors.LoadError: /dev/null: is a character device, not a page file
    """
    limits = limits or current_limits()
    raw = read_raw(source, limits)
    with time_budget(raw.source, limits.page_seconds) as deadline:
        return page_of(raw, deadline)


def _check(deadline: Deadline | None) -> None:
    if deadline is not None:
        deadline.check()
