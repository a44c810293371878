"""benchmarks/who_handles_eval.py: questions about pages loaded with `--pages`."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.who_handles_eval import main

UNSEEN = Path(__file__).resolve().parent.parent / "data" / "unseen"

QUESTION = """
[[question]]
ask = "Who is responsible for marriage registration?"
district = "Longgang"
expect = ["Longgang District Civil Affairs Bureau"]
"""


@pytest.fixture
def questions(tmp_path: Path) -> Path:
    path = tmp_path / "questions.toml"
    path.write_text(QUESTION, encoding="utf-8")
    return path


def test_pages_are_loaded_next_to_the_builtin_corpus(questions: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(questions), "--duties", "0", "--pages", str(UNSEEN / "longgang-civil-affairs-bureau.txt")]) == 0
    out = capsys.readouterr().out
    assert "--pages: 1 pages loaded" in out
    assert "misses (orgkb, strict): 0" in out


def test_without_pages_the_question_finds_nothing(questions: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(questions), "--duties", "0"]) == 0
    assert "misses (orgkb, strict): 1" in capsys.readouterr().out


def test_a_path_that_does_not_exist_stops_the_run(
    questions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(questions), "--duties", "0", "--pages", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_a_refused_page_is_named_and_its_questions_miss(
    questions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused = tmp_path / "contacts-only.txt"
    refused.write_text("Longgang District Civil Affairs Bureau\nTel: 0755-1234 5678\n", encoding="utf-8")
    assert main([str(questions), "--duties", "0", "--pages", str(refused)]) == 0
    out = capsys.readouterr().out
    assert "1 of 1 pages refused" in out and "contacts-only.txt" in out
    assert "misses (orgkb, strict): 1" in out


def test_a_district_orgkb_refuses_counts_as_no_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "questions.toml"
    path.write_text(QUESTION.replace('"Longgang"', '"Atlantis"'), encoding="utf-8")
    assert main([str(path), "--duties", "0"]) == 0
    out = capsys.readouterr().out
    assert "districts orgkb refuses (their questions are answered with nothing): Atlantis" in out
    assert "misses (orgkb, strict): 1" in out
