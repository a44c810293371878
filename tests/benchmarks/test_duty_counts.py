"""benchmarks/duty_counts.py: each page's duty count from its facts against the count orgkb reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.duty_counts import counts_of, main

BATCH = """\
[[page]]
id = "{id}"
url = "http://example.org/{id}"
language = "en"
classes = ["numbered"]
same_as = ""
[page.facts]
organization = "Lakeside District Water Bureau"
kind = "department"
duty_count = {count}
duty_starts = []
units = []
"""

PAGE = """\
Lakeside District Water Bureau
Main Responsibilities
1. Supervise the water supply of the district.
2. Plan the drainage works of the district.
"""


def write(tmp_path: Path, count: int) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "water.txt").write_text(PAGE, encoding="utf-8")
    batch = tmp_path / "batch.toml"
    batch.write_text(BATCH.format(id="water", count=count), encoding="utf-8")
    return batch


@pytest.mark.parametrize(("count", "right"), [(2, True), (3, False)])
def test_a_page_s_count_is_compared_with_its_facts(tmp_path: Path, count: int, right: bool) -> None:
    [found] = counts_of(write(tmp_path, count), tmp_path / "pages")
    assert (found.read, found.right) == (2, right)


def test_a_missing_page_counts_as_refused(tmp_path: Path) -> None:
    batch = write(tmp_path, 2)
    (tmp_path / "pages" / "water.txt").unlink()
    [found] = counts_of(batch, tmp_path / "pages")
    assert found.read is None and not found.right and found.error


def test_the_wrong_pages_are_printed_with_their_duties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = write(tmp_path, 3)
    assert main([f"{batch}:{tmp_path / 'pages'}", "--only-wrong", "--show"]) == 0
    out = capsys.readouterr().out
    assert "water" in out and "WRONG" in out
    assert "read | Supervise the water supply" in out
    assert out.rstrip().endswith("duty counts right: 0/1")
