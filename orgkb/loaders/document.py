"""A parsed page as plain data: what the page says, with the line each fact came from.

The loader fills these; `orgkb.loaders.rdf.triples` turns them into RDF. Nothing here
knows about RDF or the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from orgkb.loaders.identity.keys import name_key
from orgkb.ontology.thesaurus import MatterRecord


class Role(StrEnum):
    """What a unit does with a matter, read from the verb of the duty."""

    LEADS = "leads"
    RESPONSIBLE = "responsible"
    COORDINATES = "coordinates"
    SUPERVISES = "supervises"
    GUIDES = "guides"
    ASSISTS = "assists"
    UNDERTAKES = "undertakes"


class Kind(StrEnum):
    """The kind of an organization or unit, a concept in the orgkb kind scheme."""

    GOVERNMENT = "government"
    GENERAL_OFFICE = "general-office"
    SUB_DISTRICT_OFFICE = "sub-district-office"
    DEPARTMENT = "department"
    SECTION = "section"
    INTERNAL_OFFICE = "internal-office"
    AFFILIATED_BODY = "affiliated-body"
    SERVICE_CENTER = "service-center"
    PARTY_COMMITTEE = "party-committee"
    LEGISLATURE = "legislature"
    ADVISORY_BODY = "advisory-body"
    OTHER = "other"


class BodyRelation(StrEnum):
    """What a unit does with a named body its duty mentions."""

    GUIDES = "guides"
    ADMINISTERS = "administers"
    HOSTS_OFFICE_OF = "hosts-office-of"
    ASSISTS = "assists"
    MENTIONS = "mentions"


class PartnerRelation(StrEnum):
    """How a unit works with a partner region."""

    COUNTERPART_SUPPORT = "counterpart-support"
    PAIRING_ASSISTANCE = "pairing-assistance"
    FRIENDLY_EXCHANGE = "friendly-exchange"
    REGIONAL_COOPERATION = "regional-cooperation"
    EXCHANGE_VISITS = "exchange-visits"


class NameSource(StrEnum):
    """Where a page's provisional name came from, when the page prints no name of its own
    (`orgkb.loaders.identity.provisional`); a printed name has none."""

    GIVEN = "given"  # by the user: `orgkb load --name`, or the page's sidecar
    TITLE = "title"  # the HTML <title>
    SITE_NAME = "site-name"  # the HTML og:site_name
    FILE_NAME = "file-name"  # the file's name, de-slugged
    URL_PATH = "url-path"  # the URL path's last telling name, de-slugged

    @property
    def is_page_text(self) -> bool:
        """Whether the name is the page's own text, from which its kind and place may be read: a title
        is; a file's name was chosen by whoever saved the page, and a given name is the user's."""
        return self in (NameSource.TITLE, NameSource.SITE_NAME)


@dataclass(frozen=True)
class Repair:
    """A change the loader made to the printed text, reported, never silent."""

    line: int
    original: str
    replacement: str
    reason: str


@dataclass(frozen=True)
class BodyMention:
    """A named body (or a kind of centre) that a duty mentions, and what the unit does with it."""

    name: str
    relation: BodyRelation
    kind: Kind


@dataclass(frozen=True)
class PartnerMention:
    """A partner region that a duty names, and the relation it describes."""

    name: str
    relation: PartnerRelation


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the source document (file name), the line and the text printed there;
    `page` the document's IRI (two pages may share a file name, never an IRI)."""

    document: str
    line: int
    quote: str
    page: str = ""


@dataclass(frozen=True)
class Duty:
    """One responsibility: a numbered item of the main list, or one clause of a unit's paragraph.

    The reader fills what the page says: `text` (after repairs; `quote` as printed on `line`),
    `position` (1-based among the owner's duties), `number` (printed in the list; None for a
    clause of a paragraph), `role`, and the bodies and partner regions it names. The store adds
    where it is kept: `id`, `owner_id`, the `document` (file name) and `page` (IRI) it was read
    from and the `matters` it concerns, with their thesaurus records (outside equality).
    """

    text: str
    quote: str
    line: int
    position: int
    role: Role
    number: int | None = None
    bodies: tuple[BodyMention, ...] = ()
    partners: tuple[PartnerMention, ...] = ()
    id: str = ""
    owner_id: str = ""
    document: str = ""
    page: str = ""
    matters: tuple[str, ...] = ()
    matter_records: tuple[MatterRecord, ...] = field(default=(), compare=False, repr=False)

    @property
    def source(self) -> Evidence:
        """Where it was read: file, line, quote and page."""
        return Evidence(self.document, self.line, self.quote, self.page)


@dataclass
class Contact:
    """How to reach an organization, as printed."""

    address: str | None = None
    telephone: str | None = None
    fax: str | None = None
    email: str | None = None
    postal_code: str | None = None
    hours: str | None = None
    website: str | None = None
    line: int | None = None

    def is_empty(self) -> bool:
        return not any((self.address, self.telephone, self.fax, self.email, self.postal_code, self.hours))


@dataclass
class Unit:
    """A section or internal office of the page's organization."""

    name: str
    line: int
    kind: Kind
    position: int
    aliases: list[str] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    # The unit's own telephone and such, printed under its heading (not the organization's).
    contact: Contact = field(default_factory=Contact)


@dataclass
class Jurisdiction:
    """Where the organization works, each level where known: its sub-district or town, its
    district (or county, or county-level city), the city above it (a prefecture city, a
    province-level municipality) and, for a province's own departments, the province."""

    district: str | None = None
    city: str | None = None
    subdistrict: str | None = None
    province: str | None = None

    @property
    def above_district(self) -> str | None:
        """The place above any district it serves: its city, else its province."""
        return self.city or self.province


@dataclass
class Document:
    """Everything one page says about one organization."""

    source: str
    checksum: str
    name: str
    kind: Kind
    name_line: int
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None
    parent_aliases: list[str] = field(default_factory=list)
    parent_relation: str | None = None
    jurisdiction: Jurisdiction = field(default_factory=Jurisdiction)
    released: dt.date | None = None
    site: str | None = None
    duties: list[Duty] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    contact: Contact = field(default_factory=Contact)
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    # The language the page is written in (BCP 47: "en", "zh"); labels and duty texts carry it.
    language: str = "en"
    # Which page this is (`orgkb.loaders.identity.keys`): the tail of its document IRI, unique to the page.
    # Computed when the page is read; a document built in code without one is keyed by `source`.
    key: str = ""
    # Where the name came from when the page prints none (`orgkb.loaders.identity.provisional`); None when printed.
    name_source: NameSource | None = None

    def __post_init__(self) -> None:
        if not self.key:
            self.key = name_key(self.source)

    def all_duties(self) -> list[Duty]:
        """The organization's own duties followed by every unit's."""
        found = list(self.duties)
        for unit in self.units:
            found.extend(unit.duties)
        return found
