"""Measure `who_handles` on a question file, next to a plain BM25 baseline, and time it.

    .venv/bin/python benchmarks/who_handles_eval.py QUESTIONS.toml [--pages PATH...] [--duties 100000] [--seed 0]

The question file has `[[question]]` tables: `ask`, optional `district`, `expect` (right first
answers: the most specific unit) and optional `accept` (also right, less specific). Names match
after folding case, quotes and white space; any alias of a unit counts as its name.

Figures, for orgkb and for the baseline (BM25 over duty text only: bm25s's own tokenizer with
the English stemmer and stop words; no thesaurus, no unit names, no roles, no specificity; a unit
scores its best duty; the same district filter):
  strict top-1   the first answer is in `expect`
  lenient top-1  the first answer is in `expect` or `accept`
  top-3          an `expect` or `accept` answer is among the first three
  MRR            mean of 1/rank of the first `expect` or `accept` answer (0 when not in the top 10)

`--pages PATH...` loads more pages (files, or directories searched for page files) into the
knowledge base next to the built-in corpus before asking, through the same `KnowledgeBase` loading
as `orgkb load`, so that questions can be asked about any pages. A path that does not exist stops
the run (exit 2); a page the loader refuses is named with its error above the figures, and the
questions about it count as misses (what a user of that knowledge base would get). A question whose
`district` orgkb refuses counts as answered with nothing, and is listed.
Both systems answer from that knowledge base, and the first latency line then covers those pages.

Latency: p50/p95 of `who_handles` per question in process, on the built-in corpus and on a
synthetic corpus of about `--duties` duties (the index is built before timing; its build time is
printed apart). `--duties 0` skips the synthetic corpus.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import tomllib
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orgkb.errors import LoadError, QueryError  # noqa: E402
from orgkb.kb.entities.organizations import OrganizationRecord  # noqa: E402
from orgkb.kb.search.districts import allowed_owners  # noqa: E402
from orgkb.kb.search.index import HandlerIndex, handler_index  # noqa: E402
from orgkb.kb.search.who_handles import who_handles  # noqa: E402
from orgkb.kb.store.knowledge_base import KnowledgeBase  # noqa: E402
from orgkb.loaders.reading.reader import parse_text  # noqa: E402
from orgkb.loading import builtin_knowledge_base, load_paths  # noqa: E402

DEPTH = 10


@dataclass(frozen=True)
class Question:
    ask: str
    district: str | None
    expect: frozenset[str]
    accept: frozenset[str]


@dataclass
class Tally:
    """The figures of one system over the question set."""

    name: str
    strict: int = 0
    lenient: int = 0
    top3: int = 0
    reciprocal: float = 0.0
    misses: list[str] = field(default_factory=list)


def fold(name: str) -> str:
    """A name folded for matching: case, quotes, apostrophes, white space."""
    name = unicodedata.normalize("NFKC", name).casefold()
    name = re.sub(r"['’‘`\"“”]", "", name)
    return " ".join(name.split())


def read_questions(path: Path) -> list[Question]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return [
        Question(
            ask=entry["ask"],
            district=entry.get("district"),
            expect=frozenset(fold(name) for name in entry.get("expect", [])),
            accept=frozenset(fold(name) for name in entry.get("accept", [])),
        )
        for entry in data.get("question", [])
    ]


Answerer = Callable[[Question], list[frozenset[str]]]
"""A system: for a question, its answers best first, each as the folded names of one unit."""


def orgkb_system(kb: KnowledgeBase, page_names: Mapping[str, frozenset[str]] | None = None) -> Answerer:
    """orgkb's answers, each as the folded names of the organization or unit.

    `page_names` (a page's file name -> the folded names its facts give its organization) matches an
    organization loaded under a provisional name (its page prints none) by its page instead: it
    answers under the page's names too. Its name is scored wrong once, as a fact; without this, every
    question it answers right would be scored wrong again.
    """

    def names_of(record: OrganizationRecord) -> frozenset[str]:
        names = frozenset(fold(n) for n in (record.name, *record.alt_names))
        page = record.document if record.name_source is not None and not record.is_unit else None
        if page_names is not None and page is not None and page in page_names:
            return names | page_names[page]
        return names

    def answer(question: Question) -> list[frozenset[str]]:
        try:
            handlers = who_handles(kb, question.ask, question.district, limit=DEPTH)
        except QueryError:
            return []  # the district is refused: the user gets an error, no answer
        return [names_of(h.organization) for h in handlers]

    return answer


def baseline_system(kb: KnowledgeBase) -> Answerer:
    index = handler_index(kb)
    stemmer = Stemmer.Stemmer("english")
    corpus = bm25s.tokenize([duty.text for duty in index.duties], stopwords="en", stemmer=stemmer, show_progress=False)
    model = bm25s.BM25()
    model.index(corpus, show_progress=False)
    names = [frozenset(fold(n) for n in (owner.name, *owner.aliases)) for owner in index.owners]

    def answer(question: Question) -> list[frozenset[str]]:
        query = bm25s.tokenize([question.ask], stopwords="en", stemmer=stemmer, show_progress=False, return_ids=False)
        known = [token for token in query[0] if token in model.vocab_dict]
        scores = np.asarray(model.get_scores(known)) if known else np.zeros(len(index.duties))
        if question.district is not None:
            try:
                allowed = allowed_owners(kb, index, question.district)
            except QueryError:
                return []
            scores = np.where(allowed[index.duty_owner], scores, 0)
        best: dict[int, float] = {}
        for duty in np.argsort(-scores, kind="stable").tolist():
            if scores[duty] <= 0 or len(best) >= DEPTH:
                break
            best.setdefault(int(index.duty_owner[duty]), float(scores[duty]))
        return [names[owner] for owner in best]

    return answer


def evaluate(name: str, system: Answerer, questions: list[Question]) -> Tally:
    tally = Tally(name)
    for question in questions:
        answers = system(question)
        right = question.expect | question.accept
        rank = next((i for i, names in enumerate(answers, start=1) if names & right), None)
        first = answers[0] if answers else frozenset()
        tally.strict += bool(first & question.expect)
        tally.lenient += bool(first & right)
        tally.top3 += rank is not None and rank <= 3
        tally.reciprocal += 1 / rank if rank else 0.0
        if not first & question.expect:
            shown = min(first, key=len) if first else "(nothing)"
            expected = next((i for i, names in enumerate(answers, start=1) if names & question.expect), None)
            where = f"at rank {expected}" if expected else "not in the top 10"
            tally.misses.append(f"{question.ask!r}: got {shown!r}; expected answer {where}")
    return tally


def report(tallies: list[Tally], total: int) -> None:
    def percent(count: float) -> str:
        return f"{100 * count / total:6.1f}%"

    print(f"{total} questions")
    print(f"{'system':<10} {'strict@1':>9} {'lenient@1':>10} {'top-3':>8} {'MRR':>6}")
    for tally in tallies:
        print(
            f"{tally.name:<10} {percent(tally.strict):>9} {percent(tally.lenient):>10} "
            f"{percent(tally.top3):>8} {tally.reciprocal / total:6.3f}"
        )
    for tally in tallies:
        print(f"\nmisses ({tally.name}, strict): {len(tally.misses)}")
        for miss in tally.misses:
            print(f"  - {miss}")


def refused_districts(kb: KnowledgeBase, questions: Sequence[Question]) -> list[str]:
    """The districts of `questions` that orgkb does not know, each once."""
    refused: list[str] = []
    for question in questions:
        if question.district is None or question.district in refused:
            continue
        try:
            allowed_owners(kb, handler_index(kb), question.district)
        except QueryError:
            refused.append(question.district)
    return refused


def latency(kb: KnowledgeBase, asks: Sequence[tuple[str, str | None]], rounds: int = 5) -> tuple[float, float]:
    """p50 and p95 of one `who_handles` call, in milliseconds (after one warm-up pass)."""
    for ask, district in asks:
        who_handles(kb, ask, district)
    times = []
    for _ in range(rounds):
        for ask, district in asks:
            start = time.perf_counter()
            who_handles(kb, ask, district)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


def synthetic_kb(duties: int, seed: int) -> tuple[KnowledgeBase, float, float]:
    """A knowledge base of synthetic pages holding about `duties` duties; load and index seconds."""
    from benchmarks.synthetic import generate_corpus_with_duties

    kb = KnowledgeBase()
    start = time.perf_counter()
    documents = []
    for name, text in generate_corpus_with_duties(duties, seed):
        try:
            documents.append(parse_text(text, name))
        except LoadError:
            continue
    kb.add_documents(documents)  # in one write, as `orgkb load` writes what it read
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    index: HandlerIndex = handler_index(kb)
    print(f"synthetic corpus: {len(index.duties)} duties, {len(index.owners)} organizations and units")
    return kb, loaded, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("questions", type=Path)
    parser.add_argument(
        "--pages", nargs="+", default=[], metavar="PATH", help="more pages (files or directories) to load before asking"
    )
    parser.add_argument("--duties", type=int, default=100_000, help="duties of the synthetic corpus (0: skip)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    questions = read_questions(args.questions)
    if not questions:
        print(f"{args.questions}: no [[question]] entries", file=sys.stderr)
        return 2
    kb = builtin_knowledge_base()
    if args.pages:
        missing = [path for path in args.pages if not Path(path).exists()]
        if missing:
            print(f"--pages: no such file or directory: {', '.join(missing)}", file=sys.stderr)
            return 2
        pages = load_paths(kb, args.pages)
        print(f"--pages: {len(pages.loaded)} pages loaded next to the built-in corpus")
        if pages.failed:
            print(f"--pages: {len(pages.failed)} of {len(pages.results)} pages refused; questions about them miss:")
            for result in pages.failed:
                print(f"  refused {result.error}")
    refused = refused_districts(kb, questions)
    if refused:
        print(f"districts orgkb refuses (their questions are answered with nothing): {', '.join(refused)}")
    tallies = [evaluate("orgkb", orgkb_system(kb), questions), evaluate("bm25", baseline_system(kb), questions)]
    report(tallies, len(questions))
    asks = [(question.ask, question.district) for question in questions if question.district not in refused]
    if asks:
        p50, p95 = latency(kb, asks)
        corpus = "built-in corpus and --pages" if args.pages else "built-in corpus"
        print(f"\nlatency, {corpus} ({len(handler_index(kb).duties)} duties): p50 {p50:.2f} ms, p95 {p95:.2f} ms")
    if args.duties > 0:
        big, loaded, indexed = synthetic_kb(args.duties, args.seed)
        print(f"  loaded in {loaded:.1f} s, indexed in {indexed:.1f} s")
        plain = [(ask, None) for ask, _ in asks]
        p50, p95 = latency(big, plain, rounds=2)
        print(f"latency, synthetic corpus: p50 {p50:.2f} ms, p95 {p95:.2f} ms (questions without district)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
