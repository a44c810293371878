"""Read-only copies of the knowledge base on disk, one per generation, for the SPARQL workers to open.

A worker cannot share the server's store: an in-memory store lives in the server's process,
and a directory store is locked by it (and Oxigraph calls opening it read-only while another
process writes "undefined behaviour"). So the first query after each write gets a snapshot:
a directory store's `backup` (hard links to its immutable files: cheap), or an in-memory
store copied into a new directory store. Workers open it with `Store.read_only`, several at
once. The newest two are kept (a query may still be reading the older one); the rest and, at
the end, the folder that holds them are removed.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import weakref
from pathlib import Path

import pyoxigraph as ox

from orgkb.kb.store.knowledge_base import KnowledgeBase

KEEP = 2


class Snapshots:
    """Snapshots of `kb` in a temporary folder of their own."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._made: list[tuple[int, Path]] = []  # (generation, folder), oldest first
        self._lock = threading.Lock()
        self._root: Path | None = None
        self._finalizer: weakref.finalize[[Path], Snapshots] | None = None
        self._taken = 0

    def ready(self) -> str | None:
        """The folder of the snapshot of the knowledge base as it is now, if it is made (never blocks)."""
        made = self._made[-1] if self._made else None
        return str(made[1]) if made is not None and made[0] == self.kb.generation else None

    def current(self) -> str:
        """The folder of a snapshot of the knowledge base as it is now (blocks while one is made)."""
        with self._lock:
            generation = self.kb.generation
            if self._made and self._made[-1][0] == generation:
                return str(self._made[-1][1])
            if self._root is None:
                self._root = Path(tempfile.mkdtemp(prefix="orgkb-sparql-"))
                self._finalizer = weakref.finalize(self, _remove, self._root)
            self._taken += 1
            folder = self._root / f"generation-{generation}-{self._taken}"
            _copy(self.kb, folder)
            self._made.append((generation, folder))
            while len(self._made) > KEEP:
                _, old = self._made.pop(0)
                shutil.rmtree(old, ignore_errors=True)
            return str(folder)

    def close(self) -> None:
        """Remove every snapshot."""
        with self._lock:
            if self._finalizer is not None:
                self._finalizer()
            self._made.clear()
            self._root = None


def _remove(root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)


def _copy(kb: KnowledgeBase, folder: Path) -> None:
    if kb.path is not None:
        kb.store.backup(str(folder))
        return
    copy = ox.Store(str(folder))
    copy.bulk_extend(kb.quads())  # an in-memory store's, or a SPARQL server's
    copy.flush()
    del copy  # closes it: workers open the folder read-only
