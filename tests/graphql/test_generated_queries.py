"""Queries generated from the schema (schemathesis and hypothesis-graphql): never a 5xx, never an unmasked error.

Each root field gets a bounded number of generated queries (arguments of every shape, nested
selections), sent through the whole app; bad arguments must come back as coded errors.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings

from orgkb.app import create_app
from orgkb.loading import builtin_knowledge_base

CODES = {
    "BAD_USER_INPUT",
    "NOT_FOUND",
    "GRAPHQL_VALIDATION_FAILED",
    "GRAPHQL_PARSE_FAILED",
    "BAD_REQUEST",
    "ORGKB_ERROR",
}

schema = schemathesis.graphql.from_asgi("/graphql", create_app(builtin_knowledge_base()))


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_generated_queries_get_an_answer_or_a_coded_error(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, response.text
    payload = response.json()
    assert isinstance(payload, dict) and ("data" in payload or "errors" in payload)
    for error in payload.get("errors", []):
        assert error["extensions"]["code"] in CODES, error
        assert "Traceback" not in error["message"] and "Error(" not in error["message"], error
