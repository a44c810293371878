"""The exported SDL, the contract field names of DESIGN.md, and descriptions everywhere."""

from __future__ import annotations

import pytest
from graphql import GraphQLEnumType, GraphQLInputObjectType, GraphQLInterfaceType, GraphQLObjectType

from orgkb.graphql.schema import SDL_PATH, export_sdl, get_schema


def test_schema_graphql_matches_the_code() -> None:
    assert SDL_PATH.read_text(encoding="utf-8") == export_sdl(), (
        "orgkb/graphql/schema.graphql is out of date: run `python -m orgkb.graphql.schema`"
    )


# Type name -> fields clients rely on (DESIGN.md, Interfaces).
CONTRACT = {
    "Query": [
        "whoHandles",
        "organization",
        "organizations",
        "node",
        "responsibilities",
        "compare",
        "coordination",
        "path",
        "matters",
        "places",
        "partnerRegions",
        "sources",
    ],
    "Handler": ["organization", "score", "evidence", "reason"],
    "Organization": [
        "id",
        "name",
        "altNames",
        "kind",
        "parent",
        "units",
        "ancestors",
        "district",
        "responsibilities",
        "contact",
        "coordinatesWith",
        "partnerRegions",
        "source",
    ],
    "Responsibility": ["id", "number", "text", "role", "matters", "organization", "source"],
    "Evidence": ["document", "line", "quote"],
    "Comparison": ["left", "right", "shared", "onlyLeft", "onlyRight"],
    "SharedDuty": ["left", "right", "score", "matters"],
    "OrganizationConnection": ["edges", "pageInfo", "totalCount"],
    "ResponsibilityConnection": ["edges", "pageInfo", "totalCount"],
}


@pytest.mark.parametrize(("type_name", "fields"), sorted(CONTRACT.items()))
def test_contract_fields_exist(type_name: str, fields: list[str]) -> None:
    graphql_type = get_schema()._schema.get_type(type_name)
    assert isinstance(graphql_type, GraphQLObjectType)
    assert set(fields) <= set(graphql_type.fields)


def test_contract_arguments() -> None:
    query = get_schema()._schema.query_type
    assert query is not None
    assert str(query.fields["whoHandles"].type) == "[Handler!]!"
    assert {"matter", "district", "first"} == set(query.fields["whoHandles"].args)
    assert query.fields["whoHandles"].args["first"].default_value == 5
    assert {"kind", "district", "first", "after"} == set(query.fields["organizations"].args)
    assert {"search", "organization", "first", "after"} == set(query.fields["responsibilities"].args)
    assert {"from", "to"} == set(query.fields["path"].args)
    assert str(query.fields["compare"].type) == "Comparison!"


def test_every_type_field_and_argument_has_a_description() -> None:
    missing = []
    for name, graphql_type in get_schema()._schema.type_map.items():
        if name.startswith("__") or name in ("String", "Int", "Float", "Boolean", "ID"):
            continue
        if not graphql_type.description:
            missing.append(name)
        if isinstance(graphql_type, (GraphQLObjectType, GraphQLInterfaceType, GraphQLInputObjectType)):
            for field_name, field in graphql_type.fields.items():
                if not field.description:
                    missing.append(f"{name}.{field_name}")
                for arg_name, arg in getattr(field, "args", {}).items():
                    if not arg.description:
                        missing.append(f"{name}.{field_name}({arg_name})")
        if isinstance(graphql_type, GraphQLEnumType):
            missing += [f"{name}.{value}" for value, item in graphql_type.values.items() if not item.description]
    assert missing == []


def test_enums_cover_the_knowledge_base_vocabulary() -> None:
    from orgkb.graphql.types.kind import OrganizationKind
    from orgkb.graphql.types.role import Role
    from orgkb.loaders.document import Kind
    from orgkb.loaders.document import Role as DutyRole

    assert {kind.value for kind in OrganizationKind} >= {kind.value for kind in Kind}
    assert {role.value for role in Role} >= {role.value for role in DutyRole}
