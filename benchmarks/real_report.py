"""The figures of one real-pages run (`benchmarks/real_pages.py`), as text or JSON."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from benchmarks.real_facts import HEADLINE, Point

if TYPE_CHECKING:
    from benchmarks.real_pages import PageResult, Run
    from benchmarks.who_handles_eval import Tally

HEADLINE_NAMES = {"organization": "name", "duty_count": "duty count", "unit": "unit names"}
SYSTEMS = ("orgkb", "bm25")


@dataclass(frozen=True)
class Ratio:
    right: int
    total: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.right / self.total, 1) if self.total else None

    def __str__(self) -> str:
        return f"{self.right}/{self.total} {_cell(self.percent)}"


@dataclass(frozen=True)
class Answers:
    """Who-handles figures of one system: percentages of the questions, and the MRR."""

    strict_top1: float | None
    lenient_top1: float | None
    top3: float | None
    mrr: float | None

    def __str__(self) -> str:
        mrr = "n/a" if self.mrr is None else f"{self.mrr:.2f}"
        return (
            f"strict@1 {_cell(self.strict_top1)}, lenient@1 {_cell(self.lenient_top1)}, "
            f"top-3 {_cell(self.top3)}, MRR {mrr}"
        )


@dataclass(frozen=True)
class Figures:
    batch: str
    reader: str
    pages: int
    loaded: int
    facts: Ratio
    headline: dict[str, Ratio]  # organization, duty_count, unit, and together
    questions: int
    answers: dict[str, Answers]  # orgkb, bm25
    collisions: int

    def line(self) -> str:
        """The figures in one line, as recorded in the batch header and the README table."""
        parts = ", ".join(f"{HEADLINE_NAMES[fact]} {_cell(self.headline[fact].percent)}" for fact in HEADLINE)
        return (
            f"loaded {self.loaded}/{self.pages} | facts {_cell(self.facts.percent)} | "
            f"headline {_cell(self.headline['together'].percent)} ({parts}) | "
            + " | ".join(f"{name} {self.answers[name]}" for name in SYSTEMS)
            + f" | collisions {self.collisions}"
        )


def figures(run: Run) -> Figures:
    """The totals of a run."""
    points = [point for result in run.results for point in result.points]
    questions = sum(len(result.page.questions) for result in run.results)
    headline = {fact: _count(points, (fact,)) for fact in HEADLINE}
    headline["together"] = _count(points, HEADLINE)
    return Figures(
        batch=run.batch,
        reader=run.reader,
        pages=len(run.results),
        loaded=sum(result.error is None for result in run.results),
        facts=_count(points),
        headline=headline,
        questions=questions,
        answers={
            "orgkb": _answers([result.orgkb for result in run.results], questions),
            "bm25": _answers([result.bm25 for result in run.results], questions),
        },
        collisions=len(run.collisions),
    )


def _count(points: Iterable[Point], facts: tuple[str, ...] | None = None) -> Ratio:
    chosen = [point for point in points if facts is None or point.fact in facts]
    return Ratio(sum(point.right for point in chosen), len(chosen))


def _answers(tallies: list[Tally], questions: int) -> Answers:
    def percent(count: float) -> float | None:
        return round(100 * count / questions, 1) if questions else None

    return Answers(
        strict_top1=percent(sum(tally.strict for tally in tallies)),
        lenient_top1=percent(sum(tally.lenient for tally in tallies)),
        top3=percent(sum(tally.top3 for tally in tallies)),
        mrr=round(sum(tally.reciprocal for tally in tallies) / questions, 3) if questions else None,
    )


def _cell(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}%"


def as_json(run: Run) -> dict[str, object]:
    """The run as JSON-ready data: the figures, the identities and every page's result."""
    totals = figures(run)
    return {
        "batch": totals.batch,
        "reader": totals.reader,
        "pages": totals.pages,
        "loaded": totals.loaded,
        "facts": _ratio_json(totals.facts),
        "headline": {fact: _ratio_json(ratio) for fact, ratio in totals.headline.items()},
        "who_handles": {
            "questions": totals.questions,
            **{name: asdict(totals.answers[name]) for name in SYSTEMS},
            **_old_rule(run, totals.questions),
        },
        "refused_districts": run.refused_districts,
        "collisions": run.collisions,
        "pairs": run.pairs,
        "changed_pages": [result.page.id for result in run.results if result.changed],
        "per_page": [_page_json(result) for result in run.results],
        "figures": totals.line(),
    }


def _old_rule(run: Run, questions: int) -> dict[str, object]:
    """orgkb's figures by the rule before the seventh Chinese pass (a provisional name matched by name
    only), when the run measured them."""
    by_name = [result.orgkb_by_name for result in run.results if result.orgkb_by_name is not None]
    return {"orgkb_by_name_only": asdict(_answers(by_name, questions))} if len(by_name) == len(run.results) else {}


def _ratio_json(ratio: Ratio) -> dict[str, object]:
    return {"right": ratio.right, "total": ratio.total, "percent": ratio.percent}


def _page_json(result: PageResult) -> dict[str, object]:
    return {
        "id": result.page.id,
        "error": result.error,
        "facts": _ratio_json(_count(result.points)),
        "questions": len(result.page.questions),
        "strict_top1": {"orgkb": result.orgkb.strict, "bm25": result.bm25.strict},
        "wrong_facts": [
            {"fact": point.fact, "expected": point.expected, "read": point.read}
            for point in result.points
            if not point.right
        ],
        "missed_questions": result.orgkb.misses,
    }


def print_text(run: Run, misses: bool = False) -> None:
    """The run as text: a line per page (and, with `misses`, what it got wrong), then the totals."""
    totals = figures(run)
    print(f"real pages: {run.batch}, {totals.pages} pages from {run.pages_dir}, reader of {run.reader}")
    print("per page: facts right; name, kind, place, duty count (+ right, - wrong, . not on the page);")
    print("duty starts, units, contact fields right; questions answered right first (strict) by orgkb and bm25")
    width = max(len(result.page.id) for result in run.results)
    for result in run.results:
        _print_page(result, width, misses)
    print(f"\npages loaded      {totals.loaded}/{totals.pages}")
    print(f"facts read right  {totals.facts}")
    parts = [f"{HEADLINE_NAMES[fact]} {totals.headline[fact]}" for fact in HEADLINE]
    print(f"headline facts    {' · '.join(parts)} · together {totals.headline['together']}")
    print(f"\nwho-handles, {totals.questions} questions")
    for name in SYSTEMS:
        print(f"  {name:<6} {totals.answers[name]}")
    by_name = [result.orgkb_by_name for result in run.results if result.orgkb_by_name is not None]
    if len(by_name) == len(run.results):
        print(f"  orgkb, a provisional name matched by name only (the old rule): {_answers(by_name, totals.questions)}")
    if run.refused_districts:
        print(f"districts orgkb refuses (their questions get no answer): {', '.join(run.refused_districts)}")
    print(f"\nidentity collisions: {len(run.collisions)}")
    for collision in run.collisions:
        print(f"  - {collision}")
    if run.pairs:
        print("pages marked as the same office (same_as):")
        for pair in run.pairs:
            print(f"  - {pair}")
    print(f"\nfigures: {totals.line()}")


def _print_page(result: PageResult, width: int, misses: bool) -> None:
    points, asked = result.points, len(result.page.questions)
    status = "loaded " if result.error is None else "REFUSED"
    marks = " ".join(_mark(points, fact) for fact in ("organization", "kind", "place", "duty_count"))
    print(
        f"  {result.page.id:<{width}} {status} facts {_share(points, ''):>5}  {marks}  "
        f"starts {_share(points, 'duty_start'):>5}  units {_share(points, 'unit'):>5}  "
        f"contact {_share(points, 'contact'):>3}  orgkb {result.orgkb.strict}/{asked} bm25 {result.bm25.strict}/{asked}"
    )
    if result.error is not None:
        print(f"      refused: {result.error}")
    if result.changed:
        print("      warning: the page text is not the one its facts were read from (sha256); fetch it again")
    if misses:
        if result.error is None:
            for point in points:
                if not point.right:
                    print(f"      - {point.fact}: expected {point.expected!r}, read {point.read!r}")
        for miss in result.orgkb.misses:
            print(f"      - question {miss}")


def _mark(points: list[Point], fact: str) -> str:
    chosen = [point for point in points if point.fact == fact]
    return "." if not chosen else "+" if all(point.right for point in chosen) else "-"


def _share(points: list[Point], prefix: str) -> str:
    chosen = [point for point in points if point.fact.startswith(prefix)]
    return f"{sum(point.right for point in chosen)}/{len(chosen)}"
