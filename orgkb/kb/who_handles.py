"""Who handles matter X (in district Y)? The public answer: ranked organizations and units with evidence.

First version: a plain word-overlap ranking; issue 4 replaces the internals, the surface stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgkb.errors import QueryError
from orgkb.kb import lookup
from orgkb.kb.records import Evidence, OrganizationRecord, ResponsibilityRecord, id_of
from orgkb.kb.store import KnowledgeBase
from orgkb.ontology.namespace import ROLE
from orgkb.ontology.places import fold_name

MAX_MATTER_LENGTH = 500
MAX_LIMIT = 50


@dataclass(frozen=True)
class Handler:
    """An organization or unit that handles a matter, how well it matches, and the duties that say so."""

    organization: OrganizationRecord
    score: float
    evidence: tuple[ResponsibilityRecord, ...]
    reason: str

    @property
    def organization_id(self) -> str:
        return self.organization.id

    @property
    def organization_name(self) -> str:
        return self.organization.name


HandlerRecord = Handler


def check_matter(matter: str) -> str:
    """`matter` stripped; raises `QueryError` when it is blank or longer than `MAX_MATTER_LENGTH`."""
    text = matter.strip() if isinstance(matter, str) else ""
    if not text:
        raise QueryError("matter", matter, "is empty; say what the matter is, for example 'foreign guests'")
    if len(text) > MAX_MATTER_LENGTH:
        raise QueryError("matter", matter, f"is {len(text)} characters long; the limit is {MAX_MATTER_LENGTH}")
    return text


def check_limit(limit: int) -> int:
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise QueryError("limit", limit, f"must be a whole number from 1 to {MAX_LIMIT}")
    return limit


def who_handles(kb: KnowledgeBase, matter: str, district: str | None = None, limit: int = 5) -> list[Handler]:
    """The organizations and units that handle `matter`, best first, at most `limit`."""
    text = check_matter(matter)
    check_limit(limit)
    if district is not None:
        raise QueryError("district", district, "is not supported yet")
    words = set(fold_name(text).split())
    best: dict[str, tuple[float, ResponsibilityRecord]] = {}
    for row in kb.select("handler_duties"):
        duty_words = set(fold_name(str(row["text"])).split())
        score = len(words & duty_words) / len(words)
        owner = id_of(str(row["owner"]))
        if score > 0 and score > best.get(owner, (0.0, None))[0]:
            number = row.get("number")
            duty = ResponsibilityRecord(
                id=id_of(str(row["duty"])),
                text=str(row["text"]),
                position=int(row["position"]),  # type: ignore[call-overload]
                role=str(row["role"]).removeprefix(str(ROLE)),
                owner_id=owner,
                source=Evidence(str(row["document"]), int(row["line"]), str(row["quote"])),  # type: ignore[call-overload]
                number=int(number) if number is not None else None,  # type: ignore[call-overload]
            )
            best[owner] = (score, duty)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
    return [
        Handler(lookup.organization(kb, owner), round(score, 4), (duty,), f"word overlap with duty {duty.position}")
        for owner, (score, duty) in ranked
    ]
