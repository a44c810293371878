"""The ASGI app: GraphQL at /graphql, the schema at /schema.graphql, a health check at /healthz,
read-only SPARQL at /sparql, the staff pages at / and /organization/{id}, and POST /pages, the one
write, which needs a token.

`create_app(kb)` builds everything when called, never at import. `serve(kb, host, port)`
runs it under uvicorn (the `orgkb serve` command).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from orgkb.errors import OrgkbError
from orgkb.graphql.http import GraphQLView
from orgkb.graphql.limits import LIMITS, Limits
from orgkb.graphql.responses import RESPONSE_BYTES
from orgkb.kb.store import persisted
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base
from orgkb.settings import Settings
from orgkb.web.pages import StaffPages
from orgkb.web.sparql import SparqlEndpoint
from orgkb.web.sparql.pool import stop_forkserver
from orgkb.web.writes import PageWrites

logger = logging.getLogger("orgkb.app")


WARM_SPARQL_AFTER = 3.0  # seconds: the SPARQL workers start once the server answers, not while it starts
FOLLOW_SECONDS = 1.0  # how often a server over a shared store looks for other processes' writes


async def _follow(kb: KnowledgeBase, seconds: float = FOLLOW_SECONDS) -> None:
    """Notice other processes' writes to a shared store (`KnowledgeBase.follow`) every `seconds`."""
    while True:
        await asyncio.sleep(seconds)
        try:
            await asyncio.to_thread(kb.follow)
        except OrgkbError as error:  # the store away for a moment: answer from what is known, try again
            logger.warning("cannot follow the store: %s", error)


async def _later(seconds: float, start: Callable[[], Awaitable[None]]) -> None:
    await asyncio.sleep(seconds)
    await start()


def create_app(
    kb: KnowledgeBase | None = None,
    limits: Limits = LIMITS,
    response_bytes: int = RESPONSE_BYTES,
    settings: Settings | None = None,
    write_token: str | None = None,
) -> Starlette:
    """The orgkb web app over `kb` (the built-in corpus, loaded now, when None).

    Up to `response_bytes` of complete GraphQL responses are kept until the knowledge base changes; 0 keeps none.
    `settings` bound the SPARQL queries (`Settings.load()`, from the environment, when None).
    `POST /pages` loads pages sent with `write_token`; without one, it refuses every write.
    """
    kb = kb if kb is not None else builtin_knowledge_base()
    graphql = GraphQLView(kb, limits, response_bytes)
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
        following = asyncio.ensure_future(_follow(kb)) if kb.engine.shared else None
        try:
            yield
        finally:
            warming.cancel()
            if following is not None:
                following.cancel()
            sparql.close()  # kills the queries still running, so that the server stops at once
            stop_forkserver()  # which would take seconds to notice (longer when stopped while it imports)
            kb.save_derived()  # what the writes it took changed, for the next start
            persisted.finish_saving()  # uvicorn then raises SIGTERM again, which ends the process at once

    app = Starlette(
        lifespan=lifespan,
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/schema.graphql", schema_sdl, methods=["GET"]),
            Route("/sparql", sparql.handle, methods=["GET", "POST"]),
            Route("/", pages.search, methods=["GET"]),
            Route("/organization/{id:path}", pages.organization, methods=["GET"]),
            Route("/coverage", pages.coverage, methods=["GET"]),
            Route("/pages", writes.handle, methods=["POST"]),
        ],
    )
    app.state.kb = kb
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
