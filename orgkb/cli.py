"""The `orgkb` command: load pages, inspect the knowledge graph, ask who handles a matter, serve it.

Every command works on the built-in corpus in memory unless `--store DIR` (or the
ORGKB_STORE environment variable) names a persistent store. User mistakes end with a
one-line message on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from orgkb import __version__
from orgkb.errors import LoadError, NotFoundError, OrgkbError, QueryError, StoreInUseError
from orgkb.interrupts import Interrupts
from orgkb.kb import bulk, organizations, places, sources
from orgkb.kb.duties import ResponsibilityRecord, responsibilities
from orgkb.kb.engines import is_remote
from orgkb.kb.persisted import finish_saving
from orgkb.kb.sources import corrected
from orgkb.kb.store import KnowledgeBase, LoadResult
from orgkb.kb.translations import translations_of
from orgkb.loaders.corrections import Correction
from orgkb.loaders.corrections import check as check_correction
from orgkb.loaders.files import expand_paths, read_page
from orgkb.loaders.pages import PageRead, load_pages
from orgkb.loaders.sources.limits import Limits, current_limits, use_limits
from orgkb.loaders.validate import shape_violations
from orgkb.remote import PageSender
from orgkb.report import PageReport, page_report, summary
from orgkb.settings import add_flags, from_flags
from orgkb.tokens import TOKEN_VARIABLE, write_token

if TYPE_CHECKING:
    from orgkb.kb.search.who_handles import Handler

EXIT_OK = 0
EXIT_INPUT = 2
EXIT_INTERRUPTED = 130
PROGRESS_EVERY = 20  # pages: a progress line when piped, and the first committed batches of `load`
COMMIT_MOST = 2000  # pages: the largest batch `load` commits at once


def open_kb(store: str | None, *, create: bool = False, read_only: bool = False) -> KnowledgeBase:
    """The knowledge base a command works on: the store directory, a SPARQL server, or the built-in corpus."""
    if store is None:
        return KnowledgeBase.builtin()
    if is_remote(store):
        return KnowledgeBase(store)
    path = Path(store)
    if not create and not path.exists():
        raise OrgkbError(f"no store at {store!r}; create one with 'orgkb load PATH --store {store}'")
    try:
        return KnowledgeBase(path, read_only=read_only)
    except StoreInUseError as error:
        advice = "stop it, or send the pages to the server that has it with 'orgkb load --server URL PAGE...'"
        if not create:
            advice = "stop it, or ask the server that has it (its staff page, GraphQL or SPARQL)"
        raise OrgkbError(f"{error}; {advice}") from None


# -- load and validate ---------------------------------------------------------------------


class _Progress:
    """Progress on stderr: a bar for a person at a terminal, else a line every `every` pages."""

    def __init__(self, total: int, verb: str, stream: TextIO | None = None, every: int = PROGRESS_EVERY) -> None:
        self.total = total
        self.verb = verb
        self.stream = stream if stream is not None else sys.stderr
        self.bar = total > 1 and self.stream.isatty()
        self.every = every
        self._shown = 0

    def update(self, done: int) -> None:
        if self.bar:
            width = 30
            filled = width * done // self.total
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}")
            self.stream.flush()
        elif self.total > self.every and (done // self.every > self._shown // self.every or done == self.total):
            self._shown = done
            print(f"orgkb: {done} of {self.total} pages {self.verb}", file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()


def _print_reports(reports: Sequence[PageReport], out: TextIO, verb: str) -> int:
    for report in reports:
        for line in report.lines:
            print(line, file=out)
    print(summary(reports, verb), file=out)
    return EXIT_OK if all(report.ok for report in reports) else EXIT_INPUT


def _files(paths: Sequence[str]) -> list[str | Path]:
    files = list(expand_paths(paths))
    if not files:
        raise OrgkbError(f"no page files found in {', '.join(map(repr, paths))}")
    return files


def _read_limits(args: argparse.Namespace) -> Limits:
    """The limits of reading a page, from the environment, with this command's options over them."""
    return current_limits().but(max_bytes=args.max_page_bytes, page_seconds=args.page_seconds)


def _correction(args: argparse.Namespace, files: Sequence[str | Path]) -> Correction | None:
    """The correction `--name/--place/--kind/--parent` ask for, checked; None when none is given."""
    correction = Correction(name=args.name, place=args.place, kind=args.kind, parent=args.parent)
    if correction.is_empty():
        return None
    if len(files) != 1:
        raise OrgkbError(f"--name, --place, --kind and --parent correct one page; {len(files)} pages were given")
    if args.server:
        raise OrgkbError("--name, --place, --kind and --parent correct a page loaded here, not with --server")
    try:
        check_correction(correction)
    except LoadError as error:
        raise OrgkbError(error.reason) from None
    return correction


def _growing(
    reads: Iterable[PageRead], first: int = PROGRESS_EVERY, most: int = COMMIT_MOST
) -> Iterator[list[PageRead]]:
    """The pages in the batches `load` commits: `first` pages twice (a first answer soon), then as
    many as were committed before, at least `bulk.BULK_FROM` (so that a large load writes large
    batches, through the bulk loader), at most `most`."""
    batch: list[PageRead] = []
    size, committed = first, 0
    for read in reads:
        batch.append(read)
        if len(batch) == size:
            yield batch
            committed += size
            size = first if committed < 2 * first else min(most, max(bulk.BULK_FROM, committed))
            batch = []
    if batch:
        yield batch


def cmd_load(args: argparse.Namespace, out: TextIO) -> int:
    files = _files(args.paths)
    limits = _read_limits(args)
    correction = _correction(args, files)
    if args.server:
        token = write_token(None, args.token_file or "")
        if token is None:
            raise OrgkbError(f"--server needs the server's write token: set {TOKEN_VARIABLE} or pass --token-file FILE")
        sender = PageSender(args.server, token)
        groups = [files[start : start + PROGRESS_EVERY] for start in range(0, len(files), PROGRESS_EVERY)]
        return _commit_steps((functools.partial(sender.send, group) for group in groups), len(files), out, saved=True)
    kb = open_kb(args.store, create=True) if args.store else KnowledgeBase()

    def commit(batch: list[PageRead]) -> list[PageReport]:
        results = kb.add_reads(batch).results
        kb.flush()
        return [page_report(result, "loaded") for result in results]

    # Pages are parsed on every core while batches are written; coordination is derived once, at the end.
    with use_limits(limits), kb.deferring_derived():
        batches = _growing(load_pages(files, correction))
        status = _commit_steps((functools.partial(commit, batch) for batch in batches), len(files), out, args.store)
    kb.flush()
    kb.save_derived()  # the next process to open the store adds a page to it without reading every page
    if args.store:
        from orgkb.kb.coordination.compare import save_model

        save_model(kb)  # and its first compare reads the similarity model back
    return status


def _commit_steps(
    steps: Iterator[Callable[[], list[PageReport]]], total: int, out: TextIO, saved: bool | str | None
) -> int:
    """Run each commit of a load (Ctrl-C or SIGTERM waits for the one under way), printing its reports."""
    reports: list[PageReport] = []
    progress = _Progress(total, "done")
    try:
        with Interrupts() as interrupts:
            for step in steps:  # the next batch's pages are read here, where an interruption stops at once
                with interrupts.held():  # a batch is one write: Ctrl-C or SIGTERM waits for it to end
                    batch = step()
                progress.close()
                for line in (line for report in batch for line in report.lines):
                    print(line, file=out)
                out.flush()
                reports += batch
                progress.update(len(reports))
    except KeyboardInterrupt:
        progress.close()
        print(summary(reports, "loaded"), file=out)
        out.flush()
        print(
            f"orgkb load: interrupted; the {len(reports)} pages reported above were committed, "
            f"the other {total - len(reports)} were not loaded",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    progress.close()
    print(summary(reports, "loaded"), file=out)
    if not saved:
        print("no --store given: the pages were loaded in memory only; nothing was saved", file=out)
    return EXIT_OK if all(report.ok for report in reports) else EXIT_INPUT


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    files = _files(args.paths)
    progress = _Progress(len(files), "read")
    results = []
    limits = _read_limits(args)
    for done, path in enumerate(files, start=1):
        progress.update(done)
        try:
            with use_limits(limits):
                document = read_page(path)
        except LoadError as error:
            results.append(LoadResult(str(path), error=error))
            continue
        violations = shape_violations(document)
        if violations:
            reason = f"the graph breaks {len(violations)} shape rule(s), first: {violations[0]}"
            results.append(LoadResult(str(path), error=LoadError(str(path), reason)))
        else:
            results.append(LoadResult(str(path), document=document))
    progress.close()
    return _print_reports([page_report(result, "valid") for result in results], out, "valid")


# -- show -----------------------------------------------------------------------------------


def _print_duties(kb: KnowledgeBase, identifier: str, indent: str, out: TextIO) -> None:
    """Each duty with its source; a duty aligned with its translation on the page in the other
    language is followed by it ("= ..."), and the translation is not listed again."""
    shown: set[str] = set()
    for duty in responsibilities(kb, identifier):
        if duty.id in shown:
            continue
        label = f"{duty.number}." if duty.number is not None else "-"
        print(f"{indent}{label} [{duty.role}] {duty.text}  ({duty.source.document}:{duty.source.line})", file=out)
        for found in translations_of(kb, duty.id):
            where = f"{found.duty.source.document}:{found.duty.source.line}"
            print(f"{indent}   = {found.duty.text}  ({where}; aligned {found.score:.2f})", file=out)
            shown.add(found.duty.id)


def _both_names(record: organizations.OrganizationRecord, language: str | None = None) -> str:
    """Its name (in `language` when it has one), and beside it its name in the other language
    when it has one ("静安区民政局 / Civil Affairs Bureau of Jing'an District")."""
    other = record.other_name(language)
    shown = record.name_in(language)
    return f"{shown} / {other}" if other else shown


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    kb = open_kb(args.store)
    identifier = organizations.resolve(kb, args.id)
    record = organizations.organization(kb, identifier)
    other = record.other_name(None)  # its name in the other language, beside its own
    print(f"{_both_names(record)}  [{record.kind}]  id: {record.id}", file=out)
    for alias in record.alt_names:
        if alias != other:
            print(f"  also: {alias}", file=out)
    if record.parent_name:
        relation = f" ({record.relation_to_parent})" if record.relation_to_parent else ""
        print(f"  under: {record.parent_name}{relation}", file=out)
    if record.unit_of_id:
        print(f"  unit of: {organizations.organization(kb, record.unit_of_id).name}", file=out)
    if record.serves:
        print(f"  serves: {record.serves}", file=out)
    if record.document and record.document_iri:
        page = sources.source(kb, record.document_iri)
        released = f", released {page.issued.isoformat()}" if page.issued else ""
        site = f" ({page.site})" if page.site else ""
        print(f"  source: {record.document}{site}, line {record.line}{released}", file=out)
        for line, original, replacement, reason in corrected(kb, record.document_iri):
            print(f"  corrected ({reason}, line {line}): {original} -> {replacement}", file=out)
    contact = organizations.own_contact(kb, identifier)
    if contact is not None:
        print("  contact:", file=out)
        for label, value in (
            ("address", contact.address),
            ("postal code", contact.postal_code),
            ("telephone", contact.telephone),
            ("fax", contact.fax),
            ("e-mail", contact.email),
            ("hours", contact.hours),
        ):
            if value:
                print(f"    {label}: {value}", file=out)
    print("  responsibilities:", file=out)
    _print_duties(kb, identifier, "    ", out)
    _print_links(kb, identifier, "  ", out)
    for unit in organizations.units(kb, identifier):
        others = [alias for alias in unit.alt_names if alias != unit.other_name(None)]
        aliases = f" (also: {'; '.join(others)})" if others else ""
        print(f"  {unit.position}. {_both_names(unit)}{aliases}  [{unit.kind}]  id: {unit.id}", file=out)
        _print_duties(kb, unit.id, "      ", out)
        _print_links(kb, unit.id, "      ", out)
    return EXIT_OK


def _print_links(kb: KnowledgeBase, identifier: str, indent: str, out: TextIO) -> None:
    for body in organizations.bodies(kb, identifier):
        print(f"{indent}{body.relation}: {body.name}", file=out)
    for region in organizations.partner_regions(kb, identifier):
        print(f"{indent}{region.relation}: {region.name} (partner region)", file=out)


# -- export -----------------------------------------------------------------------------------


def _writable(path: str) -> None:
    """Raises `OrgkbError` now, before any work or output, when `path` cannot be written."""
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise OrgkbError(f"cannot write {path}: it is a directory")
    if not folder.is_dir():
        raise OrgkbError(f"cannot write {path}: no directory {str(folder)!r}")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise OrgkbError(f"cannot write {path}: permission denied")


def _write(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as error:
        raise OrgkbError(f"cannot write {path}: {error.strerror or error}") from None


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    if args.output:
        _writable(args.output)
    kb = open_kb(args.store)
    if args.format == "graphml":
        from orgkb.kb.coordination.network import to_graphml

        data = to_graphml(kb)
    else:
        data = kb.dump(args.format)
    if args.output:
        _write(args.output, data)
        print(f"wrote {len(data):,} bytes of {args.format} to {args.output}", file=out)
    else:
        out.write(data.decode("utf-8"))
    return EXIT_OK


# -- serve ------------------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    from orgkb.app import serve
    from orgkb.listen import listen

    settings = from_flags(args)
    token = write_token(None, settings.write_token_file)
    several = args.workers > 1
    # several workers share the store: a SPARQL server, or a directory each opens read-only
    read_only = several and args.store is not None and not is_remote(args.store)
    kb = open_kb(args.store, read_only=read_only)
    writes = "writes: POST /pages with the write token" if token else "writes: disabled (no write token)"
    if several and (args.store is None or read_only):
        token = None
        writes = "writes: disabled (the workers' store is read-only: load with 'orgkb load --store DIR')"
        if args.store is None:
            writes = "writes: disabled (each worker has its own copy of the built-in corpus)"
    sock = listen(args.host, args.port, shared=several)  # each worker listens beside it
    base = f"http://{args.host}:{args.port}"
    print(f"serving the staff page on {base}/, GraphQL on {base}/graphql, SPARQL on {base}/sparql", file=out)
    print(writes, file=out)
    if several:
        print(f"{args.workers} worker processes, each following the store's writes", file=out)
    print("(Ctrl-C to stop)", file=out, flush=True)
    if not several:
        serve(kb, host=args.host, port=args.port, settings=settings, write_token=token, sock=sock)
        return EXIT_OK
    kb.close()
    del kb  # each worker opens its own, after the fork

    from orgkb.workers import serve_workers

    opened = functools.partial(open_kb, args.store, read_only=read_only)
    return serve_workers(opened, args.workers, sock, settings=settings, write_token=token)


# -- ask --------------------------------------------------------------------------------------


def cmd_ask(args: argparse.Namespace, out: TextIO) -> int:
    from orgkb.kb.organizations import office_and_contact
    from orgkb.kb.search.text import question_language
    from orgkb.kb.search.who_handles import who_handles

    kb = open_kb(args.store)
    handlers = who_handles(kb, args.matter, args.district, args.limit)
    rows = [
        (rank, handler, *office_and_contact(kb, handler.organization)) for rank, handler in enumerate(handlers, start=1)
    ]
    if args.json:
        answers = [
            {
                "rank": rank,
                "id": handler.organization.id,
                "name": handler.organization.name,
                "names": dict(handler.organization.names),
                "kind": handler.organization.kind,
                "office": {"id": office.id, "name": office.name} if office else None,
                "score": handler.score,
                "reason": handler.reason,
                "evidence": [
                    {
                        "id": duty.id,
                        "text": duty.text,
                        "role": duty.role,
                        "document": duty.source.document,
                        "line": duty.source.line,
                        "quote": duty.source.quote,
                    }
                    for duty in handler.evidence
                ],
                "named_at": _named_at_json(handler),
                "contact": {key: value for key, value in vars(contact).items() if value} if contact else None,
            }
            for rank, handler, office, contact in rows
        ]
        document = {"matter": args.matter, "district": args.district, "answers": answers}
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    where = f" in {args.district}" if args.district else ""
    if not rows:
        print(f"No duty matches {args.matter!r}{where}; try other words for the matter.", file=out)
        return EXIT_OK
    print(f"Who handles {args.matter!r}{where}:", file=out)
    print(f"{'#':>2}  {'score':>5}  unit", file=out)
    language = question_language(args.matter)  # names in the question's language, the other beside
    for rank, handler, office, contact in rows:
        print(f"{rank:>2}  {handler.score:5.2f}  {_both_names(handler.organization, language)}", file=out)
        if office is not None:
            print(f"    office:  {_both_names(office, language)}", file=out)
        for duty in handler.evidence[:1]:
            print(f"    says:    {duty.text}  ({duty.source.document}:{duty.source.line})", file=out)
        if handler.named_at is not None:  # no duty says it: the line that names it is the evidence
            named = handler.named_at
            print(f"    named:   {named.quote}  ({named.document}:{named.line}; no duty on its page says it)", file=out)
        print(f"    why:     {handler.reason}", file=out)
        if contact is not None:
            details = [contact.telephone and f"tel. {contact.telephone}", contact.email, contact.address]
            details.append(contact.hours)
            print(f"    contact: {'; '.join(filter(None, details))}", file=out)
    return EXIT_OK


def _named_at_json(handler: Handler) -> dict[str, object] | None:
    """Where a unit that only its name says handles the matter is named: document, line, quote."""
    named = handler.named_at
    return None if named is None else {"document": named.document, "line": named.line, "quote": named.quote}


# -- compare and network ------------------------------------------------------------------------


def _resolve_side(kb: KnowledgeBase, text: str) -> str:
    """An organization id, or `place/...` for a district named by id or name.

    An organization's exact name wins, then a place's name ("Dapeng" is the district, not its
    General Office), then an organization named loosely ("Jing'an General Office").
    """
    if text.startswith("place/"):
        return text
    with contextlib.suppress(NotFoundError):
        return organizations.resolve(kb, text, loose=False)
    with contextlib.suppress(QueryError):
        return places.find_place(kb, text, "id").id
    try:
        return organizations.resolve(kb, text)
    except NotFoundError:
        raise OrgkbError(f"{text!r} names no organization, unit or district orgkb knows") from None


def _duty_ref(duty: ResponsibilityRecord, side: str) -> str:
    """A duty by number: "duty 3" of the compared organization itself, "general-section duty 3" of a unit."""
    number = duty.number if duty.number is not None else duty.position
    return f"duty {number}" if duty.owner_id == side else f"{duty.owner_id.rsplit('/', 1)[-1]} duty {number}"


def _excerpt(text: str) -> str:
    return textwrap.shorten(text, width=104, placeholder=" ...")


def cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    """Two organizations side by side, or the coverage matrix of a set (three or more, a kind, a place, or SVG)."""
    many = len(args.organizations) != 2 or args.kind is not None or args.district is not None
    if many or args.format == "svg":
        return _coverage(args, out)
    import csv

    from orgkb.kb.coordination.compare import compare

    kb = open_kb(args.store)
    left, right = args.organizations
    result = compare(kb, _resolve_side(kb, left), _resolve_side(kb, right), units=args.units)
    rows: list[dict[str, object]] = []
    for pair in result.shared:
        rows.append(
            {
                "kind": "shared",
                "left": pair.left.id,
                "right": pair.right.id,
                "score": pair.score,
                "matters": "; ".join(matter.name for matter in pair.matters),
                "left_text": pair.left.text,
                "right_text": pair.right.text,
            }
        )
    for side, duties in (("only left", result.only_left), ("only right", result.only_right)):
        for duty in duties:
            rows.append(
                {
                    "kind": side,
                    "left": duty.id if side == "only left" else "",
                    "right": duty.id if side == "only right" else "",
                    "score": "",
                    "matters": "; ".join(duty.matters),
                    "left_text": duty.text if side == "only left" else "",
                    "right_text": duty.text if side == "only right" else "",
                }
            )
    if args.format == "json":
        document = {
            "left": {"id": result.left.id, "name": result.left.name},
            "right": {"id": result.right.id, "name": result.right.name},
            "shared": [row for row in rows if row["kind"] == "shared"],
            "onlyLeft": [row for row in rows if row["kind"] == "only left"],
            "onlyRight": [row for row in rows if row["kind"] == "only right"],
            "coverage": [
                {
                    "matter": row.matter.id,
                    "name": row.matter.name,
                    "chineseName": row.matter.chinese_name,
                    "left": row.left,
                    "right": row.right,
                }
                for row in result.coverage
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["kind"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return EXIT_OK
    print(f"left:  {_both_names(result.left)}  ({result.left.id})", file=out)
    print(f"right: {_both_names(result.right)}  ({result.right.id})", file=out)
    left, right = result.left.id, result.right.id
    print(f"\nShared duties ({len(result.shared)}), with their similarity and the matters both concern:", file=out)
    for pair in result.shared:
        matters = f"  [{', '.join(m.name for m in pair.matters)}]" if pair.matters else ""
        refs = f"{_duty_ref(pair.left, left)} <-> {_duty_ref(pair.right, right)}"
        print(f"  {pair.score:4.2f}  {refs}{matters}", file=out)
        print(f"        L: {_excerpt(pair.left.text)}", file=out)
        print(f"        R: {_excerpt(pair.right.text)}", file=out)
    for title, duties, side in (("Only left", result.only_left, left), ("Only right", result.only_right, right)):
        print(f"\n{title} ({len(duties)}):", file=out)
        for duty in duties:
            print(f"  {_duty_ref(duty, side)}: {_excerpt(duty.text)}", file=out)
    print("\nMatter coverage (how many duties of each side concern it):", file=out)
    print("  left right  matter", file=out)
    for row in result.coverage:
        chinese = f" / {row.matter.chinese_name}" if row.matter.chinese_name else ""
        print(f"  {row.left:>4} {row.right:>5}  {row.matter.name}{chinese}", file=out)
    return EXIT_OK


def _coverage(args: argparse.Namespace, out: TextIO) -> int:
    from orgkb import coverage_output
    from orgkb.kb.coordination import clusters, coverage

    if len(args.organizations) == 1 or (not args.organizations and args.kind is None and args.district is None):
        raise QueryError(
            "organizations",
            args.organizations,
            "give two organizations to compare side by side, three or more for a coverage matrix, "
            "or --kind and/or --district to choose a set",
        )
    kb = open_kb(args.store)
    ids = [organizations.resolve(kb, text) for text in args.organizations]
    chosen = tuple(coverage.select(kb, ids, args.kind, args.district))
    if not chosen:
        where = f" serving {args.district}" if args.district is not None else ""
        raise OrgkbError(f"no {args.kind or 'organization'}{where} is loaded; `orgkb load` pages about it first")
    matrix = coverage.coverage(kb, chosen)
    if args.format == "csv":
        coverage_output.write_csv(matrix, out)
    elif args.format == "svg":
        coverage_output.write_svg(matrix, out)
    elif args.format == "json":
        coverage_output.write_json(matrix, clusters.clusters(kb, chosen), out)
    else:
        coverage_output.write_table(matrix, clusters.clusters(kb, chosen), out)
    return EXIT_OK


def _by_owner(duties: Sequence[ResponsibilityRecord]) -> list[tuple[str, list[ResponsibilityRecord]]]:
    grouped: dict[str, list[ResponsibilityRecord]] = {}
    for duty in duties:
        grouped.setdefault(duty.owner_id, []).append(duty)
    return list(grouped.items())


def cmd_network(args: argparse.Namespace, out: TextIO) -> int:
    from orgkb.kb.coordination.links import coordination
    from orgkb.kb.coordination.network import centrality, path
    from orgkb.web.picture import coordination_svg

    if args.svg:
        _writable(args.svg)
    kb = open_kb(args.store)
    identifier = organizations.resolve(kb, args.id)
    if args.path_to:
        target = organizations.resolve(kb, args.path_to)
        steps = path(kb, identifier, target, via_matters=args.via_matters)
        if not steps:
            print(f"nothing links {identifier} and {target}", file=out)
        for step in steps:
            print(f"{step.from_name}  --{step.relation}-->  {step.to_name}", file=out)
        return EXIT_OK
    record = organizations.organization(kb, identifier)
    links = coordination(kb, identifier, args.limit)
    print(f"{record.name} ({record.id}) coordinates with:", file=out)
    for rank, link in enumerate(links, start=1):
        how = f"stated: {', '.join(link.relations)}" if link.relations else "shared matters"
        print(f"{rank:>3}. {link.strength:4.2f}  {link.organization.name}  [{how}]", file=out)
        if link.matters:
            print(f"       matters:  {', '.join(matter.name for matter in link.matters)}", file=out)
        for owner, duties in _by_owner(link.evidence):
            who = "its own" if owner == identifier else "theirs" if owner == link.organization.id else owner
            numbers = ", ".join(str(duty.number or duty.position) for duty in duties)
            lines = ", ".join(sorted({str(duty.source.line) for duty in duties}, key=int))
            print(f"       evidence, {who}: duty {numbers} ({duties[0].source.document}, line {lines})", file=out)
    if not links:
        print("  (no coordination links found)", file=out)
    hubs = {hub.id: hub for hub in centrality(kb)}
    if identifier in hubs:
        hub = hubs[identifier]
        print(f"degree {hub.degree}, betweenness {hub.betweenness:.3f}", file=out)
    if args.svg:
        _write(args.svg, coordination_svg(kb, identifier).encode("utf-8"))
        print(f"wrote the coordination picture to {args.svg}", file=out)
    return EXIT_OK


# -- the parser ---------------------------------------------------------------------------------


def _add_store(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        default=os.environ.get("ORGKB_STORE"),
        metavar="DIR|URL",
        help=(
            "a persistent store directory, or a SPARQL 1.1 server's URL (docs/deploy.md) "
            "(default: $ORGKB_STORE, else the built-in corpus in memory)"
        ),
    )


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, with where to read more."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_INPUT, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port; expected a number from 1 to 65535")
    return int(text)


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count; expected a whole number of 1 or more")
    return int(text)


def _positive(kind: Callable[[str], float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"expected a number above 0, got {text!r}")
        return value

    parse.__name__ = kind.__name__  # argparse names the type in its message
    return parse


def _add_read_limits(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-page-bytes",
        type=_positive(int),
        metavar="N",
        help="refuse a page larger than N bytes (default: $ORGKB_MAX_PAGE_BYTES, else 2 MB)",
    )
    parser.add_argument(
        "--page-seconds",
        type=_positive(float),
        metavar="S",
        help="refuse a page that takes longer than S seconds to read (default: $ORGKB_PAGE_SECONDS, else 10)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="orgkb",
        description="Who handles this? A knowledge graph of government offices, their units and duties.",
        epilog="Each command has its own --help. Exit status: 0 on success, 2 for a usage or input error.",
    )
    parser.add_argument("--version", action="version", version=f"orgkb {__version__}", help="print the version")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    load = commands.add_parser(
        "load",
        help="parse pages and store them (one named graph per page)",
        description="Parse pages and store them, each page all or nothing, committed 20 pages at a time.",
        epilog=(
            "exit status: 0 when every page loaded; 2 when some page failed (the others are stored, and the "
            "last line names the failed ones) or for a usage error; 130 when interrupted (Ctrl-C or SIGTERM: "
            "the pages reported before it are stored)."
        ),
    )
    load.add_argument(
        "paths", nargs="+", metavar="PATH", help="page files (text or HTML), directories of them, or http(s) URLs"
    )
    _add_read_limits(load)
    _add_store(load)
    for option, example in (
        ("name", '"General Office of Qingshui City People\'s Government"'),
        ("place", "Lishui or 丽水市 (a place the gazetteer knows)"),
        ("kind", "general-office, department, sub-district-office, ..."),
        ("parent", '"Qingshui City People\'s Government"'),
    ):
        load.add_argument(
            f"--{option}",
            metavar=option.upper(),
            help=f"for a single page: set the organization's {option} the reader got wrong, e.g. {example} "
            "(recorded as a repair; a sidecar file PAGE.orgkb.toml does the same without an option)",
        )
    load.add_argument(
        "--server",
        metavar="URL",
        help="send the pages to a running 'orgkb serve' at URL (e.g. http://127.0.0.1:8000) instead of a store",
    )
    load.add_argument(
        "--token-file",
        metavar="FILE",
        default=os.environ.get("ORGKB_WRITE_TOKEN_FILE"),
        help=f"with --server: a file holding the server's write token (default: ${TOKEN_VARIABLE}, "
        "else $ORGKB_WRITE_TOKEN_FILE)",
    )
    load.set_defaults(handler=cmd_load)

    validate = commands.add_parser("validate", help="parse pages, check them against the shapes, write nothing")
    validate.add_argument(
        "paths", nargs="+", metavar="PATH", help="page files (text or HTML), directories of them, or http(s) URLs"
    )
    _add_read_limits(validate)
    validate.set_defaults(handler=cmd_validate)

    show = commands.add_parser("show", help="an organization or unit as a tree: units, duties, contacts")
    show.add_argument("id", help="an id (shanghai/jingan/general-office), an IRI or a name")
    _add_store(show)
    show.set_defaults(handler=cmd_show)

    export = commands.add_parser("export", help="the knowledge graph as RDF")
    export.add_argument(
        "--format",
        choices=["turtle", "nquads", "trig", "jsonld", "ntriples", "graphml"],
        default="turtle",
        help="the RDF syntax, or graphml for Gephi and yEd (default: turtle)",
    )
    export.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    _add_store(export)
    export.set_defaults(handler=cmd_export)

    serve = commands.add_parser(
        "serve", help="serve the staff page, GraphQL and SPARQL (and POST /pages, given a write token)"
    )
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="the port to listen on (default: 8000)")
    serve.add_argument(
        "--workers",
        type=_count,
        default=1,
        metavar="N",
        help="serve with N processes sharing the port and the store (a SPARQL server's, or a directory "
        "each opens read-only); see docs/deploy.md (default: 1)",
    )
    _add_store(serve)
    add_flags(serve)
    serve.set_defaults(handler=cmd_serve)

    ask = commands.add_parser("ask", help="who handles a matter: ranked units with the duty that says so")
    ask.add_argument("matter", help='the matter in your own words, e.g. "complaints from residents" or "信访"')
    ask.add_argument("--district", metavar="D", help='only those serving this place ("Jing\'an", "静安", "Shanghai")')
    ask.add_argument("--limit", type=int, default=5, metavar="N", help="how many answers (1 to 50, default 5)")
    ask.add_argument("--json", action="store_true", help="print the answers as JSON")
    _add_store(ask)
    ask.set_defaults(handler=cmd_ask)

    compare = commands.add_parser(
        "compare",
        help="two offices or districts side by side, or the matters many organizations cover (a coverage matrix)",
    )
    compare.add_argument(
        "organizations",
        nargs="*",
        metavar="ORG",
        help="two organizations (id or name) or districts (place/... or a name) side by side; three or more "
        "organizations for a coverage matrix",
    )
    compare.add_argument(
        "--kind", metavar="KIND", help="a coverage matrix of every organization of this kind (e.g. general-office)"
    )
    compare.add_argument(
        "--district", metavar="D", help="a coverage matrix of every organization serving this place (e.g. Shanghai)"
    )
    compare.add_argument(
        "--format",
        choices=["table", "csv", "json", "svg"],
        default="table",
        help="how to print it (default: table; svg draws the coverage matrix as a heatmap)",
    )
    compare.add_argument("--units", action="store_true", help="include the duties of the organizations' units")
    _add_store(compare)
    compare.set_defaults(handler=cmd_compare)

    network = commands.add_parser("network", help="who a unit coordinates with, a path between units, a picture")
    network.add_argument("id", help="an organization or unit (id or name)")
    network.add_argument("--limit", type=_count, default=10, metavar="N", help="how many links (default 10)")
    network.add_argument("--path-to", metavar="ID", help="print the shortest chain of links to this unit instead")
    network.add_argument("--via-matters", action="store_true", help="let the path pass through shared matters")
    network.add_argument("--svg", metavar="FILE", help="also draw the office's coordination network as SVG")
    _add_store(network)
    network.set_defaults(handler=cmd_network)

    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the orgkb command line; returns the exit status."""
    out = out or sys.stdout
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command is None:
        parser.print_help(out)
        return EXIT_OK
    try:
        return int(args.handler(args, out))
    except OrgkbError as error:
        print(f"orgkb {args.command}: {error}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    finally:
        # a command is done when what it saves beside the store is written: a save's thread holds
        # the store open, and the next command (in this process too) could not open it
        finish_saving()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
