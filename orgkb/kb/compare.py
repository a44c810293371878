"""How two offices (or two districts) differ: their duties aligned, what only one side does, matter coverage.

A first version (issue 5 in progress): duties aligned one to one by shared content words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from orgkb.kb import catalog, lookup
from orgkb.kb.catalog import MatterRecord
from orgkb.kb.records import OrganizationRecord, ResponsibilityRecord
from orgkb.kb.store import KnowledgeBase
from orgkb.kb.words import content_words, overlap

THRESHOLD = 0.25


@dataclass(frozen=True)
class SharedDuty:
    """A duty of the left side matched with a duty of the right side, how similar, and the matters both concern."""

    left: ResponsibilityRecord
    right: ResponsibilityRecord
    score: float
    matters: tuple[MatterRecord, ...]


@dataclass(frozen=True)
class CoverageRow:
    """How many duties of each side concern one matter."""

    matter: MatterRecord
    left: int
    right: int


@dataclass(frozen=True)
class Comparison:
    """Two organizations' duties side by side: shared, only left, only right, and matter coverage."""

    left: OrganizationRecord
    right: OrganizationRecord
    shared: tuple[SharedDuty, ...]
    only_left: tuple[ResponsibilityRecord, ...]
    only_right: tuple[ResponsibilityRecord, ...]
    coverage: tuple[CoverageRow, ...]


def _duties(kb: KnowledgeBase, identifier: str) -> list[ResponsibilityRecord]:
    owners = {identifier} | catalog.descendants(kb, identifier)
    return [duty for duty in catalog.all_responsibilities(kb) if duty.owner_id in owners]


def compare(kb: KnowledgeBase, left_id: str, right_id: str) -> Comparison:
    """The duties of `left_id` and `right_id` (each with its units) aligned, with what only one side does.

    Raises `NotFoundError` when either id names nothing.
    """
    left, right = lookup.organization(kb, left_id), lookup.organization(kb, right_id)
    names = {matter.id: matter for matter in catalog.matters(kb)}
    left_duties, right_duties = _duties(kb, left_id), _duties(kb, right_id)
    right_words = [content_words(duty.text) for duty in right_duties]
    pairs = []
    for i, duty in enumerate(left_duties):
        words = content_words(duty.text)
        for j, other in enumerate(right_words):
            score = overlap(words, other)
            if score >= THRESHOLD:
                pairs.append((score, i, j))
    pairs.sort(key=lambda pair: (-pair[0], pair[1], pair[2]))
    used_left: set[int] = set()
    used_right: set[int] = set()
    shared = []
    for score, i, j in pairs:
        if i in used_left or j in used_right:
            continue
        used_left.add(i)
        used_right.add(j)
        a, b = left_duties[i], right_duties[j]
        common = sorted(set(a.matters) & set(b.matters))
        shared.append(SharedDuty(a, b, round(score, 4), tuple(names.get(m, MatterRecord(m, m)) for m in common)))
    shared.sort(key=lambda pair: (pair.left.owner_id, pair.left.position))
    left_count = Counter(m for duty in left_duties for m in duty.matters)
    right_count = Counter(m for duty in right_duties for m in duty.matters)
    coverage = tuple(
        CoverageRow(names.get(m, MatterRecord(m, m)), left_count[m], right_count[m])
        for m in sorted(set(left_count) | set(right_count))
    )
    return Comparison(
        left=left,
        right=right,
        shared=tuple(shared),
        only_left=tuple(duty for i, duty in enumerate(left_duties) if i not in used_left),
        only_right=tuple(duty for j, duty in enumerate(right_duties) if j not in used_right),
        coverage=coverage,
    )
