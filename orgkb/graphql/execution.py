"""Run GraphQL operations: parse and validate once per distinct query text, then execute.

The schema is strawberry's; execution is graphql-core's own `execute`, the function strawberry
calls too, without the per-request extension machinery: the trivial request stays cheap and
the limits of `limits` are validation rules. Parsed and validated documents are kept in a
bounded LRU keyed by the query text (validation depends only on the text and the schema).

Plain queries (every one the example operations show) are answered from a `Plan` of the
operation, kept with the parsed document, a few Python calls a field instead of graphql-core's
general executor; anything a plan cannot answer as graphql-core would goes to graphql-core's
`execute` (see `orgkb.graphql.plan`).

Answers depend only on the operation, its variables and the knowledge base, so complete
responses are also kept (`response_cache_size`, 0 to turn off), keyed by operation and
variables and dropped whenever the knowledge base changes; responses with internal errors
are never kept.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from inspect import isawaitable
from typing import Any

import strawberry
from graphql import (
    DocumentNode,
    ExecutionResult,
    GraphQLError,
    OperationDefinitionNode,
    OperationType,
    execute,
    parse,
    specified_rules,
    validate,
)

from orgkb.graphql.context import Context
from orgkb.graphql.errors import format_error
from orgkb.graphql.limits import LIMITS, Limits, limit_rules
from orgkb.graphql.plan import Plan, Unsupported
from orgkb.graphql.schema import get_schema
from orgkb.kb.cache import Memo
from orgkb.kb.store import KnowledgeBase

logger = logging.getLogger("orgkb.graphql")

Response = dict[str, Any]


class Executor:
    """Runs operations against one knowledge base with the API's limits.

    >>> import asyncio
    >>> asyncio.run(Executor(KnowledgeBase()).run("{ __typename }"))
    {'data': {'__typename': 'Query'}}
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        schema: strawberry.Schema | None = None,
        limits: Limits = LIMITS,
        cache_size: int = 512,
        response_cache_size: int = 256,
        plans: bool = True,
    ) -> None:
        self.kb = kb
        self.memo = Memo(kb)
        self.limits = limits
        self.schema = (schema or get_schema())._schema
        self.rules = (*specified_rules, *limit_rules(limits))
        self.cache_size = cache_size
        self._documents: OrderedDict[str, tuple[DocumentNode | None, list[GraphQLError]]] = OrderedDict()
        self.response_cache_size = response_cache_size
        self._responses: OrderedDict[tuple[str, str, str | None], tuple[bytes, bool]] = OrderedDict()
        self._generation = kb.generation
        self.plans = plans
        self._plans: OrderedDict[tuple[str, str | None], Plan | None] = OrderedDict()

    def prepare(self, query: str) -> tuple[DocumentNode | None, list[GraphQLError]]:
        """The parsed document of `query` and its validation errors (empty when it may run)."""
        found = self._documents.get(query)
        if found is not None:
            self._documents.move_to_end(query)
            return found
        try:
            document: DocumentNode | None = parse(query, max_tokens=self.limits.max_tokens)
        except GraphQLError as error:
            found = (None, [error])
        else:
            assert document is not None
            found = (document, list(validate(self.schema, document, self.rules)))
        self._documents[query] = found
        if len(self._documents) > self.cache_size:
            self._documents.popitem(last=False)
        return found

    def plan(self, query: str, document: DocumentNode, operation_name: str | None) -> Plan | None:
        """The plan of a valid document's operation, or None when graphql-core must run it."""
        key = (query, operation_name)
        if key in self._plans:
            self._plans.move_to_end(key)
            return self._plans[key]
        try:
            found: Plan | None = Plan(self.schema, document, operation_name)
        except Unsupported:
            found = None
        self._plans[key] = found
        if len(self._plans) > self.cache_size:
            self._plans.popitem(last=False)
        return found

    def context(self) -> Context:
        """A fresh per-request context (new DataLoaders, the shared memo)."""
        return Context(self.kb, self.memo)

    async def execute(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        operation_name: str | None = None,
        *,
        queries_only: bool = False,
    ) -> tuple[ExecutionResult, bool]:
        """The result of running `query`, and whether it got as far as executing."""
        document, errors = self.prepare(query)
        if errors or document is None:
            return ExecutionResult(data=None, errors=errors), False
        if queries_only and not _only_queries(document, operation_name):
            error = GraphQLError("only queries can be sent with GET; use POST")
            return ExecutionResult(data=None, errors=[error]), False
        context = self.context()
        plan = self.plan(query, document, operation_name) if self.plans else None
        if plan is not None:
            try:
                return ExecutionResult(data=plan.run(variables, context)), True
            except Unsupported:
                pass  # graphql-core answers, with the same context (and the loads already asked for)
        result = execute(
            self.schema,
            document,
            variable_values=variables,
            operation_name=operation_name,
            context_value=context,
        )
        if isawaitable(result):
            result = await result
        return result, True

    async def run(
        self, query: str, variables: dict[str, Any] | None = None, operation_name: str | None = None
    ) -> Response:
        """The JSON-ready response to `query`: `data` and, if any, masked `errors`."""
        result, _ = await self.execute(query, variables, operation_name)
        return to_response(result)

    async def respond(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        operation_name: str | None = None,
        *,
        queries_only: bool = False,
    ) -> tuple[bytes, bool]:
        """The response to `query` serialized as JSON, and whether it executed (from the cache when it can be)."""
        if self.response_cache_size <= 0:
            result, executed = await self.execute(query, variables, operation_name, queries_only=queries_only)
            return dump(to_response(result)), executed
        if self._generation != self.kb.generation:
            self._responses.clear()
            self._generation = self.kb.generation
        key = (query, json.dumps(variables, sort_keys=True) if variables else "", operation_name)
        found = self._responses.get(key)
        if found is not None:
            self._responses.move_to_end(key)
            return found
        generation = self.kb.generation
        result, executed = await self.execute(query, variables, operation_name, queries_only=queries_only)
        response = to_response(result)
        body = dump(response)
        internal = any(
            error["extensions"].get("code") == "INTERNAL_SERVER_ERROR" for error in response.get("errors", ())
        )
        if executed and not internal and generation == self.kb.generation:
            self._responses[key] = (body, executed)
            if len(self._responses) > self.response_cache_size:
                self._responses.popitem(last=False)
        return body, executed


def dump(response: Response) -> bytes:
    """A response as compact UTF-8 JSON."""
    return json.dumps(response, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def to_response(result: ExecutionResult) -> Response:
    """The JSON-ready response for a result, errors masked by `format_error`."""
    response: Response = {"data": result.data} if result.data is not None or not result.errors else {}
    if result.errors:
        response["errors"] = [format_error(error) for error in result.errors]
    return response


def _only_queries(document: DocumentNode, operation_name: str | None) -> bool:
    for definition in document.definitions:
        if not isinstance(definition, OperationDefinitionNode):
            continue
        if operation_name is not None and (definition.name is None or definition.name.value != operation_name):
            continue
        if definition.operation is not OperationType.QUERY:
            return False
    return True
