"""How much a duty's role weighs in its score: a unit that leads or is responsible for something
answers before one that assists (`ranking.score_duties`). Each duty's weight is read once, with
the index (`HandlerIndex.duty_weight`), not for every question."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

ROLE_WEIGHTS = {
    "leads": 1.0,
    "responsible": 1.0,
    "undertakes": 0.95,
    "supervises": 0.92,
    "coordinates": 0.9,
    "guides": 0.9,
    "assists": 0.75,
}
OTHER_ROLE = 0.9  # a role not listed


def duty_weights(roles: Sequence[str], duty_role: np.ndarray) -> np.ndarray:
    """Each duty's weight, from the roles (`roles`) and each duty's number in them (`duty_role`).

    >>> duty_weights(["assists", "leads"], np.asarray([1, 0], dtype=np.int32)).tolist()
    [1.0, 0.75]
    """
    weights = np.asarray([ROLE_WEIGHTS.get(role, OTHER_ROLE) for role in roles], dtype=np.float32)
    return weights[duty_role] if weights.size else np.zeros(0, dtype=np.float32)
