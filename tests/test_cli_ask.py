"""orgkb ask: a ranked table a person can read, JSON a program can, one line for mistakes."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from orgkb.cli import main
from orgkb.kb.store import persisted
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths, read_page
from tests.chinese_pages import (
    CIVIL_AFFAIRS_EN,
    CIVIL_AFFAIRS_ID,
    CIVIL_AFFAIRS_ZH,
    SOCIAL_ASSISTANCE_DUTY,
    civil_affairs_bureau,
)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_ask_prints_a_ranked_table_with_evidence_and_contact() -> None:
    status, text = run("ask", "Who takes care of the seals and official secrets?", "--district", "Jing'an")
    assert status == 0
    lines = text.splitlines()
    assert lines[0].startswith("Who handles 'Who takes care of the seals and official secrets?' in Jing'an")
    assert lines[1].split() == ["#", "score", "unit"]
    assert lines[2].lstrip().startswith("1 ")
    assert "says:" in text and "why:" in text
    assert ".txt:" in text  # the evidence names its file and line
    assert "contact: tel. 021-62472188" in text


def test_ask_json() -> None:
    status, text = run("ask", "reception of foreign guests", "--limit", "2", "--json")
    assert status == 0
    document = json.loads(text)
    assert document["matter"] == "reception of foreign guests" and document["district"] is None
    answers = document["answers"]
    assert [answer["rank"] for answer in answers] == [1, 2]
    first = answers[0]
    assert first["name"] == "Foreign Affairs Section"
    assert first["office"]["id"] == "shanghai/jingan/general-office"
    assert first["evidence"][0]["document"] == "jingan-general-office.txt"
    assert first["evidence"][0]["line"] > 0
    assert first["contact"]["telephone"].startswith("021")
    assert first["reason"]


def test_ask_in_chinese_with_a_chinese_district() -> None:
    status, text = run("ask", "信访", "--district", "静安")
    assert status == 0
    assert "Community Security Office" in text.splitlines()[2]


def test_ask_with_no_answer_says_so() -> None:
    status, text = run("ask", "zzz qqq", "--district", "Dapeng")
    assert status == 0
    assert text.startswith("No duty matches 'zzz qqq' in Dapeng")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ask", "   "], "matter="),
        (["ask", "archives", "--limit", "0"], "limit=0"),
        (["ask", "archives", "--limit", "99"], "limit=99"),
        (["ask", "archives", "--district", "Atlantis"], "district='Atlantis'"),
    ],
)
def test_ask_mistakes_end_with_one_line_and_status_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = run(*argv)
    assert status == 2
    err = capsys.readouterr().err
    assert err.startswith("orgkb ask: ") and message in err
    assert len(err.strip().splitlines()) == 1


# ---------------------------------------------------------------- a page in Chinese (tests/chinese_pages.py)


@pytest.fixture(scope="module")
def chinese_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("zh") / "store"
    kb = KnowledgeBase(path)
    kb.add_documents([*(read_page(page) for page in builtin_paths()), civil_affairs_bureau()])
    kb.flush()
    del kb  # the store is closed with it, for the command to open
    return str(path)


def test_ask_in_chinese_answers_with_the_chinese_sentence_and_its_line(chinese_store: str) -> None:
    status, text = run("ask", "低保怎么申请", "--store", chinese_store)
    assert status == 0
    lines = text.splitlines()
    assert lines[2].split(maxsplit=2)[2] == f"{CIVIL_AFFAIRS_ZH} / {CIVIL_AFFAIRS_EN}"  # Chinese first, English beside
    assert f"says:    {SOCIAL_ASSISTANCE_DUTY}  (jingan-civil-affairs-zh.txt:5)" in text


def test_ask_in_english_names_it_in_english_first(chinese_store: str) -> None:
    status, text = run("ask", "Who handles subsistence allowances?", "--store", chinese_store, "--json")
    assert status == 0
    first = json.loads(text)["answers"][0]
    assert (first["id"], first["names"]) == (CIVIL_AFFAIRS_ID, {"zh": CIVIL_AFFAIRS_ZH})
    assert (first["evidence"][0]["text"], first["evidence"][0]["line"]) == (SOCIAL_ASSISTANCE_DUTY, 5)
    status, text = run("ask", "Who handles subsistence allowances?", "--store", chinese_store)
    assert text.splitlines()[2].split(maxsplit=2)[2] == f"{CIVIL_AFFAIRS_EN} / {CIVIL_AFFAIRS_ZH}"


@pytest.fixture(scope="module")
def named_units_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("named") / "store"
    kb = KnowledgeBase(path)
    pages = Path(__file__).resolve().parent / "data" / "zh" / "named-units"
    kb.add_documents(
        [*(read_page(page) for page in builtin_paths()), *(read_page(p) for p in sorted(pages.glob("*.txt")))]
    )
    kb.flush()
    del kb
    return str(path)


def test_ask_shows_a_unit_named_for_it_with_the_line_naming_it(named_units_store: str) -> None:
    status, text = run("ask", "农机推广找哪个单位？", "--store", named_units_store)
    assert status == 0
    assert "named:   县农机推广站  (qinghe-agriculture-bureau.txt:11; no duty on its page says it)" in text
    status, text = run("ask", "农机推广找哪个单位？", "--store", named_units_store, "--json")
    first = json.loads(text)["answers"][0]
    assert first["evidence"] == []
    assert first["named_at"] == {"document": "qinghe-agriculture-bureau.txt", "line": 11, "quote": "县农机推广站"}


def test_a_command_returns_once_what_it_saves_beside_the_store_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save's thread holds the store open: a command that returned with one under way left the
    next command (in the same process, as a test or a program calling `main` runs it) refused with
    "the store is in use by another orgkb process"."""
    store = tmp_path / "store"
    kb = KnowledgeBase(store)
    kb.add_documents([civil_affairs_bureau()])
    kb.flush()
    del kb
    slow_write = persisted.write

    def write_slowly(*arguments: object) -> None:
        time.sleep(0.5)
        slow_write(*arguments)  # type: ignore[arg-type]

    monkeypatch.setattr(persisted, "write", write_slowly)
    status, _ = run("ask", "Who handles subsistence allowances?", "--store", str(store))
    assert status == 0
    assert not any(saving.is_alive() for saving in persisted._saving)
    status, text = run("ask", "Who handles subsistence allowances?", "--store", str(store), "--json")
    assert status == 0 and json.loads(text)["answers"][0]["id"] == CIVIL_AFFAIRS_ID
