"""`name_only_units` weighed as arrays finds the units, with the scores, that walking every owner
whose name holds a word asked one by one finds (the walk kept here as the reference)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from orgkb.kb.search.asked_within import matter_part
from orgkb.kb.search.expansion import asked_matters
from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.search.named_only import (
    ENOUGH_OF_THE_QUESTION,
    FEWEST_WORDS,
    NAME_ONLY_SHARE,
    Scored,
    matter_holders,
    name_only_units,
)
from orgkb.kb.search.ranking import score_duties
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base, load_paths

PAGES = Path(__file__).resolve().parents[2] / "data" / "zh" / "named-units"
QUESTIONS = [
    "县里的人口抽样调查由哪个单位做？",
    "农机推广找哪个单位？",
    "农民技能培训找哪个单位？",
    "统计",
    "archives",
    "Who handles business licenses?",
    "food safety",
    "mosquito control",
    "低保申请",
    "the general office",
    "科",
    "community health service",  # bodies an office keeps ("community health service centers")
    "international exchange center",
]


def walked(index: HandlerIndex, scored: Scored, allowed: np.ndarray | None, taken: set[int]) -> dict[int, float]:
    """Every owner whose name holds a word asked, or that is named or worded, weighed one by one."""
    wanted = frozenset(scored.matter_terms)
    held: Counter[int] = Counter()
    for term in wanted:
        found = index.term_owners.get(term)
        if found is not None:
            held.update(found.tolist())
    units: dict[int, float] = {}
    for owner in sorted(set(held) | scored.named | scored.worded):
        if owner in taken or index.owners[owner].kept or index.parent_of(owner) in taken:
            continue
        if allowed is not None and not allowed[owner]:
            continue
        share = held[owner] / len(wanted) if wanted else 0.0
        enough = share >= ENOUGH_OF_THE_QUESTION and held[owner] >= FEWEST_WORDS or held[owner] == len(wanted)
        if owner in scored.named or owner in scored.worded or enough:
            name_score = float(scored.names[owner]) if scored.names.size else 0.0
            units[owner] = NAME_ONLY_SHARE * max(name_score, share)
    return units


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = builtin_knowledge_base()
    load_paths(kb, [PAGES])
    return kb


@pytest.fixture(scope="module")
def index(kb: KnowledgeBase) -> HandlerIndex:
    return handler_index(kb)


def scored_for(kb: KnowledgeBase, index: HandlerIndex, question: str) -> Scored:
    about = matter_part(question)
    return score_duties(index, about, asked_matters(index, kb.matcher, about))


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_arrays_find_what_the_walk_finds(kb: KnowledgeBase, index: HandlerIndex, question: str) -> None:
    scored = scored_for(kb, index, question)
    pick = random.Random(question)
    count = len(index.owners)
    every = set(range(count))
    parents = {parent for parent in index.owner_parent.tolist() if parent >= 0}
    for taken in (set(), set(pick.sample(sorted(every), count // 4)), parents):
        for allowed in (None, np.asarray([pick.random() < 0.6 for _ in range(count)], dtype=bool)):
            assert name_only_units(index, scored, allowed, taken) == walked(index, scored, allowed, taken)


def test_the_questions_reach_every_kind_of_unit(kb: KnowledgeBase, index: HandlerIndex) -> None:
    """Units found by their words, owners named or worded, bodies an office keeps: the cases the
    walk above tells apart all occur."""
    scores = [scored_for(kb, index, question) for question in QUESTIONS]
    assert sum(bool(name_only_units(index, scored, None, set())) for scored in scores) >= 3
    assert any(scored.named for scored in scores)
    assert any(scored.worded for scored in scores)
    kept = {number for number, owner in enumerate(index.owners) if owner.kept}
    words_held = [{int(o) for term in s.matter_terms for o in index.term_owners.get(term, [])} for s in scores]
    assert any(kept & held for held in words_held)  # bodies an office keeps, left out


def test_the_arrays_are_each_owners_office_keeping_and_duties(index: HandlerIndex) -> None:
    for number, owner in enumerate(index.owners):
        parent = index.parent_of(number)
        assert int(index.owner_parent[number]) == (-1 if parent is None else parent)
        assert bool(index.owner_kept[number]) == owner.kept
        assert bool(index.owner_has_duties[number]) == (number in index.duties_of)
    assert index.owner_has_duties.any() and not index.owner_has_duties.all()


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_holders_of_the_matter_are_the_owners_whose_words_hold_it(
    kb: KnowledgeBase, index: HandlerIndex, question: str
) -> None:
    scored = scored_for(kb, index, question)
    wanted = frozenset(scored.matter_terms)
    walked_holders = [bool(wanted) and wanted <= index.owner_terms[owner] for owner in range(len(index.owners))]
    assert matter_holders(index, scored).tolist() == walked_holders


def test_some_owners_hold_the_whole_matter_and_some_only_part(kb: KnowledgeBase, index: HandlerIndex) -> None:
    found = [matter_holders(index, scored_for(kb, index, question)) for question in QUESTIONS]
    assert any(holders.any() for holders in found) and not all(holders.all() for holders in found)
