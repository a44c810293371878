"""Loading pages into a knowledge base: each page named read (`orgkb.loaders.load.pages.load_pages`),
then the pages that parsed stored (`KnowledgeBase.add_reads`). kb stores documents; it reads no page.

>>> kb = builtin_knowledge_base()
>>> len(kb.documents())
3
>>> load_path(kb, "no-such-page.txt").ok
False
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from orgkb.errors import StoreError
from orgkb.kb.store.knowledge_base import BatchReport, KnowledgeBase, LoadResult
from orgkb.loaders.load.corrections import Correction
from orgkb.loaders.load.files import builtin_paths, expand_paths
from orgkb.loaders.load.pages import PageRead, load_pages


def load_paths(
    kb: KnowledgeBase,
    paths: Iterable[str | Path],
    progress: Callable[[int, int], None] | None = None,
    correction: Correction | None = None,
    keys: Mapping[str, str] | None = None,
) -> BatchReport:
    """Load into `kb` every page named (directories are searched for page files).

    Every page is parsed first (its sidecar's corrections applied, then `correction`); the
    pages that parse are then written, the new ones together in one transaction, so a page
    that fails writes nothing. `keys` gives pages (by path) another document key than their
    own (`orgkb.loaders.identity.keys`): the key a page sent by another machine has there.
    """
    files = list(expand_paths(paths))
    reads: list[PageRead] = []
    for read in load_pages(files, correction, keys=keys):
        reads.append(read)
        if progress is not None:
            progress(len(reads), len(files))
    return kb.add_reads(reads)


def load_path(kb: KnowledgeBase, path: str | Path) -> LoadResult:
    """Parse and store one page; a page that fails to parse writes nothing."""
    return load_paths(kb, [path]).results[0]


def builtin_knowledge_base() -> KnowledgeBase:
    """A knowledge base in memory holding the built-in corpus."""
    kb = KnowledgeBase()
    report = load_paths(kb, builtin_paths())
    if report.failed:
        raise StoreError(f"the built-in corpus failed to load: {report.failed[0].error}")
    return kb
