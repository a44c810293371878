"""The digest of the code that derives the derived graph's links and alignments, which the graph
keeps (`orgkb:codeDigest`) beside the fingerprint of the pages it was derived from: a graph that
other code derived (an older orgkb, or a newer one) is derived again when a process opens the store
to write, never answered from as current (`KnowledgeBase`).

Narrow on purpose: the modules that compute links and alignments from the pages' rows, and the
named queries that read those rows; not every query of the knowledge base, so that a change to
another answer does not derive a national store again (45 minutes at M).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from orgkb.kb.store.persisted import code_digest

DERIVE_MODULES = (
    "orgkb.kb.coordination.broader",
    "orgkb.kb.coordination.derived",
    "orgkb.kb.coordination.holders",
    "orgkb.kb.coordination.stated",
    "orgkb.kb.coordination.translations",
    "orgkb.kb.entities.duty_rows",
    "orgkb.kb.search.segment",
    "orgkb.kb.search.text",
)
DERIVE_QUERIES = (
    "document_versions",
    "matter_broader",
    "organization_names",
    "page_duties",
    "page_duty_matters",
    "page_hierarchy",
    "page_mentions",
    "page_organizations",
    "pages_about",
)


@functools.cache
def derive_digest() -> str:
    """A digest of the source of `DERIVE_MODULES` (`persisted.code_digest`, as the values saved beside
    a store digest theirs) and the text of `DERIVE_QUERIES`.

    >>> len(derive_digest())
    16
    """
    digest = hashlib.sha256(code_digest(DERIVE_MODULES).encode())
    queries = Path(__file__).parents[1] / "queries"
    for query in DERIVE_QUERIES:
        digest.update((queries / f"{query}.rq").read_bytes())
    return digest.hexdigest()[:16]
