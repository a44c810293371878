"""Complete GraphQL responses, kept for the current state of the knowledge base and bounded in bytes.

An answer depends only on the request and the knowledge base, and the knowledge base changes
only when pages are loaded or removed (`kb.generation`). So the bytes of a response are kept
per state (`KnowledgeBase.derived`, dropped with it) in cachetools' `LRUCache` sized by bytes, and the state
is the response's `ETag`: a client that sends it back in `If-None-Match` gets 304 until a write.
Over HTTP, office with sections is served at 2,676 requests/s with kept responses and at 200
without (16 clients, one worker: `benchmarks/api.py`, part d).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Hashable
from typing import NamedTuple

from cachetools import LRUCache

from orgkb.kb.store.knowledge_base import KnowledgeBase

RESPONSE_BYTES = 32 * 1024 * 1024
"""The bytes of responses kept for one state of the knowledge base (0 keeps none)."""


class Kept(NamedTuple):
    """A kept response: its body, its HTTP status and the bytes it counts for."""

    body: bytes
    status: int
    size: int


class Responses:
    """The responses of one knowledge base by request key, at most `max_bytes` of them per state.

    >>> responses = Responses(KnowledgeBase(), max_bytes=1000)
    >>> responses.keep(("GET", "q"), b"{}", 200, responses.kb.generation)
    >>> responses.get(("GET", "q")).body, responses.etag() == responses.etag()
    (b'{}', True)
    """

    def __init__(self, kb: KnowledgeBase, max_bytes: int = RESPONSE_BYTES) -> None:
        self.kb = kb
        self.max_bytes = max_bytes
        self._instance = uuid.uuid4().hex[:12]  # a new server never reuses an old one's tags
        self._lock = threading.Lock()

    def _kept(self) -> LRUCache[Hashable, Kept]:
        def build() -> LRUCache[Hashable, Kept]:
            return LRUCache(maxsize=self.max_bytes, getsizeof=lambda kept: kept.size)

        return self.kb.derived(("orgkb.graphql.responses", self._instance), build)

    def etag(self) -> str:
        """The entity tag of every response of the current state (a strong tag, quoted)."""
        return f'"{self._instance}-{self.kb.generation}"'

    def get(self, key: Hashable) -> Kept | None:
        """The kept response to the request `key` in the current state, or None."""
        if self.max_bytes <= 0:
            return None
        with self._lock:
            return self._kept().get(key)

    def keep(self, key: Hashable, body: bytes, status: int, generation: int) -> None:
        """Keep `body` as the response to `key`, if the knowledge base is still at the `generation` it answered."""
        if self.max_bytes <= 0 or generation != self.kb.generation:
            return
        size = len(body) + _size_of(key) + 200  # the key, and the objects around them
        if size > self.max_bytes:
            return
        with self._lock:
            self._kept()[key] = Kept(body, status, size)


def _size_of(key: Hashable) -> int:
    if isinstance(key, (bytes, str)):
        return len(key)
    if isinstance(key, tuple):
        return sum(_size_of(part) for part in key)
    return 8
