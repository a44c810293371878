"""Score duties for a question, then organizations and units from their best duties.

A duty's score mixes its BM25 score (normalized by the best duty's, so 0 to 1) with how much it
concerns the matters the question names (`expansion`), and is weighed by the duty's role: a unit
that leads or is responsible for something answers before one that assists. A unit scores its
best duty, a little more for a second matching duty, and a little more when its own name says
the matter. Last, specificity: when a unit's own duty names every matter asked that a duty of the
office above it names (or, no matter being named, matches nearly as well), the office's duty is
the broad summary of the unit's, so the unit goes first.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from orgkb.kb.search.bilingual import bridged, standing_for
from orgkb.kb.search.expansion import NARROWER, AskedMatter, concept_scores, coverage
from orgkb.kb.search.index import HandlerIndex
from orgkb.kb.search.named_only import (
    ENOUGH_OF_THE_QUESTION,
    FEWEST_WORDS,
    NAME_ONLY_SHARE,
    duty_holds_the_matter,
    duty_says_it,
    holding_every,
    matter_holders,
    name_only_units,
    units_holding_the_question,
)
from orgkb.kb.search.text import frame_split, related_terms, terms
from orgkb.ontology.namespace import BASE
from orgkb.ontology.places import fold_name
from orgkb.ontology.script import has_chinese

LEXICAL_SHARE = 0.5  # of a duty's score when the question names matters; all of it when none
BRIDGE_WEIGHT = 0.5  # what a Chinese word standing for an English one (`bilingual`) weighs against the word itself
FRAME_SHARE = 0.25  # what the words of a question's frame ("申请", "apply") weigh against those of its matter
SECOND_DUTY = 0.1  # share of a unit's second-best duty added to its best
NAME_SHARE = 0.15  # most a unit's name can add
SPECIFIC_ENOUGH = 0.7  # a unit goes before its office when its best duty scores this share of the office's
SCOPE_BONUS = 0.25  # for duties of organizations inside what the question itself names
FULL_NAME_MARGIN = 1.001  # a name holding the whole matter goes just before a duty holding part of it
CANDIDATES = 256  # duties looked at, best first
EVIDENCE = 3
EVIDENCE_SHARE = 0.5  # a further duty is evidence when it scores this share of the best


@dataclass
class Ranked:
    """An organization or unit with its score, its evidence duties (best first) and how it was placed."""

    owner: int
    score: float
    duties: list[int]
    duty_scores: list[float]
    name_score: float = 0.0
    concept: float = 0.0  # how fully its best-concerned evidence duty concerns the matters asked
    below: int | None = None  # the unit this office was placed after, being more specific
    borrowed: bool = False  # a unit listed without duties: its evidence is its office's duties
    named_only: bool = False  # a unit without duties whose name says it: its evidence is the line naming it
    says_it: bool = True  # its evidence duty says what was asked (`named_only.duty_says_it`)
    full_name: bool = False  # a unit without duties of its own whose name holds the whole matter asked
    asked_within: bool = False  # the office the question asks inside of, none of whose units answers


@dataclass(frozen=True)
class Scored:
    """The per-duty figures of one question: BM25 (normalized), concept, and combined scores."""

    query_terms: tuple[str, ...]
    lexical: np.ndarray
    concept: np.ndarray
    combined: np.ndarray
    names: np.ndarray
    named: frozenset[int] = frozenset()  # owners whose own name says what was asked
    covers: np.ndarray | None = None  # per duty, the asked matters it names (`expansion.coverage`)
    name_covers: dict[int, int] = field(default_factory=dict)  # per owner, the asked matters its name names
    worded: frozenset[int] = frozenset()  # owners without duties whose name holds every word asked
    matter_terms: tuple[str, ...] = ()  # the question's terms less those of its frame (`text.frame_split`)
    named_terms: frozenset[str] = frozenset()  # the terms of the words that name the matters asked
    asked: frozenset[str] = frozenset()  # the matters asked themselves (IRIs), not those counting for them
    # an English question's terms and the Chinese words of names standing for them (`name_words`)
    name_words: Mapping[str, Sequence[str]] = field(default_factory=dict)


def _normalized(scores: np.ndarray) -> np.ndarray:
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores


def question_terms(index: HandlerIndex, question: str) -> list[str]:
    """The terms a question is searched by: its content terms less place names (unless that leaves none)."""
    found = terms(question)
    kept = [term for term in found if term not in index.place_terms and not _names_a_place(index, term)]
    return kept or found


def _names_a_place(index: HandlerIndex, term: str) -> bool:
    """Whether a Chinese term is the name of a place ("静安区", "静安"): it says where, not what."""
    return has_chinese(term) and fold_name(term) in index.place_names


def _name_shares(
    index: HandlerIndex, query: list[str], raw_names: np.ndarray, name_words: Mapping[str, Sequence[str]] | None = None
) -> np.ndarray:
    """For every owner, the share of the question's terms its names hold (or a term sharing its
    stem's beginning, `related_terms`, or a Chinese word standing for an English term,
    `name_words`): a name that holds one word of four says a quarter of it, unless it names a
    matter asked (`score_duties`)."""
    shares = np.zeros(len(raw_names), dtype=np.float32)
    if not query:
        return shares
    forms = [
        {term, *related_terms(index.name_lexicon.sorted_terms, term), *(name_words or {}).get(term, ())}
        for term in dict.fromkeys(query)
    ]
    for form in forms:
        holds = np.zeros(len(raw_names), dtype=bool)
        for term in form:
            found = index.term_owners.get(term)
            if found is not None:
                holds[found] = True
        shares += holds
    return shares / len(forms)


def _worded(index: HandlerIndex, query: list[str], raw_names: np.ndarray) -> set[int]:
    """The owners without duties whose names hold every term of `query` (only units without duties
    need it: see `_add_named_units`) that a name's score finds."""
    found = (raw_names > 0) & ~index.owner_has_duties & holding_every(index, query)
    return set(np.flatnonzero(found).tolist())


def name_scores(index: HandlerIndex, query: list[str]) -> tuple[np.ndarray, dict[str, tuple[str, ...]]]:
    """Every owner's BM25 name score for `query`, and, for an English question, its terms with
    the Chinese words of names standing for them (`bilingual.standing_for`, `HandlerIndex.name_bridge`):
    a Chinese unit's name that says a term through the lexicon ("越南处" for Vietnam) scores that
    term's best word at `BRIDGE_WEIGHT`, as a duty does (`bridged_scores`)."""
    raw = index.name_lexicon.scores(query)
    if not query or any(has_chinese(term) for term in query) or not index.name_bridge:
        return raw, {}
    standing = {term: words for term, words in standing_for(index.name_bridge, query).items() if words}
    for words in dict.fromkeys(standing.values()):
        raw = raw + BRIDGE_WEIGHT * index.name_lexicon.best_of(words)
    return raw, standing


def lexical_scores(index: HandlerIndex, query: list[str], asked: list[AskedMatter]) -> np.ndarray:
    """Every duty's BM25 score for the terms of the question's matter (0 to 1, the best duty's 1),
    with the words of its frame (`text.frame_split`) weighing `FRAME_SHARE` of that.

    Each part is normalized by its own best duty, so a duty that shares only a frame word ("申请")
    never scores as if it shared the matter ("低保"), even when no duty says the matter in words:
    the thesaurus may still find it (`expansion`).
    """
    matter, frame = frame_split(query, _named_terms(asked))
    found = _normalized(index.duty_lexicon.scores(matter) + BRIDGE_WEIGHT * bridged_scores(index, matter))
    if not frame:
        return found
    return (found + FRAME_SHARE * _normalized(index.duty_lexicon.scores(frame))) / (1 + FRAME_SHARE)


def bridged_scores(index: HandlerIndex, query: Sequence[str]) -> np.ndarray:
    """Every duty's BM25 score for the Chinese words that stand for an English question's terms
    (`bilingual.bridged`): for each term, its best-scoring Chinese word's, summed over the terms,
    so a duty that says one term in two ways counts it once. Zeros for a question holding Chinese.
    """
    found = np.zeros(len(index.duties), dtype=np.float32)
    if not query or any(has_chinese(term) for term in query):
        return found
    for group in bridged(index.bridge, query):
        found += index.duty_lexicon.best_of(group)
    return found


def _named_terms(asked: list[AskedMatter]) -> frozenset[str]:
    return frozenset(term for matter in asked for term in terms(matter.words))


def translated_terms(index: HandlerIndex, query: Sequence[str], asked: list[AskedMatter]) -> list[str]:
    """The Chinese names of the matters an English question asks about, as terms; none for a
    question that holds Chinese.

    A duty of a Chinese page cannot share an English question's words, only its matters: the
    matter's Chinese name stands for the words in the duties about that matter (`score_duties`),
    so a Chinese duty that says 突发事件 weighs, for "public emergencies", as an English duty that
    says "public emergencies" does, not by the thesaurus half alone. A part of the name that
    says little (管理 of 印章管理) finds nothing beyond the duties about the matter.

    Not the other way: a Chinese question's own words are compared with the Chinese duties, and
    its matters' English names made English duties that say no more than the matter's name
    outrank Chinese ones that say every word asked (docs/search.md).
    """
    if not query or any(has_chinese(term) for term in query):
        return []
    found: list[str] = []
    for matter in asked:
        info = index.matters.get(matter.matter)
        if info is not None and info.label_zh:
            found += terms(info.label_zh)
    return found


def score_duties(index: HandlerIndex, question: str, asked: list[AskedMatter]) -> Scored:
    """Every duty's lexical, concept and combined score for `question`, and every owner's name score."""
    query = question_terms(index, question)
    lexical = lexical_scores(index, query, asked)
    concept = concept_scores(index, asked)
    translated = translated_terms(index, query, asked)
    if translated:  # only duties about the matter, normalized by their own best: they could share no word
        said = np.where(concept > 0, index.duty_lexicon.scores(translated), 0)
        lexical = np.maximum(lexical, _normalized(said))
    mixed = LEXICAL_SHARE * lexical + (1 - LEXICAL_SHARE) * concept if asked else lexical
    raw_names, name_words = name_scores(index, query)
    worded_names = _normalized(raw_names)
    names = worded_names * _name_shares(index, query, raw_names, name_words)
    worded = _worded(index, query, raw_names)
    # a name that names a matter asked: its words count whole. Weighed as arrays: "archives" names
    # thousands of offices at national scale, and walking them one by one took most of this function.
    covering = np.zeros(len(names) if asked else 0, dtype=np.int64 if len(asked) < 63 else object)
    for bit, matter in enumerate(asked):
        for target, weight in matter.targets:
            owners = index.owner_postings.get(target)
            if not owners:
                continue
            at = np.asarray(owners, dtype=np.intp)  # each owner once
            names[at] = np.maximum(np.maximum(names[at], worded_names[at]), names.dtype.type(weight))
            if weight >= NARROWER:
                covering[at] |= 1 << bit
    naming = np.flatnonzero(covering).tolist()
    says = set(worded).union(naming)
    name_covers = dict(zip(naming, covering[naming].tolist(), strict=True))  # per owner, the matters its name names
    combined = mixed * index.duty_weight  # each duty's role's (`role_weights`)
    covers = coverage(index, asked) if asked else None
    matter_terms = tuple(frame_split(query, _named_terms(asked))[0])
    return Scored(
        tuple(query),
        lexical,
        concept,
        combined,
        names,
        frozenset(says),
        covers,
        name_covers,
        frozenset(worded),
        matter_terms,
        _named_terms(asked),
        frozenset(matter.matter for matter in asked),
        name_words,
    )


def rank(
    index: HandlerIndex,
    scored: Scored,
    allowed: np.ndarray | None,
    limit: int,
    preferred: np.ndarray | None = None,
    where: bool = False,
    local: np.ndarray | None = None,
) -> list[Ranked]:
    """The best `limit` organizations and units, each with its evidence duties.

    `allowed` (a boolean per owner) keeps only the owners it marks; `preferred` (the same) raises
    the duties of the owners it marks by `SCOPE_BONUS`; `local` (the same) puts the owners it marks
    before all others, each part in its order. `where`: the question asks where to go, so a centre
    an office runs goes before that office, not after it.
    """
    combined = scored.combined
    if allowed is not None:
        combined = np.where(allowed[index.duty_owner], combined, 0)
    if preferred is not None:
        combined = np.where(preferred[index.duty_owner], combined * (1 + SCOPE_BONUS), combined)
    candidates = np.flatnonzero(combined > 0)
    if candidates.size > CANDIDATES:
        top = np.argpartition(combined[candidates], -CANDIDATES)[-CANDIDATES:]
        candidates = candidates[top]
    order = candidates[np.argsort(-combined[candidates], kind="stable")]
    by_owner: dict[int, Ranked] = {}
    for duty in order.tolist():
        owner = int(index.duty_owner[duty])
        score = float(combined[duty])
        ranked = by_owner.get(owner)
        if ranked is None:
            by_owner[owner] = Ranked(owner, score, [duty], [score])
        elif len(ranked.duties) < EVIDENCE and score >= EVIDENCE_SHARE * ranked.duty_scores[0]:
            ranked.duties.append(duty)
            ranked.duty_scores.append(score)
    for ranked in by_owner.values():
        second = ranked.duty_scores[1] if len(ranked.duty_scores) > 1 else 0.0
        ranked.name_score = float(scored.names[ranked.owner]) if scored.names.size else 0.0
        ranked.score = ranked.duty_scores[0] + SECOND_DUTY * second + NAME_SHARE * ranked.name_score
        ranked.concept = max(float(scored.concept[duty]) for duty in ranked.duties) if scored.concept.size else 0.0
    _prefer_specific(index, scored, by_owner)
    _add_named_units(index, scored, allowed, by_owner, where)
    _add_name_only_units(index, scored, allowed, by_owner)
    _place_full_names(index, scored, by_owner)
    names = index.owners.names  # a list: an owner's name without making its record
    return heapq.nsmallest(  # as sorted(...)[:limit], without sorting the thousands of units named only
        limit,
        by_owner.values(),
        key=lambda r: (
            local is not None and not local[r.owner],
            _tier(r),
            -r.score,
            -int(index.depth[r.owner]),
            names[r.owner],
        ),
    )


def _add_name_only_units(
    index: HandlerIndex, scored: Scored, allowed: np.ndarray | None, by_owner: dict[int, Ranked]
) -> None:
    """Units without duties whose name says what was asked (`named_only`), after every answer whose
    duty says it and before those whose duties do not."""
    found = name_only_units(index, scored, allowed, set(by_owner))
    if not found:
        return
    for ranked in by_owner.values():
        ranked.says_it = any(duty_says_it(index, scored, duty) for duty in ranked.duties)
    units = [
        Ranked(owner, score, [], [], float(scored.names[owner]), named_only=True, says_it=False)
        for owner, score in found.items()
    ]
    saying = [ranked for ranked in by_owner.values() if ranked.says_it]
    others = [ranked for ranked in by_owner.values() if not ranked.says_it]
    _scale_below(units, saying)  # scores stay in the order of the answers, each group's own order kept
    _scale_below(others, units)
    by_owner.update((unit.owner, unit) for unit in units)


def _scale_below(lower: list[Ranked], upper: list[Ranked]) -> None:
    """Scale the scores of `lower` (keeping their order) so the best scores below the worst of `upper`."""
    if not lower or not upper:
        return
    top, floor = max(r.score for r in lower), min(r.score for r in upper)
    if top >= floor and top > 0:
        for ranked in lower:
            ranked.score *= 0.999 * floor / top


def _place_full_names(index: HandlerIndex, scored: Scored, by_owner: dict[int, Ranked]) -> None:
    """Units without duties of their own whose names hold every word of the question's matter
    ("Disease Control & Epidemiology" for "epidemiology and disease control"): each goes just
    before the best answer whose duty, with its owner's names, holds only some of those words,
    and after those that hold them all."""
    holders = matter_holders(index, scored)
    full = [ranked for ranked in by_owner.values() if (ranked.named_only or ranked.borrowed) and holders[ranked.owner]]
    if not full:
        return
    partial = [
        ranked.score
        for ranked in by_owner.values()
        if not (ranked.named_only or ranked.borrowed)
        and any(duty_says_it(index, scored, duty) for duty in ranked.duties)
        and not duty_holds_the_matter(index, scored, ranked.owner, ranked.duties[0])
    ]
    if not partial:
        return
    best = max(partial) * FULL_NAME_MARGIN
    for ranked in full:
        ranked.full_name = True
        ranked.score = max(ranked.score, best)


def _tier(ranked: Ranked) -> int:
    """0 for an answer whose duty (or whole name) says what was asked, 1 for a unit whose name alone
    does, 2 for the rest."""
    if ranked.full_name:
        return 0
    if ranked.named_only:
        return 1
    return 0 if ranked.says_it else 2


def _add_named_units(
    index: HandlerIndex, scored: Scored, allowed: np.ndarray | None, by_owner: dict[int, Ranked], where: bool
) -> None:
    """Units a page lists by name only ("Social Insurance Division"), named for what was asked:
    each goes just before its office when the office's own duty matches, with that duty as evidence.

    A centre an office runs or guides ("community health service centers") is the office's means,
    not a part of it: the office answers who handles the matter, and the centre goes just after
    it, unless the question asks where to go ("Where can I see a family doctor?"). Of several
    such units of one office, the one whose name says the matter itself ("Foreign Trade Section"
    for exports) is placed, not one whose name says a narrower matter ("Business Circle Section").
    A unit whose name says no matter asked that its office's own name does not say ("Education
    Examination Center" of an "Education Bureau", asked about sport in schools) is no more
    specific than its office, and is not placed. One whose name names no matter asked but holds
    words of the question beyond its office's names ("铁路民航科" of a bureau whose duty holds 铁路,
    asked about 铁路和民航事务: `named_only.units_holding_the_question`) is placed so too.
    """
    holding = units_holding_the_question(index, scored, set(by_owner)) - scored.named
    said = scored.named | holding
    named = np.fromiter(said, dtype=np.int64, count=len(said))
    listed = ~index.owner_has_duties[named]  # those with duties of their own answer by them
    if allowed is not None:
        listed &= allowed[named]
    for owner in sorted(named[listed].tolist(), key=lambda owner: (-float(scored.names[owner]), owner)):
        if owner in by_owner:
            continue
        parent = index.parent_of(owner)
        office = by_owner.get(parent) if parent is not None else None
        if office is not None and owner not in scored.worded and owner not in holding:
            beyond = scored.name_covers.get(owner, 0) & ~scored.name_covers.get(office.owner, 0)
            if not beyond:  # its name says nothing asked that its office's own name does not
                continue
            if not _named_for_the_duty(index, scored, owner, office):
                continue
        kept = index.owners[owner].kept
        if office is None or (office.below is not None and not kept):
            continue
        unit = Ranked(owner, office.score, list(office.duties), list(office.duty_scores), 1.0)
        unit.borrowed = True
        unit.concept = office.concept
        by_owner[owner] = unit
        if kept and not where:
            unit.score = office.score * 0.999
            continue
        office.score *= 0.999
        if not kept:  # a centre does not say the matter more specifically than its office's duty
            office.below = owner


def _named_for_the_duty(index: HandlerIndex, scored: Scored, owner: int, office: Ranked) -> bool:
    """Whether a unit's name says what its office's matching duty says: it names a matter asked
    itself, or a matter that duty concerns, or holds a word of the question. A unit named for
    another matter under the one asked ("Parks and Forestry", parks being a part of urban
    management) does not answer for a duty on road occupancy permits, another part of it."""
    named = set(index.owner_matters[owner])
    if named & scored.asked or set(scored.matter_terms) & index.owner_terms[owner]:
        return True
    return any(named & {BASE + matter for matter in index.duties[duty].matters} for duty in office.duties)


def _says_it(index: HandlerIndex, scored: Scored, unit: Ranked, office: Ranked) -> bool:
    """Whether the unit's own duty says the matter: it names (itself, or through a narrower matter)
    every matter asked that the office's duty names, and at least one. When neither names any
    (no matter was asked, or both concern only a broader one), its words decide: the unit's duty
    matches nearly as well as the office's. A unit that only assists does not say it."""
    if index.duties[unit.duties[0]].role == "assists" != index.duties[office.duties[0]].role:
        return False
    unit_covers, office_covers = _covers(scored, unit), _covers(scored, office)
    if office_covers & ~unit_covers:
        return False
    if unit_covers:
        return not _office_says_more(index, scored, unit, office)
    if unit.concept > 0 or office.concept > 0:  # a broader matter only: that says nothing more specific
        unit_words, office_words = (float(scored.lexical[r.duties[0]]) for r in (unit, office))
        return unit_words > 0 and unit_words >= SPECIFIC_ENOUGH * office_words
    return unit.duty_scores[0] >= SPECIFIC_ENOUGH * office.duty_scores[0]


def _office_says_more(index: HandlerIndex, scored: Scored, unit: Ranked, office: Ranked) -> bool:
    """Whether the office's duty says more of the question than the unit's, beyond the matter both
    name: it holds at least `FEWEST_WORDS` of the question's other words that the unit's duty lacks,
    and at least half of them ("checks planning applications ... on roads and drafts planning
    conditions": the office's duty says planning, applications, drafts and conditions, its unit's
    only roads). Such an office duty is not the broad summary of the unit's."""
    beyond = set(scored.matter_terms) - scored.named_terms
    if len(beyond) < FEWEST_WORDS:
        return False
    holds, unit_duty, office_duty = index.duty_lexicon.holds, unit.duties[0], office.duties[0]
    more = {term for term in beyond if holds(term, office_duty) and not holds(term, unit_duty)}
    return len(more) >= FEWEST_WORDS and len(more) >= ENOUGH_OF_THE_QUESTION * len(beyond)


def _covers(scored: Scored, ranked: Ranked) -> int:
    """The matters asked (bits, `expansion.coverage`) that any of its evidence duties names."""
    found = 0
    if scored.covers is not None:
        for duty in ranked.duties:
            found |= int(scored.covers[duty])
    return found


def _prefer_specific(index: HandlerIndex, scored: Scored, by_owner: dict[int, Ranked]) -> None:
    """Place each office just after its best unit whose own duty says the matter too."""
    for ranked in sorted(by_owner.values(), key=lambda r: -int(index.depth[r.owner])):
        parent = index.parent_of(ranked.owner)
        office = by_owner.get(parent) if parent is not None else None
        if office is None or not _says_it(index, scored, ranked, office):
            continue
        if office.score >= ranked.score:
            office.score = ranked.score * 0.999
            office.below = ranked.owner


def offices_asked_within(
    index: HandlerIndex,
    ranking: list[Ranked],
    offices: frozenset[int],
    allowed: np.ndarray | None,
    local: np.ndarray | None,
    limit: int,
) -> list[Ranked]:
    """`ranking` with the office a question asks inside of: just after the best answer inside it,
    or first when nothing inside it answers.

    "Which division of the Social Affairs Department handles labour matters?" asks inside the
    department: its division that says labour answers first, the department next; when none does,
    the department is still where to ask, before another office's duty on labour. Of several
    organizations whose names hold the office's words, those whose names hold the fewest other
    words go (at most `EVIDENCE`); one that answers already keeps its place."""
    if not offices or local is None:
        return ranking
    kept = [office for office in offices if allowed is None or allowed[office]]
    if not kept or any(ranked.owner in kept for ranked in ranking):
        return ranking
    fewest = min(len(index.owner_terms[office]) for office in kept)
    closest = sorted(office for office in kept if len(index.owner_terms[office]) == fewest)[:EVIDENCE]
    inside = next((at for at, ranked in enumerate(ranking) if local[ranked.owner]), None)
    score = NAME_ONLY_SHARE if inside is None else ranking[inside].score * 0.999
    placed = [Ranked(office, score, [], [], named_only=True, says_it=False, asked_within=True) for office in closest]
    at = 0 if inside is None else inside + 1
    return (ranking[:at] + placed + ranking[at:])[:limit]
