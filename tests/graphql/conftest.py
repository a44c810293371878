from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from orgkb.graphql.execution import run as run_operation
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base

Run = Callable[..., dict[str, Any]]


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


@pytest.fixture
def run(kb: KnowledgeBase) -> Run:
    """Run an operation in process: `run(query, **variables)` -> the JSON response."""

    def run(query: str, **variables: Any) -> dict[str, Any]:
        return run_operation(kb, query, variables or None)

    return run
