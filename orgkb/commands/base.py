"""What the commands share: their exit statuses, the store they work on, an organization's two names
and the file a command writes."""

from __future__ import annotations

import os
from pathlib import Path

from orgkb.errors import OrgkbError, StoreInUseError
from orgkb.kb.entities import organizations
from orgkb.kb.store.engines import is_remote
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base

EXIT_OK = 0
EXIT_INPUT = 2
EXIT_INTERRUPTED = 130


def open_kb(store: str | None, *, create: bool = False, read_only: bool = False) -> KnowledgeBase:
    """The knowledge base a command works on: the store directory, a SPARQL server, or the built-in corpus."""
    if store is None:
        return builtin_knowledge_base()
    if is_remote(store):
        return KnowledgeBase(store)
    path = Path(store)
    if not create and not path.exists():
        raise OrgkbError(f"no store at {store!r}; create one with 'orgkb load PATH --store {store}'")
    try:
        return KnowledgeBase(path, read_only=read_only)
    except StoreInUseError as error:
        advice = "stop it, or send the pages to the server that has it with 'orgkb load --server URL PAGE...'"
        if not create:
            advice = "stop it, or ask the server that has it (its staff page, GraphQL or SPARQL)"
        raise OrgkbError(f"{error}; {advice}") from None


def both_names(record: organizations.OrganizationRecord, language: str | None = None) -> str:
    """Its name (in `language` when it has one), and beside it its name in the other language
    when it has one ("静安区民政局 / Civil Affairs Bureau of Jing'an District")."""
    other = record.other_name(language)
    shown = record.name_in(language)
    return f"{shown} / {other}" if other else shown


def writable(path: str) -> None:
    """Raises `OrgkbError` now, before any work or output, when `path` cannot be written."""
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise OrgkbError(f"cannot write {path}: it is a directory")
    if not folder.is_dir():
        raise OrgkbError(f"cannot write {path}: no directory {str(folder)!r}")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise OrgkbError(f"cannot write {path}: permission denied")


def write_output(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as error:
        raise OrgkbError(f"cannot write {path}: {error.strerror or error}") from None
