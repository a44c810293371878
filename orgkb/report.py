"""The report of a load: a line for each page (with its repairs and warnings) and a summary line.

`orgkb load`, `orgkb validate` and the server's `POST /pages` print the same lines; a page
report travels from the server to `orgkb load --server` as JSON.

>>> summary([PageReport("a.txt", True, ()), PageReport("b.txt", False, ())], "loaded")
'1 of 2 pages loaded; 1 failed: b.txt'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from orgkb.errors import OrgkbError
from orgkb.kb.store.knowledge_base import LoadResult
from orgkb.loaders.identity.provisional import phrase
from orgkb.loaders.load.corrections import LOAD_OPTION, SIDECAR, SIDECAR_SUFFIX

CORRECTIONS = (SIDECAR, LOAD_OPTION)  # the reasons of repairs a user asked for


@dataclass(frozen=True)
class PageReport:
    """What happened to one page: its source, whether it was stored, and the lines that say so."""

    source: str
    ok: bool
    lines: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {"source": self.source, "ok": self.ok, "lines": list(self.lines)}

    @classmethod
    def from_json(cls, value: Mapping[str, object]) -> PageReport:
        """A page report sent by a server; raises `OrgkbError` when it is not one."""
        source, ok, lines = value.get("source"), value.get("ok"), value.get("lines")
        if not isinstance(source, str) or not isinstance(ok, bool) or not isinstance(lines, list):
            raise OrgkbError(f"the server sent a page report orgkb cannot read: {dict(value)!r:.100}")
        return cls(source, ok, tuple(str(line) for line in lines))


def page_report(result: LoadResult, verb: str, source: str | None = None) -> PageReport:
    """The report of one page; `source` names it instead of `result.source` (the name its sender knows)."""
    name = source if source is not None else result.source
    if result.error is not None:
        error = result.error
        # a page's sidecar names itself: the line is the sidecar's
        shown = error.source if error.source.endswith(SIDECAR_SUFFIX) else name
        where = f"{shown}:{error.line}" if error.line is not None else shown
        return PageReport(name, False, (f"FAIL {where}: {error.reason}",))
    document = result.document
    assert document is not None
    parts = [
        f"{len(document.units)} units",
        f"{len(document.all_duties())} duties",
        f"{len(document.repairs)} repairs",
        f"{len(document.warnings)} warnings",
    ]
    if result.triples:
        parts.append(f"{result.triples} triples")
    shown = "replaced" if result.replaced else verb
    lines = [f"{shown:<9} {name}: {document.name} ({', '.join(parts)})"]
    if document.name_source is not None:
        lines.append(f"          printed no name: named {document.name!r} {phrase(document.name_source)}")
    lines += [
        f"          replaces {other}, an earlier page about the same organization (same name and place)"
        for other in result.superseded
    ]
    lines += [
        f"          joins {other}: the same organization in another language, both pages kept"
        for other in result.joined
    ]
    lines += [f"          {line}" for line in result.alike]
    lines += [f"          warning: {warning}" for warning in document.warnings]
    lines += [
        f"          repaired line {repair.line}: {repair.original!r} -> {repair.replacement!r}"
        + (f" ({repair.reason})" if repair.reason in CORRECTIONS else "")
        for repair in document.repairs
    ]
    return PageReport(name, True, tuple(lines))


def summary(reports: Sequence[PageReport], verb: str) -> str:
    """The last line: how many pages of how many, and which failed."""
    failed = [report.source for report in reports if not report.ok]
    line = f"{len(reports) - len(failed)} of {len(reports)} pages {verb}"
    if failed:
        line += f"; {len(failed)} failed: " + ", ".join(failed)
    return line
