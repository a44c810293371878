"""Which units coordinate with which: the links of one unit, strongest first, each with its evidence.

The links are read from the derived graph, which every write keeps up to date
(`orgkb.kb.coordination.derived` says how links are found): reading them changes nothing.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from rdflib import URIRef

from orgkb.kb.entities.duties import responsibilities
from orgkb.kb.entities.matters import matters_by_id
from orgkb.kb.entities.organizations import OrganizationRecord, organization
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Duty
from orgkb.ontology import ids
from orgkb.ontology.ids import id_of, iri_of
from orgkb.ontology.thesaurus import MatterRecord


@dataclass(frozen=True)
class CoordinationLink:
    """A unit the asked-about unit works with, how strongly (0-1), why, and the duties that show it.

    `relations` says what a stated duty does ("guides", "reports to"); it is empty for a link
    that rests on shared matters only.
    """

    organization: OrganizationRecord
    strength: float
    basis: str  # "stated" | "shared-matter"
    matters: tuple[MatterRecord, ...]
    evidence: tuple[Duty, ...]
    relations: tuple[str, ...] = ()


def coordination(kb: KnowledgeBase, organization_id: str, limit: int = 10) -> list[CoordinationLink]:
    """The units and bodies `organization_id` coordinates with, strongest first (at most `limit`).

    Raises `NotFoundError` when the id names nothing.

    >>> from orgkb.loading import builtin_knowledge_base
    >>> kb = builtin_knowledge_base()
    >>> section = "shanghai/jingan/general-office/section-for-reform-of-administrative-approval-system"
    >>> [(link.basis, link.organization.name) for link in coordination(kb, section, 1)]
    [('shared-matter', "General Office of People's Government of Jing'an District")]
    """
    organization(kb, organization_id)
    unit = URIRef(iri_of(organization_id))
    rows = kb.select("coordination", unit=unit)[: max(limit, 0)]
    details: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for row in kb.select("coordination_details", unit=unit):
        matters, evidence = details[str(row["coordination"])]
        if row.get("matter"):
            matters.add(ids.public_id(str(row["matter"])))
        if row.get("evidence"):
            evidence.add(id_of(str(row["evidence"])))
    names = matters_by_id(kb)
    duties = evidence_duties(kb, {duty for _, evidence in details.values() for duty in evidence})
    links = []
    for row in rows:
        matters, evidence = details[str(row["coordination"])]
        links.append(
            CoordinationLink(
                organization=organization(kb, id_of(str(row["partner"]))),
                strength=float(row["strength"]),
                basis=str(row["basis"]),
                matters=tuple(names.get(m, MatterRecord(m, m)) for m in sorted(matters)),
                evidence=tuple(sorted((duties[d] for d in evidence if d in duties), key=_duty_order)),
                relations=tuple(sorted(str(row["relations"]).split("; "))) if row.get("relations") else (),
            )
        )
    return links


def evidence_duties(kb: KnowledgeBase, identifiers: set[str]) -> dict[str, Duty]:
    """The duties `identifiers` by id, each read with its owner's duties (one query bound to the
    owner, kept for this state of the store): reading every duty of the store for a few took
    minutes on 10,000 pages."""
    found: dict[str, Duty] = {}
    for owner in sorted({identifier.rpartition("/duty/")[0] for identifier in identifiers}):
        for duty in kb.derived(("owner-duties", owner), functools.partial(_owned, kb, owner)):
            found[duty.id] = duty
    return {identifier: found[identifier] for identifier in identifiers if identifier in found}


def _owned(kb: KnowledgeBase, owner: str) -> tuple[Duty, ...]:
    return tuple(responsibilities(kb, owner))


def _duty_order(duty: Duty) -> tuple[str, int]:
    return (duty.owner_id, duty.position)
