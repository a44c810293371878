"""A national corpus: every county-level division of the gazetteer with its offices, as text pages.

For each of China's county-level divisions (districts, counties, county-level cities, banners:
2,850 in `orgkb/ontology/gazetteer.tsv.gz`, economic development zones left out) the general
office of its government, `DEPARTMENTS` (30 departments, each with its units) and the office of
every township and sub-district under it. The pages are written in the genre's styles by
`benchmarks/synthetic.py` (`write_page`), with the real names of the places and every title
naming the city, so that the reader can tell apart places whose names repeat (three Changnings).

Known: today's reader takes a county-level city or an autonomous county for its prefecture
("General Office of People's Government of Tongcheng City, Anqing" gets the id
`anqing/general-office`), so at size L the 2,850 general office pages make 2,608 organizations
(117 ids shared by 359 pages); their departments collide alike. The pages are right; the reader
is what to fix.

Deterministic: the counties come in an order shuffled by `seed`, and each page draws its styles
from a generator seeded by the seed and the page's own place and office, so a smaller size holds
the first pages of a larger one. Sizes: S 1,000 pages, M 10,000, L every county (about 127,000).

    python -m benchmarks.national --size S --out /tmp/national-s [--seed 0]
    python -m benchmarks.national --size L --only general-office --out /tmp/national-offices
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.synthetic import Page, Place, write_page
from orgkb.ontology.places import Gazetteer, default_gazetteer
from orgkb.ontology.places import Place as GazetteerPlace

SIZES = {"S": 1_000, "M": 10_000, "L": None}
DEPARTMENTS = (
    "Development and Reform Bureau",
    "Education Bureau",
    "Science and Technology Bureau",
    "Industry and Information Technology Bureau",
    "Public Security Bureau",
    "Civil Affairs Bureau",
    "Justice Bureau",
    "Finance Bureau",
    "Human Resources and Social Security Bureau",
    "Natural Resources Bureau",
    "Ecology and Environment Bureau",
    "Housing and Urban-Rural Development Bureau",
    "Transport Bureau",
    "Water Resources Bureau",
    "Agriculture and Rural Affairs Bureau",
    "Commerce Bureau",
    "Culture and Tourism Bureau",
    "Health Commission",
    "Veterans Affairs Bureau",
    "Emergency Management Bureau",
    "Audit Bureau",
    "Market Supervision Administration",
    "Statistics Bureau",
    "Medical Security Bureau",
    "Urban Management Bureau",
    "Forestry Bureau",
    "Sports Bureau",
    "Ethnic and Religious Affairs Bureau",
    "Archives Bureau",
    "Administrative Approval Bureau",
)
_OUTSIDE_THE_MAINLAND = ("taiwan", "hong-kong", "macao")
_LOCAL_KINDS = {"town": "town-government", "sub-district": "sub-district-office"}


@dataclass(frozen=True)
class County:
    """A county-level division: the place, its city and the townships and sub-districts under it."""

    place: GazetteerPlace
    city: str
    localities: tuple[GazetteerPlace, ...]


def is_county(place: GazetteerPlace) -> bool:
    """A county-level division of the mainland: a 6-digit code below a city, not a development zone (xxxx7x)."""
    code = place.code or ""
    return (
        place.place_type == "district"
        and len(code) == 6
        and code.isdigit()
        and not code.endswith("00")
        and code[4] != "7"
        and place.path.split("/", 1)[0] not in _OUTSIDE_THE_MAINLAND
    )


def counties(gazetteer: Gazetteer | None = None) -> list[County]:
    """Every county-level division of the gazetteer, by code, with its city and localities."""
    gazetteer = gazetteer or default_gazetteer()
    found: list[GazetteerPlace] = []
    below: dict[str, list[GazetteerPlace]] = defaultdict(list)
    for place in gazetteer:
        if is_county(place):
            found.append(place)
        elif place.place_type in _LOCAL_KINDS and place.parent:
            below[place.parent].append(place)
    result = []
    for place in sorted(found, key=lambda county: county.code or ""):
        city = gazetteer.city_of(place)
        localities = tuple(sorted(below.get(place.iri, ()), key=lambda local: local.code or local.path))
        result.append(County(place, city.label if city is not None else place.label, localities))
    return result


def _split(label: str) -> tuple[str, str]:
    """A place's name and its type word: "Changning County" -> ("Changning", "County")."""
    name, _, word = label.rpartition(" ")
    return (name, word) if name else (label, "District")


def _slug(text: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in text.lower().replace("'", "")).strip("-")


def _synthetic_place(county: County, rng: random.Random, locality: str = "") -> Place:
    name, division = _split(county.place.label)
    return Place(
        city=county.city,
        district=name,
        locality=locality,
        site=f"{_slug(name)}.gov.cn",
        area_code=f"0{rng.randint(10, 999)}",
        postal_prefix=f"{rng.randint(10, 86)}",
        division=division,
        city_in_title=True,
    )


def county_pages(county: County, seed: int) -> Iterator[Page]:
    """The pages of one county: its general office, its departments, then its localities' offices."""
    code = county.place.code
    folder = county.place.path.split("/", 1)[0]

    def page(kind: str, what: str, locality: str = "", department: str | None = None) -> Page:
        rng = random.Random(f"{seed}:{code}:{what}")
        place = _synthetic_place(county, rng, locality)
        return write_page(rng, f"{folder}/{code}-{_slug(place.district)}-{what}.txt", kind, place, department)

    yield page("general-office", "general-office")
    for department in DEPARTMENTS:
        yield page("department", _slug(department), department=department)
    for local in county.localities:
        name, _ = _split(local.label)
        yield page(_LOCAL_KINDS[local.place_type], f"{_slug(name)}-{local.code}", locality=name)


def national_pages(size: int | None, seed: int = 0, only: str | None = None) -> Iterator[Page]:
    """The first `size` pages (every page when None): whole counties, in an order shuffled by `seed`.

    With `only` ("general-office"), only the pages whose names end with it (the county's general
    office): a corpus for timing the matrix of every county general office without loading the rest.
    """
    order = counties()
    random.Random(seed).shuffle(order)
    written = 0
    for county in order:
        for page in county_pages(county, seed):
            if only is not None and not page.name.endswith(f"-{only}.txt"):
                continue
            if size is not None and written >= size:
                return
            written += 1
            yield page


EXTRA_DEPARTMENT = "Data Resources Bureau"  # in no county of the corpus: `extra_page` writes it


def extra_page(size: int | None, seed: int = 0) -> Page:
    """A page that is not in the corpus of `size` and `seed` (a page to add to its store): the page
    after its last; for every county (`size` None), a department none of them has
    (`EXTRA_DEPARTMENT`) of the first county in the order."""
    if size is not None:
        for number, page in enumerate(national_pages(size + 1, seed)):
            if number == size:
                return page
    order = counties()
    random.Random(seed).shuffle(order)
    county = order[0]
    rng = random.Random(f"{seed}:{county.place.code}:extra")
    place = _synthetic_place(county, rng)
    folder = county.place.path.split("/", 1)[0]
    name = f"{folder}/{county.place.code}-{_slug(place.district)}-{_slug(EXTRA_DEPARTMENT)}.txt"
    return write_page(rng, name, "department", place, EXTRA_DEPARTMENT)


def write_corpus(out: Path, size: int | None, seed: int = 0, only: str | None = None) -> tuple[int, int]:
    """Write the corpus under `out` (a folder per province); returns (pages, duties)."""
    pages = duties = 0
    for page in national_pages(size, seed, only):
        path = out / page.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.text, encoding="utf-8")
        pages += 1
        duties += page.duties
    return pages, duties


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.national", description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="S", help="S 1,000 pages, M 10,000, L every county")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write the pages to")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--only", metavar="OFFICE", help='only the pages of this office of each county ("general-office")'
    )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    pages, duties = write_corpus(args.out, SIZES[args.size], args.seed, args.only)
    seconds = time.perf_counter() - began
    print(f"wrote {pages} pages ({duties} duties) to {args.out} in {seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
