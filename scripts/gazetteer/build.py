"""Build orgkb/ontology/gazetteer.tsv.gz from the packages' data (see `sources`).

    .venv/bin/pip install -e '.[gazetteer]' && .venv/bin/python -m scripts.gazetteer

The file is gzipped text, one header line, then one line per place sorted by path:
`path, parent row, place type, English name, Chinese name, code, other names (|-separated)`,
then one line per folded name sorted by name: `folded name, rows (comma-separated)`, the rows
in order of preference (a name the place goes by before a short one, the higher level first,
mainland China before Hong Kong, Macao and Taiwan before elsewhere, then the order of the codes).
Folded by `orgkb.ontology.places.fold_name`, the function lookups fold with.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from orgkb.ontology.places import fold_name
from scripts.gazetteer import sources
from scripts.gazetteer.english import Named, name_division, pinyin, plain_variants
from scripts.gazetteer.facts import (
    FUNCTIONAL_AREAS,
    HONG_KONG_DISTRICTS,
    MACAO_PARISHES,
    PROVINCE_ENGLISH,
    REGION_ENGLISH,
    TAIWAN_ENGLISH_FIXES,
)

OUTPUT = Path(__file__).resolve().parents[2] / "orgkb" / "ontology" / "gazetteer.tsv.gz"
FORMAT = "orgkb-gazetteer/1"
LEVELS = {
    "country": 0,
    "province": 1,
    "region": 1,
    "state": 1,
    "special administrative region": 1,
    "province-level municipality": 1,
    "city": 2,
    "county": 2,
    "district": 3,
    "sub-district": 4,
    "town": 4,
}
MUNICIPALITIES = {"11", "12", "31", "50"}
MAINLAND, SAR_TAIWAN, ELSEWHERE = 0, 1, 2


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"['’`]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "place"


@dataclass
class Entry:
    path: str
    parent: str | None
    place_type: str
    label: str
    chinese: str | None
    code: str | None
    names: list[str]
    short: set[str]  # names that are a longer name without its type word
    region: int
    order: int = 0
    weight: int = 0  # how well known the place's city is (people): places of one name, best known first


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    children: dict[str | None, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(
        self,
        parent: str | None,
        slug_text: str,
        place_type: str,
        label: str,
        *,
        chinese: str | None = None,
        code: str | None = None,
        names: Iterable[str] = (),
        short: Iterable[str] = (),
        region: int = MAINLAND,
        type_word: str = "",
        top: bool = False,
        weight: int | None = None,
    ) -> str:
        """Add a place under `parent`; its path, made unique among its siblings (a `top` place's
        path does not start with its parent's: "shanghai" for Shanghai, under "china")."""
        prefix = None if top else parent
        taken = self.children[prefix]
        own = slug(slug_text)
        for candidate in (own, f"{own}-{slug(type_word or place_type)}", f"{own}-{code}"):
            if candidate not in taken:
                own = candidate
                break
        else:
            raise SystemExit(f"no free path for {label!r} under {parent!r}")
        path = f"{prefix}/{own}" if prefix else own
        taken.add(own)
        short_names = list(dict.fromkeys(short))
        unique = list(dict.fromkeys(name.strip() for name in [*names, *short_names] if name and name.strip()))
        unique = [name for name in unique if name not in (label, chinese)]
        for name in [label, *unique]:
            if "|" in name or "\t" in name or "\n" in name:
                raise SystemExit(f"a name with a separator in it: {name!r}")
        if weight is None:
            above = self.entries.get(parent or "")
            weight = above.weight if above is not None else 0
        self.entries[path] = Entry(
            path, parent, place_type, label, chinese, code, unique, set(short_names), region, len(self.entries), weight
        )
        return path


def _zh_forms(full: str, bare: str) -> list[str]:
    return [full, bare] if len(bare) > 1 and bare != full else [full]


def mainland(gazetteer: Gazetteer, divisions: list[sources.Division]) -> dict[str, str]:
    """China's provinces, prefectures, counties and townships; the path of each code.

    A municipality's places come first among places of one name, then those of the prefecture
    with the most people (Shenzhen's Nanshan District before Hegang's)."""
    populations = sources.chinese_city_populations()
    path_of: dict[str, str] = {}
    name_of = {division.code: division.name for division in divisions}
    for division in divisions:
        code, name, parent = division.code, division.name, division.parent
        if parent is None:
            path_of[code] = _province(gazetteer, code, name)
            if code in MUNICIPALITIES:
                gazetteer.entries[path_of[code]].weight = 10**10
        elif len(code) == 4:
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                path_of[code] = path_of[parent]  # a level the country's municipalities and provinces skip
            else:
                path_of[code] = _prefecture(gazetteer, path_of[parent], code, name)
                bare = re.sub(r"(市|地区|盟)$", "", name)
                gazetteer.entries[path_of[code]].weight = populations.get(name) or populations.get(bare) or 0
        elif len(code) == 6:
            if name == name_of.get(parent):
                path_of[code] = path_of[parent]  # Dongguan, Zhongshan: a city without counties
            else:
                path_of[code] = _division(gazetteer, path_of[parent], code, name, "district")
        elif re.search(r"(街道|镇|乡|苏木)$", name):
            place_type = "sub-district" if name.endswith("街道") else "town"
            path_of[code] = _division(gazetteer, path_of[parent], code, name, place_type)
    for parent, chinese, english in FUNCTIONAL_AREAS:
        named = name_division(chinese)
        gazetteer.add(
            parent,
            named.english_bare,
            "district",
            english,
            chinese=chinese,
            names=_zh_forms(chinese, named.chinese_bare),
            short=[named.english_bare],
        )
    return path_of


def _province(gazetteer: Gazetteer, code: str, chinese: str) -> str:
    bare = re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", chinese)
    english = PROVINCE_ENGLISH.get(bare, (pinyin(bare),))
    names = [*english[1:], pinyin(bare), *_zh_forms(chinese, bare)]
    if code in MUNICIPALITIES:
        place_type = "province-level municipality"
        names += [f"{english[0]} Municipality", f"{english[0]} City"]
    else:
        place_type = "province"
        names += list(REGION_ENGLISH.get(bare, [f"{english[0]} Province"]))
    return gazetteer.add(
        "china", english[0], place_type, english[0], chinese=chinese, code=code.ljust(6, "0"), names=names, top=True
    )


def _prefecture(gazetteer: Gazetteer, parent: str, code: str, chinese: str) -> str:
    named = name_division(chinese)
    if chinese.endswith("市"):
        # a prefecture-level city goes by its name alone: "Hangzhou", as "Hangzhou City"
        label, names = named.english_bare, [named.english, *named.others]
        short: list[str] = []
    else:
        label, names, short = named.english, named.others, [named.english_bare]
    names += [variant for name in [label, *names, *short] for variant in plain_variants(name)]
    return gazetteer.add(
        parent,
        named.english_bare,
        "city",
        label,
        chinese=chinese,
        code=code.ljust(6, "0"),
        names=[*names, *_zh_forms(chinese, named.chinese_bare)],
        short=short,
    )


def _division(gazetteer: Gazetteer, parent: str, code: str, chinese: str, place_type: str) -> str:
    named = name_division(chinese)
    return _add_named(gazetteer, parent, named, place_type, code=code)


def _add_named(
    gazetteer: Gazetteer,
    parent: str,
    named: Named,
    place_type: str,
    *,
    code: str | None = None,
    region: int = MAINLAND,
    extra: Iterable[str] = (),
) -> str:
    short = [named.english_bare] if named.english_bare != named.english else []
    short += [name for name in named.others if " " not in name or name.endswith(("Road", "Street", "Avenue"))]
    chinese = _zh_forms(named.chinese, named.chinese_bare)
    names = [*named.others, *extra, *chinese]
    names += [variant for name in [named.english, *names, *short] for variant in plain_variants(name)]
    short += [name for name in chinese if name == named.chinese_bare and name != named.chinese]
    type_word = named.english.removeprefix(named.english_bare).strip()
    return gazetteer.add(
        parent,
        named.english_bare,
        place_type,
        named.english,
        chinese=named.chinese,
        code=code,
        names=names,
        short=short,
        region=region,
        type_word=type_word,
    )


def special_regions(gazetteer: Gazetteer, listed: dict[str, dict[str, list[str]]]) -> None:
    """Hong Kong and its 18 districts, Macao and its parishes (names checked against the package's)."""
    from opencc import OpenCC

    traditional = OpenCC("s2hk").convert
    hong_kong = gazetteer.add(
        "china",
        "Hong Kong",
        "special administrative region",
        "Hong Kong",
        chinese="香港",
        region=SAR_TAIWAN,
        top=True,
        names=["Hong Kong SAR", "Hong Kong Special Administrative Region", "HKSAR", "香港特别行政区", "香港特別行政區"],
    )
    districts = [name for areas in listed["香港特别行政区"].values() for name in areas]
    if sorted(districts) != sorted(HONG_KONG_DISTRICTS):
        raise SystemExit(f"Hong Kong's districts differ from the package's: {sorted(districts)}")
    for chinese, english in HONG_KONG_DISTRICTS.items():
        bare = chinese.removesuffix("区")
        forms = [chinese, bare, traditional(chinese), traditional(bare)]
        gazetteer.add(
            hong_kong,
            english,
            "district",
            f"{english} District",
            chinese=chinese,
            names=forms,
            short=[english, bare, traditional(bare)],
            region=SAR_TAIWAN,
        )
    macao = gazetteer.add(
        "china",
        "Macao",
        "special administrative region",
        "Macao",
        chinese="澳门",
        region=SAR_TAIWAN,
        top=True,
        names=[
            "Macau",
            "Macao SAR",
            "Macao Special Administrative Region",
            "Macau SAR",
            "澳門",
            "澳门特别行政区",
            "澳門特別行政區",
        ],
    )
    parishes = [re.sub(r"（.*?）", "", name) for areas in listed["澳门特别行政区"].values() for name in areas]
    if sorted(parishes) != sorted(MACAO_PARISHES):
        raise SystemExit(f"Macao's parishes differ from the package's: {sorted(parishes)}")
    for chinese, portuguese in MACAO_PARISHES.items():
        bare = chinese.removesuffix("区")
        gazetteer.add(
            macao,
            portuguese[0],
            "district",
            f"{portuguese[0]} Parish",
            chinese=chinese,
            names=[*portuguese, *(f"{name} Parish" for name in portuguese[1:]), chinese, bare, traditional(chinese)],
            short=[*portuguese, bare],
            region=SAR_TAIWAN,
        )


def _fix_taiwan(english: str) -> str:
    for wrong, right in TAIWAN_ENGLISH_FIXES.items():
        english = re.sub(rf"\b{wrong}\b", right, english)
    return english


_TAIWAN_TYPES = {
    "區": "District",
    "鄉": "Township",
    "鎮": "Township",
    "市": "City",
    "群島": "Islands",
    "列嶼": "Islands",
}


def taiwan(gazetteer: Gazetteer, places: list[sources.TaiwanPlace]) -> None:
    """Taiwan's cities and counties and their districts and townships, in Chinese (traditional and
    simplified) and English (the postal English names, and pinyin)."""
    from opencc import OpenCC

    simplified = OpenCC("t2s").convert
    top = gazetteer.add(None, "Taiwan", "region", "Taiwan", chinese="臺灣", names=["台湾", "台灣"], region=SAR_TAIWAN)
    counties: dict[str, str] = {}
    for place in places:
        if place.county not in counties:
            english = _fix_taiwan(place.county_english)
            bare = re.sub(r"\s+(City|County)$", "", english)
            chinese_bare = place.county[:-1]
            forms = [place.county, chinese_bare, simplified(place.county), simplified(chinese_bare)]
            forms += [form.replace("臺", "台") for form in forms]
            counties[place.county] = gazetteer.add(
                top,
                bare,
                "city" if place.county.endswith("市") else "county",
                english,
                chinese=place.county,
                names=[*forms, pinyin(simplified(chinese_bare))],
                short=[bare, chinese_bare],
                region=SAR_TAIWAN,
            )
        suffix = next((key for key in _TAIWAN_TYPES if place.name.endswith(key)), "")
        word = _TAIWAN_TYPES.get(suffix, "")
        english = _fix_taiwan(place.english)
        bare = re.sub(r"\s*(District|Township|Town|City|Islands|市)$", "", english).strip()
        english = f"{bare} {word}".strip()
        chinese_bare = place.name[: -len(suffix)] if suffix and len(place.name) > len(suffix) + 1 else place.name
        own = pinyin(simplified(chinese_bare))
        forms = [place.name, chinese_bare, simplified(place.name), simplified(chinese_bare)]
        forms += [form.replace("臺", "台") for form in forms]
        gazetteer.add(
            counties[place.county],
            bare,
            "district",
            english,
            chinese=place.name,
            names=[*forms, f"{own} {word}".strip(), own],
            short=[bare, chinese_bare, own],
            region=SAR_TAIWAN,
            type_word=word,
        )


def elsewhere(gazetteer: Gazetteer) -> None:
    """Countries, the UK's nations and local authorities, US states and counties, large cities."""
    country_paths: dict[str, str] = {}
    for country in sources.countries():
        if country.code in ("HK", "MO", "TW"):
            continue  # above, with their districts
        if country.code == "CN":
            names = [*country.others, "People's Republic of China", "PRC", "中国", "中华人民共和国"]
            path = gazetteer.add(None, "China", "country", "China", chinese="中国", code="CN", names=names)
        else:
            path = gazetteer.add(
                None,
                country.name,
                "country",
                country.name,
                chinese=country.chinese,
                code=country.code,
                names=country.others,
                region=ELSEWHERE,
            )
        country_paths[country.code] = path
    united_kingdom = country_paths["GB"]
    nations: dict[str, str] = {}
    subdivisions = sources.uk_subdivisions()
    for item in subdivisions:
        if item.kind in ("Country", "Province"):
            name, _, other = item.name.partition(" [")
            names = [other.split()[0]] if other else []
            nations[item.code] = gazetteer.add(
                united_kingdom, name, "region", name, code=item.code, names=names, region=ELSEWHERE
            )
    for item in subdivisions:
        if item.code in nations:
            continue
        name, _, other = item.name.partition(" [")
        names = [other.split()[0]] if other else []
        if item.kind == "London borough":
            names += [f"London Borough of {name}", f"{name} London Borough"]
        if name == "London, City of":
            name, names = "City of London", ["London, City of"]
        names.append(f"{name} Council")
        parent = nations.get(item.parent or "", united_kingdom)
        gazetteer.add(parent, name, "district", name, code=item.code, names=names, region=ELSEWHERE)
    united_states = country_paths["US"]
    states = {
        code: gazetteer.add(
            united_states, name, "state", name, code=f"US-{code}", names=[f"{name} State"], region=ELSEWHERE
        )
        for code, name in sorted(sources.us_states().items(), key=lambda item: item[1])
    }
    for county in sources.us_counties():
        if county["state"] not in states:
            continue
        name = county["name"]
        bare = re.sub(r"\s+(County|Parish|Borough|City and Borough|Census Area|Municipality|Municipio|city)$", "", name)
        gazetteer.add(
            states[county["state"]],
            bare,
            "district",
            name,
            code=county["fips"],
            short=[bare] if bare != name else [],
            region=ELSEWHERE,
            type_word=name.removeprefix(bare),
        )
    for city in sources.world_cities(frozenset({"CN", "HK", "MO", "TW"})):
        home = country_paths.get(city["countrycode"])
        if home is None:
            continue
        names = [city.get("asciiname", "")] if city.get("asciiname") else []
        gazetteer.add(
            home,
            city["name"],
            "city",
            city["name"],
            code=str(city["geonameid"]),
            names=names,
            region=ELSEWHERE,
            type_word=f"city-{city.get('admin1code', '')}",
        )


def write(gazetteer: Gazetteer, output: Path) -> tuple[int, int]:
    """Write the file; the number of places and of names."""
    entries = sorted(gazetteer.entries.values(), key=lambda entry: entry.path)
    row_of = {entry.path: row for row, entry in enumerate(entries)}
    index: dict[str, dict[int, tuple[int, int, int, int, int]]] = defaultdict(dict)
    for row, entry in enumerate(entries):
        level = LEVELS[entry.place_type]
        forms = [(entry.label, 0), *((name, 1 if name in entry.short else 0) for name in entry.names)]
        if entry.chinese:
            forms.append((entry.chinese, 0))
        if entry.code and entry.code.isdigit() and entry.region == MAINLAND:
            forms.append((entry.code, 0))
        for name, short in forms:
            key = fold_name(name)
            if not key:
                continue
            rank = (short, level, entry.region, -entry.weight, entry.order)
            index[key][row] = min(rank, index[key].get(row, rank))
    lines = [f"{FORMAT}\t{len(entries)}\t{len(index)}"]
    for entry in entries:
        parent = str(row_of[entry.parent]) if entry.parent else ""
        columns = [entry.path, parent, entry.place_type, entry.label, entry.chinese or "", entry.code or ""]
        lines.append("\t".join([*columns, "|".join(entry.names)]))
    for key in sorted(index):
        rows = sorted(index[key], key=index[key].__getitem__)
        lines.append(f"{key}\t{','.join(map(str, rows))}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    output.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return len(entries), len(index)


def build(output: Path = OUTPUT) -> None:
    gazetteer = Gazetteer()
    divisions, special = sources.china_divisions()
    elsewhere(gazetteer)  # countries first: China's provinces go under "china"
    mainland(gazetteer, divisions)
    special_regions(gazetteer, special)
    taiwan(gazetteer, sources.taiwan_places())
    places, names = write(gazetteer, output)
    print(f"{output}: {places} places, {names} names, {output.stat().st_size:,} bytes")
