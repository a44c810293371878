"""The first `compare` of two general offices in a process just opened on a store.

    python benchmarks/first_compare.py STORE

Opens STORE, picks its general offices (`coverage.select`), times the first compare (the first
two offices) and the next (offices 3 and 4), and prints a digest of both results, so that two
versions of orgkb run on one copy of a store can be checked to answer alike
(`PYTHONPATH=OTHER_CHECKOUT python benchmarks/first_compare.py STORE` runs another checkout's
orgkb: run as a file, the script's folder is first on the path, not the current one).
Remove `STORE.derived/` first to time a store with nothing saved beside it.
"""

from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

import orgkb
from orgkb.kb.coordination.compare import compare
from orgkb.kb.coordination.coverage import select
from orgkb.kb.store import KnowledgeBase


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python benchmarks/first_compare.py STORE", file=sys.stderr)
        return 2
    kb = KnowledgeBase(Path(argv[0]))
    offices = select(kb, (), "general-office", None)
    if len(offices) < 4:
        print(f"{argv[0]}: fewer than 4 general offices", file=sys.stderr)
        return 1
    started = time.perf_counter()
    first = compare(kb, offices[0], offices[1])
    first_seconds = time.perf_counter() - started
    started = time.perf_counter()
    second = compare(kb, offices[2], offices[3])
    second_seconds = time.perf_counter() - started
    digest = hashlib.sha256(repr((first, second)).encode()).hexdigest()[:12]
    code = Path(orgkb.__file__).parent.parent
    print(f"{code}: first {first_seconds * 1000:.1f} ms, next pair {second_seconds * 1000:.1f} ms, digest {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
