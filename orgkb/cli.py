"""The `orgkb` command: load pages, inspect the knowledge graph, ask who handles a matter, serve it.

Every command works on the built-in corpus in memory unless `--store DIR` (or the
ORGKB_STORE environment variable) names a persistent store. User mistakes end with a
one-line message on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from orgkb import __version__
from orgkb.commands.arguments import Parser, add_read_limits, add_store, count, port
from orgkb.commands.ask import cmd_ask
from orgkb.commands.base import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, open_kb
from orgkb.commands.compare import cmd_compare
from orgkb.commands.export import cmd_export
from orgkb.commands.network import cmd_network
from orgkb.commands.serve import cmd_serve
from orgkb.commands.show import cmd_show
from orgkb.errors import LoadError, OrgkbError
from orgkb.interrupts import Interrupts
from orgkb.kb.store import bulk
from orgkb.kb.store.knowledge_base import KnowledgeBase, LoadResult
from orgkb.kb.store.persisted import finish_saving
from orgkb.loaders.load.corrections import Correction
from orgkb.loaders.load.corrections import check as check_correction
from orgkb.loaders.load.files import expand_paths, read_page
from orgkb.loaders.load.pages import PageRead, load_pages
from orgkb.loaders.rdf.validate import shape_violations
from orgkb.loaders.sources.limits import Limits, current_limits, use_limits
from orgkb.remote import PageSender
from orgkb.report import PageReport, page_report, summary
from orgkb.settings import add_flags
from orgkb.tokens import TOKEN_VARIABLE, write_token

PROGRESS_EVERY = 20  # pages: a progress line when piped, and the first committed batches of `load`
COMMIT_MOST = 2000  # pages: the largest batch `load` commits at once


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


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
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
    add_read_limits(load)
    add_store(load)
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
    add_read_limits(validate)
    validate.set_defaults(handler=cmd_validate)

    show = commands.add_parser("show", help="an organization or unit as a tree: units, duties, contacts")
    show.add_argument("id", help="an id (shanghai/jingan/general-office), an IRI or a name")
    add_store(show)
    show.set_defaults(handler=cmd_show)

    export = commands.add_parser("export", help="the knowledge graph as RDF")
    export.add_argument(
        "--format",
        choices=["turtle", "nquads", "trig", "jsonld", "ntriples", "graphml"],
        default="turtle",
        help="the RDF syntax, or graphml for Gephi and yEd (default: turtle)",
    )
    export.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    add_store(export)
    export.set_defaults(handler=cmd_export)

    serve = commands.add_parser(
        "serve", help="serve the staff page, GraphQL and SPARQL (and POST /pages, given a write token)"
    )
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=port, default=8000, help="the port to listen on (default: 8000)")
    serve.add_argument(
        "--workers",
        type=count,
        default=1,
        metavar="N",
        help="serve with N processes sharing the port and the store (a SPARQL server's, or a directory "
        "each opens read-only); see docs/deploy.md (default: 1)",
    )
    add_store(serve)
    add_flags(serve)
    serve.set_defaults(handler=cmd_serve)

    ask = commands.add_parser("ask", help="who handles a matter: ranked units with the duty that says so")
    ask.add_argument("matter", help='the matter in your own words, e.g. "complaints from residents" or "信访"')
    ask.add_argument("--district", metavar="D", help='only those serving this place ("Jing\'an", "静安", "Shanghai")')
    ask.add_argument("--limit", type=int, default=5, metavar="N", help="how many answers (1 to 50, default 5)")
    ask.add_argument("--json", action="store_true", help="print the answers as JSON")
    add_store(ask)
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
    add_store(compare)
    compare.set_defaults(handler=cmd_compare)

    network = commands.add_parser("network", help="who a unit coordinates with, a path between units, a picture")
    network.add_argument("id", help="an organization or unit (id or name)")
    network.add_argument("--limit", type=count, default=10, metavar="N", help="how many links (default 10)")
    network.add_argument("--path-to", metavar="ID", help="print the shortest chain of links to this unit instead")
    network.add_argument("--via-matters", action="store_true", help="let the path pass through shared matters")
    network.add_argument("--svg", metavar="FILE", help="also draw the office's coordination network as SVG")
    add_store(network)
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
