"""Which units coordinate with which: links stated in the text, and links through shared matters.

A first version (issue 5 in progress): units of one organization whose duties concern the same
thesaurus matter are linked; the strength is the number of such duty pairs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from orgkb.kb import catalog, lookup
from orgkb.kb.catalog import MatterRecord
from orgkb.kb.records import OrganizationRecord, ResponsibilityRecord
from orgkb.kb.store import KnowledgeBase


@dataclass(frozen=True)
class CoordinationLink:
    """A unit the asked-about unit works with, how strongly, why, and the duties that show it."""

    organization: OrganizationRecord
    strength: float
    basis: str  # "stated" | "shared-matter"
    matters: tuple[MatterRecord, ...]
    evidence: tuple[ResponsibilityRecord, ...]


def coordination(kb: KnowledgeBase, organization_id: str, limit: int = 10) -> list[CoordinationLink]:
    """The units `organization_id` coordinates with, strongest first (at most `limit`).

    Raises `NotFoundError` when the id names nothing.
    """
    record = lookup.organization(kb, organization_id)
    top = record.unit_of_id or organization_id
    family = ({top} | catalog.descendants(kb, top)) - {organization_id}
    names = {matter.id: matter for matter in catalog.matters(kb)}
    duties = catalog.all_responsibilities(kb)
    own = [duty for duty in duties if duty.owner_id == organization_id]
    found: dict[str, list[tuple[ResponsibilityRecord, ResponsibilityRecord, frozenset[str]]]] = defaultdict(list)
    for other in duties:
        if other.owner_id not in family:
            continue
        for duty in own:
            shared = frozenset(duty.matters) & frozenset(other.matters)
            if shared:
                found[other.owner_id].append((duty, other, shared))
    links = []
    for partner, pairs in found.items():
        matters = sorted({m for pair in pairs for m in pair[2]})
        evidence = tuple(dict.fromkeys(duty for pair in pairs for duty in pair[:2]))
        links.append(
            CoordinationLink(
                organization=lookup.organization(kb, partner),
                strength=float(len(pairs)),
                basis="shared-matter",
                matters=tuple(names.get(m, MatterRecord(m, m)) for m in matters),
                evidence=evidence,
            )
        )
    links.sort(key=lambda link: (-link.strength, link.organization.id))
    return links[:limit]


def rebuild_coordination(kb: KnowledgeBase) -> int:
    """Materialize the coordination links in the derived graph; returns the number of links."""
    return 0
