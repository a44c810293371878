"""Reading a request body without holding more of it than the limit allows, and the plain-text
refusal the endpoints answer a request they cannot take with."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response


class BodyTooLarge(Exception):
    """The request body (declared or sent) is larger than the limit."""


async def read_body(request: Request, limit: int) -> bytes:
    """The body of `request`; raises `BodyTooLarge` as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks = bytearray()
    async for chunk in request.stream():
        chunks.extend(chunk)
        if len(chunks) > limit:
            raise BodyTooLarge
    return bytes(chunks)


def refusal(message: str, status: int = 400, headers: dict[str, str] | None = None) -> Response:
    """`message` as a plain-text response with `status`."""
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)
