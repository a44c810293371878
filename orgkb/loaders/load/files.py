"""Read pages: a file, an HTML page or an http(s) URL, through the input stage and the reader."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from orgkb.loaders.document import Document
from orgkb.loaders.load import corrections
from orgkb.loaders.load.corrections import Correction
from orgkb.loaders.reading.reader import parse_page
from orgkb.loaders.sources.deadline import time_budget
from orgkb.loaders.sources.limits import SETTINGS, current_limits
from orgkb.loaders.sources.read import HTML_SUFFIXES, page_of, read_raw
from orgkb.loaders.sources.web import is_url

MAX_PAGE_BYTES = int(next(setting.default for setting in SETTINGS if setting.name == "max_bytes"))
PAGE_SUFFIXES = (".txt", ".text", *HTML_SUFFIXES)


def read_page(
    path: str | Path, max_bytes: int | None = None, correction: Correction | None = None, key: str | None = None
) -> Document:
    """Read and parse the page at `path` (a file or an http(s) URL), with the corrections of its
    sidecar file (`PAGE.orgkb.toml`) and then `correction` applied; keyed `key` when given, else
    by its resolved path or URL (`orgkb.loaders.identity.keys`).

    Raises `LoadError` naming the source (and line) when it cannot be read or understood, or
    when reading it takes longer than the page's time budget; naming the sidecar and its line
    when the sidecar is wrong.
    """
    limits = current_limits().but(max_bytes=max_bytes)
    sidecar = None if isinstance(path, str) and is_url(path) else corrections.read_sidecar(Path(path))
    raw = read_raw(path, limits)
    with time_budget(raw.source, limits.page_seconds) as deadline:
        document = parse_page(page_of(raw, deadline))
    for found in (sidecar, correction):
        if found is not None:
            document = corrections.apply(document, found)
    if key is not None:
        document.key = key
    return document


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    """URLs as they are, files named directly, and the page files (by suffix) inside directories, sorted."""
    for path in paths:
        if isinstance(path, str) and is_url(path):
            yield path
            continue
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES and p.is_file())
        else:
            yield path


def builtin_paths() -> list[Path]:
    """The pages of the built-in corpus that ships inside the package."""
    folder = resources.files("orgkb.sources")
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".txt"))
