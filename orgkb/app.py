"""The ASGI app: GraphQL at /graphql, the schema at /schema.graphql, a health check at /healthz,
read-only SPARQL at /sparql, the staff pages at / and /organization/{id}, and POST /pages, the one
write, which needs a token.

`create_app(kb)` builds everything when called, never at import. `serve(kb, host, port)`
runs it under uvicorn (the `orgkb serve` command).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from orgkb.graphql.errors import request_error
from orgkb.graphql.execution import Executor
from orgkb.graphql.limits import LIMITS, Limits
from orgkb.kb.store import KnowledgeBase
from orgkb.settings import Settings
from orgkb.web.bodies import BodyTooLarge, read_body
from orgkb.web.pages import StaffPages
from orgkb.web.sparql import SparqlEndpoint
from orgkb.web.writes import PageWrites

logger = logging.getLogger("orgkb.app")

_JSON = "application/json"


def _json(payload: dict[str, Any], status: int = 200) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=status, media_type=_JSON)


def _bad_request(message: str, code: str = "BAD_REQUEST", status: int = 400) -> Response:
    return _json({"errors": [request_error(message, code)]}, status)


def _wants_html(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "text/html" in accept and "query" not in request.query_params


def _graphiql_html() -> str:
    from strawberry.http.ides import get_graphql_ide_html

    return get_graphql_ide_html("graphiql")


class GraphQLEndpoint:
    """POST and GET /graphql: the GraphQL-over-HTTP protocol with JSON bodies, GraphiQL for browsers."""

    def __init__(self, executor: Executor, limits: Limits) -> None:
        self.executor = executor
        self.limits = limits
        self._ide: str | None = None

    async def handle(self, request: Request) -> Response:
        if request.method == "GET":
            if _wants_html(request):
                self._ide = self._ide or _graphiql_html()
                return HTMLResponse(self._ide)
            params: dict[str, Any] = dict(request.query_params)
            if "variables" in params:
                try:
                    params["variables"] = json.loads(params["variables"])
                except ValueError:
                    return _bad_request("the `variables` parameter is not valid JSON")
            return await self._run(params, queries_only=True)
        try:
            body = await read_body(request, self.limits.max_body_bytes)
        except BodyTooLarge:
            return _bad_request(
                f"the request body is larger than {self.limits.max_body_bytes} bytes", "PAYLOAD_TOO_LARGE", 413
            )
        except ClientDisconnect:
            return _bad_request("the client disconnected")
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/graphql":
            return await self._run({"query": body.decode("utf-8", "replace")})
        if content_type not in ("", _JSON, "application/graphql-response+json"):
            return _bad_request(f"send the request as {_JSON}, not {content_type!r}", status=415)
        try:
            params = json.loads(body)
        except ValueError:
            return _bad_request("the request body is not valid JSON")
        return await self._run(params)

    async def _run(self, params: Any, queries_only: bool = False) -> Response:
        if not isinstance(params, dict):
            return _bad_request("the request must be a JSON object with a `query` string")
        query, variables, operation = params.get("query"), params.get("variables"), params.get("operationName")
        if not isinstance(query, str) or not query.strip():
            return _bad_request("the request has no `query` string")
        if variables is not None and not isinstance(variables, dict):
            return _bad_request("`variables` must be a JSON object")
        if operation is not None and not isinstance(operation, str):
            return _bad_request("`operationName` must be a string")
        body, executed = await self.executor.respond(query, variables, operation, queries_only=queries_only)
        return Response(body, status_code=200 if executed else 400, media_type=_JSON)


WARM_SPARQL_AFTER = 3.0  # seconds: the SPARQL workers start once the server answers, not while it starts


async def _later(seconds: float, start: Callable[[], Awaitable[None]]) -> None:
    await asyncio.sleep(seconds)
    await start()


def create_app(
    kb: KnowledgeBase | None = None,
    limits: Limits = LIMITS,
    response_cache_size: int = 256,
    settings: Settings | None = None,
    write_token: str | None = None,
) -> Starlette:
    """The orgkb web app over `kb` (the built-in corpus, loaded now, when None).

    `response_cache_size` complete responses are remembered until the knowledge base changes; 0 turns that off.
    `settings` bound the SPARQL queries (`Settings.load()`, from the environment, when None).
    `POST /pages` loads pages sent with `write_token`; without one, it refuses every write.
    """
    kb = kb if kb is not None else KnowledgeBase.builtin()
    executor = Executor(kb, limits=limits, response_cache_size=response_cache_size)
    graphql = GraphQLEndpoint(executor, limits)
    sparql = SparqlEndpoint(kb, limits.max_body_bytes, settings)
    pages = StaffPages(kb)
    writes = PageWrites(kb, write_token)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "documents": len(kb.documents()), "generation": kb.generation})

    async def schema_sdl(request: Request) -> Response:
        from orgkb.graphql.schema import export_sdl

        return PlainTextResponse(export_sdl())

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        warming = asyncio.ensure_future(_later(WARM_SPARQL_AFTER, sparql.start))
        try:
            yield
        finally:
            warming.cancel()
            sparql.close()  # kills the queries still running, so that the server stops at once

    app = Starlette(
        lifespan=lifespan,
        routes=[
            Route("/graphql", graphql.handle, methods=["GET", "POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/schema.graphql", schema_sdl, methods=["GET"]),
            Route("/sparql", sparql.handle, methods=["GET", "POST"]),
            Route("/", pages.search, methods=["GET"]),
            Route("/organization/{id:path}", pages.organization, methods=["GET"]),
            Route("/pages", writes.handle, methods=["POST"]),
        ],
    )
    app.state.kb = kb
    app.state.executor = executor
    app.state.sparql = sparql
    return app


GRACE_SECONDS = 2  # on SIGTERM or Ctrl-C, requests still running after this are cancelled


def serve(
    kb: KnowledgeBase | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    settings: Settings | None = None,
    write_token: str | None = None,
    sock: socket.socket | None = None,
) -> None:
    """Serve the app under uvicorn until interrupted (SIGTERM or Ctrl-C stop it within a few seconds).

    `sock` is a listening socket (`orgkb.listen.listen`); without one, `host` and `port` are
    opened here. Raises `OrgkbError` when they cannot be. The SPARQL workers are started by
    multiprocessing's forkserver, which imports the main module: a script that calls `serve`
    must do so under `if __name__ == "__main__":`.
    """
    import uvicorn

    from orgkb.listen import listen

    sock = sock if sock is not None else listen(host, port)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import
    app = create_app(kb, settings=settings, write_token=write_token)
    config = uvicorn.Config(app, log_level="info", timeout_graceful_shutdown=GRACE_SECONDS)
    uvicorn.Server(config).run(sockets=[sock])
