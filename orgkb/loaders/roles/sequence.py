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

from orgkb.loaders.outline import Node
from orgkb.loaders.roles.evidence import Evidence, Role
from orgkb.loaders.roles.weights import Weights, default_weights

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


def assign_roles(nodes: list[Node], evidence: list[Evidence], weights: Weights | None = None) -> list[Roled]:
    """Every node's role in the best-scoring consistent sequence (empty for an empty page), with the
    transitions of `weights` (the reader's table by default); a page on which no node gives a name has no
    `Role.NAME` (the reader looks for the name in its text)."""
    if not nodes:
        return []
    low = float("-inf")
    roles = _ROLES
    before = _predecessors(weights or default_weights())
    scores = [low] * len(_STATES)
    for index in _STARTS if any(found.name for found in evidence) else _NAMED_STARTS:
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
    return [
        Roled(node, roles[state], found, _confidence(found, roles[state]))
        for node, state, found in zip(nodes, path, evidence, strict=True)
    ]


def _confidence(evidence: Evidence, role: Role) -> float:
    total = sum(math.exp(min(score, 30.0)) for score in evidence.scores.values())
    return math.exp(min(evidence.scores[role], 30.0)) / total
