"""Duty counts, page by page: the count a batch's facts give against the count orgkb reads.

    .venv/bin/python -m benchmarks.duty_counts BATCH.toml[:PAGES_DIR] ... [--only-wrong] [--show]

Each page is read alone through `orgkb.loaders.load.files.read_page` (no knowledge base, so it runs in
seconds): the organization's own duties, the duty count of the benchmark's facts. `--show` prints
the first words of every duty orgkb read and of every duty start the facts give, to classify a
disagreement (sub-items counted, an intro counted, items split or joined ...). Not for validation
batches: it shows what was read, as `real_pages --misses` does.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.real_batch import BatchError, Page, read_batch
from orgkb.errors import LoadError
from orgkb.loaders.load.files import read_page

PAGES = Path(__file__).resolve().parent / "pages"


@dataclass(frozen=True)
class Count:
    """One page's duty counts: the facts' and orgkb's (None when orgkb refused the page)."""

    batch: str
    page: Page
    read: int | None
    duties: tuple[str, ...]
    error: str | None

    @property
    def right(self) -> bool:
        return self.read == self.page.facts.duty_count


def counts_of(batch: Path, pages_dir: Path) -> list[Count]:
    """Every page of `batch` read from `pages_dir`, with its two counts."""
    found: list[Count] = []
    for page in read_batch(batch):
        try:
            document = read_page(pages_dir / page.file_name)
        except LoadError as error:
            found.append(Count(batch.stem, page, None, (), str(error)))
            continue
        duties = tuple(duty.text for duty in document.duties)
        found.append(Count(batch.stem, page, len(duties), duties, None))
    return found


def _where(argument: str) -> tuple[Path, Path]:
    batch, _, pages = argument.partition(":")
    path = Path(batch)
    return path, Path(pages) if pages else PAGES / path.stem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batches", nargs="+", help="BATCH.toml, or BATCH.toml:PAGES_DIR")
    parser.add_argument("--only-wrong", action="store_true", help="print only the pages whose counts differ")
    parser.add_argument("--show", action="store_true", help="print the duties read and the facts' duty starts")
    args = parser.parse_args(argv)
    right = total = 0
    for argument in args.batches:
        batch, pages_dir = _where(argument)
        try:
            counts = counts_of(batch, pages_dir)
        except BatchError as error:
            print(error, file=sys.stderr)
            return 2
        for count in counts:
            total += 1
            right += count.right
            if args.only_wrong and count.right:
                continue
            read = "refused" if count.read is None else str(count.read)
            mark = "ok" if count.right else "WRONG"
            facts = count.page.facts.duty_count
            print(f"{count.batch:<14} {count.page.id:<48} facts {facts:>3}  read {read:>7}  {mark}")
            if args.show and not count.right:
                for start in count.page.facts.duty_starts:
                    print(f"    fact | {start}")
                for duty in count.duties:
                    print(f"    read | {duty[:90]}")
                if count.error:
                    print(f"    error| {count.error}")
    print(f"duty counts right: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
