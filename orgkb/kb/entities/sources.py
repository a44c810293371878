"""The loaded source documents: one per page, with its checksum, release date and repairs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rdflib import URIRef

from orgkb.errors import NotFoundError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.corrections import LOAD_OPTION, SIDECAR
from orgkb.ontology.namespace import SOURCE


@dataclass(frozen=True)
class SourceRecord:
    """A loaded source document."""

    id: str
    file: str
    title: str
    sha256: str
    issued: dt.date | None = None
    site: str | None = None
    repairs: tuple[tuple[int, str, str], ...] = field(default=())


def source(kb: KnowledgeBase, document: str) -> SourceRecord:
    """A loaded source document with its repairs; `document` is its IRI."""
    rows = kb.select("source", document=URIRef(document))
    if not rows:
        raise NotFoundError("source document", document)
    row = rows[0]
    repairs = tuple(
        (int(r["line"]), str(r["original"]), str(r["replacement"]))
        for r in kb.select("repairs", document=URIRef(document))
    )
    issued = row.get("issued")
    return SourceRecord(
        id=document.removeprefix(str(SOURCE)),
        file=str(row["file"]),
        title=str(row["title"]),
        sha256=str(row["sha256"]),
        issued=dt.date.fromisoformat(str(issued)) if issued else None,
        site=str(row["site"]) if row.get("site") else None,
        repairs=repairs,
    )


def sources(kb: KnowledgeBase) -> list[SourceRecord]:
    """Every loaded source document (one per page), by file name."""
    return kb.derived("sources", lambda: sorted((source(kb, iri) for iri in kb.documents()), key=lambda r: r.file))


def find_source(kb: KnowledgeBase, reference: str) -> SourceRecord | None:
    """The loaded source document that `reference` names (its file name, id `source/...` or IRI), or None."""
    for record in sources(kb):
        if reference in (record.file, record.id, f"source/{record.id}", str(SOURCE) + record.id):
            return record
    return None


def file_name(kb: KnowledgeBase, document: str) -> str:
    """The file name of a loaded page (its `dct:identifier`), else its IRI; each page's read once
    for a state of the store: an office's units all cite the office's page."""
    names = kb.derived("sources.file_names", dict[str, str])
    found = names.get(document)
    if found is None:
        rows = kb.select("file_name", document=URIRef(document))
        found = names[document] = str(rows[0]["file"]) if rows else document
    return found


def corrected(kb: KnowledgeBase, document: str) -> list[tuple[int, str, str, str]]:
    """The corrections a user made to a loaded page (a sidecar or a load option): line, old, new, reason."""
    wanted = (SIDECAR, LOAD_OPTION)
    rows = kb.select("repairs", document=URIRef(document))
    return [
        (int(str(row["line"])), str(row["original"]), str(row["replacement"]), str(row["reason"]))
        for row in rows
        if row.get("reason") in wanted
    ]
