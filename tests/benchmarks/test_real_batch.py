"""benchmarks/real_batch.py: a batch file is read whole or refused with its file, line and reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.real_batch import BatchError, read_batch

PAGE = """\
[[page]]
id = "lakeside-general-office"
url = "http://example.org/lakeside"
language = "en"
classes = ["numbered"]
same_as = ""
[page.facts]
organization = "General Office of Lakeside District"
kind = "general-office"
place = "Lakeside"
duty_count = 2
duty_starts = ["Arrange the meetings of"]
units = ["Secretariat Section", ["Emergency Section", "Emergencies Section"]]
contact = { telephone = "021-12345678" }
[[page.question]]
ask = "Who arranges the meetings?"
district = "Lakeside"
expect = ["General Office of Lakeside District"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "batch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_batch_is_read_into_pages(tmp_path: Path) -> None:
    [page] = read_batch(write(tmp_path, PAGE))
    assert page.file_name == "lakeside-general-office.txt"
    assert page.facts.units == (("Secretariat Section",), ("Emergency Section", "Emergencies Section"))
    assert page.facts.contact == {"telephone": "021-12345678"}
    assert page.facts.organization_also == ()
    [question] = page.questions
    assert (question.district, question.expect, question.accept) == (
        "Lakeside",
        ("General Office of Lakeside District",),
        (),
    )


def test_the_real_batches_are_well_formed() -> None:
    folder = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "real"
    batches = {path.stem: read_batch(path) for path in sorted(folder.glob("*.toml"))}
    assert set(batches) == {
        "en-dev-1", "en-dev-2", "en-holdout", "en-holdout-2", "en-holdout-3", "en-holdout-4", "en-val",
        "en-val-2", "zh-dev-1", "zh-holdout", "zh-dev-2", "zh-holdout-2", "zh-holdout-3", "zh-holdout-4",
        "zh-holdout-5", "zh-val", "zh-val-2", "en-holdout-5", "zh-holdout-6", "en-holdout-6", "zh-holdout-7",
        "en-dev-3", "zh-dev-3", "en-holdout-7", "zh-holdout-8", "en-dev-4", "zh-dev-4",
        "en-holdout-8", "zh-holdout-9", "en-val-3", "zh-val-3", "en-val-4", "zh-val-4",
        "en-holdout-9", "zh-holdout-10", "en-val-5", "zh-val-5", "en-holdout-10", "zh-holdout-11",
        "en-holdout-11", "zh-holdout-12", "en-holdout-12", "zh-holdout-13", "en-holdout-13",
        "zh-holdout-14", "en-holdout-14", "zh-holdout-15", "en-holdout-15", "zh-holdout-16",
        "en-holdout-16", "zh-holdout-17",
    }  # fmt: skip
    urls = [page.url for pages in batches.values() for page in pages]
    assert len(urls) == len(set(urls)), "a page is in two batches"
    for pages in batches.values():
        assert all(page.sha256 for page in pages)
        assert all(page.questions for page in pages)


# fmt: off
@pytest.mark.parametrize(("change", "line", "reason"), [
    (lambda t: t.replace('kind = "general-office"', 'kind = "ministry"'), 1, "kind 'ministry' is not one of"),
    (lambda t: t.replace("duty_count = 2", "duty_count = 0"), 1, "1 duty_starts for duty_count 0"),
    (lambda t: t.replace('same_as = ""', 'same_as = "elsewhere"'), 1, "same_as 'elsewhere' is not a page"),
    (lambda t: t.replace('expect = ["General Office of Lakeside District"]', "expect = []"), 1, "empty expect"),
    (lambda t: t.replace("contact = { telephone", "contact = { phone"), 1, "unknown contact field 'phone'"),
    (lambda t: t.replace('units = ["Secretariat Section", ', "units = [[], "), 1, "unit [] must be a name"),
    (lambda t: t.replace("[page.facts]", "[page.fact]"), 1, "no [page.facts] table"),
    (lambda t: t.replace('organization = "General', "organization = 3 # "), 1, "organization must be a non-empty"),
    (lambda t: t + "\n" + t, 1, "'lakeside-general-office': the id is used twice"),
    (lambda t: t.replace('url = "http', 'url = http'), 3, "expected TOML"),
])
# fmt: on
def test_a_bad_batch_is_refused_with_its_line(
    tmp_path: Path, change: Callable[[str], str], line: int, reason: str
) -> None:
    path = write(tmp_path, change(PAGE))
    with pytest.raises(BatchError) as raised:
        read_batch(path)
    assert raised.value.line == line
    assert reason in str(raised.value)
    assert str(raised.value).startswith(f"{path}:{line}: ")
    assert "\n" not in str(raised.value)


def test_a_file_without_pages_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BatchError, match="no \\[\\[page\\]\\] tables"):
        read_batch(write(tmp_path, "# nothing\n"))
