"""Learn a weight table from labelled blocks: an averaged structured perceptron over the roles' Viterbi.

Each example is a page's blocks with their features (`Evidence.features`), whether each can give a name,
and a label per block where one is known (partial labels: None where nothing decides the role). For
each page in turn the table decodes the best sequence; where it disagrees with a label, the weights move
towards the best sequence that agrees with every label (the same decoder, held to the labels) and away
from the one decoded (Collins 2002; partial labels as a latent structure). The average of the tables
over all steps is the result. The decoder is `sequence.py`'s, in numpy: the same states, the same
starts, the same ties. Deterministic: pages in a fixed order, shuffled by a seeded generator.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from orgkb.loaders.reading.roles.role import Role
from orgkb.loaders.reading.roles.sequence import state_graph
from orgkb.loaders.reading.roles.weights import Weights

Matrix = npt.NDArray[np.float64]
ROLES = list(Role)
_NAME = ROLES.index(Role.NAME)
_LOW = float("-inf")


@dataclass(frozen=True)
class Example:
    """A page to learn from: per block its features, whether it can give a name, and its label if known."""

    features: Sequence[dict[str, float]]
    nameable: Sequence[bool]
    labels: Sequence[Role | None]
    prior: Sequence[Role] = ()  # the roles the prior table decodes (kept where no label says otherwise)


@dataclass(frozen=True)
class Settings:
    """How to learn: passes over the pages, the step, which features a role may read, the shuffling seed.

    `anchor` > 0: the target sequence keeps the prior's role on unlabelled blocks unless the labels need it
    changed, and the weights learn to keep them too (labels only correct the prior; without an anchor the
    unlabelled blocks take whatever role the labelled ones make likely).
    `structure` "hand": each role reads the features the hand table gives it a weight for (the learned
    table has the hand table's shape); "full": every role reads every feature.
    """

    epochs: int = 8
    rate: float = 0.03
    structure: Literal["hand", "full"] = "hand"
    seed: int = 0
    anchor: float = 5.0  # what keeping the prior's role earns an unlabelled block in the target sequence


class _Decoder:
    """The Viterbi of `sequence.assign_roles` over score matrices."""

    def __init__(self) -> None:
        states, allowed, starts, named_starts = state_graph()
        self.role_of = np.array([ROLES.index(role) for role, _ in states])
        self.named = np.array([named for _, named in states])
        self.allowed = np.zeros((len(states), len(states)), dtype=bool)
        for state, before in enumerate(allowed):
            self.allowed[before, state] = True
        self.starts, self.named_starts = starts, named_starts

    def decode(self, emission: Matrix, transition: Matrix, any_name: bool) -> list[int] | None:
        """The best sequence of roles (indexes into `ROLES`), or None when no sequence has a finite score."""
        moves = np.where(self.allowed, transition[self.role_of[:, None], self.role_of[None, :]], _LOW)
        score = np.full(len(self.role_of), _LOW)
        starts = self.starts if any_name else self.named_starts
        score[starts] = emission[0, self.role_of[starts]]
        back = []
        for row in emission[1:]:
            options = score[:, None] + moves
            links = np.argmax(options, axis=0)
            back.append(links)
            score = options[links, np.arange(len(links))] + row[self.role_of]
        finite = np.isfinite(score)
        ending = np.where(self.named & finite, score, _LOW) if (self.named & finite).any() else score
        state = int(np.argmax(ending))
        if not np.isfinite(ending[state]):
            return None
        path = [state]
        for links in reversed(back):
            path.append(int(links[path[-1]]))
        return [int(self.role_of[state]) for state in reversed(path)]


class _Page:
    """An example as arrays: features (blocks x features), the name gate, the labels as a mask of roles."""

    def __init__(self, example: Example, index: dict[str, int]) -> None:
        self.x = np.zeros((len(example.features), len(index)))
        for row, features in enumerate(example.features):
            for name, value in features.items():
                self.x[row, index[name]] = value
        self.gate = np.where(np.array(example.nameable, dtype=bool), 0.0, _LOW)
        self.any_name = any(example.nameable)
        self.labelled = [(row, ROLES.index(label)) for row, label in enumerate(example.labels) if label is not None]
        self.prior = [
            (row, ROLES.index(role))
            for row, (role, label) in enumerate(zip(example.prior, example.labels, strict=False))
            if label is None
        ]

    def emission(self, weights: Matrix) -> Matrix:
        scores = self.x @ weights.T
        scores[:, _NAME] += self.gate
        return scores

    def agrees(self, path: list[int]) -> bool:
        return all(path[row] == role for row, role in self.labelled)

    def held(self, scores: Matrix, keep_name: bool, anchor: float) -> Matrix:
        """The scores with every labelled block held to its label (the name's label dropped if not `keep_name`),
        and the prior's role of every other block raised by `anchor`."""
        held = scores.copy()
        for row, role in self.prior if anchor else ():
            held[row, role] += anchor
        for row, role in self.labelled:
            if role != _NAME or keep_name:
                held[row, [other for other in range(len(ROLES)) if other != role]] = _LOW
        return held


def learn(examples: Sequence[Example], prior: Weights, settings: Settings = Settings()) -> Weights:
    """A table learned from `examples`, starting from `prior` (whose shape it keeps, with "hand" structure)."""
    names = sorted({name for row in prior.emission.values() for name in row} | _seen(examples))
    index = {name: position for position, name in enumerate(names)}
    weights = np.array([[prior.emission.get(role, {}).get(name, 0.0) for name in names] for role in ROLES])
    if settings.structure == "hand":
        reads = np.array([[name in prior.emission.get(role, {}) for name in names] for role in ROLES], dtype=float)
    else:
        reads = np.ones_like(weights)
    transition = np.array([[prior.transition.get((before, after), 0.0) for after in ROLES] for before in ROLES])
    pages = [_Page(example, index) for example in examples if any(label is not None for label in example.labels)]
    decoder = _Decoder()
    total_weights, total_transition, steps = np.zeros_like(weights), np.zeros_like(transition), 0
    order = np.random.default_rng(settings.seed)
    for _ in range(settings.epochs):
        for position in order.permutation(len(pages)):
            page = pages[position]
            scores = page.emission(weights)
            found = decoder.decode(scores, transition, page.any_name)
            if found is not None and (settings.anchor or not page.agrees(found)):
                gold = decoder.decode(page.held(scores, True, settings.anchor), transition, page.any_name)
                gold = gold or decoder.decode(page.held(scores, False, settings.anchor), transition, page.any_name)
                if gold is not None and gold != found:
                    _update(weights, transition, reads, page.x, gold, found, settings.rate)
            total_weights += weights
            total_transition += transition
            steps += 1
    average, moves = total_weights / max(steps, 1), total_transition / max(steps, 1)
    return Weights(
        {
            role: {name: round(float(average[row, column]), 4) for name, column in index.items() if reads[row, column]}
            for row, role in enumerate(ROLES)
        },
        {
            (before, after): round(float(moves[row, column]), 4)
            for row, before in enumerate(ROLES)
            for column, after in enumerate(ROLES)
            if round(float(moves[row, column]), 4) != 0.0
        },
    )


def _seen(examples: Sequence[Example]) -> set[str]:
    return {name for example in examples for features in example.features for name in features}


def _update(
    weights: Matrix, transition: Matrix, reads: Matrix, x: Matrix, gold: list[int], found: list[int], rate: float
) -> None:
    """Move the weights towards the sequence held to the labels and away from the one decoded."""
    for row, (right, wrong) in enumerate(zip(gold, found, strict=True)):
        if right != wrong:
            weights[right] += rate * x[row] * reads[right]
            weights[wrong] -= rate * x[row] * reads[wrong]
        if row and (gold[row - 1], right) != (found[row - 1], wrong):
            transition[gold[row - 1], right] += rate
            transition[found[row - 1], wrong] -= rate
