"""The best consistent sequence of roles for a page (Viterbi over the nodes' evidence).

The states are the roles, each before or after the name: before the name only furniture, a date
or the name itself can come; the name comes once; a few transitions cost or earn a little
(a unit is usually followed by its duties, duties follow each other, a contact line by another): their
scores are the weight table's (`weights.py`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from orgkb.loaders.reading.outline import Node
from orgkb.loaders.reading.roles.evidence import Evidence, Role
from orgkb.loaders.reading.roles.weights import Weights, default_weights

_BEFORE_NAME = (Role.FURNITURE, Role.DATE, Role.HEADING, Role.INTRO, Role.CONTACT, Role.NAME)


@dataclass(frozen=True)
class Roled:
    """A node, its role, the evidence, and how sure the choice is (0..1: the role's share of the evidence)."""

    node: Node
    role: Role
    evidence: Evidence
    confidence: float


State = tuple[Role, bool]  # the role, and whether the name has come


def _states() -> list[State]:
    return [(role, False) for role in _BEFORE_NAME if role is not Role.NAME] + [(role, True) for role in Role]


def _allowed(previous: State | None, state: State) -> bool:
    role, named = state
    if previous is None:
        return not named or role is Role.NAME
    _, was_named = previous
    if role is Role.NAME:
        return not was_named
    return named == was_named


_STATES = _states()
_ROLES = [state[0] for state in _STATES]
_ALLOWED = [[index for index, previous in enumerate(_STATES) if _allowed(previous, state)] for state in _STATES]
_STARTS = [index for index, state in enumerate(_STATES) if _allowed(None, state)]
# A page on which no block gives a name starts as if its name were above it (it may be printed in the text).
_NAMED_STARTS = [index for index, (role, named) in enumerate(_STATES) if named and role is not Role.NAME]


def state_graph() -> tuple[list[State], list[list[int]], list[int], list[int]]:
    """The decoder's states, for each the states allowed before it, the start states of a page on which a
    block gives a name, and those of a page on which none does (for a decoder of the same model elsewhere)."""
    return _STATES, _ALLOWED, _STARTS, _NAMED_STARTS


@cache
def _predecessors(weights: Weights) -> list[list[tuple[int, float]]]:
    """For each state, the allowed states before it with the transition's score by `weights`."""
    return [
        [(index, weights.transition.get((_ROLES[index], _ROLES[state]), 0.0)) for index in allowed]
        for state, allowed in enumerate(_ALLOWED)
    ]


def assign_roles(
    nodes: list[Node], evidence: list[Evidence], weights: Weights | None = None, name_cost: float | None = None
) -> list[Roled]:
    """Every node's role in the best-scoring consistent sequence (empty for an empty page), with the
    transitions of `weights` (the reader's table by default); a page on which no node gives a name has no
    `Role.NAME` (the reader looks for the name in its text), nor has a page whose reading the name would
    cost more than `name_cost` (its reading as if the name stood above it, in the site's banner, scoring
    so much better: a heading over another body's paragraph at the foot of a page whose duties stand above
    it is no name of the page's)."""
    if not nodes:
        return []
    weights = weights or default_weights()
    before = _predecessors(weights)
    if not any(found.name for found in evidence):
        return _roled(nodes, evidence, _decode(evidence, before, _NAMED_STARTS)[1])
    named_score, named_path = _decode(evidence, before, _STARTS)
    if name_cost is not None and _most_gained(evidence, named_path, weights) > name_cost:
        unnamed_score, unnamed_path = _decode(evidence, before, _NAMED_STARTS)
        if unnamed_score - named_score > name_cost:
            return _roled(nodes, evidence, unnamed_path)
    return _roled(nodes, evidence, named_path)


def _most_gained(evidence: list[Evidence], path: list[int], weights: Weights) -> float:
    """The most that reading the page as if its name stood above it can gain over `path`: what the blocks
    up to the name lose to the roles allowed before it, and the transitions they could change (the
    blocks after the name read alike either way); most pages' name comes first, and this spares them the
    second reading."""
    at = next((index for index, state in enumerate(path) if _STATES[state][0] is Role.NAME), len(path) - 1)
    values = weights.transition.values()
    spread = max((0.0, *values)) - min((0.0, *values))
    lost = sum(
        max(evidence[index].scores.values()) - evidence[index].scores[_ROLES[path[index]]] for index in range(at + 1)
    )
    return lost + spread * (at + 2)


def _decode(
    evidence: list[Evidence], before: list[list[tuple[int, float]]], starts: list[int]
) -> tuple[float, list[int]]:
    """The best path's score and its states, from `starts` (an ending after the name preferred)."""
    low = float("-inf")
    roles = _ROLES
    scores = [low] * len(_STATES)
    for index in starts:
        scores[index] = evidence[0].scores[roles[index]]
    back: list[list[int]] = []
    for found in evidence[1:]:
        emitted = found.scores
        links = [0] * len(_STATES)
        now = [low] * len(_STATES)
        for state, options in enumerate(before):
            best, link = low, 0
            for previous, bonus in options:
                score = scores[previous] + bonus
                if score > best:
                    best, link = score, previous
            now[state] = best + emitted[roles[state]]
            links[state] = link
        scores = now
        back.append(links)
    # prefer an ending after the name; a page without one ends before it
    final = max(range(len(_STATES)), key=lambda state: (_STATES[state][1] and scores[state] > low, scores[state]))
    path = [final]
    for links in reversed(back):
        path.append(links[path[-1]])
    path.reverse()
    return scores[final], path


def _roled(nodes: list[Node], evidence: list[Evidence], path: list[int]) -> list[Roled]:
    return [
        Roled(node, _ROLES[state], found, _confidence(found, _ROLES[state]))
        for node, state, found in zip(nodes, path, evidence, strict=True)
    ]


def _confidence(evidence: Evidence, role: Role) -> float:
    total = sum(math.exp(min(score, 30.0)) for score in evidence.scores.values())
    return math.exp(min(evidence.scores[role], 30.0)) / total
