"""Run one GraphQL operation in process: strawberry's synchronous execution with a fresh context.

The HTTP view (`orgkb.graphql.http`) runs the same `execute` in a worker thread; tests, the
README's examples and the benchmarks call `run` directly.
"""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import ExecutionResult

from orgkb.graphql.context import Context
from orgkb.graphql.errors import to_response
from orgkb.graphql.schema import get_schema
from orgkb.kb.store.knowledge_base import KnowledgeBase


def execute(
    kb: KnowledgeBase,
    query: str,
    variables: dict[str, Any] | None = None,
    operation_name: str | None = None,
    schema: strawberry.Schema | None = None,
) -> ExecutionResult:
    """The result of `query` over `kb`: parsed, checked against the limits, validated and executed."""
    return (schema or get_schema()).execute_sync(
        query, variable_values=variables, context_value=Context.of(kb), operation_name=operation_name
    )


def run(
    kb: KnowledgeBase, query: str, variables: dict[str, Any] | None = None, operation_name: str | None = None
) -> dict[str, Any]:
    """The JSON-ready response to `query` over `kb`: `data` and, if any, masked `errors`.

    >>> run(KnowledgeBase(), "{ __typename }")
    {'data': {'__typename': 'Query'}}
    """
    return to_response(execute(kb, query, variables, operation_name))
