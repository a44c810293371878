"""GET and POST /sparql: the SPARQL 1.1 protocol, queries only, over the union of every graph.

`?query=` on GET, a form field `query` or an `application/sparql-query` body on POST; the
answer's format is chosen from the Accept header (`kb.sparql` lists them). A query runs in a
worker thread, at most `concurrency` at a time, so a slow one does not stall GraphQL. Errors
are 400 with a one-line text message.
"""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

from orgkb.errors import QueryError
from orgkb.kb.sparql import run_sparql
from orgkb.kb.store import KnowledgeBase
from orgkb.web.bodies import BodyTooLarge, read_body
from orgkb.web.html import sparql_page

_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"


def _error(message: str, status: int = 400) -> Response:
    return PlainTextResponse(message + "\n", status_code=status)


class SparqlEndpoint:
    """The read-only SPARQL endpoint over one knowledge base."""

    def __init__(self, kb: KnowledgeBase, max_body_bytes: int, concurrency: int = 2) -> None:
        self.kb = kb
        self.max_body_bytes = max_body_bytes
        self._slots = asyncio.Semaphore(concurrency)

    async def handle(self, request: Request) -> Response:
        if request.method == "GET":
            fields = {key: request.query_params.getlist(key) for key in request.query_params}
            if not fields and "text/html" in request.headers.get("accept", ""):
                return HTMLResponse(sparql_page())
        else:
            try:
                body = await read_body(request, self.max_body_bytes)
            except BodyTooLarge:
                return _error(f"the request body is larger than {self.max_body_bytes} bytes", 413)
            except ClientDisconnect:
                return _error("the client disconnected")
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type == _QUERY:
                fields = {"query": [body.decode("utf-8", "replace")]}
            elif content_type == _FORM:
                fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            else:
                return _error(f"send the query as {_FORM} (a 'query' field) or as {_QUERY}, not {content_type!r}", 415)
        if "update" in fields:
            return _error("this endpoint is read-only: SPARQL updates are not accepted")
        for unsupported in ("default-graph-uri", "named-graph-uri"):
            if unsupported in fields:
                return _error(f"'{unsupported}' is not supported: every query runs over the union of all graphs")
        queries = fields.get("query", [])
        if len(queries) != 1:
            return _error("send exactly one 'query' parameter")
        async with self._slots:
            try:
                result = await run_in_threadpool(run_sparql, self.kb, queries[0], request.headers.get("accept"))
            except QueryError as error:
                return _error(str(error), 406 if error.argument == "accept" else 400)
        return Response(result.body, media_type=result.media_type)
