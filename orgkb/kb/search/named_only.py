"""Organizations and units whose own name says what was asked, though no duty on their page does.

A page that lists an office's units by name only ("县畜牧水产事务中心", "長期照顧司", "Mosquito
Control Section") still says who handles the matter in the name. Such a unit answers the question
with the line that names it as its evidence (`who_handles.Handler.named_at`), placed after every
answer whose duty says the matter (names a matter asked, or holds as much of the question's
words) and before those whose duties only share a word or two with it.

A name says the question when it names a matter asked (`Scored.named`), holds every word asked
(`Scored.worded`) or every word of the question's matter ("Mosquito Control" of "Who do I call
about mosquitoes?"), or holds at least half the words of the question's matter and two of them
("长期照顾" of "家里老人需要长期照顾"): one shared word ("中心", "服务") says nothing.

A name that holds every word of the question's matter says it more fully than a duty that holds
only some of them: such a unit goes before those answers, after the ones whose duty (or own name)
holds every word too (`matter_holders`, `ranking._place_full_names`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

import numpy as np

from orgkb.kb.search.index import HandlerIndex
from orgkb.ontology.script import has_chinese


class Scored(Protocol):
    """What this module reads of a question's scores (`ranking.Scored`)."""

    @property
    def matter_terms(self) -> tuple[str, ...]: ...

    @property
    def names(self) -> np.ndarray: ...

    @property
    def named(self) -> frozenset[int]: ...

    @property
    def worded(self) -> frozenset[int]: ...

    @property
    def covers(self) -> np.ndarray | None: ...

    @property
    def name_words(self) -> Mapping[str, Sequence[str]]: ...


NAME_ONLY_SHARE = 0.5  # of its name's score: a name is weaker evidence than a duty that says it
ENOUGH_OF_THE_QUESTION = 0.5  # the share of the question's matter words a name or duty must hold
FEWEST_WORDS = 2  # and at least this many of them


def name_only_units(
    index: HandlerIndex, scored: Scored, allowed: np.ndarray | None, taken: set[int]
) -> dict[int, float]:
    """The units without duties whose names say the question, each with its score; none of `taken`.

    A unit is a part of an office (it has an organization above it); a body a page names only
    through an office's duty is the office's to answer for (`ranking._add_named_units`).

    The owners whose names hold a word asked are weighed as arrays, with each owner's office and
    whether an office keeps it read from arrays built with the index (`HandlerIndex.owner_parent`,
    `owner_kept`): a word such as "archives" is in the names of thousands of owners at national
    scale, and walking them one by one was most of the ranking's time (at L, 3.7 s of 5.2 s over
    40 questions). The units kept are scored as arrays too, in the order of their numbers.
    """
    wanted = frozenset(scored.matter_terms)
    postings = [found for term in wanted if (found := name_holders(index, term, scored.name_words)) is not None]
    said = [np.fromiter(owners, dtype=np.int32, count=len(owners)) for owners in (scored.named, scored.worded)]
    # each owner once (in ascending order) and how many of the words asked its names hold: an
    # owner is in a word's postings once; those named or worded without a word asked hold none
    owners, held = np.unique(np.concatenate([*postings, *said]), return_counts=True)
    named, worded = np.isin(owners, said[0]), np.isin(owners, said[1])
    held -= named.astype(held.dtype) + worded.astype(held.dtype)
    keep = ~index.owner_kept[owners]
    if taken:
        out = np.fromiter(taken, dtype=np.int32, count=len(taken))
        keep &= ~np.isin(owners, out) & ~np.isin(index.owner_parent[owners], out)
    if allowed is not None:
        keep &= allowed[owners]
    asked = np.full(len(owners), len(wanted), dtype=np.int64)
    if scored.name_words:
        _less_the_office(index, scored, owners, held, asked)
    share = np.divide(held, asked, out=np.zeros(len(owners)), where=asked > 0)
    enough = (share >= ENOUGH_OF_THE_QUESTION) & (held >= FEWEST_WORDS) | (held == asked) & (asked > 0)
    chosen = keep & (named | worded | enough)
    owners, share = owners[chosen], share[chosen]
    name_scores = scored.names[owners].astype(np.float64) if scored.names.size else np.zeros(len(owners))
    scores = NAME_ONLY_SHARE * np.maximum(name_scores, share)
    return dict(zip(owners.tolist(), scores.tolist(), strict=True))


def _less_the_office(
    index: HandlerIndex, scored: Scored, owners: np.ndarray, held: np.ndarray, asked: np.ndarray
) -> None:
    """For an English question, the count of words asked (`asked`, per owner) of each unit with a
    Chinese name, less the words its office's names hold and its own do not: "Which division of
    Guangxi's foreign affairs office handles border work with Vietnam?" names the office (外事办公室
    holds "foreign", "affairs" and "office" through the lexicon) to say where; of the rest,
    越南处(边境工作处) holds both. An English office asked inside of is found by its English
    names (`asked_within`); a Chinese one's are not, so its words stay in the question's matter."""
    wanted = frozenset(scored.matter_terms)
    parents = index.owner_parent[owners]
    for at in np.flatnonzero((held > 0) & (held < len(wanted)) & (parents >= 0)).tolist():
        owner, office = int(owners[at]), int(parents[at])
        if not has_chinese(index.owners[owner].name):
            continue
        where = [
            term
            for term in wanted
            if name_holds(index, office, term, scored.name_words)
            and not name_holds(index, owner, term, scored.name_words)
        ]
        asked[at] -= len(where)


def name_holders(index: HandlerIndex, term: str, name_words: Mapping[str, Sequence[str]]) -> np.ndarray | None:
    """The owners whose names hold `term`, or a Chinese word standing for the English term in a
    name (`name_words`, `bilingual.standing_for`: 越南处 holds "Vietnam"), in order; None for none."""
    words = (term, *name_words.get(term, ()))
    found = [owners for word in words if (owners := index.term_owners.get(word)) is not None]
    if len(found) < 2:
        return found[0] if found else None
    return np.unique(np.concatenate(found))


def name_holds(index: HandlerIndex, owner: int, term: str, name_words: Mapping[str, Sequence[str]]) -> bool:
    """Whether an owner's names hold `term` or a Chinese word standing for it (`name_holders`)."""
    held = index.owner_terms[owner]
    return term in held or any(word in held for word in name_words.get(term, ()))


def units_holding_the_question(index: HandlerIndex, scored: Scored, offices: set[int]) -> set[int]:
    """The units without duties of the organizations `offices` whose names hold as much of the
    question's matter words as a name must ("铁路民航科" of "哪个科室负责铁路和民航事务"), beyond
    those the office's own names hold: named for what was asked, though no matter is. Not a unit
    whose name holds one word more than its office's ("桥山市人民政府督查室" of a question on
    "桥山市人民政府公报", under "桥山市政府办公室"): that word may be the government's name. A
    Chinese word the office's name holds as characters counts as held, however the segmenter cut
    it: "长沙市人民政府督查室" cut gives 沙市, "长沙市政府办公室" 长沙 and 市政府.

    Weighed as arrays, as `name_only_units` does: a word may be in thousands of names."""
    wanted = frozenset(scored.matter_terms)
    postings = [found for term in wanted if (found := index.term_owners.get(term)) is not None]
    if not postings or not offices:
        return set()
    owners, counts = np.unique(np.concatenate(postings), return_counts=True)
    enough = (counts >= FEWEST_WORDS) & (counts >= ENOUGH_OF_THE_QUESTION * len(wanted))
    out = np.fromiter(offices, dtype=np.int32, count=len(offices))
    chosen = enough & ~index.owner_has_duties[owners] & np.isin(index.owner_parent[owners], out)
    units: set[int] = set()
    asked = len(_words(wanted))
    for owner in owners[chosen].tolist():
        office = int(index.owner_parent[owner])
        names = [index.owners[office].name, *index.owners[office].aliases]
        beyond = [
            term
            for term in _words(wanted & index.owner_terms[owner]) - index.owner_terms[office]
            if not (has_chinese(term) and any(term in name for name in names))  # 沙市 of 长沙市政府办公室
        ]
        if len(beyond) >= FEWEST_WORDS and len(beyond) >= ENOUGH_OF_THE_QUESTION * asked:
            units.add(owner)
    return units


def _words(found: frozenset[str]) -> frozenset[str]:
    """`found` less each Chinese term inside a longer one it holds: the segmenter gives a compound
    and its parts (人民政府, 人民, 政府), which say one word, not three."""
    return frozenset(
        term for term in found if not (has_chinese(term) and any(term != other and term in other for other in found))
    )


def duty_says_it(index: HandlerIndex, scored: Scored, duty: int) -> bool:
    """Whether a duty says what was asked: it names a matter asked (itself or a narrower one), or
    holds as much of the question's matter words as a name must."""
    if scored.covers is not None and int(scored.covers[duty]):
        return True
    wanted = frozenset(scored.matter_terms)
    if not wanted:
        return False
    held = sum(index.duty_lexicon.holds(term, duty) for term in wanted)
    return held / len(wanted) >= ENOUGH_OF_THE_QUESTION and held >= min(FEWEST_WORDS, len(wanted))


def holding_every(index: HandlerIndex, terms: Iterable[str]) -> np.ndarray:
    """For every owner, whether its own names hold each of `terms` (every owner, for none): read
    from the terms' postings at once, where asking owner by owner made the words of thousands of
    owners at national scale, a set each."""
    holders = np.ones(len(index.owners), dtype=bool)
    for term in set(terms):
        holds = np.zeros(len(index.owners), dtype=bool)
        holds[index.term_owners.get(term, [])] = True
        holders &= holds
    return holders


def matter_holders(index: HandlerIndex, scored: Scored) -> np.ndarray:
    """For every owner, whether its own names hold every word of the question's matter (at least one)."""
    wanted = frozenset(scored.matter_terms)
    return holding_every(index, wanted) if wanted else np.zeros(len(index.owners), dtype=bool)


def duty_holds_the_matter(index: HandlerIndex, scored: Scored, owner: int, duty: int) -> bool:
    """Whether a duty, with its owner's names, holds every word of the question's matter."""
    named = index.owner_terms[owner]
    return all(term in named or index.duty_lexicon.holds(term, duty) for term in frozenset(scored.matter_terms))
