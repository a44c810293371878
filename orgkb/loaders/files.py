"""Read a page from disk, refusing what is not a text page of the genre."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from orgkb.errors import LoadError
from orgkb.loaders.document import Document
from orgkb.loaders.text import parse_text

MAX_PAGE_BYTES = 2 * 1024 * 1024
PAGE_SUFFIXES = (".txt", ".text")
_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml)", re.IGNORECASE)


def decode_page(data: bytes, source: str) -> str:
    """The text of a page's bytes, or `LoadError` for binary, HTML or non-UTF-8 content."""
    if not data.strip():
        raise LoadError(source, "the file is empty; expected the text of a responsibilities page")
    if b"\x00" in data[:8192]:
        raise LoadError(source, "the file is binary (it contains NUL bytes); expected UTF-8 text")
    if _HTML.match(data[:2048]):
        raise LoadError(source, "the file is an HTML page; save the page's text (UTF-8) and load that", line=1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        hint = " (it looks like GBK/GB18030: convert it with 'iconv -f GBK -t UTF-8')"
        try:
            data.decode("gb18030")
        except UnicodeDecodeError:
            hint = ""
        raise LoadError(
            source, f"byte 0x{data[error.start]:02x} is not UTF-8; expected UTF-8 text{hint}", line=line
        ) from None


def read_page(path: str | Path, max_bytes: int = MAX_PAGE_BYTES) -> Document:
    """Parse the page at `path`; raises `LoadError` naming the file (and line) when it cannot."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise LoadError(source, "is a directory; expected a page file")
        if size > max_bytes:
            raise LoadError(
                source,
                f"the file is {size:,} bytes; a page of this genre is far smaller (limit {max_bytes:,} bytes)",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(source, "no such file") from None
    except PermissionError:
        raise LoadError(source, "permission denied") from None
    except IsADirectoryError:
        raise LoadError(source, "is a directory; expected a page file") from None
    text = decode_page(data, source)
    try:
        return parse_text(text, path.name, checksum=hashlib.sha256(data).hexdigest())
    except LoadError as error:
        raise LoadError(source, error.reason, line=error.line) from None


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the page files (by suffix) inside directories, sorted."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in PAGE_SUFFIXES)
        else:
            yield path


def builtin_paths() -> list[Path]:
    """The pages of the built-in corpus that ships inside the package."""
    folder = resources.files("orgkb.sources")
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".txt"))
