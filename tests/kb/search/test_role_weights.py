"""Each duty's role weight, read once with the index."""

from __future__ import annotations

import numpy as np

from orgkb.kb.search.index import handler_index
from orgkb.kb.search.role_weights import OTHER_ROLE, ROLE_WEIGHTS
from orgkb.loading import builtin_knowledge_base


def test_each_duty_weighs_as_its_role() -> None:
    index = handler_index(builtin_knowledge_base())
    assert len(index.duty_weight) == len(index.duties) > 0
    for number in range(len(index.duties)):
        role = index.duties[number].role
        assert float(index.duty_weight[number]) == float(np.float32(ROLE_WEIGHTS.get(role, OTHER_ROLE)))
    assert len({float(weight) for weight in index.duty_weight}) > 1
