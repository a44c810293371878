"""Sending pages to a running `orgkb serve` (`orgkb load --server URL`): its `POST /pages`, with the write token.

Pages go in requests of at most `MAX_REQUEST_BYTES` of page text; the server loads each
request as `orgkb load` would and answers with the report lines, which come back here. A file
that cannot be sent (missing, not a regular file, too large, unreadable) gets its `FAIL` line
here, as `orgkb load` would print it, and is not sent.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from orgkb.errors import LoadError, OrgkbError
from orgkb.loaders.sources.limits import current_limits
from orgkb.loaders.sources.local import read_file
from orgkb.report import PageReport

MAX_REQUEST_BYTES = 8 * 1024 * 1024
TIMEOUT_SECONDS = 600.0


class PageSender:
    """Sends pages to the server at `url` with `token`."""

    def __init__(self, url: str, token: str) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise OrgkbError(f"--server {url!r}: expected the URL of orgkb serve, such as http://127.0.0.1:8000")
        self.url = url.rstrip("/")
        self.token = token

    def send(self, files: Sequence[str | Path]) -> list[PageReport]:
        """The report of each file, in order: sent and loaded by the server, or refused here."""
        reports: dict[int, PageReport] = {}
        batch: list[tuple[int, str, bytes]] = []
        size = 0
        for index, path in enumerate(files):
            try:
                content = _content(path)
            except LoadError as error:
                where = f"{error.source}:{error.line}" if error.line is not None else error.source
                reports[index] = PageReport(str(path), False, (f"FAIL {where}: {error.reason}",))
                continue
            if batch and size + len(content) > MAX_REQUEST_BYTES:
                reports.update(self._post(batch))
                batch, size = [], 0
            batch.append((index, str(path), content))
            size += len(content)
        if batch:
            reports.update(self._post(batch))
        return [reports[index] for index in range(len(files))]

    def _post(self, batch: list[tuple[int, str, bytes]]) -> dict[int, PageReport]:
        pages = [
            {
                "source": source,
                "path": str(Path(source).resolve()),
                "content": base64.b64encode(content).decode("ascii"),
            }
            for _, source, content in batch
        ]
        request = urllib.request.Request(
            self.url + "/pages",
            data=json.dumps({"pages": pages}).encode("utf-8"),
            method="POST",
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.token}"},
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                answer = json.loads(response.read())
        except urllib.error.HTTPError as error:
            said = error.read().decode("utf-8", "replace").strip().splitlines()
            raise OrgkbError(
                f"the server at {self.url} refused the pages: {said[0] if said else error.reason}"
            ) from None
        except urllib.error.URLError as error:
            raise OrgkbError(f"cannot reach orgkb serve at {self.url}: {error.reason}; is it running there?") from None
        except (OSError, ValueError) as error:
            raise OrgkbError(f"orgkb serve at {self.url} did not answer: {error}") from None
        results = answer.get("results") if isinstance(answer, dict) else None
        if not isinstance(results, list) or len(results) != len(batch):
            raise OrgkbError(f"the server at {self.url} answered something other than a report of the pages")
        return {index: PageReport.from_json(result) for (index, _, _), result in zip(batch, results, strict=True)}


def _content(path: str | Path) -> bytes:
    """The bytes of a page file to send; `LoadError` (as `orgkb load` words it) when it cannot be sent."""
    if str(path).startswith(("http://", "https://")):
        raise LoadError(str(path), "a URL cannot be sent with --server; load it into the server's store from a file")
    return read_file(path, current_limits().max_bytes)
