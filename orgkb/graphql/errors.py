"""How errors reach clients: a message and a code, never a stack trace.

Errors orgkb raises on purpose keep their message (it names the argument and says what was
wrong) with a code; anything else becomes "Internal server error", and its full detail goes
to the server log with an id the client also receives.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from graphql import GraphQLError, GraphQLSyntaxError
from strawberry.types import ExecutionResult

from orgkb.errors import NotFoundError, OrgkbError, QueryError

logger = logging.getLogger("orgkb.graphql")

CODES: tuple[tuple[type[Exception], str], ...] = (
    (QueryError, "BAD_USER_INPUT"),
    (NotFoundError, "NOT_FOUND"),
)


def format_error(error: GraphQLError) -> dict[str, Any]:
    """The JSON form of one error for a client: message, locations, path and `extensions.code`."""
    original = error.original_error
    extensions: dict[str, Any]
    if original is None:
        code = "GRAPHQL_PARSE_FAILED" if isinstance(error, GraphQLSyntaxError) else "GRAPHQL_VALIDATION_FAILED"
        message, extensions = error.message, {"code": code}
    elif isinstance(original, GraphQLError) or not error.path:
        # Raised while coercing variables or arguments, before any resolver ran: about the request.
        message, extensions = error.message, {"code": "BAD_USER_INPUT"}
    elif isinstance(original, OrgkbError):
        code = next((code for kind, code in CODES if isinstance(original, kind)), "ORGKB_ERROR")
        message, extensions = str(original), {"code": code}
        if isinstance(original, QueryError):
            extensions["argument"] = original.argument
    else:
        incident = uuid.uuid4().hex[:12]
        logger.error("internal error %s at %s: %s", incident, error.path, original, exc_info=original)
        message, extensions = "Internal server error", {"code": "INTERNAL_SERVER_ERROR", "incident": incident}
    formatted: dict[str, Any] = {"message": message}
    if error.locations:
        formatted["locations"] = [{"line": place.line, "column": place.column} for place in error.locations]
    if error.path:
        formatted["path"] = list(error.path)
    formatted["extensions"] = extensions
    return formatted


def to_response(result: ExecutionResult) -> dict[str, Any]:
    """The JSON-ready response for a result: `data` (left out when null with errors) and masked `errors`."""
    response: dict[str, Any] = {"data": result.data} if result.data is not None or not result.errors else {}
    if result.errors:
        response["errors"] = [format_error(error) for error in result.errors]
    return response


def is_internal(response: dict[str, Any]) -> bool:
    """Whether a response reports an unexpected (masked) error."""
    return any(error["extensions"].get("code") == "INTERNAL_SERVER_ERROR" for error in response.get("errors", ()))


def request_error(message: str, code: str) -> dict[str, Any]:
    """A request-level error (bad JSON, missing query, body too large) in the same shape."""
    return {"message": message, "extensions": {"code": code}}
