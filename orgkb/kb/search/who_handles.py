"""Who handles matter X (in district Y)? Ranked organizations and units, each with the duties that say so.

The question is matched twice: word by word (BM25 over duty text and unit names, stemmed) and
matter by matter (the thesaurus: "complaints" -> Letters and calls -> the duties that concern
it, or a narrower or broader matter). `ranking` explains how the two mix, how roles weigh and
why a section comes before the office above it. When nothing matches either way, the duties
on a matter beside the one asked (under the same broader matter) answer, scored low and said so:
an empty answer is left for a question with no content word, or a place where nothing is near.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from orgkb.errors import QueryError, checked_text
from orgkb.kb.entities import organizations
from orgkb.kb.entities.duty_rows import records_of_matters
from orgkb.kb.entities.matters import matters_by_id
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.kb.search.asked_within import asked_within
from orgkb.kb.search.bilingual import standing_for
from orgkb.kb.search.districts import allowed_owners
from orgkb.kb.search.expansion import AskedMatter, asked_matters, nearby_matters
from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.search.ranking import Ranked, offices_asked_within, rank, score_duties
from orgkb.kb.search.scope import scopes
from orgkb.kb.search.text import asks_where, terms, words_by_term
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Duty, Evidence
from orgkb.ontology.ids import iri_of
from orgkb.ontology.namespace import BASE
from orgkb.ontology.script import has_chinese

MAX_MATTER_LENGTH = 500
MAX_LIMIT = 50


@dataclass(frozen=True)
class Handler:
    """An organization or unit that handles a matter, how well it matches, and the duties that say so."""

    organization: OrganizationRecord
    score: float
    evidence: tuple[Duty, ...]
    reason: str
    named_at: Evidence | None = None  # a unit no duty of which says it, but its name: the line naming it

    @property
    def named_only(self) -> bool:
        """Whether only its name says it: `evidence` is empty and `named_at` is the line naming it."""
        return self.named_at is not None

    @property
    def organization_id(self) -> str:
        return self.organization.id


def check_matter(matter: str) -> str:
    """`matter` stripped; raises `QueryError` when it is blank or longer than `MAX_MATTER_LENGTH`."""
    return checked_text(
        "matter", matter, MAX_MATTER_LENGTH, "is empty; say what the matter is, for example 'foreign guests'"
    )


def check_limit(limit: int) -> int:
    """`limit`; raises `QueryError` unless it is a whole number from 1 to `MAX_LIMIT`."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise QueryError("limit", limit, f"must be a whole number from 1 to {MAX_LIMIT}")
    return limit


def who_handles(kb: KnowledgeBase, matter: str, district: str | None = None, limit: int = 5) -> list[Handler]:
    """The organizations and units that handle `matter`, best first, at most `limit`.

    `district` (any name of a place: "Jing'an", "Jingan", "静安", "Shanghai") keeps those serving
    that place or a place inside it. Raises `QueryError` for a blank matter or one over 500
    characters, a limit outside 1..50, or a district orgkb does not know.
    """
    text = check_matter(matter)
    check_limit(limit)
    index = handler_index(kb)
    allowed = allowed_owners(kb, index, district) if district is not None else None
    about, offices = asked_within(text, index)  # less the office it asks inside of ("区民政局里哪个科")
    asked = asked_matters(index, kb.matcher, about)
    scored = score_duties(index, about, asked)
    if not scored.query_terms and not asked:
        return []
    preferred, local = scopes(index, text, offices)
    ranking = rank(index, scored, allowed, limit, preferred, asks_where(text), local)
    nearest = not ranking and bool(asked)
    if nearest:  # nothing concerns what was asked, nor anything above it: the matters beside it
        asked = nearby_matters(index, asked)
        scored = score_duties(index, about, asked)
        ranking = rank(index, scored, allowed, limit, preferred, asks_where(text), local) if asked else []
    ranking = offices_asked_within(index, ranking, offices, allowed, local, limit)
    searched = frozenset(scored.query_terms)
    return [_handler(kb, index, ranked, about, asked, searched, nearest) for ranked in ranking]


def _record(kb: KnowledgeBase, index: HandlerIndex, owner: int) -> OrganizationRecord:
    identifier = index.owner_id(owner)
    return kb.derived((organizations.organization, identifier), lambda: organizations.organization(kb, identifier))


def _handler(
    kb: KnowledgeBase,
    index: HandlerIndex,
    ranked: Ranked,
    text: str,
    asked: list[AskedMatter],
    searched: frozenset[str],
    nearest: bool = False,
) -> Handler:
    record = _record(kb, index, ranked.owner)
    if ranked.named_only:
        return _named_only(index, record, ranked, text, asked)
    duties = [index.duties[i] for i in ranked.duties]
    reason = _reason(index, ranked, duties[0], text, asked, searched)
    known = matters_by_id(kb)
    return Handler(
        organization=record,
        score=round(ranked.score, 4),
        evidence=tuple(replace(duty, matter_records=records_of_matters(duty.matters, known)) for duty in duties),
        reason=f"no duty says it, nor a broader matter; nearest: {reason}" if nearest else reason,
    )


def _named_only(
    index: HandlerIndex, record: OrganizationRecord, ranked: Ranked, text: str, asked: list[AskedMatter]
) -> Handler:
    """A unit whose name alone says it: its evidence is the line of its page that names it."""
    named_at = Evidence(record.document or "", record.line or 0, record.name, record.document_iri or "")
    where = f"named at {named_at.document}:{named_at.line}"
    if ranked.asked_within:  # the office asked inside of: nothing of its own was matched
        reason = f"the office the question asks inside of (no duty of its own says what was asked): {where}"
        return Handler(organization=record, score=round(ranked.score, 4), evidence=(), reason=reason, named_at=named_at)
    matters = set(index.owner_matters[ranked.owner])
    parts = [f"names {matter.label}" for matter in asked if matters & set(dict(matter.targets))]
    held = index.owner_terms[ranked.owner]
    asked_words = words_by_term(text)
    standing = standing_for(index.name_bridge, list(asked_words)) if not has_chinese(text) else {}
    words = [
        repr(word) if term in held else f"{word!r} ({', '.join(w for w in standing[term] if w in held)})"
        for term, word in asked_words.items()
        if term in held or any(w in held for w in standing.get(term, ()))
    ]
    if words:
        parts.append("words " + ", ".join(words))
    reason = f"its name says it ({'; '.join(parts) or 'what was asked'}); no duty on its page says it: {where}"
    return Handler(organization=record, score=round(ranked.score, 4), evidence=(), reason=reason, named_at=named_at)


def _reason(
    index: HandlerIndex, ranked: Ranked, duty: Duty, text: str, asked: list[AskedMatter], searched: frozenset[str]
) -> str:
    """One line: what matched (matters, then words), which duty of whom, and any reordering."""
    parts: list[str] = []
    for matter in asked:
        weights = dict(matter.targets)
        hits = sorted((m for m in map(BASE.__add__, duty.matters) if m in weights), key=lambda m: -weights[m])
        if hits:
            via = "" if hits[0] == matter.matter else f" (duty: {_label(index, hits[0])})"
            parts.append(f"matched '{matter.words}' -> {matter.label}{via}")
    duty_terms = set(terms(duty.text)) & searched
    words = [word for term, word in words_by_term(text).items() if term in duty_terms]
    if words:
        parts.append("words " + ", ".join(f"'{word}'" for word in words))
    owner = index.owners[index.owner_of[iri_of(duty.owner_id)]]  # the office's, when a unit borrows its office's duty
    label = f"duty {duty.number}" if duty.number is not None else f"duty {duty.position}"
    where = f"{label} of {owner.name}" + (f" ({duty.role})" if duty.role not in ("responsible", "leads") else "")
    reason = "; ".join([*parts, where]) if parts else where
    unit = index.owners[ranked.owner]
    if ranked.borrowed and unit.kept:
        reason = f"{unit.name} is named for it (a page names it only through a duty of {owner.name}); {reason}"
    elif ranked.borrowed:
        reason = f"{unit.name} is named for it (its page lists no duties of its own); {reason}"
    elif ranked.name_score >= 0.75:
        reason += "; its name says it"
    if ranked.below is not None:
        reason += f"; after {index.owners[ranked.below].name}, whose own duty says it more specifically"
    return reason


def _label(index: HandlerIndex, matter: str) -> str:
    info = index.matters.get(matter)
    return info.label if info is not None else matter.rsplit("/", 1)[-1]
