"""Pages of the genre written with other numbering, headings, dates, contacts and defects.

Each fixture in tests/data/variants and tests/data/unseen has a sidecar .expected.json saying
what a correct parser extracts; names are compared after folding case, quotes and white space.
The unseen pages' sidecars also give every duty's first words, the parent and each unit's
number of duties, and list every contact field the page prints.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgkb.loaders.load.files import read_page
from orgkb.ontology.places import fold_name

DATA = Path(__file__).parents[2] / "data"
VARIANTS = DATA / "variants"
UNSEEN = DATA / "unseen"
UNSEEN_FIXTURES = sorted(UNSEEN.glob("*.txt"))
FIXTURES = sorted(VARIANTS.glob("*.txt")) + UNSEEN_FIXTURES


def _fold(text: str | None) -> str | None:
    return None if text is None else " ".join(fold_name(text).split())


@pytest.fixture(params=FIXTURES, ids=[f"{path.parent.name}/{path.stem}" for path in FIXTURES])
def case(request: pytest.FixtureRequest) -> tuple[Path, dict]:  # type: ignore[type-arg]
    path = request.param
    return path, json.loads(path.with_suffix(".expected.json").read_text("utf-8"))


def test_there_are_variant_fixtures() -> None:
    assert len(list(VARIANTS.glob("*.txt"))) >= 12
    assert len(UNSEEN_FIXTURES) >= 8
    assert all(path.with_suffix(".expected.json").is_file() for path in FIXTURES)


def test_organization(case: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, expected = case
    document = read_page(path)
    assert _fold(document.name) == _fold(expected["organization"])
    assert document.kind.value == expected["kind"]
    if expected.get("district"):
        assert _fold(document.jurisdiction.district) == _fold(expected["district"])
    if expected.get("city"):
        assert _fold(document.jurisdiction.city) == _fold(expected["city"])
    released = document.released.isoformat() if document.released else None
    assert released == expected["released"]


def test_responsibilities(case: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, expected = case
    duties = read_page(path).duties
    assert len(duties) == expected["responsibility_count"]
    assert _fold(duties[0].text).startswith(_fold(expected["responsibility_first_starts"]))  # type: ignore[union-attr]
    assert _fold(duties[-1].text).startswith(_fold(expected["responsibility_last_starts"]))  # type: ignore[union-attr]


def test_units_and_aliases(case: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, expected = case
    units = read_page(path).units
    assert [_fold(unit.name) for unit in units] == [_fold(name) for name in expected["units"]]
    aliases = {_fold(unit.name): sorted(_fold(alias) for alias in unit.aliases) for unit in units if unit.aliases}
    wanted = {_fold(name): sorted(_fold(alias) for alias in names) for name, names in expected["unit_aliases"].items()}
    assert aliases == wanted


def test_contact(case: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, expected = case
    contact = read_page(path).contact
    for field, value in expected["contact"].items():
        assert _fold(getattr(contact, field)) == _fold(value), field


def test_repairs_are_reported(case: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, expected = case
    originals = {repair.original for repair in read_page(path).repairs}
    for glued in expected.get("repairs_include", []):
        assert glued in originals


def test_noise_is_dropped(case: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, expected = case
    document = read_page(path)
    texts = [document.name, *(duty.text for duty in document.all_duties()), *(unit.name for unit in document.units)]
    for noise in expected.get("must_not_contain", []):
        assert not any(noise in text for text in texts), noise


# Expectations of the unseen pages that the loader does not meet yet, each with the reason; strict,
# so that the mark has to go once the loader meets them.
_NOT_YET: dict[tuple[str, str], str] = {}


@pytest.fixture(params=UNSEEN_FIXTURES, ids=[path.stem for path in UNSEEN_FIXTURES])
def unseen(request: pytest.FixtureRequest) -> tuple[Path, dict]:  # type: ignore[type-arg]
    path = request.param
    if reason := _NOT_YET.get((request.function.__name__, path.stem)):
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    return path, json.loads(path.with_suffix(".expected.json").read_text("utf-8"))


def test_every_responsibility(unseen: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, expected = unseen
    duties = read_page(path).duties
    assert len(duties) == len(expected["responsibility_starts"])
    for duty, start in zip(duties, expected["responsibility_starts"], strict=True):
        assert _fold(duty.text).startswith(_fold(start)), (duty.text, start)  # type: ignore[union-attr]


def test_parent_and_unit_duties(unseen: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, expected = unseen
    document = read_page(path)
    assert _fold(document.parent) == _fold(expected["parent"])
    counts = {_fold(unit.name): len(unit.duties) for unit in document.units}
    wanted = {_fold(unit): 0 for unit in expected["units"]}
    wanted.update({_fold(unit): count for unit, count in expected["unit_duty_counts"].items()})
    assert counts == wanted


def test_no_contact_field_is_invented(unseen: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, expected = unseen
    contact = read_page(path).contact
    for field in ("address", "telephone", "fax", "email", "postal_code", "hours", "website"):
        if field not in expected["contact"]:
            assert getattr(contact, field) is None, field
