"""Labels for a page's blocks from what is known of it, folds by site, and the trainer's refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.real_batch import Facts
from benchmarks.train_roles import DevPage, Known, Read, folds_of, main, read
from orgkb.loaders.reading.roles import Role
from orgkb.loaders.sources.read import Raw

_PAGE = """Skip to main content
Qinghe District Audit Bureau
Main Responsibilities
1. Organize the audit of the district budget.
2. Supervise the use of public funds.
Internal Units
Finance Section
Manage the bureau's accounts.
Legal Affairs Section: responsible for the bureau's legal review.
Contact Us
Tel: 010-6255 1234
"""
_KNOWN = Known(
    ("Qinghe District Audit Bureau",),
    ("Organize the audit of", "Supervise the use of", "Manage the bureau's"),
    (("Finance Section",), ("Legal Affairs Section",)),
    ("010-6255 1234",),
)


def _read(text: str, known: Known = _KNOWN) -> Read:
    return read(Raw("page.txt", "page.txt", text.encode("utf-8"), "text/plain"), known)


def test_the_facts_label_the_blocks_they_decide_and_leave_the_others() -> None:
    page = _read(_PAGE)
    assert [(node.text, label) for node, label in zip(page.nodes, page.labels, strict=True)] == [
        ("Skip to main content", None),
        ("Qinghe District Audit Bureau", Role.NAME),
        ("Main Responsibilities", None),
        ("Organize the audit of the district budget.", Role.DUTY),
        ("Supervise the use of public funds.", Role.DUTY),
        ("Internal Units", None),
        ("Finance Section", Role.UNIT),
        ("Manage the bureau's accounts.", Role.DUTY),
        ("Legal Affairs Section: responsible for the bureau's legal review.", Role.UNIT_DUTIES),
        ("Contact Us", None),
        ("Tel: 010-6255 1234", Role.CONTACT),
    ]


def test_a_name_that_two_blocks_give_labels_neither() -> None:
    # printed again as the first line under "Internal Units" (a later line of the units' section gives no
    # name since the tenth English pass: it names one of the units)
    page = _read(_PAGE.replace("Internal Units\n", "Internal Units\nQinghe District Audit Bureau\n"))
    assert Role.NAME not in page.labels


def test_a_fact_the_page_does_not_print_labels_nothing() -> None:
    page = _read(_PAGE, Known(("Haidian District Audit Bureau",), ("Approve the budget",), (("Personnel Section",),)))
    assert page.labels == [None] * len(page.nodes)


def _dev(site: str) -> DevPage:
    facts = Facts("X", (), "bureau", None, 0, (), (), {})
    return DevPage("batch", site, "en", facts, _read(_PAGE))


def test_folds_keep_each_site_whole_and_are_balanced() -> None:
    pages = [_dev(site) for site in ("a.gov", "a.gov", "a.gov", "b.gov", "c.gov", "c.gov", "d.gov", "e.gov")]
    folds = folds_of(pages, 3)
    assert folds == folds_of(pages, 3)
    for site in {page.site for page in pages}:
        assert len({fold for page, fold in zip(pages, folds, strict=True) if page.site == site}) == 1
    sizes = [folds.count(fold) for fold in range(3)]
    assert max(sizes) - min(sizes) <= 1


def test_without_the_pages_the_trainer_says_so_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--pages", str(tmp_path / "absent")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "absent" in error
