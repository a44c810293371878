from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from orgkb.graphql.execution import Executor
from orgkb.kb.store import KnowledgeBase

Run = Callable[..., dict[str, Any]]


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.builtin()


@pytest.fixture(scope="session")
def executor(kb: KnowledgeBase) -> Executor:
    return Executor(kb)


@pytest.fixture
def run(executor: Executor) -> Run:
    """Run an operation in process: `run(query, **variables)` -> the JSON response."""

    def run(query: str, **variables: Any) -> dict[str, Any]:
        return asyncio.run(executor.run(query, variables or None))

    return run
