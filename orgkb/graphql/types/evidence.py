"""The `Evidence` type: where on which page a fact was read."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.source_document import SourceDocument, source_document
from orgkb.kb.duties import Evidence as EvidenceRecord


@strawberry.type(description="Where a fact was read: the page, the line on it and the words printed there.")
class Evidence:
    document: str = strawberry.field(description="The file name of the page the fact was read from.")
    line: int = strawberry.field(description="The line of the page (1 is the first).")
    quote: str = strawberry.field(description="The text printed on that line for this fact, before any repair.")
    document_iri: strawberry.Private[str] = ""  # which page it is: two pages may share a file name

    @classmethod
    def from_record(cls, record: EvidenceRecord) -> Evidence:
        return cls(document=record.document, line=record.line, quote=record.quote, document_iri=record.page)

    @strawberry.field(description="The loaded page itself, with its date and repairs.")
    def page(self, info: Info) -> SourceDocument | None:
        return source_document(info, self.document_iri or None, self.document)
