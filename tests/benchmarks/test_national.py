"""The national corpus: every county-level division, deterministic by seed, pages the reader reads as written."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from benchmarks.national import (
    DEPARTMENTS,
    EXTRA_DEPARTMENT,
    County,
    counties,
    county_pages,
    extra_page,
    national_pages,
    write_corpus,
)
from orgkb.kb.coordination.coverage import select
from orgkb.kb.entities.places import place_of
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import load_paths


@pytest.fixture(scope="module")
def every_county() -> list[County]:
    return counties()


def test_every_county_level_division_of_the_mainland(every_county: list[County]) -> None:
    assert len(every_county) == 2850  # development zones, Hong Kong, Macao and Taiwan left out
    labels = {county.place.label for county in every_county}
    assert {"Jing'an District", "Yiwu City", "Changning County"} <= labels
    assert not any("kaifa" in label.lower() for label in labels)
    localities = sum(len(county.localities) for county in every_county)
    assert 38_000 < localities < 39_000  # the townships and sub-districts under them
    jingan = next(county for county in every_county if county.place.label == "Jing'an District")
    assert jingan.city == "Shanghai" and any(local.label == "Caojiadu Sub-district" for local in jingan.localities)


def test_a_county_has_its_general_office_departments_and_localities(every_county: list[County]) -> None:
    county = next(county for county in every_county if county.place.label == "Yiwu City")
    pages = list(county_pages(county, seed=0))
    assert len(pages) == 1 + len(DEPARTMENTS) + len(county.localities)
    assert pages[0].name == "zhejiang/330782-yiwu-general-office.txt"
    assert (
        pages[0].lines[[line.startswith("General Office") for line in pages[0].lines].index(True)].endswith(", Jinhua")
    )
    assert len({page.name for page in pages}) == len(pages)


def test_deterministic_by_seed_and_a_smaller_size_is_a_prefix() -> None:
    small = [(page.name, page.text) for page in national_pages(40, seed=3)]
    again = [(page.name, page.text) for page in national_pages(40, seed=3)]
    larger = [(page.name, page.text) for page in national_pages(90, seed=3)]
    other = [(page.name, page.text) for page in national_pages(40, seed=4)]
    assert small == again and larger[:40] == small and len(larger) == 90
    assert other != small


def test_pages_load_with_their_places_and_distinct_ids(tmp_path: Path, every_county: list[County]) -> None:
    # two counties whose names other counties share: the city in every title tells them apart
    chosen = [c for c in every_county if c.place.label in ("Changning County", "Changning District")]
    pages = [page for county in chosen for page in itertools.islice(county_pages(county, seed=0), 6)]
    for page in pages:
        (tmp_path / page.name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / page.name).write_text(page.text, encoding="utf-8")
    kb = KnowledgeBase()
    report = load_paths(kb, [tmp_path])
    assert not report.failed, [str(result.error) for result in report.failed]
    assert len(kb.documents()) == len(pages)
    offices = select(kb, (), "general-office", None)
    assert len(offices) == len(chosen) == 3  # Changning District (Shanghai), Changning County (Baoshan, Yibin)
    served = {place_of(kb, office).id for office in offices}  # type: ignore[union-attr]
    assert served == {"place/" + county.place.path for county in chosen}


def test_write_corpus_counts_what_it_wrote(tmp_path: Path) -> None:
    pages, duties = write_corpus(tmp_path, 35, seed=0)
    assert pages == 35 == sum(1 for _ in tmp_path.rglob("*.txt"))
    assert duties > 35 * 5


def test_only_one_office_of_each_county() -> None:
    pages = list(national_pages(12, seed=0, only="general-office"))
    assert len(pages) == 12 and all(page.name.endswith("-general-office.txt") for page in pages)
    assert len({page.name.split("/")[1][:6] for page in pages}) == 12  # twelve counties


def test_the_extra_page_is_the_page_after_the_corpus_or_a_department_no_county_has() -> None:
    assert extra_page(40, seed=3).name == [page.name for page in national_pages(41, seed=3)][-1]
    extra = extra_page(None, seed=0)
    first = next(national_pages(1, seed=0))  # the first county's general office
    county_code = first.name.rsplit("/", 1)[1].split("-")[0]
    assert extra.name.rsplit("/", 1)[1].startswith(f"{county_code}-")
    assert extra.name.endswith("-data-resources-bureau.txt")
    assert EXTRA_DEPARTMENT not in DEPARTMENTS and EXTRA_DEPARTMENT in extra.text
