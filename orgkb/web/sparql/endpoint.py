"""GET and POST /sparql: the SPARQL 1.1 protocol, queries only, over the union of every graph.

`?query=` on GET, a form field `query` or an `application/sparql-query` body on POST; the
answer's format is chosen from the Accept header (`kb.sparql` lists them). Each query runs in
a worker process (`pool`) on a snapshot of the knowledge base (`snapshots`), at most
`sparql_workers` at a time, within `sparql_timeout` seconds and `sparql_memory` MiB (see
`orgkb.settings`); over either, or when every worker stays busy that long, the answer is 503
with one line naming the limit, its value and how to change it. A client that leaves gets its
worker killed and its slot freed. Malformed queries are 400 with a one-line text message.
"""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import parse_qs

from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, Response

from orgkb.errors import LimitError, QueryError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.settings import Settings, env_name, flag_name
from orgkb.web.bodies import BodyTooLarge, read_body, refusal
from orgkb.web.html import sparql_page
from orgkb.web.sparql.pool import Outcome, WorkerPool
from orgkb.web.sparql.snapshots import Snapshots
from orgkb.web.sparql.worker import Job

logger = logging.getLogger("orgkb.sparql")

_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_MIB = 1024 * 1024


def _how_to_change(setting: str, unit: str) -> str:
    return f"`orgkb serve {flag_name(setting)} {unit}` or {env_name(setting)}"


def limit_error(outcome: Outcome, settings: Settings) -> LimitError:
    """The error for a query stopped by a limit: which limit, its value, how to change it."""
    if outcome.kind == "time":
        value: object = settings.sparql_timeout
        return LimitError(
            "sparql_timeout",
            value,
            f"the query ran longer than the time limit of {value:g} s and was stopped; narrow it (a LIMIT does "
            f"not shorten a sort or a count over everything), or raise the limit with "
            f"{_how_to_change('sparql_timeout', 'SECONDS')}",
        )
    if outcome.kind == "memory":
        value = settings.sparql_memory
        return LimitError(
            "sparql_memory",
            value,
            f"the query needed more than the memory limit of {value} MiB and was stopped; narrow it, or raise "
            f"the limit with {_how_to_change('sparql_memory', 'MIB')}",
        )
    value = settings.sparql_workers
    return LimitError(
        "sparql_workers",
        value,
        f"all {value} SPARQL workers stayed busy for {settings.sparql_timeout:g} s; try again later, or run more "
        f"with {_how_to_change('sparql_workers', 'N')}",
    )


async def _client_gone(request: Request) -> None:
    """Returns when the client disconnects (the request's body has been read, or it has none)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


class SparqlEndpoint:
    """The read-only SPARQL endpoint over one knowledge base, its queries bounded by `settings`."""

    def __init__(self, kb: KnowledgeBase, max_body_bytes: int, settings: Settings | None = None) -> None:
        self.kb = kb
        self.max_body_bytes = max_body_bytes
        self.settings = settings if settings is not None else Settings.load()
        self.pool = WorkerPool(self.settings.sparql_workers, self.settings.sparql_memory * _MIB)
        self.snapshots = Snapshots(kb)

    async def start(self) -> None:
        """Start the worker processes (otherwise the first queries start them)."""
        await self.pool.start()

    def close(self) -> None:
        """Stop every query now and remove the snapshots."""
        self.pool.close()
        self.snapshots.close()

    async def handle(self, request: Request) -> Response:
        if request.method == "GET":
            fields = {key: request.query_params.getlist(key) for key in request.query_params}
            if not fields and "text/html" in request.headers.get("accept", ""):
                return HTMLResponse(sparql_page())
        else:
            try:
                body = await read_body(request, self.max_body_bytes)
            except BodyTooLarge:
                return refusal(f"the request body is larger than {self.max_body_bytes} bytes", 413)
            except ClientDisconnect:
                return refusal("the client disconnected")
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type == _QUERY:
                fields = {"query": [body.decode("utf-8", "replace")]}
            elif content_type == _FORM:
                fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            else:
                return refusal(f"send the query as {_FORM} (a 'query' field) or as {_QUERY}, not {content_type!r}", 415)
        if "update" in fields:
            return refusal("this endpoint is read-only: SPARQL updates are not accepted")
        for unsupported in ("default-graph-uri", "named-graph-uri"):
            if unsupported in fields:
                return refusal(f"'{unsupported}' is not supported: every query runs over the union of all graphs")
        queries = fields.get("query", [])
        if len(queries) != 1:
            return refusal("send exactly one 'query' parameter")
        return await self._answer(request, queries[0])

    async def _answer(self, request: Request, query: str) -> Response:
        settings = self.settings
        snapshot = self.snapshots.ready()
        if snapshot is None:  # the first query after a write: a new snapshot, made off the event loop
            snapshot = await asyncio.to_thread(self.snapshots.current)
        job = Job(snapshot, query, request.headers.get("accept"), settings.sparql_max_rows, settings.sparql_timeout)
        outcome = await self.pool.run(job, _client_gone(request))
        if outcome.kind == "answer":
            body, media_type = outcome.detail
            return Response(body, media_type=str(media_type))
        if outcome.kind == "refused":
            argument, value, reason = outcome.detail
            error = QueryError(str(argument), value, str(reason))
            return refusal(str(error), 406 if error.argument == "accept" else 400)
        if outcome.kind in ("time", "memory", "busy"):
            limited = limit_error(outcome, settings)
            logger.warning("SPARQL query stopped: %s (query %.200r)", limited.setting, query)
            return refusal(str(limited), 503, {"Retry-After": "5"} if outcome.kind == "busy" else None)
        if outcome.kind == "left":
            return refusal("the client disconnected")
        if outcome.kind == "closed":
            return refusal("the server is shutting down; send the query again when it is back", 503)
        logger.error("SPARQL query failed: %s (query %.200r)", outcome.detail[0], query)
        return refusal(f"the query failed: {outcome.detail[0]}", 500)
