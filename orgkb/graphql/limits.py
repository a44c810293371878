"""The limits that keep one request from costing the server too much, declared once.

Depth and aliases are checked by graphql-core validation rules that follow fragments (a
fragment used twice counts twice); tokens are counted by the parser; `first` is checked by
the list fields; the request body size by the HTTP app. Introspection fields (`__schema`,
`__type`) do not count towards depth, so GraphiQL's schema query always works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graphql import (
    ASTValidationRule,
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from graphql.validation.validation_context import ASTValidationContext

from orgkb.errors import QueryError


@dataclass(frozen=True)
class Limits:
    """The limits of the API; each is a setting with a default."""

    max_depth: int = 10
    max_aliases: int = 20
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


def _walk(
    selection_set: SelectionSetNode | None,
    context: ASTValidationContext,
    combine: Callable[[FieldNode, int], int],
    fragments: dict[str, int],
    visiting: frozenset[str],
    merge: Callable[[list[int]], int],
) -> int:
    """Fold a selection set, following fragment spreads once each (memoized, cycles cut)."""
    if selection_set is None:
        return 0
    values = []
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            inner = _walk(selection.selection_set, context, combine, fragments, visiting, merge)
            values.append(combine(selection, inner))
        elif isinstance(selection, InlineFragmentNode):
            values.append(_walk(selection.selection_set, context, combine, fragments, visiting, merge))
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = context.get_fragment(name)
            if fragment is None or name in visiting:
                continue
            if name not in fragments:
                fragments[name] = _walk(fragment.selection_set, context, combine, fragments, visiting | {name}, merge)
            values.append(fragments[name])
    return merge(values)


def depth_limit(max_depth: int) -> type[ASTValidationRule]:
    """A validation rule that rejects operations nested deeper than `max_depth` fields."""

    def combine(field: FieldNode, inner: int) -> int:
        return 0 if field.name.value.startswith("__") else 1 + inner

    class DepthLimit(ASTValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            depth = _walk(node.selection_set, self.context, combine, {}, frozenset(), lambda v: max(v, default=0))
            if depth > max_depth:
                name = f"operation {node.name.value!r}" if node.name else "the operation"
                self.report_error(GraphQLError(f"{name} is nested {depth} fields deep; the limit is {max_depth}", node))

    return DepthLimit


def alias_limit(max_aliases: int) -> type[ASTValidationRule]:
    """A validation rule that rejects operations using more than `max_aliases` aliases (fragments expanded)."""

    def combine(field: FieldNode, inner: int) -> int:
        return inner + (1 if field.alias is not None else 0)

    class AliasLimit(ASTValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            count = _walk(node.selection_set, self.context, combine, {}, frozenset(), sum)
            if count > max_aliases:
                name = f"operation {node.name.value!r}" if node.name else "the operation"
                self.report_error(GraphQLError(f"{name} uses {count} aliases; the limit is {max_aliases}", node))

    return AliasLimit


def limit_rules(limits: Limits = LIMITS) -> tuple[type[ASTValidationRule], ...]:
    """The validation rules that enforce `limits` (tokens are limited by the parser, not a rule)."""
    return depth_limit(limits.max_depth), alias_limit(limits.max_aliases)
