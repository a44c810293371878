"""Pages the loader has never seen: generated ones, in every numbering, heading and defect style.

The generator (benchmarks/synthetic.py) knows how many duties each page holds; the loader
must find exactly those, on every page.
"""

from __future__ import annotations

import random

import pytest

from benchmarks.synthetic import build_page
from orgkb.loaders.reading.reader import parse_text

SEEDS = range(5000, 5200)


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_page_parses_to_its_duties(seed: int) -> None:
    page = build_page(random.Random(seed), seed)
    document = parse_text(page.text, f"{page.name}.txt")
    assert len(document.duties) == page.numbered_duties
    assert sum(len(unit.duties) for unit in document.units) == page.unit_duties
    assert all(duty.line > 0 and duty.text for duty in document.all_duties())
