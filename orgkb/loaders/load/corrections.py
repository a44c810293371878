"""Corrections without code: what a user says the reader got wrong about a page, applied after reading.

A sidecar file next to a page, named for the whole page file name and `.orgkb.toml`
(`jingan.txt` -> `jingan.txt.orgkb.toml`, so `x.txt` and `x.html` never share one), or the
`orgkb load` options `--name`, `--place`, `--kind` and `--parent`, set the organization's name,
the place it serves, its kind and its parent:

    name = "General Office of Qingshui City People's Government"
    place = "Lishui"            # a place the gazetteer knows, in English or Chinese
    kind = "general-office"     # one of orgkb's kinds
    parent = "Qingshui City People's Government"

Each correction is a `Repair` of the document (reason "sidecar" or "load option"), shown by
`orgkb load`, `orgkb validate` and `orgkb show`. A bad sidecar is a `LoadError` naming the
sidecar and its line; nothing from the page is written.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from orgkb.errors import LoadError
from orgkb.loaders.document import Document, Jurisdiction, Kind, NameSource, Repair
from orgkb.ontology.places import CITY_TYPES, Gazetteer, Place, default_gazetteer

SIDECAR_SUFFIX = ".orgkb.toml"
SIDECAR = "sidecar"
LOAD_OPTION = "load option"
FIELDS = ("name", "place", "kind", "parent")


@dataclass(frozen=True)
class Correction:
    """What to set on a page's document; `origin` says where it came from, `lines` each key's line."""

    name: str | None = None
    place: str | None = None
    kind: str | None = None
    parent: str | None = None
    origin: str = LOAD_OPTION
    source: str = "orgkb load"
    lines: tuple[tuple[str, int], ...] = ()

    def line_of(self, key: str) -> int | None:
        return dict(self.lines).get(key)

    def is_empty(self) -> bool:
        return not any((self.name, self.place, self.kind, self.parent))


def sidecar_of(page: Path) -> Path:
    """The sidecar file of a page: its whole file name with `.orgkb.toml` after it.

    >>> sidecar_of(Path("pages/jingan.txt")).name
    'jingan.txt.orgkb.toml'
    """
    return page.with_name(page.name + SIDECAR_SUFFIX)


def read_sidecar(page: Path) -> Correction | None:
    """The correction in a page's sidecar file, None when it has none.

    Raises `LoadError` naming the sidecar and the line: TOML it cannot parse, an unknown key, a
    value that is not text, a kind orgkb does not have, a place the gazetteer does not know.
    """
    path = sidecar_of(page)
    if not path.is_file():
        return None
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LoadError(str(path), f"cannot read the sidecar: {error}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+), column \d+\)", str(error))
        line = int(found.group(1)) if found else None
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise LoadError(str(path), f"not valid TOML: {reason}", line) from None
    lines = tuple((key, _line_of_key(text, key)) for key in data)
    for key, value in data.items():
        line = dict(lines)[key]
        if key not in FIELDS:
            raise LoadError(str(path), f"unknown key {key!r}; expected one of {', '.join(FIELDS)}", line)
        if not isinstance(value, str) or not value.strip():
            raise LoadError(str(path), f"{key} must be a non-empty text in quotes, got {value!r}", line)
    correction = Correction(
        **{key: str(value).strip() for key, value in data.items()},
        origin=SIDECAR,
        source=str(path),
        lines=lines,
    )
    check(correction)
    return correction


def _line_of_key(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=", line):
            return number
    return 1


def kind_of(text: str) -> Kind | None:
    """The kind a user names: "general-office", "general office", "General Office"."""
    wanted = re.sub(r"[\s_]+", "-", text.strip().lower())
    return next((kind for kind in Kind if kind.value == wanted), None)


def check(correction: Correction, gazetteer: Gazetteer | None = None) -> None:
    """Raise `LoadError` for a kind orgkb does not have or a place the gazetteer does not know."""
    if correction.kind is not None and kind_of(correction.kind) is None:
        kinds = ", ".join(kind.value for kind in Kind)
        reason = f"unknown kind {correction.kind!r}; expected one of {kinds}"
        raise LoadError(correction.source, reason, correction.line_of("kind"))
    if correction.place is not None:
        place_of(correction, gazetteer or default_gazetteer())


def place_of(correction: Correction, gazetteer: Gazetteer) -> Place:
    """The gazetteer's place a correction names; `LoadError` with the closest names when it knows none."""
    assert correction.place is not None
    place = gazetteer.find(correction.place)
    if place is None:
        closest = "; ".join(gazetteer.describe(found) for found in gazetteer.closest(correction.place))
        hint = f"; closest: {closest}" if closest else ""
        reason = f"no place called {correction.place!r} in the gazetteer{hint}"
        raise LoadError(correction.source, reason, correction.line_of("place"))
    return place


def jurisdiction_of(place: Place, gazetteer: Gazetteer) -> Jurisdiction:
    """The jurisdiction a page has when it serves `place`: its city, district and sub-district."""
    city = gazetteer.city_of(place)
    if place.place_type == "province":
        return Jurisdiction(province=place.label)
    if place.place_type in CITY_TYPES or city is None:
        return Jurisdiction(city=place.label) if place.place_type in CITY_TYPES else Jurisdiction(district=place.label)
    above = gazetteer.ancestors(place)
    if above and above[0].iri != city.iri and place.place_type in ("town", "sub-district", "township", "street"):
        return Jurisdiction(district=above[0].label, city=city.label, subdistrict=place.label)
    return Jurisdiction(district=place.label, city=city.label)


def apply(document: Document, correction: Correction, gazetteer: Gazetteer | None = None) -> Document:
    """A copy of `document` with the correction's values, each recorded as a `Repair`.

    Raises `LoadError` (naming the correction's source and line) for an unknown kind or place.
    """
    check(correction, gazetteer)
    gazetteer = gazetteer or default_gazetteer()
    changes: dict[str, object] = {}
    repairs = list(document.repairs)

    def record(field: str, old: object, new: object) -> None:
        repairs.append(Repair(document.name_line, f"{field}: {old or '(none)'}", f"{field}: {new}", correction.origin))

    if correction.name is not None and correction.name != document.name:
        record("name", document.name, correction.name)
        changes["name"] = correction.name
    if correction.name is not None and document.name_source is not None:
        changes["name_source"] = NameSource.GIVEN  # a page that prints no name, named by the user
    if correction.kind is not None and (kind := kind_of(correction.kind)) is not document.kind:
        record("kind", document.kind.value, kind.value if kind else correction.kind)
        changes["kind"] = kind
    if correction.parent is not None and correction.parent != document.parent:
        record("parent", document.parent, correction.parent)
        changes["parent"] = correction.parent
        changes["parent_aliases"] = []
    if correction.place is not None:
        place = place_of(correction, gazetteer)
        where = jurisdiction_of(place, gazetteer)
        if where != document.jurisdiction:
            shown = ", ".join(filter(None, (document.jurisdiction.subdistrict, document.jurisdiction.district)))
            old = ", ".join(filter(None, (shown, document.jurisdiction.above_district)))
            record("place", old, gazetteer.describe(place))
            changes["jurisdiction"] = where
    if not changes:
        return document
    return dataclasses.replace(document, repairs=repairs, **changes)  # type: ignore[arg-type]
