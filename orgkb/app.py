"""The ASGI app: GraphQL at /graphql, the schema at /schema.graphql, a health check at /healthz,
read-only SPARQL at /sparql, and the staff pages at / and /organization/{id}.

`create_app(kb)` builds everything when called, never at import. `serve(kb, host, port)`
runs it under uvicorn (the `orgkb serve` command).
"""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from orgkb.graphql.http import GraphQLView
from orgkb.graphql.limits import LIMITS, Limits
from orgkb.graphql.responses import RESPONSE_BYTES
from orgkb.kb.store import KnowledgeBase
from orgkb.web.pages import StaffPages
from orgkb.web.sparql import SparqlEndpoint

logger = logging.getLogger("orgkb.app")


def create_app(
    kb: KnowledgeBase | None = None, limits: Limits = LIMITS, response_bytes: int = RESPONSE_BYTES
) -> Starlette:
    """The orgkb web app over `kb` (the built-in corpus, loaded now, when None).

    Up to `response_bytes` of complete GraphQL responses are kept until the knowledge base changes; 0 keeps none.
    """
    kb = kb if kb is not None else KnowledgeBase.builtin()
    graphql = GraphQLView(kb, limits, response_bytes)
    sparql = SparqlEndpoint(kb, limits.max_body_bytes)
    pages = StaffPages(kb)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "documents": len(kb.documents()), "generation": kb.generation})

    async def schema_sdl(request: Request) -> Response:
        from orgkb.graphql.schema import export_sdl

        return PlainTextResponse(export_sdl())

    app = Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/schema.graphql", schema_sdl, methods=["GET"]),
            Route("/sparql", sparql.handle, methods=["GET", "POST"]),
            Route("/", pages.search, methods=["GET"]),
            Route("/organization/{id:path}", pages.organization, methods=["GET"]),
        ]
    )
    app.state.kb = kb
    return app


def serve(kb: KnowledgeBase | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the app under uvicorn until interrupted."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import
    uvicorn.run(create_app(kb), host=host, port=port, log_level="info")
