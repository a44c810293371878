"""Measure orgkb on a batch of real pages: what it read right, and who-handles next to plain BM25.

    .venv/bin/python -m benchmarks.real_pages benchmarks/data/real/en-dev-1.toml [--pages DIR] [--json] [--misses]

The batch file (`benchmarks/data/real/<batch>.toml`, see the README there) lists each page with the
facts read from it by hand and questions written before orgkb read it. The page texts are not in
the repository: `--pages` is the folder holding `<id>.txt` for every page (default
`benchmarks/pages/<batch>`). They are loaded next to the built-in corpus through orgkb's own
loading path (`orgkb.loading.load_paths`); a missing file is named and counted as refused, and a
page whose text is not the one its facts were read from (`sha256`) is warned about.

Printed per page and in total:
  load          loaded, or refused with orgkb's one-line error
  facts         right/total (see `benchmarks/real_facts.py` for what counts as right), and the three
                headline facts of issue 11 apart: organization name, duty count, unit names
  who-handles   strict top-1, lenient top-1, top-3 and MRR for orgkb and for BM25 over duty text,
                computed by `benchmarks/who_handles_eval.py`
  identities    pages that became one organization (two page files, one organization IRI) or that
                replaced another page, unless the batch marks them as the same office (`same_as`);
                and for each marked pair, whether it became one organization
`--misses` also prints every fact read wrong and every question missed. Exit status 2, with a
one-line error, for a batch file that is not one or a page folder that does not exist.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.real_batch import BUILTIN, BatchError, Page, PageQuestion, read_batch
from benchmarks.real_facts import PlaceCheck, Point, score
from benchmarks.real_report import as_json, print_text
from orgkb.loading import builtin_knowledge_base, load_paths

try:
    from benchmarks.who_handles_eval import (
        Question,
        Tally,
        baseline_system,
        evaluate,
        fold,
        orgkb_system,
        refused_districts,
    )
    from orgkb.errors import QueryError
    from orgkb.kb.entities.places import find_place
    from orgkb.kb.search.index import HandlerIndex, handler_index
    from orgkb.kb.store.knowledge_base import KnowledgeBase
    from orgkb.ontology.ids import iri_of_public
except ImportError as missing:  # orgkb was rebuilt without a name this benchmark reads
    print(f"real_pages: orgkb lacks what this benchmark needs ({missing})", file=sys.stderr)
    raise SystemExit(2) from None

PAGES = Path(__file__).resolve().parent / "pages"


@dataclass
class PageResult:
    page: Page
    error: str | None  # orgkb's one-line error when the page was refused (or its file is missing)
    points: list[Point]
    orgkb: Tally
    bm25: Tally
    changed: bool = False  # the text is not the one the facts were read from
    # orgkb scored by names alone, an answer under a provisional name never matching (the rule before
    # the seventh Chinese pass; printed beside the figures); None when not measured
    orgkb_by_name: Tally | None = None


@dataclass
class Run:
    batch: str
    pages_dir: Path
    reader: str
    results: list[PageResult] = field(default_factory=list)
    refused_districts: list[str] = field(default_factory=list)
    collisions: list[str] = field(default_factory=list)
    pairs: list[str] = field(default_factory=list)


def run(batch: Path, pages_dir: Path) -> Run:
    """Load the batch's pages next to the built-in corpus, and score facts and questions."""
    pages = read_batch(batch)
    kb = builtin_knowledge_base()
    builtin = {str(row["file"]) for row in kb.select("pages_about")}
    files = {page.id: pages_dir / page.file_name for page in pages}
    report = load_paths(kb, [path for path in files.values() if path.is_file()])
    loaded = {Path(result.source).name: result for result in report.results}
    org_of = {str(row["file"]): str(row["org"]) for row in kb.select("pages_about")}
    superseded = {name: list(result.superseded) for name, result in loaded.items() if result.superseded}
    organization = dict(org_of)  # and a page another replaced is about the organization of the one that did
    organization.update({old: org_of[new] for new, olds in superseded.items() for old in olds if new in org_of})
    index = handler_index(kb)
    page_names = {page.file_name: _names(page) for page in pages}
    orgkb, by_name, bm25 = orgkb_system(kb, page_names), orgkb_system(kb), baseline_system(kb)
    outcome = Run(batch.stem, pages_dir, _reader_commit())
    for page in pages:
        path, result = files[page.id], loaded.get(page.file_name)
        if result is None:
            error: str | None = f"{path}: no such file"
        else:
            error = None if result.ok else str(result.error)
        document = result.document if result is not None and result.ok else None
        asked = [_question(question) for question in page.questions]
        outcome.results.append(
            PageResult(
                page,
                error,
                score(page.facts, document, _place_check(kb, index, organization.get(page.file_name))),
                evaluate("orgkb", orgkb, asked),
                evaluate("bm25", bm25, asked),
                orgkb_by_name=evaluate("orgkb", by_name, asked),
                changed=path.is_file() and page.sha256 is not None and _sha256(path) != page.sha256,
            )
        )
    asked = [_question(question) for page in pages for question in page.questions]
    outcome.refused_districts = refused_districts(kb, asked)
    ok = {name for name, result in loaded.items() if result.ok}
    outcome.collisions, outcome.pairs = identities(pages, builtin, org_of, superseded, ok)
    return outcome


def _names(page: Page) -> frozenset[str]:
    """The folded names the page's facts give its organization (an answer loaded under a provisional
    name is matched by its page: `orgkb_system`)."""
    return frozenset(fold(name) for name in (page.facts.organization, *page.facts.organization_also))


def _question(question: PageQuestion) -> Question:
    return Question(
        ask=question.ask,
        district=question.district,
        expect=frozenset(fold(name) for name in question.expect),
        accept=frozenset(fold(name) for name in question.accept),
    )


def _place_check(kb: KnowledgeBase, index: HandlerIndex, organization: str | None) -> PlaceCheck:
    """Whether the organization serves a place or a place in it, by orgkb's own place lookup."""

    def check(place: str) -> tuple[bool, str]:
        try:
            wanted = iri_of_public(find_place(kb, place).id)
        except QueryError:
            return False, f"(orgkb knows no place {place!r})"
        owner = index.owner_of.get(organization) if organization else None
        served = index.owners[owner].place if owner is not None else None
        if served is None:
            return False, "(no place)"
        return served in index.places_within(wanted), index.place_labels.get(served, served)

    return check


def identities(
    pages: list[Page],
    builtin: set[str],
    org_of: dict[str, str],
    superseded: dict[str, list[str]],
    loaded: set[str] | None = None,
) -> tuple[list[str], list[str]]:
    """The identity collisions, and the state of each pair the batch marks as one office.

    `org_of` maps each stored page file to its organization's IRI; `superseded` each page file
    that replaced others to their file names; `loaded` names the page files orgkb loaded.
    """
    ours = {page.file_name: page.id for page in pages}

    def shown(file: str) -> str:
        return ours.get(file) or (f"built-in {file.removesuffix('.txt')}" if file in builtin else file)

    pairs = {frozenset({page.file_name, _file_of(page.same_as)}) for page in pages if page.same_as}
    collisions: list[str] = []
    replaced = {frozenset({new, old}) for new, olds in superseded.items() for old in olds}
    for new, olds in sorted(superseded.items()):
        for old in olds:
            if frozenset({new, old}) not in pairs:
                collisions.append(f"{shown(new)} replaced {shown(old)} (orgkb took them for one organization)")
    gone = {old for olds in superseded.values() for old in olds}
    for file in sorted((loaded or set()) - set(org_of) - gone):
        collisions.append(f"{shown(file)} was loaded but is not in the store")
    files_of: dict[str, list[str]] = defaultdict(list)
    for file, organization in org_of.items():
        files_of[organization].append(file)
    for organization, files in sorted(files_of.items()):
        if len(files) > 1 and any(file in ours for file in files) and frozenset(files) not in pairs:
            names = ", ".join(shown(file) for file in sorted(files))
            collisions.append(f"{names} became one organization ({organization})")
    states: list[str] = []
    for pair in sorted(pairs, key=sorted):
        first, second = sorted(pair, key=lambda file: (file not in ours, file))
        if first in org_of and second in org_of:
            same = org_of[first] == org_of[second]
            state = f"one organization ({org_of[first]})" if same else "kept apart"
        elif pair in replaced:
            state = "one replaced the other: a page's facts were lost"
        else:
            state = "not both loaded"
        states.append(f"{shown(first)} + {shown(second)}: {state}")
    return collisions, states


def _file_of(same_as: str) -> str:
    return f"{same_as.removeprefix(BUILTIN)}.txt"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reader_commit() -> str:
    """The last commit that changed orgkb/ in this checkout ("+changes" when orgkb/ has edits since)."""
    root = Path(__file__).resolve().parent.parent
    try:
        last = subprocess.run(
            ["git", "log", "-1", "--format=%h", "--", "orgkb"], cwd=root, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "orgkb"], cwd=root, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{last or 'unknown'}+changes" if dirty else last or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batch", type=Path, help="a batch file, benchmarks/data/real/<batch>.toml")
    parser.add_argument("--pages", type=Path, help="the folder of the page texts (default benchmarks/pages/<batch>)")
    parser.add_argument("--json", action="store_true", help="print the figures and every page's result as JSON")
    parser.add_argument("--misses", action="store_true", help="print every fact read wrong and question missed")
    args = parser.parse_args(argv)
    pages_dir: Path = args.pages if args.pages is not None else PAGES / args.batch.stem
    if not pages_dir.is_dir():
        print(
            f"{pages_dir}: no such folder; expected the page texts of {args.batch.name} "
            "(fetch them as benchmarks/data/real/README.md says)",
            file=sys.stderr,
        )
        return 2
    try:
        outcome = run(args.batch, pages_dir)
    except BatchError as error:
        print(error, file=sys.stderr)
        return 2
    except AttributeError as error:  # a rebuilt reader whose documents lack a field scored here
        print(f"real_pages: orgkb's documents lack what this benchmark reads ({error})", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(outcome), ensure_ascii=False, indent=2))
    else:
        print_text(outcome, misses=args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
