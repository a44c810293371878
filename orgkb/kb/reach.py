"""Whom to call about a unit: the office it belongs to, and that office's contact details.

Pages print one set of contacts, for the office; its sections are reached through it.
"""

from __future__ import annotations

from orgkb.kb import lookup
from orgkb.kb.records import ContactRecord, OrganizationRecord
from orgkb.kb.store import KnowledgeBase


def office_and_contact(
    kb: KnowledgeBase, record: OrganizationRecord
) -> tuple[OrganizationRecord | None, ContactRecord | None]:
    """The office `record` is a unit of (None for an office itself) and the contact that reaches it."""
    office = lookup.organization(kb, record.unit_of_id) if record.unit_of_id else None
    return office, lookup.contact(kb, office.id if office else record.id)
