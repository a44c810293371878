"""Duties (responsibilities): every one of the graph, one by id, an organization's, by search words."""

from __future__ import annotations

from collections import defaultdict

from rdflib import URIRef
from rdflib.namespace import PROV

from orgkb.errors import NotFoundError
from orgkb.kb.entities import organizations
from orgkb.kb.entities.duty_rows import duty_of_row
from orgkb.kb.entities.matters import matters_by_id
from orgkb.kb.entities.sources import file_name
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.kb.store.values import Value
from orgkb.loaders.document import Duty
from orgkb.ontology.ids import id_of, iri_of, public_id
from orgkb.ontology.namespace import ORGKB
from orgkb.ontology.places import fold_name


def duty_matters(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """The matter ids each duty concerns, by duty id (duties about no known matter are absent); kept
    by no one: `all_responsibilities` and the who-handles index keep what they make of it."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in kb.select("duty_matters"):  # unordered: sorting here is cheaper than in the query
        found[id_of(str(row["duty"]))].add(public_id(str(row["matter"])))
    return {duty: tuple(sorted(matters)) for duty, matters in found.items()}


def source_files(kb: KnowledgeBase) -> dict[str, str]:
    """The file name of every loaded page, by the page's IRI."""
    return kb.derived("files", lambda: {str(row["document"]): str(row["file"]) for row in kb.select("handler_sources")})


def all_responsibilities(kb: KnowledgeBase) -> list[Duty]:
    """Every duty in the graph, grouped by owner in source order, with the matters each concerns.

    Built once per state of the store (`kb.derived`)."""
    return kb.derived("all_responsibilities", lambda: _all_responsibilities(kb))


def _all_responsibilities(kb: KnowledgeBase) -> list[Duty]:
    files, matters, known = source_files(kb), duty_matters(kb), matters_by_id(kb)
    return [duty_of_row(row, files, matters, known) for row in kb.select("all_responsibilities")]


def responsibilities_by_owner(kb: KnowledgeBase) -> dict[str, tuple[Duty, ...]]:
    """Every duty grouped by the id of the organization or unit that has it, in source order."""
    return kb.derived("responsibilities_by_owner", lambda: _responsibilities_by_owner(kb))


def _responsibilities_by_owner(kb: KnowledgeBase) -> dict[str, tuple[Duty, ...]]:
    found: dict[str, list[Duty]] = defaultdict(list)
    for duty in all_responsibilities(kb):
        found[duty.owner_id].append(duty)
    return {owner: tuple(duties) for owner, duties in found.items()}


def responsibility(kb: KnowledgeBase, identifier: str) -> Duty:
    """One duty by id (`<organization id>/duty/<n>`); raises `NotFoundError` when there is none."""
    iri = URIRef(iri_of(identifier))
    rows = kb.select("responsibility", duty=iri)
    if not rows:
        raise NotFoundError("responsibility", identifier)
    # its own matters by a bound query: `duty_matters(kb)` reads every duty's (seconds on a large store)
    matters = tuple(sorted({public_id(str(row["matter"])) for row in kb.select("duty_matters", duty=iri)}))
    return duty_of_row(rows[0], source_files(kb), {id_of(str(iri)): matters}, matters_by_id(kb))


def search_responsibilities(
    kb: KnowledgeBase, search: str | None = None, organization: str | None = None
) -> list[Duty]:
    """Duties whose text contains every word of `search` (case-folded), of `organization` and its units.

    Raises `NotFoundError` when `organization` names nothing.
    """
    duties = all_responsibilities(kb)
    if organization is not None:
        organizations.organization(kb, organization)
        owners = {organization} | organizations.descendants(kb, organization)
        duties = [duty for duty in duties if duty.owner_id in owners]
    if search is not None and search.strip():
        words = fold_name(search).split()
        duties = [duty for duty in duties if all(word in fold_name(duty.text) for word in words)]
    return duties


def responsibilities(kb: KnowledgeBase, identifier: str) -> list[Duty]:
    """The duties of an organization or unit in source order, each with its evidence and matters.

    One query bound to the owner (its work grows with its duties, not with the store): the first
    answer of a server asks for a few owners' duties, and reading every duty of a national store
    for them took 14 s on 1,000 pages. Callers that ask again keep the answer (GraphQL's `Answers`).
    """
    owner = iri_of(identifier)
    facts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for fact in kb.select("owner_responsibilities", owner=URIRef(owner)):
        facts[str(fact["duty"])][str(fact["part"])].append(str(fact["value"]))
    known = matters_by_id(kb)
    found = []
    for duty, parts in facts.items():
        row: dict[str, Value] = {key: min(parts[iri]) for key, iri in _DUTY_PARTS.items() if parts[iri]}
        if not row.keys() >= _REQUIRED:
            continue  # (as a join of its parts left it out)
        row.update(duty=duty, owner=owner)
        matters = {id_of(duty): tuple(dict.fromkeys(public_id(matter) for matter in sorted(parts[_CONCERNS])))}
        files = {str(row["document"]): file_name(kb, str(row["document"]))}
        found.append(((int(str(row["position"])), duty), duty_of_row(row, files, matters, known)))
    return [record for _, record in sorted(found, key=lambda pair: pair[0])]


_DUTY_PARTS = {
    "text": str(ORGKB.text),
    "quote": str(ORGKB.quote),
    "position": str(ORGKB.position),
    "role": str(ORGKB.role),
    "line": str(ORGKB.line),
    "number": str(ORGKB.number),
    "document": str(PROV.wasDerivedFrom),
}
"""The keys of a duty's row (`duty_of_row`) and the properties `owner_responsibilities.rq` reads for them."""
_REQUIRED = {"text", "quote", "position", "role", "line", "document"}
_CONCERNS = str(ORGKB.concerns)
