"""POST /pages: pages sent by `orgkb load --server` are loaded into the served store, as `orgkb load` would.

The request needs the server's write token (`Authorization: Bearer TOKEN`, compared in
constant time); a server started without one refuses every write, and nothing else in the
server writes. The body is JSON, `{"pages": [{"source": "a/b.txt", "path": "/home/ann/a/b.txt",
"content": BASE64}, ...]}` (`path`, the page's resolved path on the sender's machine, gives it the
document key `orgkb load` would give it there, `orgkb.loaders.identity.keys`; without it `source` does);
each page is saved under its file name in a folder of its own and loaded by
`orgkb.loading.load_paths`, the code of `orgkb load` (all or nothing per page), one request at
a time. The answer is `{"results": [PageReport...], "documents": N}`, the lines `orgkb load` prints.
"""

from __future__ import annotations

import base64
import binascii
import json
import tempfile
import threading
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.identity.keys import file_key
from orgkb.loading import load_paths
from orgkb.report import PageReport, page_report
from orgkb.tokens import TOKEN_VARIABLE, matches
from orgkb.web.bodies import BodyTooLarge, read_body, refusal

MAX_WRITE_BYTES = 16 * 1024 * 1024  # `orgkb load --server` sends at most 8 MiB of pages a request
MAX_PAGES = 100


class PageWrites:
    """The write endpoint over `kb`; `token` None disables it."""

    def __init__(self, kb: KnowledgeBase, token: str | None) -> None:
        self.kb = kb
        self.token = token
        self._one_at_a_time = threading.Lock()

    async def handle(self, request: Request) -> Response:
        if self.token is None:
            return refusal(
                "writes are disabled on this server: start orgkb serve with "
                f"{TOKEN_VARIABLE} or --write-token-file to accept pages",
                403,
            )
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        challenge = {"WWW-Authenticate": 'Bearer realm="orgkb"'}
        if scheme.lower() != "bearer" or not given.strip():
            return refusal("this write needs the server's token: send 'Authorization: Bearer TOKEN'", 401, challenge)
        if not matches(given.strip(), self.token):
            return refusal("the write token is not this server's", 401, challenge)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/json":
            return refusal(f"send the pages as application/json, not {content_type!r}", 415)
        try:
            body = await read_body(request, MAX_WRITE_BYTES)
        except BodyTooLarge:
            return refusal(f"the request body is larger than {MAX_WRITE_BYTES} bytes; send fewer pages at once", 413)
        except ClientDisconnect:
            return refusal("the client disconnected", 400)
        try:
            pages = _pages(body)
        except ValueError as error:
            return refusal(f"the request is not a list of pages: {error}", 400)
        reports = await run_in_threadpool(self._load, pages)
        return JSONResponse(
            {"results": [report.as_json() for report in reports], "documents": len(self.kb.documents())}
        )

    def _load(self, pages: list[Sent]) -> list[PageReport]:
        with self._one_at_a_time, tempfile.TemporaryDirectory(prefix="orgkb-pages-") as folder:
            files, keys = [], {}
            for index, page in enumerate(pages):
                target = Path(folder, str(index), PurePosixPath(page.source).name)
                target.parent.mkdir()
                target.write_bytes(page.content)
                files.append(target)
                keys[str(target)] = page.key
            report = load_paths(self.kb, files, keys=keys)
            self.kb.flush()
        return [page_report(result, "loaded", page.source) for result, page in zip(report.results, pages, strict=True)]


class Sent(NamedTuple):
    """A page of a request: the name its sender knows, its bytes and its document key."""

    source: str
    content: bytes
    key: str


def _pages(body: bytes) -> list[Sent]:
    """The pages of a request body; `ValueError` saying what is wrong."""
    try:
        document = json.loads(body)
    except ValueError:
        raise ValueError("the body is not JSON") from None
    pages = document.get("pages") if isinstance(document, dict) else None
    if not isinstance(pages, list) or not pages:
        raise ValueError('expected {"pages": [{"source": ..., "content": BASE64}, ...]}')
    if len(pages) > MAX_PAGES:
        raise ValueError(f"{len(pages)} pages; send at most {MAX_PAGES} at once")
    found = []
    for number, page in enumerate(pages, start=1):
        source = page.get("source") if isinstance(page, dict) else None
        content = page.get("content") if isinstance(page, dict) else None
        if not isinstance(source, str):
            raise ValueError(f"page {number} has no file name for 'source'")
        name = PurePosixPath(source).name
        if not name or name in (".", "..") or "\x00" in name or len(name.encode("utf-8")) > 255:
            raise ValueError(f"page {number} has no file name for 'source'")
        if not isinstance(content, str):
            raise ValueError(f"page {number} ({source}) has no base64 'content'")
        path = page.get("path", source)
        if not isinstance(path, str) or not path or "\x00" in path:
            raise ValueError(f"page {number} ({source}): 'path' is not a path")
        try:
            data = base64.b64decode(content, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError(f"page {number} ({source}): 'content' is not base64") from None
        found.append(Sent(source, data, file_key(PurePosixPath("/", path))))
    return found
