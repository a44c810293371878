"""The `SourceDocument` type: a loaded page, the evidence behind every fact."""

from __future__ import annotations

import datetime as dt

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.node import Node, records_of
from orgkb.graphql.types.repair import Repair
from orgkb.kb.entities import sources
from orgkb.kb.entities.sources import SourceRecord


def _id(root: SourceRecord) -> strawberry.ID:
    return strawberry.ID(f"source/{root.id}")


def _repairs(root: SourceRecord) -> list[Repair]:
    return [Repair(line=line, original=old, replacement=new) for line, old, new in root.repairs]


@strawberry.type(
    description=(
        'A published "main responsibilities and organization" page that was loaded. Every fact in the '
        "graph comes from one of these, with the line it was read from."
    )
)
class SourceDocument(Node):
    is_type_of = records_of(SourceRecord)

    id: strawberry.ID = strawberry.field(resolver=_id, description="The stable, readable id of this thing.")
    file: str = strawberry.field(description="The file name the page was loaded from.")
    title: str = strawberry.field(description="The title of the page: the name of the organization it describes.")
    sha256: str = strawberry.field(description="SHA-256 checksum of the page text, to tell versions apart.")
    issued: dt.date | None = strawberry.field(description="The release date printed on the page, if any.")
    site: str | None = strawberry.field(description="The web site the page was published on, if known.")
    repairs: list[Repair] = strawberry.field(
        resolver=_repairs, description="Every change made to the printed text, by line."
    )


def source_document(info: Info, iri: str | None, file: str) -> SourceRecord | None:
    """The loaded page with the document IRI `iri` (else the one named `file`), or None."""
    memo = info.context.memo
    return memo.found(sources.source, iri) if iri else memo.found(sources.find_source, file)
