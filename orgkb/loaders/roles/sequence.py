"""The best consistent sequence of roles for a page (Viterbi over the nodes' evidence).

The states are the roles, each before or after the name: before the name only furniture, a date
or the name itself can come; the name comes once; a few transitions cost or earn a little
(a unit is usually followed by its duties, duties follow each other, a contact line by another).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from orgkb.loaders.outline import Node
from orgkb.loaders.roles.evidence import Evidence, Role

_BEFORE_NAME = (Role.FURNITURE, Role.DATE, Role.HEADING, Role.INTRO, Role.CONTACT, Role.NAME)
_AFTER_NAME = tuple(role for role in Role if role is not Role.NAME)
_TRANSITIONS: dict[tuple[Role, Role], float] = {
    (Role.UNIT, Role.DUTY): 0.5,
    (Role.UNIT, Role.UNIT): -0.3,
    (Role.DUTY, Role.DUTY): 0.5,
    (Role.UNIT_DUTIES, Role.UNIT_DUTIES): 0.5,
    (Role.HEADING, Role.DUTY): 0.5,
    (Role.HEADING, Role.UNIT): 0.3,
    (Role.CONTACT, Role.CONTACT): 0.5,
    (Role.DUTY, Role.INTRO): -1.0,
    (Role.NAME, Role.INTRO): 0.5,
}


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


def assign_roles(nodes: list[Node], evidence: list[Evidence]) -> list[Roled]:
    """Every node's role in the best-scoring consistent sequence (empty for an empty page)."""
    if not nodes:
        return []
    states = _states()
    best: list[dict[State, float]] = []
    back: list[dict[State, State | None]] = []
    for index, found in enumerate(evidence):
        scores: dict[State, float] = {}
        links: dict[State, State | None] = {}
        for state in states:
            emitted = found.scores[state[0]]
            if index == 0:
                if _allowed(None, state):
                    scores[state], links[state] = emitted, None
                continue
            options = [
                (score + _TRANSITIONS.get((previous[0], state[0]), 0.0), previous)
                for previous, score in best[-1].items()
                if _allowed(previous, state)
            ]
            if options:
                score, previous = max(options, key=lambda option: option[0])
                scores[state], links[state] = score + emitted, previous
        best.append(scores)
        back.append(links)
    # prefer an ending after the name; a page without one ends before it
    final = max(best[-1], key=lambda state: (state[1], best[-1][state]))
    path: list[State] = [final]
    for links in reversed(back[1:]):
        before = links[path[-1]]
        if before is None:  # only the first node has no previous state
            break
        path.append(before)
    path.reverse()
    return [
        Roled(node, state[0], found, _confidence(found, state[0]))
        for node, state, found in zip(nodes, path, evidence, strict=True)
    ]


def _confidence(evidence: Evidence, role: Role) -> float:
    total = sum(math.exp(min(score, 30.0)) for score in evidence.scores.values())
    return math.exp(min(evidence.scores[role], 30.0)) / total
