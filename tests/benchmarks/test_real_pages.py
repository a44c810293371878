"""benchmarks/real_pages.py: a batch of made-up pages loaded through orgkb and scored."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from benchmarks.real_batch import read_batch
from benchmarks.real_pages import identities, main

LAKESIDE = """\
Main Responsibilities and Organization of the General Office of Lakeside District People's Government, Shanghai

Released on:2024-01-05

I. Main Responsibilities

1. Arrange the meetings of the district government and keep their minutes.

2. Handle the letters and visits of residents and report their opinions.

3. Edit and publish the district government gazette.

II. Organization

1. Secretariat Section

Draft the documents of the district government; keep the archives and seals.

2. Emergency Section

Prepare the district plans for public emergencies and coordinate the response.

Contact Information:

Office Address: 1 Lake Road

Tel.: 021-12345678
"""

BATCH = """\
[[page]]
id = "lakeside-general-office"
url = "http://example.org/lakeside"
language = "en"
classes = ["numbered"]
same_as = ""
sha256 = "{sha}"
[page.facts]
organization = "General Office of Lakeside District People's Government, Shanghai"
kind = "general-office"
duty_count = 3
duty_starts = ["Arrange the meetings of", "Handle the letters and", "Edit and publish the"]
units = ["Secretariat Section", "Emergency Section"]
contact = {{ address = "1 Lake Road", telephone = "021-12345678" }}
[[page.question]]
ask = "Who prepares the plans for public emergencies?"
expect = ["Emergency Section"]
accept = ["General Office of Lakeside District People's Government, Shanghai"]

[[page]]
id = "hillside-bureau"
url = "http://example.org/hillside"
language = "en"
classes = []
same_as = ""
[page.facts]
organization = "Hillside Bureau"
kind = "department"
duty_count = 1
duty_starts = ["Keep the hills"]
units = []
[[page.question]]
ask = "Who keeps the hills?"
expect = ["Hillside Bureau"]
"""


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "lakeside-general-office.txt").write_text(LAKESIDE, encoding="utf-8")
    path = tmp_path / "batch.toml"
    path.write_text(BATCH.format(sha=hashlib.sha256(LAKESIDE.encode()).hexdigest()), encoding="utf-8")
    return path


def run_main(batch: Path, *more: str) -> int:
    return main([str(batch), "--pages", str(batch.parent / "pages"), *more])


def test_each_page_is_loaded_or_named_as_refused(batch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_main(batch) == 0
    out = capsys.readouterr().out
    assert "lakeside-general-office loaded" in out
    assert "hillside-bureau         REFUSED" in out
    assert f"refused: {batch.parent / 'pages' / 'hillside-bureau.txt'}: no such file" in out
    assert "pages loaded      1/2" in out
    assert "identity collisions: 0" in out
    assert "warning" not in out


def test_json_holds_the_figures_and_every_page(batch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_main(batch, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["pages"], data["loaded"]) == (2, 1)
    assert data["facts"]["total"] == 10 + 4  # the made-up page's points, then the missing page's
    assert data["headline"]["together"]["total"] == 2 + 2 + 2  # names, duty counts, units
    assert data["who_handles"]["questions"] == 2
    [lakeside, hillside] = data["per_page"]
    assert hillside["facts"]["right"] == 0 and hillside["error"].endswith("hillside-bureau.txt: no such file")
    assert lakeside["error"] is None
    assert data["figures"].startswith("loaded 1/2 | facts ")


def test_a_page_whose_text_changed_is_warned_about(batch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = batch.parent / "pages" / "lakeside-general-office.txt"
    page.write_text(LAKESIDE.replace("1 Lake Road", "2 Lake Road"), encoding="utf-8")
    assert run_main(batch) == 0
    assert "the page text is not the one its facts were read from" in capsys.readouterr().out


def test_a_page_orgkb_refuses_is_named_with_its_error(batch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (batch.parent / "pages" / "hillside-bureau.txt").write_bytes(b"\x00\x01binary")
    assert run_main(batch) == 0
    assert "hillside-bureau.txt: binary data (it holds NUL bytes)" in capsys.readouterr().out


def test_misses_lists_the_facts_read_wrong(batch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch.write_text(batch.read_text(encoding="utf-8").replace("1 Lake Road", "9 Other Road"), encoding="utf-8")
    assert run_main(batch, "--misses") == 0
    assert "- contact.address: expected '9 Other Road', read " in capsys.readouterr().out


def test_two_pages_of_one_office_are_listed_as_a_collision(batch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = batch.parent / "pages"
    (pages / "hillside-bureau.txt").write_text(LAKESIDE, encoding="utf-8")  # the same office under another file
    assert run_main(batch) == 0
    out = capsys.readouterr().out
    assert "identity collisions: 1" in out
    assert "hillside-bureau replaced lakeside-general-office" in out.split("identity collisions: 1")[1]


def test_a_bad_batch_file_stops_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pages").mkdir()
    path = tmp_path / "batch.toml"
    path.write_text("[[page]]\nid = 3\n", encoding="utf-8")
    assert run_main(path) == 2
    err = capsys.readouterr().err
    assert err == f"{path}:1: id must be a non-empty string\n"


def test_a_missing_page_folder_stops_the_run(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(batch), "--pages", str(tmp_path / "nowhere")]) == 2
    assert "nowhere: no such folder" in capsys.readouterr().err


PAIR = """\
[[page]]
id = "a-en"
url = "http://example.org/a-en"
language = "en"
classes = []
same_as = "a-zh"
[page.facts]
organization = "A Office"
kind = "department"
duty_count = 0
duty_starts = []
units = []

[[page]]
id = "a-zh"
url = "http://example.org/a-zh"
language = "zh"
classes = []
same_as = "a-en"
[page.facts]
organization = "甲办公室"
kind = "department"
duty_count = 0
duty_starts = []
units = []

[[page]]
id = "b"
url = "http://example.org/b"
language = "en"
classes = []
same_as = "builtin:b-builtin"
[page.facts]
organization = "B Office"
kind = "department"
duty_count = 0
duty_starts = []
units = []
"""


# fmt: off
@pytest.mark.parametrize(("org_of", "superseded", "collisions", "pairs"), [
    # every page its own organization: the pairs were kept apart
    ({"a-en.txt": "o:a1", "a-zh.txt": "o:a2", "b.txt": "o:b", "b-builtin.txt": "o:b2", "c.txt": "o:c"}, {},
     [],
     ["a-en + a-zh: kept apart", "b + built-in b-builtin: kept apart"]),
    # the pairs became one organization each, as they should
    ({"a-en.txt": "o:a", "a-zh.txt": "o:a", "b.txt": "o:b", "b-builtin.txt": "o:b"}, {},
     [],
     ["a-en + a-zh: one organization (o:a)", "b + built-in b-builtin: one organization (o:b)"]),
    # an unmarked page shares an organization with a built-in page
    ({"a-en.txt": "o:a", "a-zh.txt": "o:x", "b.txt": "o:b", "b-builtin.txt": "o:x"}, {},
     ["a-zh, built-in b-builtin became one organization (o:x)"],
     ["a-en + a-zh: kept apart", "b + built-in b-builtin: kept apart"]),
    # a page replaced its pair (a loss), another replaced a built-in page it is not paired with
    ({"a-zh.txt": "o:a", "b.txt": "o:b", "b-builtin.txt": "o:b2"}, {"a-zh.txt": ["a-en.txt"], "b.txt": ["z.txt"]},
     ["b replaced z.txt (orgkb took them for one organization)"],
     ["a-en + a-zh: one replaced the other: a page's facts were lost", "b + built-in b-builtin: kept apart"]),
    # a page was not loaded
    ({"a-zh.txt": "o:a", "b.txt": "o:b", "b-builtin.txt": "o:b"}, {},
     [],
     ["a-en + a-zh: not both loaded", "b + built-in b-builtin: one organization (o:b)"]),
])
# fmt: on
def test_identities(
    tmp_path: Path,
    org_of: dict[str, str],
    superseded: dict[str, list[str]],
    collisions: list[str],
    pairs: list[str],
) -> None:
    path = tmp_path / "pair.toml"
    path.write_text(PAIR, encoding="utf-8")
    assert identities(read_batch(path), {"b-builtin.txt"}, org_of, superseded) == (collisions, pairs)


def test_a_loaded_page_missing_from_the_store_is_a_collision(tmp_path: Path) -> None:
    path = tmp_path / "pair.toml"
    path.write_text(PAIR, encoding="utf-8")
    org_of = {"a-en.txt": "o:a", "a-zh.txt": "o:a"}
    collisions, _ = identities(read_batch(path), set(), org_of, {}, loaded={"a-en.txt", "a-zh.txt", "b.txt"})
    assert collisions == ["b was loaded but is not in the store"]


NAMELESS = """\
Main Responsibilities

1. Plant trees along the ridge paths and keep them watered.

2. Repair the benches and fences of the ridge parks.
"""

NAMELESS_BATCH = """\
[[page]]
id = "ridge-page"
url = "http://example.org/ridge"
language = "en"
classes = ["no-title", "name-implied"]
same_as = ""
[page.facts]
organization = "Ridge Parks Office"
kind = "department"
duty_count = 2
duty_starts = ["Plant trees along the", "Repair the benches and"]
units = []
[[page.question]]
ask = "Who plants trees on the ridge?"
expect = ["Ridge Parks Office"]
"""


def _nameless_batch(folder: Path, batch: str) -> Path:
    """The batch file `batch` beside its one page, the nameless page, in `folder`."""
    (folder / "pages").mkdir()
    (folder / "pages" / "ridge-page.txt").write_text(NAMELESS, encoding="utf-8")
    path = folder / "batch.toml"
    path.write_text(batch, encoding="utf-8")
    return path


def test_an_answer_under_a_provisional_name_is_matched_by_its_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the page prints no name: loaded as "Ridge Page" (its file's name), a name fact scored wrong once;
    # its own organization answering is still the right answer, matched by the page it was read from
    path = _nameless_batch(tmp_path, NAMELESS_BATCH)
    assert run_main(path, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["per_page"][0]["strict_top1"]["orgkb"] == 1
    assert (data["who_handles"]["orgkb"]["strict_top1"], data["who_handles"]["orgkb_by_name_only"]["strict_top1"]) == (
        100.0,
        0.0,
    )
    assert run_main(path, "--misses") == 0
    out = capsys.readouterr().out
    assert "- organization: expected 'Ridge Parks Office', read 'Ridge Page (provisional, file-name)'" in out
    assert "orgkb  strict@1 100.0%" in out
    assert "orgkb, a provisional name matched by name only (the old rule): strict@1 0.0%" in out


def test_a_provisional_name_never_lends_a_page_name_to_another_organization(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the question's right answer is another page's organization; the nameless page answering is wrong
    path = _nameless_batch(
        tmp_path, NAMELESS_BATCH.replace('expect = ["Ridge Parks Office"]', 'expect = ["Valley Parks Office"]')
    )
    assert run_main(path, "--json") == 0
    [page] = json.loads(capsys.readouterr().out)["per_page"]
    assert page["strict_top1"]["orgkb"] == 0
