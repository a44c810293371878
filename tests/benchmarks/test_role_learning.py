"""Learning a weight table: the perceptron reproduces labels the prior gets wrong, deterministically, and its
decoder is the reader's Viterbi."""

from __future__ import annotations

import numpy as np

from benchmarks.role_learning import ROLES, Example, Settings, _Decoder, learn
from orgkb.loaders.reading.outline import outline_of
from orgkb.loaders.reading.page import Block, BlockKind
from orgkb.loaders.reading.roles import Role, assign_roles, evidence_of
from orgkb.loaders.reading.roles.cues import cues_for
from orgkb.loaders.reading.roles.weights import Weights, hand_weights

# A prior that reads every block after the name as a duty: it has no weight for a unit's noun.
_PRIOR = Weights(
    {
        Role.NAME: {"name_title": 2.0},
        Role.DUTY: {"bias": 1.0, "verb": 0.0, "noun": 0.0},
        Role.UNIT: {"bias": 0.0, "verb": 0.0, "noun": 0.0},
        Role.FURNITURE: {"bias": 0.0},
    },
    {},
)
_NAME = ({"name_title": 1.0}, True, Role.NAME)
_DUTY = ({"bias": 1.0, "verb": 1.0}, False, Role.DUTY)
_UNIT = ({"bias": 1.0, "noun": 1.0}, False, Role.UNIT)


def _example(*blocks: tuple[dict[str, float], bool, Role | None]) -> Example:
    return Example(
        [features for features, _, _ in blocks], [nameable for _, nameable, _ in blocks], [r for *_, r in blocks]
    )


_PAGES = [
    _example(_NAME, _DUTY, _DUTY, _UNIT, _DUTY),
    _example(_NAME, _UNIT, _DUTY, _UNIT, _DUTY, _DUTY),
    _example(_NAME, _DUTY, _UNIT),
]


def _decoded(weights: Weights, example: Example) -> list[Role]:
    decoder = _Decoder()
    names = sorted({name for row in weights.emission.values() for name in row})
    x = np.array([[features.get(name, 0.0) for name in names] for features in example.features])
    table = np.array([[weights.emission.get(role, {}).get(name, 0.0) for name in names] for role in ROLES])
    scores = x @ table.T
    scores[:, ROLES.index(Role.NAME)] += np.where(np.array(example.nameable), 0.0, float("-inf"))
    moves = np.array([[weights.transition.get((a, b), 0.0) for b in ROLES] for a in ROLES])
    path = decoder.decode(scores, moves, any(example.nameable))
    assert path is not None
    return [ROLES[role] for role in path]


def test_the_learned_table_reproduces_labels_the_prior_gets_wrong() -> None:
    assert all(_decoded(_PRIOR, page) != list(page.labels) for page in _PAGES)
    learned = learn(_PAGES, _PRIOR, Settings(epochs=5, rate=0.5, anchor=0.0))
    assert [_decoded(learned, page) for page in _PAGES] == [list(page.labels) for page in _PAGES]
    assert learned.emission[Role.UNIT]["noun"] > learned.emission[Role.DUTY]["noun"]
    assert set(learned.emission[Role.UNIT]) == set(_PRIOR.emission[Role.UNIT])  # the prior's shape is kept


def test_learning_is_deterministic() -> None:
    first, second = learn(_PAGES, _PRIOR), learn(_PAGES, _PRIOR)
    assert first.emission == second.emission
    assert first.transition == second.transition


def test_an_anchor_keeps_the_prior_role_of_an_unlabelled_block() -> None:
    unlabelled = ({"bias": 1.0, "noun": 1.0}, False, None)
    pages = [*_PAGES, *[_example(_NAME, _DUTY, unlabelled, _UNIT)] * 3]
    prior_roles = [_decoded(_PRIOR, page) for page in pages]
    anchored = [
        Example(page.features, page.nameable, page.labels, roles)
        for page, roles in zip(pages, prior_roles, strict=True)
    ]
    free = learn(pages, _PRIOR, Settings(epochs=5, rate=0.5, anchor=0.0))
    kept = learn(anchored, _PRIOR, Settings(epochs=5, rate=0.5, anchor=100.0))
    assert _decoded(free, pages[-1])[2] is Role.UNIT  # what the labelled units make of a block like them
    assert _decoded(kept, pages[-1])[2] is Role.DUTY  # the prior's role, kept


def test_the_decoder_is_the_readers_viterbi() -> None:
    blocks = [
        Block(1, "Skip to main content", link=True),
        Block(2, "Home > Departments > Health", BlockKind.BREADCRUMB),
        Block(3, "Futian District Health Bureau"),
        Block(4, "Main Responsibilities"),
        Block(5, "1. Implement health policies of the state."),
        Block(6, "Internal Units"),
        Block(7, "Planning Section"),
        Block(8, "Draft the bureau's plans; manage statistics."),
        Block(9, "Tel: 0755-12345678"),
    ]
    nodes = outline_of(blocks)
    found = evidence_of(nodes, cues_for("en"))
    example = Example([e.features for e in found], [e.name is not None for e in found], [None] * len(found))
    assert _decoded(hand_weights(), example) == [item.role for item in assign_roles(nodes, found)]
