"""The `Evidence` type: where on which page a fact was read.

It declares the fields of the kb's evidence record (`orgkb.kb.EvidenceRecord`) for the schema;
resolvers return that record itself, read by field name, never copied.
"""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.source_document import SourceDocument, source_document
from orgkb.kb.entities.sources import SourceRecord
from orgkb.loaders.document import Evidence as EvidenceRecord


def _page(root: EvidenceRecord, info: Info) -> SourceRecord | None:
    # `root.page` is the page's IRI: two pages may share a file name, never an IRI
    return source_document(info, root.page or None, root.document)


@strawberry.type(description="Where a fact was read: the page, the line on it and the words printed there.")
class Evidence:
    document: str = strawberry.field(description="The file name of the page the fact was read from.")
    line: int = strawberry.field(description="The line of the page (1 is the first).")
    quote: str = strawberry.field(description="The text printed on that line for this fact, before any repair.")
    page: SourceRecord | None = strawberry.field(
        resolver=_page,
        graphql_type=SourceDocument | None,
        description="The loaded page itself, with its date and repairs.",
    )
