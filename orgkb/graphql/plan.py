"""A fast path for plain queries: run a validated operation from a plan instead of graphql-core's executor.

graphql-core's executor pays for its generality on every field it completes (incremental
delivery, awaitables, error paths, middleware, abort signals): about 5 µs a field here, most
of a large answer's cost. The queries orgkb's clients send are simpler: objects whose fields
are attributes or synchronous resolvers answering from the memo. For those, `Plan` collects
each selection set once per object type into a list of fields, each with its response key, how
to get its value (the attribute strawberry's default resolver would read, or the field's own
resolver, called with a `GraphQLResolveInfo` like graphql-core's) and how to complete it; a run
is then a few Python calls a field.

The plan gives up (`Unsupported`) on anything that is not plain: a resolver that raises or
returns an awaitable, a null in a non-null field, a value a type cannot serialize, an abstract
type that does not resolve, introspection, a directive other than `@skip` and `@include`. The
caller then runs graphql-core's `execute` with the same context, so errors, and every answer
the plan does not produce, are graphql-core's own; what the plan answers is what graphql-core
would answer (tests/graphql/test_plan.py runs both on the same operations). Resolvers only read
the knowledge base, so running them a second time changes nothing but the time taken.
"""

from __future__ import annotations

import inspect
from asyncio import Future
from collections.abc import Callable, Sequence
from enum import Enum
from math import isfinite
from types import GeneratorType
from typing import Any

from graphql import (
    GRAPHQL_MAX_INT,
    GRAPHQL_MIN_INT,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLField,
    GraphQLFloat,
    GraphQLID,
    GraphQLIncludeDirective,
    GraphQLInt,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLSchema,
    GraphQLSkipDirective,
    GraphQLString,
    InlineFragmentNode,
    NamedTypeNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    Undefined,
    get_argument_values,
    get_directive_values,
    get_variable_values,
    is_abstract_type,
    is_leaf_type,
    is_object_type,
    type_from_ast,
)
from graphql.execution import VariableValues
from graphql.pyutils import Path
from graphql.pyutils import is_awaitable as graphql_is_awaitable
from graphql.type import GraphQLResolveInfoHelpers
from strawberry.types.field import StrawberryField
from strawberry.types.fields.resolver import StrawberryResolver

STRAWBERRY_DEFINITION = "strawberry-definition"
"""The key under which strawberry keeps its field and type definitions in graphql-core's `extensions`."""

_PLAIN_TYPES: set[type] = {list, tuple, dict, str, int, float, bool, type(None)}
"""Types whose values are never awaitable nor errors (grown by `_is_plain` as it meets them)."""


class Unsupported(Exception):
    """The plan cannot answer this request as graphql-core would; run graphql-core instead."""


Complete = Callable[["_Run", Any, "_Field", "Path | None", "GraphQLResolveInfo | None"], Any]


class _Field:
    """One entry of an object's selection: its response key, how to get its value, how to complete it."""

    __slots__ = (
        "args",
        "attr",
        "complete",
        "field_def",
        "key",
        "name",
        "needs_info",
        "needs_path",
        "nodes",
        "parent_type",
        "plans",
        "resolve",
        "return_type",
        "string",
        "typename",
    )

    def __init__(self, key: str, nodes: list[FieldNode], parent_type: GraphQLObjectType) -> None:
        self.key = key
        self.nodes = nodes
        self.name = nodes[0].name.value
        self.parent_type = parent_type
        self.plans: dict[GraphQLObjectType, list[_Field]] = {}
        self.typename: str | None = None
        self.attr: str | None = None
        self.resolve: Callable[..., Any] | None = None
        self.args = False
        self.string = False
        self.needs_path = False
        self.needs_info = False
        self.complete: Complete = _identity
        self.field_def: GraphQLField | None = None
        self.return_type: GraphQLOutputType | None = None


class Plan:
    """The plan of one operation of a validated document; `run` answers it or raises `Unsupported`.

    >>> from orgkb.graphql.schema import get_schema
    >>> from graphql import parse
    >>> plan = Plan(get_schema()._schema, parse("{ __typename }"), None)
    >>> plan.run(None, context=None)
    {'__typename': 'Query'}
    """

    def __init__(self, schema: GraphQLSchema, document: DocumentNode, operation_name: str | None) -> None:
        self.schema = schema
        operation: OperationDefinitionNode | None = None
        self.fragments: dict[str, FragmentDefinitionNode] = {}
        for definition in document.definitions:
            if isinstance(definition, OperationDefinitionNode):
                if operation_name is None:
                    if operation is not None:
                        raise Unsupported("several operations and no operation name")
                    operation = definition
                elif definition.name is not None and definition.name.value == operation_name:
                    operation = definition
            elif isinstance(definition, FragmentDefinitionNode):
                if getattr(definition, "variable_definitions", None):
                    raise Unsupported("fragment variables")
                self.fragments[definition.name.value] = definition
        if operation is None or operation.operation is not OperationType.QUERY or operation.directives:
            raise Unsupported("no plain query operation")
        root_type = schema.query_type
        if root_type is None:
            raise Unsupported("no query type")
        self.operation = operation
        self.root_type = root_type
        self.static = not _has_conditions(operation.selection_set, self.fragments)
        self._root: list[_Field] | None = None
        if self.static:  # the root fields do not depend on variables: collected once, here
            self._root = _Run(self, VariableValues({}, {}), None).fields(root_type, [operation.selection_set])

    def run(self, variables: dict[str, Any] | None, context: Any) -> dict[str, Any]:
        """The `data` of the response graphql-core would give, or `Unsupported` if the plan cannot tell."""
        definitions = self.operation.variable_definitions
        if definitions:
            coerced = get_variable_values(self.schema, definitions, variables or {}, max_errors=50)
            if isinstance(coerced, list):
                raise Unsupported("variables with errors")
            values = coerced
        else:
            values = VariableValues({}, {})
        run = _Run(self, values, context)
        try:
            root = self._root
            if root is None:  # @skip or @include: the fields depend on this request's variables
                root = run.fields(self.root_type, [self.operation.selection_set])
            return run.execute(root, None, None)
        except Unsupported:
            raise
        except Exception as error:  # an error in a field: graphql-core says what the response is
            raise Unsupported(f"{type(error).__name__}: {error}") from error


class _Run:
    """One request: its variables and context, and the field plans built for it when the plan is not static."""

    __slots__ = ("context", "helpers", "plan", "variables")

    def __init__(self, plan: Plan, variables: VariableValues, context: Any) -> None:
        self.plan = plan
        self.variables = variables
        self.context = context
        self.helpers = GraphQLResolveInfoHelpers(gather=_no_async_work, track=_no_async_work)

    # -- building -----------------------------------------------------------------------------

    def fields(self, object_type: GraphQLObjectType, selection_sets: Sequence[SelectionSetNode]) -> list[_Field]:
        """The fields to answer for an object of `object_type`, merged by response key as graphql-core does."""
        groups: dict[str, list[FieldNode]] = {}
        visited: set[str] = set()
        for selection_set in selection_sets:
            self._collect(object_type, selection_set, groups, visited)
        found = []
        for key, nodes in groups.items():
            field = self._field(object_type, key, nodes)
            if field is not None:
                found.append(field)
        return found

    def _collect(
        self,
        object_type: GraphQLObjectType,
        selection_set: SelectionSetNode,
        groups: dict[str, list[FieldNode]],
        visited: set[str],
    ) -> None:
        plan = self.plan
        for selection in selection_set.selections:
            if selection.directives and not self._included(selection):  # type: ignore[arg-type]
                continue
            if isinstance(selection, FieldNode):
                key = selection.alias.value if selection.alias else selection.name.value
                groups.setdefault(key, []).append(selection)
            elif isinstance(selection, InlineFragmentNode):
                if self._applies(selection.type_condition, object_type):
                    self._collect(object_type, selection.selection_set, groups, visited)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = plan.fragments.get(name)
                if name in visited or fragment is None or not self._applies(fragment.type_condition, object_type):
                    continue
                visited.add(name)
                self._collect(object_type, fragment.selection_set, groups, visited)
            else:  # pragma: no cover - the AST has no other selections
                raise Unsupported(f"selection {selection.kind}")

    def _included(self, node: FieldNode | InlineFragmentNode | FragmentSpreadNode) -> bool:
        for directive in node.directives or ():
            if directive.name.value not in (GraphQLSkipDirective.name, GraphQLIncludeDirective.name):
                raise Unsupported(f"directive @{directive.name.value}")
        skip = get_directive_values(GraphQLSkipDirective, node, self.variables)
        if skip and skip["if"]:
            return False
        include = get_directive_values(GraphQLIncludeDirective, node, self.variables)
        return not (include and not include["if"])

    def _applies(self, condition: NamedTypeNode | None, object_type: GraphQLObjectType) -> bool:
        if condition is None:
            return True
        conditional = type_from_ast(self.plan.schema, condition)
        if conditional is object_type:
            return True
        if is_abstract_type(conditional):
            return self.plan.schema.is_sub_type(conditional, object_type)
        return False

    def _field(self, parent_type: GraphQLObjectType, key: str, nodes: list[FieldNode]) -> _Field | None:
        field = _Field(key, nodes, parent_type)
        if field.name == "__typename":
            field.typename = parent_type.name
            return field
        if field.name.startswith("__"):
            raise Unsupported("introspection")
        field_def = self.plan.schema.get_field(parent_type, field.name)
        if field_def is None:  # graphql-core leaves it out too (validation rejects it first)
            return None
        field.field_def = field_def
        field.return_type = field_def.type
        field.args = bool(field_def.args or nodes[0].arguments)
        field.attr = _attribute(field_def) if not field.args else None
        if field.attr is None:
            field.resolve = _direct_resolver(self.plan.schema, field_def) if not field.args else None
            field.resolve = field.resolve or field_def.resolve
            if field.resolve is None:
                raise Unsupported("a field without a resolver")
            field.needs_info = True
        named, abstract, composite = _shape(field_def.type)
        field.needs_info = field.needs_info or abstract or (is_object_type(named) and _own_is_type_of(named))
        field.needs_path = field.needs_info or composite
        field.complete = _completer(field_def.type)
        field.string = field.attr is not None and named in (GraphQLString, GraphQLID)
        return field

    def sub_plan(self, field: _Field, object_type: GraphQLObjectType) -> list[_Field]:
        """The fields to answer for an object of `object_type` that `field` returned."""
        found = field.plans.get(object_type)
        if found is None:
            found = self.fields(object_type, [node.selection_set for node in field.nodes if node.selection_set])
            field.plans[object_type] = found  # a field of a plan that is not static belongs to one request
        return found

    # -- running ------------------------------------------------------------------------------

    def info(self, field: _Field, path: Path) -> GraphQLResolveInfo:
        """What graphql-core would pass a resolver of `field` at `path`."""
        plan = self.plan
        assert field.return_type is not None
        return GraphQLResolveInfo(
            field.name,
            field.nodes,
            field.return_type,
            field.parent_type,
            path,
            plan.schema,
            plan.fragments,
            None,
            plan.operation,
            self.variables,
            self.context,
            graphql_is_awaitable,
            None,
            self.helpers,
        )

    def execute(self, fields: list[_Field], source: Any, path: Path | None) -> dict[str, Any]:
        """The completed fields of one object."""
        data: dict[str, Any] = {}
        for field in fields:
            attr = field.attr
            if field.string:
                value = getattr(source, attr)  # type: ignore[arg-type]
                if type(value) is not str:
                    value = field.complete(self, value, field, None, None)
                data[field.key] = value
                continue
            if field.typename is not None:
                data[field.key] = field.typename
                continue
            field_path = Path(path, field.key, field.parent_type.name) if field.needs_path else None
            info = None
            if attr is not None:
                value = getattr(source, attr)
                if field.needs_info:
                    info = self.info(field, field_path)  # type: ignore[arg-type]
            else:
                info = self.info(field, field_path)  # type: ignore[arg-type]
                args = (
                    get_argument_values(field.field_def, field.nodes[0], self.variables)  # type: ignore[arg-type]
                    if field.args
                    else {}
                )
                value = field.resolve(source, info, **args)  # type: ignore[misc]
                if type(value) not in _PLAIN_TYPES and not _is_plain(value):
                    _abandon(value)
                    raise Unsupported("an awaitable or an error")
            data[field.key] = field.complete(self, value, field, field_path, info)
        return data


# -- completing values (graphql-core's complete_value, for plain values) ---------------------------


def _completer(type_: GraphQLOutputType, non_null: bool = False) -> Complete:
    """How to complete a value of `type_` (graphql-core's complete_value, one call a value)."""
    if isinstance(type_, GraphQLNonNull):
        return _completer(type_.of_type, non_null=True)
    if isinstance(type_, GraphQLList):
        return _list_completer(type_, non_null)
    if is_leaf_type(type_):
        return _leaf_completer(type_, non_null)
    if is_object_type(type_):
        return _object_completer(type_, non_null)
    if is_abstract_type(type_):
        return _abstract_completer(non_null)
    raise Unsupported(f"type {type_}")  # pragma: no cover - no other output types


def _null(non_null: bool) -> None:
    if non_null:
        raise Unsupported("null in a non-null field")


def _list_completer(type_: GraphQLList[Any], non_null: bool) -> Complete:
    item = _completer(type_.of_type)
    _, _, composite = _shape(type_.of_type)

    def list_(run: _Run, value: Any, field: _Field, path: Path | None, info: GraphQLResolveInfo | None) -> Any:
        if value is None:
            return _null(non_null)
        if type(value) is not list and type(value) is not tuple:
            raise Unsupported("a list that is not a list or tuple")
        if composite:
            return [item(run, one, field, Path(path, index, None), info) for index, one in enumerate(value)]
        return [item(run, one, field, None, info) for one in value]

    return list_


def _leaf_completer(type_: GraphQLLeafType, non_null: bool) -> Complete:
    coerce = type_.coerce_output_value
    # values graphql-core's coerce_output_value would return unchanged, by type
    plain: Callable[[Any], bool]
    if type_ is GraphQLString or type_ is GraphQLID:
        plain = _is_str
    elif type_ is GraphQLInt:
        plain = _is_int32
    elif type_ is GraphQLFloat:
        plain = _is_finite_float
    elif type_ is GraphQLBoolean:
        plain = _is_bool
    else:
        plain = _never
    names = _enum_names(type_) if isinstance(type_, GraphQLEnumType) else None
    enum_class = next(iter(names)).__class__ if names else None

    def leaf(run: _Run, value: Any, field: _Field, path: Path | None, info: GraphQLResolveInfo | None) -> Any:
        if value is None:
            return _null(non_null)
        if plain(value):
            return value
        if enum_class is not None and type(value) is enum_class:
            return names[value]  # type: ignore[index]
        _check_plain(value)
        coerced = coerce(value)
        if coerced is None or coerced is Undefined:
            raise Unsupported("a value the type serializes to null")
        return coerced

    return leaf


def _enum_names(type_: GraphQLEnumType) -> dict[Any, str] | None:
    """What coerce_output_value answers for each member of a strawberry enum's Python class, computed once."""
    enum_class = getattr(type_, "wrapped_cls", None)
    if not isinstance(enum_class, type) or not issubclass(enum_class, Enum) or not len(enum_class):
        return None
    return {member: type_.coerce_output_value(member) for member in enum_class}


def _object_completer(type_: GraphQLObjectType, non_null: bool) -> Complete:
    is_type_of = type_.is_type_of
    own = _own_is_type_of(type_)

    def object_(run: _Run, value: Any, field: _Field, path: Path | None, info: GraphQLResolveInfo | None) -> Any:
        if value is None:
            return _null(non_null)
        if is_type_of is None:
            if type(value) not in _PLAIN_TYPES and not _is_plain(value):
                raise Unsupported("an awaitable or an error")
        else:
            if own and info is None:  # pragma: no cover - such fields always build their info
                raise Unsupported("an is_type_of of its own")
            matches = is_type_of(value, info)  # type: ignore[arg-type]
            if matches is not True:
                _abandon(matches)
                raise Unsupported("a value of another type")
        fields = field.plans.get(type_)
        if fields is None:
            fields = run.sub_plan(field, type_)
        return run.execute(fields, value, path)

    return object_


def _own_is_type_of(type_: GraphQLObjectType) -> bool:
    """Whether `type_` has an is_type_of other than strawberry's own (an isinstance check that ignores info)."""
    if type_.is_type_of is None:
        return False
    definition = type_.extensions.get(STRAWBERRY_DEFINITION)
    return definition is None or getattr(definition, "is_type_of", True) is not None


def _abstract_completer(non_null: bool) -> Complete:
    def abstract(run: _Run, value: Any, field: _Field, path: Path | None, info: GraphQLResolveInfo | None) -> Any:
        if value is None:
            return _null(non_null)
        schema = run.plan.schema
        return_type = _named(field.return_type)
        resolve_type = return_type.resolve_type
        if resolve_type is None or info is None:
            raise Unsupported("an abstract type without resolve_type")
        name = resolve_type(value, info, return_type)
        if not isinstance(name, str):
            _abandon(name)
            raise Unsupported("an abstract type that does not resolve to a name")
        runtime_type = schema.get_type(name)
        if not isinstance(runtime_type, GraphQLObjectType) or not schema.is_sub_type(return_type, runtime_type):
            raise Unsupported("an abstract type resolved to a type that is not one of it")
        return _object_completer(runtime_type, non_null)(run, value, field, path, info)

    return abstract


def _is_str(value: Any) -> bool:
    return type(value) is str


def _is_int32(value: Any) -> bool:
    return type(value) is int and GRAPHQL_MIN_INT <= value <= GRAPHQL_MAX_INT


def _is_finite_float(value: Any) -> bool:
    return type(value) is float and isfinite(value)


def _is_bool(value: Any) -> bool:
    return type(value) is bool


def _never(value: Any) -> bool:
    return False


# -- helpers -----------------------------------------------------------------------------------------


def _identity(run: _Run, value: Any, field: _Field, path: Path | None, info: GraphQLResolveInfo | None) -> Any:
    return value  # pragma: no cover - replaced when the field is built


def _named(type_: Any) -> Any:
    while isinstance(type_, (GraphQLNonNull, GraphQLList)):
        type_ = type_.of_type
    return type_


def _shape(type_: GraphQLOutputType) -> tuple[Any, bool, bool]:
    """The named type under the wrappers, whether it is abstract, whether it has fields of its own."""
    named = _named(type_)
    abstract = is_abstract_type(named)
    return named, abstract, abstract or is_object_type(named)


def _attribute(field_def: GraphQLField) -> str | None:
    """The attribute strawberry's default resolver reads for this field, or None when it has a resolver of its own."""
    if not getattr(field_def.resolve, "_is_default", False):
        return None
    definition = field_def.extensions.get(STRAWBERRY_DEFINITION)
    if definition is None or getattr(definition, "default_resolver", None) is not getattr:
        return None
    name = getattr(definition, "python_name", None)
    return name if isinstance(name, str) else None


def _direct_resolver(schema: GraphQLSchema, field_def: GraphQLField) -> Callable[..., Any] | None:
    """The field's Python resolver, called as strawberry's wrapper calls it, when that is all the wrapper does.

    For a field without arguments, extensions or exception handlers, strawberry's resolver
    wrapper builds a `strawberry.Info`, passes the parent as `self` (or `root`, `parent`) and the
    info as `info`, and calls the function: this does the same, without the layers in between.
    """
    definition = field_def.extensions.get(STRAWBERRY_DEFINITION)
    strawberry_schema = getattr(schema, "_strawberry_schema", None)
    converter = getattr(strawberry_schema, "schema_converter", None)
    if (
        type(definition) is not StrawberryField
        or type(definition.base_resolver) is not StrawberryResolver
        or definition.arguments
        or definition.extensions
        or definition.is_async
        or definition.is_subscription
        or strawberry_schema is None
        or getattr(converter, "_exception_handler_specs", True)
    ):
        return None
    resolver = definition.base_resolver
    function = resolver.wrapped_func
    if not callable(function):
        return None
    info_class = strawberry_schema.config.info_class
    pass_self = resolver.self_parameter is not None
    sources = [parameter.name for parameter in (resolver.parent_parameter, resolver.root_parameter) if parameter]
    info_name = resolver.info_parameter.name if resolver.info_parameter is not None else None

    def resolve(source: Any, info: GraphQLResolveInfo) -> Any:
        kwargs = dict.fromkeys(sources, source)
        if info_name is not None:
            kwargs[info_name] = info_class(_raw_info=info, _field=definition)
        return function(source, **kwargs) if pass_self else function(**kwargs)

    if pass_self and not sources and info_name is not None:  # `def field(self, info)`: the usual shape

        def resolve_with_info(source: Any, info: GraphQLResolveInfo) -> Any:
            return function(source, **{info_name: info_class(_raw_info=info, _field=definition)})

        return resolve_with_info
    return resolve


def _has_conditions(selection_set: SelectionSetNode, fragments: dict[str, FragmentDefinitionNode]) -> bool:
    """Whether any selection of the operation (or of a fragment) has a directive, so depends on variables."""
    pending = [selection_set, *(fragment.selection_set for fragment in fragments.values())]
    while pending:
        current = pending.pop()
        for selection in current.selections:
            if selection.directives:
                return True
            inner = getattr(selection, "selection_set", None)
            if inner is not None:
                pending.append(inner)
    return False


def _is_plain(value: Any) -> bool:
    """Whether `value` is neither an awaitable nor an error; remembers types whose values never are."""
    if isinstance(value, Exception) or inspect.isawaitable(value):
        return False
    if type(value) is not GeneratorType:  # a generator may be a coroutine (types.coroutine)
        _PLAIN_TYPES.add(type(value))
    return True


def _check_plain(value: Any) -> None:
    """Raise `Unsupported` for a value graphql-core would not complete as it is (an error, an awaitable)."""
    if isinstance(value, Exception) or inspect.isawaitable(value):
        raise Unsupported("an error or an awaitable as a value")


def _abandon(value: Any) -> None:
    """Let go of an awaitable the plan will not await, quietly."""
    if inspect.iscoroutine(value):
        value.close()
    elif isinstance(value, Future):
        value.add_done_callback(_observe)


def _observe(future: Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


def _no_async_work(*_: Any) -> Any:
    raise Unsupported("asynchronous work")
