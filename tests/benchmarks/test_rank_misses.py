"""benchmarks/rank_misses.py: each question classed as right, misread, misplaced or ranked wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.rank_misses import classify, main
from tests.benchmarks.test_real_pages import BATCH, LAKESIDE

QUESTIONS = """
[[page.question]]
ask = "Who keeps the archives and seals?"
expect = ["Emergency Section"]

[[page.question]]
ask = "Who prepares the plans for public emergencies?"
district = "Jing'an"
expect = ["Emergency Section"]
"""


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    pages = tmp_path / "pages" / "batch"
    pages.mkdir(parents=True)
    (pages / "lakeside-general-office.txt").write_text(LAKESIDE, encoding="utf-8")
    hillside = BATCH.index("[[page]]", 1)
    text = BATCH[:hillside].format(sha="") + QUESTIONS + "\n" + BATCH[hillside:].replace("{{", "{").replace("}}", "}")
    path = tmp_path / "batch.toml"
    path.write_text(text.replace('sha256 = ""\n', ""), encoding="utf-8")
    return path


def test_each_question_is_classed(batch: Path) -> None:
    right, ranked, misplaced, misread = classify(batch, batch.parent / "pages" / "batch")
    assert right.kind == "right" and right.versus in ("both", "orgkb only")
    # the section is in the store; orgkb put the one whose duty says archives and seals first
    assert (ranked.kind, ranked.expected) == ("ranked", ("Emergency Section",))
    assert ranked.top[0].startswith("Secretariat Section")
    # the section is in the store, but its office serves no place in Jing'an
    assert (misplaced.kind, misplaced.orgkb_rank) == ("misplaced", None)
    assert (misread.ask, misread.kind) == ("Who keeps the hills?", "misread")  # its page is missing


def test_the_table_counts_every_class(batch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(batch), "--pages-root", str(batch.parent / "pages"), "--detail"]) == 0
    out = capsys.readouterr().out
    assert "batch                  4         1         1         1         1" in out
    assert "Who keeps the archives and seals? (expected: Emergency Section)" in out


def test_a_missing_page_folder_is_one_line(batch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(batch), "--pages-root", str(batch.parent / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err
