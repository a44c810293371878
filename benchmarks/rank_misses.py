"""Class every question of real-page batches by why orgkb's first answer is wrong: reading or ranking.

    .venv/bin/python -m benchmarks.rank_misses BATCH.toml... [--pages-root /work/pages] [--detail]

Each batch is loaded as `benchmarks.real_pages` loads it (next to the built-in corpus). A question
whose first orgkb answer is not one it expects is classed:
  misread        no organization or unit of the store bears an expected name (the page was refused,
                 or its name or the unit was not read): the reader's, counted only
  misplaced      one is there, but the question's district filter leaves none out (the page's
                 place was not read): the reader's too
  ranked         one is there and allowed: orgkb put another first (the ranking's)
and, apart, how orgkb and plain BM25 (`who_handles_eval.baseline_system`) compare on it: both right,
orgkb only, BM25 only, neither. `--detail` prints each ranked miss with orgkb's first answers and
their reasons, and where the expected answer came in both systems. Only for development batches:
never run it on a batch kept for validation.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.real_batch import BatchError, read_batch
from benchmarks.real_pages import _names, _question
from benchmarks.who_handles_eval import DEPTH, Question, baseline_system, fold
from orgkb.errors import QueryError
from orgkb.kb.entities.organizations import organization
from orgkb.kb.search.districts import allowed_owners
from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.search.who_handles import Handler, who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base, load_paths

CLASSES = ("right", "misread", "misplaced", "ranked")
VERSUS = ("both", "orgkb only", "bm25 only", "neither")


@dataclass(frozen=True)
class Outcome:
    """One question: its class, how the two systems did, and where each put an expected answer."""

    batch: str
    ask: str
    kind: str  # one of CLASSES
    versus: str  # one of VERSUS
    orgkb_rank: int | None
    bm25_rank: int | None
    top: tuple[str, ...]  # orgkb's first answers, each "name (score): reason"
    expected: tuple[str, ...] = ()  # the names it expects


def classify(batch: Path, pages_dir: Path) -> list[Outcome]:
    """Load the batch's pages and class each of its questions."""
    pages = read_batch(batch)
    kb = builtin_knowledge_base()
    files = [pages_dir / page.file_name for page in pages]
    load_paths(kb, [path for path in files if path.is_file()])
    index = handler_index(kb)
    org_of = {str(row["file"]): str(row["org"]) for row in kb.select("pages_about")}
    known: dict[str, set[int]] = {}  # a folded name -> the owners bearing it
    for number, owner in enumerate(index.owners):
        for name in (owner.name, *owner.aliases):
            known.setdefault(fold(name), set()).add(number)
    page_names = {page.file_name: _names(page) for page in pages}
    for page in pages:  # an organization loaded under a provisional name bears its page's names
        about = index.owner_of.get(org_of.get(page.file_name, ""))
        if about is not None and organization(kb, index.owner_id(about)).name_source is not None:
            for name in page_names[page.file_name]:
                known.setdefault(name, set()).add(about)
    bm25 = baseline_system(kb)
    outcomes: list[Outcome] = []
    for page in pages:
        for asked in page.questions:
            question = _question(asked)
            try:
                handlers = who_handles(kb, question.ask, question.district, limit=DEPTH)
            except QueryError:
                handlers = []
            answers = [_names_of(page_names, handler) for handler in handlers]
            orgkb_rank = _rank(answers, question.expect)
            bm25_rank = _rank(bm25(question), question.expect)
            owners = set().union(*(known.get(name, set()) for name in question.expect))
            kind = "right" if orgkb_rank == 1 else _miss_kind(kb, index, question, owners)
            versus = VERSUS[(orgkb_rank != 1) * 2 + (bm25_rank != 1)]
            shown = handlers[: max(3, orgkb_rank or 0)]
            top = tuple(f"{h.organization.name} ({h.score:.3f}): {h.reason}" for h in shown)
            outcome = Outcome(batch.stem, question.ask, kind, versus, orgkb_rank, bm25_rank, top, asked.expect)
            outcomes.append(outcome)
    return outcomes


def _names_of(page_names: dict[str, frozenset[str]], handler: Handler) -> frozenset[str]:
    """As `who_handles_eval.orgkb_system` names an answer: an organization under a provisional name
    also bears the names its page's facts give it."""
    record = handler.organization
    names = frozenset(fold(name) for name in (record.name, *record.alt_names))
    page = record.document if record.name_source is not None and not record.is_unit else None
    return names | page_names[page] if page is not None and page in page_names else names


def _rank(answers: list[frozenset[str]], expect: frozenset[str]) -> int | None:
    return next((i for i, names in enumerate(answers, start=1) if names & expect), None)


def _miss_kind(kb: KnowledgeBase, index: HandlerIndex, question: Question, owners: set[int]) -> str:
    if not owners:
        return "misread"
    if question.district is None:
        return "ranked"
    try:
        allowed = allowed_owners(kb, index, question.district)
    except QueryError:
        return "misplaced"
    return "ranked" if any(bool(allowed[owner]) for owner in owners) else "misplaced"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batches", type=Path, nargs="+", help="batch files, benchmarks/data/real/<batch>.toml")
    parser.add_argument("--pages-root", type=Path, default=Path("/work/pages"), help="holds <batch>/<id>.txt")
    parser.add_argument("--detail", action="store_true", help="print every ranked miss with the first answers")
    args = parser.parse_args(argv)
    total: Counter[tuple[str, str]] = Counter()
    print(f"{'batch':<14} {'questions':>9} " + " ".join(f"{name:>9}" for name in CLASSES) + " | bm25-only orgkb-only")
    for batch in args.batches:
        pages_dir = args.pages_root / batch.stem
        if not pages_dir.is_dir():
            print(f"{pages_dir}: no such folder; expected the page texts of {batch.name}", file=sys.stderr)
            return 2
        try:
            outcomes = classify(batch, pages_dir)
        except BatchError as error:
            print(error, file=sys.stderr)
            return 2
        kinds = Counter(outcome.kind for outcome in outcomes)
        versus = Counter(outcome.versus for outcome in outcomes)
        total.update((outcome.kind, outcome.versus) for outcome in outcomes)
        print(
            f"{batch.stem:<14} {len(outcomes):>9} "
            + " ".join(f"{kinds[name]:>9}" for name in CLASSES)
            + f" | {versus['bm25 only']:>9} {versus['orgkb only']:>10}",
            flush=True,
        )
        if args.detail:
            for outcome in outcomes:
                if outcome.kind == "right" and outcome.versus != "bm25 only":
                    continue
                print(
                    f"  [{outcome.kind}; {outcome.versus}; orgkb rank {outcome.orgkb_rank}, "
                    f"bm25 rank {outcome.bm25_rank}] {outcome.ask} (expected: {'; '.join(outcome.expected)})"
                )
                for line in outcome.top:
                    print(f"      {line}")
    kinds = Counter()
    for (kind, _), count in total.items():
        kinds[kind] += count
    print(
        f"{'all':<14} {sum(total.values()):>9} "
        + " ".join(f"{kinds[name]:>9}" for name in CLASSES)
        + " | "
        + ", ".join(f"{kind} & {versus}: {count}" for (kind, versus), count in sorted(total.items()) if kind != "right")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
