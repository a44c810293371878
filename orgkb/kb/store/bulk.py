"""Writing many new pages at once through Oxigraph's bulk loader, all in or all out per page.

`Store.bulk_load` skips transactions (it writes sorted files straight into the store, several
times faster than `Store.load` on a large batch), so a process killed in the middle leaves some
quads of some pages. A journal makes that safe: before the bulk load, one transaction writes the
graph IRIs of the batch's pages into the journal graph; after it (and a flush), another removes
them. Opening a store whose journal names pages (`recover`) drops those pages' graphs whole, so
every page is all in or all out, and a load run again writes them anew.

A bulk load is not isolated either: a reader of the same store may see a batch's pages appear one
by one. The command line's `orgkb load` is the only writer that uses it (a server's writes are
small batches, written in transactions).
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from orgkb.ontology.namespace import GRAPH

JOURNAL = ox.NamedNode(str(GRAPH["loading"]))
_PART = ox.NamedNode("http://purl.org/dc/terms/hasPart")  # <journal> dct:hasPart <a page being written>
BULK_FROM = 200  # new pages in one write from which they are bulk loaded


def _entries(pages: Iterable[str]) -> list[ox.Quad]:
    return [ox.Quad(JOURNAL, _PART, ox.NamedNode(page), JOURNAL) for page in pages]


def bulk_insert(store: ox.Store, trig: str, pages: Iterable[str]) -> None:
    """Write `trig` (new graphs, one per page in `pages`, in TriG whose terms pyoxigraph wrote)
    with the bulk loader, journalled so that a crash leaves each page whole or absent."""
    entries = _entries(pages)
    store.extend(entries)  # one transaction: the journal is on disk before any page's quad
    store.flush()
    # lenient: pyoxigraph checked every IRI and language tag when it wrote the terms
    store.bulk_load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG, lenient=True)
    store.flush()
    store.update(f"DROP SILENT GRAPH {JOURNAL}")


def pending(store: ox.Store) -> list[str]:
    """The pages a bulk load began writing and did not finish (a process killed or a machine stopped)."""
    return sorted(
        quad.object.value
        for quad in store.quads_for_pattern(JOURNAL, _PART, None, JOURNAL)
        if isinstance(quad.object, ox.NamedNode)
    )


def recover(store: ox.Store) -> list[str]:
    """Drop the pages an unfinished bulk load left (some of their quads may be missing); their IRIs."""
    unfinished = pending(store)
    if unfinished:
        drops = " ; ".join(f"DROP SILENT GRAPH {ox.NamedNode(page)}" for page in unfinished)
        store.update(f"{drops} ; DROP SILENT GRAPH {JOURNAL}")
        store.flush()
    return unfinished
