"""The limits that keep one request from costing the server too much, declared once, and their checks.

Tokens are limited by the parser (strawberry's `MaxTokensLimiter`); `first` by the list fields;
the request body by the HTTP view. Depth, aliases and the number of fields are measured here,
in one walk of the operation that follows fragments (a fragment used twice counts twice) but
measures each fragment once. That is why this check is our own and not strawberry's
`QueryDepthLimiter` and `MaxAliasesLimiter`: they walk a fragment again at every spread, so 18
fragments that each spread the next twice take 3.0 s and 1.0 s to check, about doubling with
every further fragment (`benchmarks/api.py`, part d); this walk takes 0.2 ms. The
field count also answers 1,000 copies of one field with "too many fields" before graphql-core's
overlap check gives up with "Validation aborted.". Introspection fields (`__schema`, `__type`)
do not count towards depth, so a client's schema query always works.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from cachetools import LRUCache
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from strawberry.extensions import ValidationCache

from orgkb.errors import QueryError


@dataclass(frozen=True)
class Limits:
    """The limits of the API; each is a setting with a default."""

    max_depth: int = 10
    max_aliases: int = 20
    max_fields: int = 500
    max_tokens: int = 2000
    max_first: int = 100
    default_first: int = 20
    max_body_bytes: int = 64 * 1024


LIMITS = Limits()


def check_first(first: int | None, limits: Limits = LIMITS) -> int:
    """`first` (or the default when None); raises `QueryError` when it is negative or above the maximum."""
    if first is None:
        return limits.default_first
    if first < 0:
        raise QueryError("first", first, "must not be negative")
    if first > limits.max_first:
        raise QueryError("first", first, f"is above the maximum of {limits.max_first}; page with `after` instead")
    return first


class Cost(NamedTuple):
    """What a selection set costs: its depth in fields, its aliases and its fields, fragments expanded."""

    depth: int = 0
    aliases: int = 0
    fields: int = 0


class _Walk:
    """Measures selection sets of one document, each named fragment once (cycles count nothing)."""

    def __init__(self, document: DocumentNode) -> None:
        self.fragments = {
            node.name.value: node for node in document.definitions if isinstance(node, FragmentDefinitionNode)
        }
        self.measured: dict[str, Cost] = {}

    def cost(self, selection_set: SelectionSetNode | None, visiting: frozenset[str] = frozenset()) -> Cost:
        depth = aliases = fields = 0
        for part in self._parts(selection_set, visiting):
            depth, aliases, fields = max(depth, part.depth), aliases + part.aliases, fields + part.fields
        return Cost(depth, aliases, fields)

    def _parts(self, selection_set: SelectionSetNode | None, visiting: frozenset[str]) -> Iterator[Cost]:
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                inner = self.cost(selection.selection_set, visiting)
                introspection = selection.name.value.startswith("__")
                depth = 0 if introspection else 1 + inner.depth
                yield Cost(depth, inner.aliases + (selection.alias is not None), inner.fields + 1)
            elif isinstance(selection, InlineFragmentNode):
                yield self.cost(selection.selection_set, visiting)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in visiting:
                    continue  # unknown or cyclic: graphql-core's validation says so
                if name not in self.measured:
                    self.measured[name] = self.cost(fragment.selection_set, visiting | {name})
                yield self.measured[name]


def check(document: DocumentNode, limits: Limits = LIMITS) -> list[GraphQLError]:
    """The errors of the operations of `document` that are deeper, or use more aliases or fields, than `limits`."""
    walk = _Walk(document)
    errors = []
    for operation in document.definitions:
        if not isinstance(operation, OperationDefinitionNode):
            continue
        name = f"operation {operation.name.value!r}" if operation.name else "the operation"
        try:
            cost = walk.cost(operation.selection_set)
        except RecursionError:
            errors.append(GraphQLError(f"{name} is nested too deeply to check", operation))
            continue
        if cost.depth > limits.max_depth:
            message = f"{name} is nested {cost.depth} fields deep; the limit is {limits.max_depth}"
            errors.append(GraphQLError(message, operation))
        if cost.aliases > limits.max_aliases:
            message = f"{name} uses {cost.aliases} aliases; the limit is {limits.max_aliases}"
            errors.append(GraphQLError(message, operation))
        if cost.fields > limits.max_fields:
            message = (
                f"{name} selects too many fields: {cost.fields}, limit {limits.max_fields} "
                "(a field inside a fragment counts each time the fragment is used)"
            )
            errors.append(GraphQLError(message, operation))
    return errors


class Validated:
    """The validation errors of recent query texts (none for a valid one), at most `maxsize` of them; thread-safe.

    Keyed by the text: a string keeps its hash, while a parsed document is hashed node by node
    at every lookup. strawberry's `ValidationCache` keys by the document, so each request paid
    for walking its whole document to hash it.
    """

    def __init__(self, maxsize: int = 512) -> None:
        self._errors: LRUCache[str, list[GraphQLError]] = LRUCache(maxsize=maxsize)
        self._lock = threading.Lock()

    def get(self, query: str) -> list[GraphQLError] | None:
        with self._lock:
            return self._errors.get(query)

    def keep(self, query: str, errors: list[GraphQLError]) -> None:
        with self._lock:
            self._errors[query] = list(errors)


class ValidationWithinLimits(ValidationCache):
    """strawberry's `ValidationCache`, run only for documents within `limits`, its outcome kept by query text.

    An operation over a limit gets the limit's error alone, and graphql-core's own validation
    (whose overlap check costs the square of the number of fields) does not run for it. A text
    validated before gets its errors (or none) from `validated` without its document being
    walked again.
    """

    def __init__(self, limits: Limits = LIMITS, validated: Validated | None = None, maxsize: int = 512) -> None:
        super().__init__(maxsize=maxsize)
        self.limits = limits
        self.validated = validated if validated is not None else Validated(maxsize)

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        query, document = context.query, context.graphql_document
        known = self.validated.get(query) if query is not None else None
        if known is not None:
            context.pre_execution_errors = list(known)  # not None: strawberry skips its own validation
            yield
            return
        errors = check(document, self.limits) if document is not None else []
        if errors:
            context.pre_execution_errors = errors
            yield
        else:
            yield from super().on_validate()
            errors = list(context.pre_execution_errors or [])
        if query is not None:
            self.validated.keep(query, errors)
