"""Plain typed answers the knowledge base gives: no RDF terms leak past this module's users."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from orgkb.errors import QueryError
from orgkb.ontology.namespace import ID

_IRI = re.compile(r"^https?://[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._/-]*$")


def id_of(iri: str) -> str:
    """The public id (slug path) of an orgkb IRI; other IRIs are returned whole."""
    return iri.removeprefix(str(ID))


def iri_of(identifier: str) -> str:
    """The IRI of a public id; a full IRI is returned as it is.

    Raises `QueryError` for text that cannot be an id ("Foreign Affairs Section").
    """
    identifier = identifier.strip()
    if identifier.startswith(("http://", "https://")):
        if not _IRI.match(identifier):
            raise QueryError("id", identifier, "is not a valid IRI")
        return identifier
    if not _ID.match(identifier.strip("/")):
        raise QueryError("id", identifier, "is not an orgkb id (lower-case slugs joined by '/')")
    return str(ID) + identifier.strip("/")


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the source document (file name), the line and the text printed there."""

    document: str
    line: int
    quote: str


@dataclass(frozen=True)
class ResponsibilityRecord:
    """One duty of an organization or unit."""

    id: str
    text: str
    position: int
    role: str
    owner_id: str
    source: Evidence
    number: int | None = None
    matters: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContactRecord:
    """How to reach an organization or unit."""

    telephone: str | None = None
    email: str | None = None
    fax: str | None = None
    hours: str | None = None
    address: str | None = None
    postal_code: str | None = None


@dataclass(frozen=True)
class OrganizationRecord:
    """An organization, or a unit of one."""

    id: str
    name: str
    kind: str
    alt_names: tuple[str, ...] = ()
    parent_id: str | None = None
    parent_name: str | None = None
    relation_to_parent: str | None = None
    unit_of_id: str | None = None
    document: str | None = None
    line: int | None = None
    position: int | None = None
    district: str | None = None
    city: str | None = None

    @property
    def is_unit(self) -> bool:
        return self.unit_of_id is not None


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


@dataclass(frozen=True)
class LinkRecord:
    """A body or partner region an organization works with, and how."""

    id: str
    name: str
    relation: str
