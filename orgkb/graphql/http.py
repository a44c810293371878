"""GraphQL over HTTP at /graphql: strawberry's ASGI view, with the few things orgkb adds to it.

strawberry's `GraphQL` view reads GET and POST requests (queries only over GET, no multipart
uploads, no batches) and shapes responses. orgkb adds:

- execution in a worker thread (`execute_single`), at most `WORKERS` at once: resolvers are plain
  synchronous kb calls, so a heavy query never holds the event loop;
- at most `ADMITTED` requests worked on at once (`Admission`), the others waiting their turn at no
  cost, so the event loop is never so busy with GraphQL that `/healthz` waits behind it;
- the body limit, read before anything else, and errors about the request as JSON with a code
  (`BAD_REQUEST`, `PAYLOAD_TOO_LARGE`) like every other error;
- complete responses kept per state of the knowledge base (`orgkb.graphql.responses`), with that
  state as the `ETag` of GET responses, so a conditional GET answers 304;
- errors masked and coded by `orgkb.graphql.errors`; 400 when the request never ran;
- an offline console for browsers instead of GraphiQL from a CDN (`orgkb.graphql.console`).
"""

from __future__ import annotations

import asyncio
import functools
import json
import weakref
from collections.abc import Hashable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Message, Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.exceptions import MissingQueryError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType

from orgkb.graphql.console import console_html
from orgkb.graphql.context import Context
from orgkb.graphql.errors import is_internal, request_error, to_response
from orgkb.graphql.limits import LIMITS, Limits
from orgkb.graphql.responses import RESPONSE_BYTES, Responses
from orgkb.graphql.schema import get_schema
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.web.bodies import BodyTooLarge, read_body

_JSON = "application/json"
_NOT_RUN = {"GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"}
WORKERS = 2
"""How many operations execute at once, each in a worker thread of the view's own pool; the others wait their turn.

Resolvers are CPU-bound Python: more threads than cores only contend for the GIL with the event
loop. With 2 (this machine's cores) instead of starlette's 40, a 64-client soak on a busy machine
served 562 requests/s instead of 494 and `/healthz` p99 fell from 3.6 s to 0.15 s
(`benchmarks/soak.py --seconds 20`). The hop is asyncio's `run_in_executor` on a
`ThreadPoolExecutor` rather than anyio's `to_thread.run_sync` with a limiter: `{ __typename }` over
HTTP costs 0.51 ms of server CPU instead of 0.68 (`benchmarks/api.py`, part d).
"""
ADMITTED = 2 * WORKERS
"""How many requests the view works on at once: its kept response looked up, or its operation run,
and its response made. A request beyond them waits (an idle task) until one is done.

Without it, 64 clients keep 64 requests going at once, and a `/healthz` waits behind them: in a
30 s soak of 64 clients (`benchmarks/soak.py --admitted 1000`) its p50 was 97 ms and p90 141 ms;
with 4 admitted, 14 ms and 23 ms, at about the same throughput. Admitting only the requests that
run (kept responses answered at once) gave 26-35 ms and starved new questions (p50 200-270 ms);
letting a request give its place back while it waits for a thread gave 112 ms.
"""


class Admission:
    """At most `slots` holders at a time, on whichever event loop the view runs (one semaphore per loop)."""

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._semaphores: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def __call__(self) -> asyncio.Semaphore:
        """The semaphore of the running loop, to hold with `async with`."""
        loop = asyncio.get_running_loop()
        semaphore = self._semaphores.get(loop)
        if semaphore is None:
            semaphore = self._semaphores[loop] = asyncio.Semaphore(self.slots)
        return semaphore


class Refused(Exception):
    """A request refused before it ran: an HTTP status, a code and a message for the client."""

    def __init__(self, status: int, message: str, code: str = "BAD_REQUEST") -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def _error(status: int, message: str, code: str = "BAD_REQUEST") -> Response:
    body = json.dumps({"errors": [request_error(message, code)]}, ensure_ascii=False).encode("utf-8")
    return Response(body, status_code=status, media_type=_JSON)


def _replay(body: bytes) -> Receive:
    """A `receive` that gives `body` once (already read and checked against the limit)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


class GraphQLView(GraphQL[Context, None]):
    """The /graphql endpoint over one knowledge base."""

    def __init__(
        self,
        kb: KnowledgeBase,
        limits: Limits = LIMITS,
        response_bytes: int = RESPONSE_BYTES,
        workers: int = WORKERS,
        admitted: int | None = None,
    ) -> None:
        super().__init__(get_schema(limits), graphql_ide="graphiql", multipart_uploads_enabled=False)
        self.kb = kb
        self.limits = limits
        self.responses = Responses(kb, response_bytes)
        self.workers = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="orgkb-graphql")
        weakref.finalize(self, self.workers.shutdown, wait=False)
        self.admission = Admission(ADMITTED if admitted is None else admitted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await _error(404, "only HTTP requests are served here")(scope, receive, send)
            return
        try:
            response = await self.answer(Request(scope, receive))
        except Refused as refused:
            response = _error(refused.status, refused.message, refused.code)
        except HTTPException as refused:
            response = _error(refused.status_code, refused.reason)
        await response(scope, receive, send)

    async def answer(self, request: Request) -> Response:
        """The response to one HTTP request: from the kept responses when it can be, else run."""
        key: Hashable
        etag = self.responses.etag()  # the state the answer is made in
        if request.method == "POST":
            try:
                body = await read_body(request, self.limits.max_body_bytes)
            except BodyTooLarge:
                message = f"the request body is larger than {self.limits.max_body_bytes} bytes"
                raise Refused(413, message, "PAYLOAD_TOO_LARGE") from None
            except ClientDisconnect:
                raise Refused(400, "the client disconnected") from None
            request = Request(request.scope, _replay(body))
            key = ("POST", request.headers.get("content-type", ""), body)
        elif "query" not in request.query_params:
            return await self.run(request)  # the console, or an error saying what is missing
        else:
            key = ("GET", request.url.query)
            if etag in request.headers.get("if-none-match", ""):
                return Response(status_code=304, headers={"etag": etag})
        async with self.admission():
            kept = self.responses.get(key)
            if kept is not None:
                response = Response(kept.body, status_code=kept.status, media_type=_JSON)
            else:
                generation = self.kb.generation
                response = await self.run(request)
                if not request.scope.get("state", {}).get("orgkb.internal_error"):
                    self.responses.keep(key, bytes(response.body), response.status_code, generation)
        if request.method == "GET":
            response.headers["etag"] = etag
            response.headers["cache-control"] = "no-cache"
        return response

    async def get_context(self, request: Any, response: Any) -> Context:
        return Context.of(self.kb)

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        return HTMLResponse(console_html())

    async def parse_http_body(self, request: AsyncHTTPRequestAdapter) -> GraphQLRequestData | list[GraphQLRequestData]:
        content_type = (request.content_type or "").split(";")[0].strip().lower()
        if request.method == "POST" and content_type == "application/graphql":
            query = (await request.get_body()).decode("utf-8", "replace")
            return GraphQLRequestData(query=query, variables=None, operation_name=None, extensions=None)
        if request.method == "POST" and content_type not in ("", _JSON, "application/graphql-response+json"):
            raise Refused(415, f"send the request as {_JSON}, not {content_type!r}")
        if request.method == "POST" and content_type != _JSON:
            data = self.parse_json(await request.get_body())
            if not isinstance(data, dict):
                raise Refused(400, "the request must be a JSON object with a `query` string")
            return GraphQLRequestData(
                query=data.get("query"),
                variables=data.get("variables"),
                operation_name=data.get("operationName"),
                extensions=None,
            )
        return await super().parse_http_body(request)

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: Context,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        allowed = OperationType.from_http(request_adapter.method)
        if not isinstance(request_data.query, str) or not request_data.query.strip():
            raise Refused(400, "the request has no `query` string")
        try:
            execute = functools.partial(
                self.schema.execute_sync,
                request_data.query,
                variable_values=request_data.variables,
                context_value=context,
                operation_name=request_data.operation_name,
                allowed_operation_types=allowed,
            )
            return await asyncio.get_running_loop().run_in_executor(self.workers, execute)
        except CannotGetOperationTypeError as error:
            raise Refused(400, error.as_http_error_reason()) from error
        except InvalidOperationTypeError as error:
            raise Refused(400, error.as_http_error_reason(request_adapter.method)) from error
        except MissingQueryError as error:
            raise Refused(400, "the request has no `query` string") from error

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        response = to_response(result)
        if is_internal(response):
            request.scope.setdefault("state", {})["orgkb.internal_error"] = True
        return response  # type: ignore[return-value]

    def create_response(
        self, response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse], sub_response: Response
    ) -> Response:
        response = super().create_response(response_data, sub_response)
        if isinstance(response_data, dict) and "data" not in response_data:
            errors = cast(list[dict[str, Any]], response_data.get("errors") or [])
            codes = {error["extensions"]["code"] for error in errors}
            if codes and codes <= _NOT_RUN:
                response.status_code = 400
        return response

    def encode_json(self, data: object) -> bytes:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
