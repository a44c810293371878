"""The texts of a shelved table are searched through their trigram index (SQLite FTS5), which
finds what `instr` over every text finds, and follows every change to the table."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgkb.kb.coordination import shelf
from orgkb.kb.coordination.shelf import Shelf, ShelvedMap, trigrams_available
from orgkb.loaders.document import Duty, Role

pytestmark = pytest.mark.skipif(not trigrams_available(), reason="this Python's SQLite has no FTS5 trigram tokenizer")

TEXTS = {
    "a": "assist the audit bureau",
    "b": "负责区政府日常政务工作，协助民政局",
    "c": 'the "quoted" office and the or * near (parks) bureau',
    "d": "archives",
}


def _duty(text: str) -> Duty:
    return Duty(text, text, 1, 1, Role.UNDERTAKES, id="x/duty/1", owner_id="x")


def _saved(path: Path, texts: dict[str, str]) -> ShelvedMap[str, Duty]:
    Shelf(path).write({}, {"duties": ({key: _duty(text) for key, text in texts.items()}, True)})
    return ShelvedMap(Shelf(path), "duties", texts=True)


def _instr(path: Path, fragments: set[str]) -> set[str]:
    """What `instr` over every text finds: the search without the index."""
    with sqlite3.connect(path) as connection:
        return {
            key.removeprefix("s\x00")
            for key, text in connection.execute('SELECT key, text FROM "duties"')
            if any(fragment in text for fragment in fragments)
        }


@pytest.mark.parametrize(
    ("fragments", "found"),
    [
        ({"audit bureau"}, {"a"}),  # words and the space between them
        ({"民政局"}, {"b"}),  # three characters: a trigram
        ({"民政"}, {"b"}),  # shorter than a trigram: `instr`
        ({'"quoted" office'}, {"c"}),  # FTS5's quotes, operators and brackets are text
        ({"or * near (parks)"}, {"c"}),
        ({"bureau", "archives"}, {"a", "c", "d"}),
        ({"Audit bureau"}, set()),  # case-folded texts, case-folded names: as `instr`, exact
        ({"nothing here"}, set()),
    ],
)
def test_the_index_finds_what_instr_finds(tmp_path: Path, fragments: set[str], found: set[str]) -> None:
    duties = _saved(tmp_path / "shelf.sqlite", TEXTS)
    assert duties.shelf.indexed("duties")
    assert duties.holding(fragments) == found == _instr(tmp_path / "shelf.sqlite", fragments)


def test_a_search_reads_the_index_not_every_text(tmp_path: Path) -> None:
    duties = _saved(tmp_path / "shelf.sqlite", TEXTS)
    statements: list[str] = []
    duties.shelf.connection.set_trace_callback(statements.append)  # the statement as run, values in it
    assert duties.holding({"audit bureau"}) == {"a"}
    duties.shelf.connection.set_trace_callback(None)
    (search,) = [statement for statement in statements if "MATCH" in statement]
    plan = duties.shelf.connection.execute("EXPLAIN QUERY PLAN " + search).fetchall()
    details = " | ".join(str(row[-1]) for row in plan)
    assert "SEARCH duties USING INTEGER PRIMARY KEY" in details and "VIRTUAL TABLE INDEX 0:M" in details, details
    assert "SCAN duties |" not in details + " |", details


def test_the_index_follows_the_changes_saved(tmp_path: Path) -> None:
    path = tmp_path / "shelf.sqlite"
    duties = _saved(path, TEXTS)
    duties["e"] = _duty("guide the audit bureau")
    duties["a"] = _duty("assist the finance bureau")  # replaced: its old text is no longer found
    del duties["d"]
    duties.shelf.write({}, {})
    again: ShelvedMap[str, Duty] = ShelvedMap(Shelf(path), "duties", texts=True)
    assert again.holding({"audit bureau"}) == {"e"}
    assert again.holding({"finance bureau"}) == {"a"}
    assert again.holding({"archives"}) == set()
    Shelf(path).write({}, {"duties": ({"f": _duty("the audit bureau again")}, True)})  # written whole
    assert ShelvedMap(Shelf(path), "duties", texts=True).holding({"audit bureau"}) == {"f"}


def test_a_file_saved_without_the_index_gets_it_built_from_its_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shelf.sqlite"
    monkeypatch.setattr(shelf, "trigrams_available", lambda: False)  # a Python whose SQLite lacks FTS5
    unindexed = _saved(path, TEXTS)
    assert not unindexed.shelf.indexed("duties")
    assert unindexed.holding({"audit bureau", "民政"}) == {"a", "b"}  # `instr` alone
    monkeypatch.undo()
    indexed: ShelvedMap[str, Duty] = ShelvedMap(Shelf(path), "duties", texts=True)
    assert indexed.shelf.indexed("duties")
    assert indexed.holding({"audit bureau", "民政"}) == {"a", "b"}


WORDS = st.sampled_from(["audit", "bureau", "民政局", "政务", "the", '"', "*", " ", "or", "ab", "bu"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=6).map("".join), min_size=1, max_size=8), st.sets(WORDS))
def test_any_fragments_are_found_as_instr_finds_them(texts: list[str], words: set[str]) -> None:
    fragments = {word for word in words if word.strip()}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shelf.sqlite"
        duties = _saved(path, {str(number): text for number, text in enumerate(texts)})
        assert duties.holding(fragments) == _instr(path, fragments)
