"""How well `compare` aligns two organizations' numbered duties, against a reading by hand.

    python benchmarks/compare_eval.py [benchmarks/data/general-offices.expected.toml] [--store DIR]

The TOML file names `left` and `right` (organization ids), `pairs` ([left number, right number]
lists), `only_left` and `only_right` (duty numbers). Prints precision, recall and F1 of the
alignment and of each one-sided list (only the organizations' own numbered duties are scored),
then the time `compare` takes on the pair in process.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from orgkb.kb.coordination.compare import Comparison, compare
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Duty
from orgkb.loading import builtin_knowledge_base

DEFAULT = Path(__file__).parent / "data" / "general-offices.expected.toml"


def scores(found: set[object], expected: set[object]) -> tuple[float, float, float]:
    """Precision, recall and F1 of `found` against `expected` (1.0 for two empty sets)."""
    hits = len(found & expected)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(expected) if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _numbers(duties: Iterable[Duty], owner: str) -> set[object]:
    return {duty.number for duty in duties if duty.owner_id == owner and duty.number is not None}


def evaluate(result: Comparison, expected: dict[str, Any]) -> dict[str, tuple[float, float, float]]:
    """Precision, recall and F1 of the alignment and of the one-sided lists."""
    left, right = str(expected["left"]), str(expected["right"])
    found_pairs: set[object] = {
        (pair.left.number, pair.right.number)
        for pair in result.shared
        if pair.left.owner_id == left and pair.right.owner_id == right and pair.left.number and pair.right.number
    }
    expected_pairs: set[object] = {tuple(pair) for pair in expected.get("pairs", [])}
    return {
        "alignment": scores(found_pairs, expected_pairs),
        "only left": scores(_numbers(result.only_left, left), set(expected.get("only_left", []))),
        "only right": scores(_numbers(result.only_right, right), set(expected.get("only_right", []))),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("expected", nargs="?", default=str(DEFAULT), help="the TOML file of expected pairs")
    parser.add_argument("--store", help="a store directory (default: the built-in corpus in memory)")
    parser.add_argument("--runs", type=int, default=50, help="timed runs of compare")
    args = parser.parse_args(argv)
    expected = tomllib.loads(Path(args.expected).read_text("utf-8"))
    kb = KnowledgeBase(args.store) if args.store else builtin_knowledge_base()
    result = compare(kb, expected["left"], expected["right"])
    print(f"{result.left.name}  vs  {result.right.name}")
    for name, (precision, recall, f1) in evaluate(result, expected).items():
        print(f"  {name:<11} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    left, right = expected["left"], expected["right"]
    found = evaluate(result, expected)
    aligned = {
        (p.left.number, p.right.number): p.score
        for p in result.shared
        if p.left.owner_id == left and p.right.owner_id == right
    }
    wanted = {tuple(pair) for pair in expected["pairs"]}
    print(f"  missed pairs {sorted(wanted - aligned.keys())}")
    print(f"  extra pairs {sorted((pair, score) for pair, score in aligned.items() if pair not in wanted)}")
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        compare(kb, left, right)
        times.append(time.perf_counter() - start)
    fresh = KnowledgeBase(args.store) if args.store else builtin_knowledge_base()
    start = time.perf_counter()
    compare(fresh, left, right)
    cold = time.perf_counter() - start
    print(
        f"compare: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
        f"over {args.runs} runs; first call on a fresh store {cold * 1000:.1f} ms"
    )
    return 0 if found["alignment"][2] >= 0.85 else 1


if __name__ == "__main__":
    sys.exit(main())
