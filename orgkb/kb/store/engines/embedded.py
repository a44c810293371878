"""The embedded engine: an Oxigraph store in this process, in memory or in a directory.

A directory is opened read-write by one process at a time (RocksDB's lock); several more may
open it read-only (`read_only=True`) and see later writes by opening it again (`refresh`).
Oxigraph does not promise a read-only open while another process writes: one that meets files
a compaction just removed fails, and is tried again (`READ_ONLY_TRIES`).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox

from orgkb.errors import StoreError, StoreInUseError
from orgkb.kb.store.engines.base import Rows, Substitutions

READ_ONLY_TRIES = 10
READ_ONLY_PAUSE = 0.05  # seconds between two tries


class EmbeddedEngine:
    """An Oxigraph store: in memory when `path` is None, else in that directory.

    Raises `StoreInUseError` when another process holds the directory, `StoreError` when it
    cannot be opened otherwise.
    """

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.shared = read_only
        self._files = _files(self.path) if read_only and self.path is not None else None
        self.store = self._open()

    def _open(self) -> ox.Store:
        try:
            if self.path is None:
                return ox.Store()
            if self.read_only:
                return self._open_read_only(str(self.path))
            return ox.Store(str(self.path))
        except OSError as error:
            if f"{os.sep}LOCK" in str(error):  # RocksDB's lock file: another process (or store) has it open
                raise StoreInUseError(str(self.path)) from None
            raise StoreError(f"cannot open the store at {str(self.path)!r}: {error}") from None

    @staticmethod
    def _open_read_only(path: str) -> ox.Store:
        for _ in range(READ_ONLY_TRIES - 1):
            try:
                return ox.Store.read_only(path)
            except RuntimeError:  # a file the writer's compaction removed while this open read the list
                time.sleep(READ_ONLY_PAUSE)
        try:
            return ox.Store.read_only(path)
        except RuntimeError as error:
            raise StoreError(f"cannot open the store at {path!r} read-only: {error}") from None

    def select(self, query: str, substitutions: Substitutions) -> Rows:
        results = self.store.query(query, substitutions=substitutions, use_default_graph_as_union=True)
        if not isinstance(results, ox.QuerySolutions):
            raise StoreError("the query is not a SELECT query")
        return [variable.value for variable in results.variables], results

    def ask(self, query: str, substitutions: Substitutions) -> bool:
        return bool(self.store.query(query, substitutions=substitutions, use_default_graph_as_union=True))

    def update(self, update: str) -> None:
        self.store.update(update)

    def insert_trig(self, trig: str) -> None:
        # lenient: pyoxigraph checked every IRI and language tag when it wrote them
        self.store.load(trig, format=ox.RdfFormat.TRIG, lenient=True)

    def insert(self, quads: Sequence[ox.Quad]) -> None:
        self.store.extend(quads)

    def load_turtle(self, data: bytes, graph: ox.NamedNode) -> None:
        self.store.load(data, format=ox.RdfFormat.TURTLE, to_graph=graph)

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.store.contains_named_graph(graph))

    def named_graphs(self) -> list[ox.NamedNode]:
        return [graph for graph in self.store.named_graphs() if isinstance(graph, ox.NamedNode)]

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.store.remove_graph(graph)

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        return iter(self.store.quads_for_pattern(None, None, None, graph))

    def dump(self, format: ox.RdfFormat, graph: ox.NamedNode | None = None) -> bytes:
        return self.store.dump(format=format, from_graph=graph) or b""

    def count(self) -> int:
        return len(self.store)

    def refresh(self) -> None:
        if not self.read_only or self.path is None:
            return
        files = _files(self.path)
        if files != self._files:  # a write changes RocksDB's files (its log, its tables): open it again
            self.store, self._files = self._open(), files

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self.store.flush()

    def close(self) -> None:
        """Nothing to do: the store closes when the last reference to it goes."""


def _files(folder: Path) -> frozenset[tuple[str, int, int]]:
    """The name, size and time of each file of a store directory: what a write changes."""
    found: set[tuple[str, int, int]] = set()
    try:
        with os.scandir(folder) as entries:  # closed even when a file goes while it is read
            for entry in entries:
                with contextlib.suppress(FileNotFoundError):  # a file the writer removed just now
                    status = entry.stat()
                    found.add((entry.name, status.st_size, status.st_mtime_ns))
    except OSError:
        return frozenset()
    return frozenset(found)
