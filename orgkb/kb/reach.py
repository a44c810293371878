"""Whom to call about an organization or unit: the office it belongs to, and the contact that reaches it.

Most pages print one set of contacts, for the office, and its sections are reached through it;
some print a unit's own telephone under its heading, and then that is the unit's contact.
"""

from __future__ import annotations

from rdflib import URIRef

from orgkb.kb import organizations as lookup
from orgkb.kb.records import ContactRecord, OrganizationRecord, id_of, iri_of
from orgkb.kb.store import KnowledgeBase


def contact(kb: KnowledgeBase, identifier: str) -> ContactRecord | None:
    """How to reach an organization or unit: its own contact details, else for a unit its
    office's; None when its page gives neither."""
    own = lookup.contact(kb, identifier)
    if own is not None:
        return own
    rows = kb.select("office_of", org=URIRef(iri_of(identifier)))
    return lookup.contact(kb, id_of(str(rows[0]["office"]))) if rows else None


def office_and_contact(
    kb: KnowledgeBase, record: OrganizationRecord
) -> tuple[OrganizationRecord | None, ContactRecord | None]:
    """The office `record` is a unit of (None for an office itself) and the contact that reaches
    it: the unit's own when its page prints one, else its office's."""
    office = lookup.organization(kb, record.unit_of_id) if record.unit_of_id else None
    return office, contact(kb, record.id)
