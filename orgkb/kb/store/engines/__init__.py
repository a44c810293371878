"""The stores a knowledge base can keep its quads in, behind one interface (`base.Engine`).

>>> open_engine(None).path is None
True
"""

from __future__ import annotations

from pathlib import Path as _Path

from orgkb.kb.store.engines.base import Engine
from orgkb.kb.store.engines.embedded import EmbeddedEngine
from orgkb.kb.store.engines.protocol import Endpoints, ProtocolEngine, is_remote

__all__ = ["EmbeddedEngine", "Endpoints", "Engine", "ProtocolEngine", "is_remote", "open_engine"]


def open_engine(location: str | _Path | None, read_only: bool = False) -> Engine:
    """The engine of a `--store` value: in memory (None), a SPARQL server (a URL, or the explicit
    `query=URL update=URL ...` form) or a directory (either opened read-only when `read_only`).

    Raises `StoreError` (or a subclass) when it cannot be opened or the value cannot be read.
    """
    if isinstance(location, str) and is_remote(location):
        return ProtocolEngine(Endpoints.parse(location), read_only=read_only)
    return EmbeddedEngine(location, read_only=read_only)
