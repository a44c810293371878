"""A batch of real pages as `benchmarks/data/real/<batch>.toml` describes it: each page's address,
the facts read from it by hand and the questions written before orgkb read it.

`read_batch` checks the file's shape and raises `BatchError` naming the file, the line and what
was expected; nothing here knows about orgkb.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

KINDS = (
    "government",
    "general-office",
    "sub-district-office",
    "department",
    "section",
    "internal-office",
    "affiliated-body",
    "service-center",
    "party-committee",
    "legislature",
    "advisory-body",
    "other",
)
CONTACT_FIELDS = ("address", "telephone", "fax", "email", "postal_code", "hours", "website")
BUILTIN = "builtin:"  # `same_as = "builtin:jingan-general-office"`: a page of orgkb's built-in corpus


class BatchError(Exception):
    """A batch file that cannot be read: its path, the line (when known) and what was expected."""

    def __init__(self, path: Path, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class Facts:
    """What a reader should read from one page."""

    organization: str
    organization_also: tuple[str, ...]
    kind: str
    place: str | None
    duty_count: int
    duty_starts: tuple[str, ...]
    units: tuple[tuple[str, ...], ...]  # each unit as its alternative names
    contact: dict[str, str]


@dataclass(frozen=True)
class PageQuestion:
    ask: str
    district: str | None
    expect: tuple[str, ...]
    accept: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    language: str
    classes: tuple[str, ...]
    same_as: str
    sha256: str | None
    facts: Facts
    questions: tuple[PageQuestion, ...] = field(default=())

    @property
    def file_name(self) -> str:
        return f"{self.id}.txt"


def read_batch(path: Path) -> list[Page]:
    """The pages of the batch file at `path`; raises `BatchError` when it is not one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BatchError(path, f"cannot be read ({error}); expected a UTF-8 TOML batch file") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+)", str(error))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise BatchError(path, f"{reason}; expected TOML", int(found.group(1)) if found else None) from None
    entries = data.get("page")
    if not isinstance(entries, list) or not entries:
        raise BatchError(path, "no [[page]] tables; expected one per page")
    starts = [number for number, line in enumerate(text.splitlines(), start=1) if line.strip() == "[[page]]"]
    wheres = [_Where(path, starts[n] if n < len(starts) else None, None) for n in range(len(entries))]
    pages = [_page(entry, where) for entry, where in zip(entries, wheres, strict=True)]
    ids = [page.id for page in pages]
    for page, where in zip(pages, wheres, strict=True):
        named = _Where(path, where.line, page.id)
        if ids.count(page.id) > 1:
            raise named.error("the id is used twice; expected one page per id")
        if page.same_as and not page.same_as.startswith(BUILTIN) and page.same_as not in ids:
            raise named.error(f"same_as {page.same_as!r} is not a page of this batch (or 'builtin:<name>')")
    return pages


@dataclass(frozen=True)
class _Where:
    """Where a value of the batch file is: the file, its page's line and id."""

    path: Path
    line: int | None
    page: str | None

    def error(self, reason: str) -> BatchError:
        return BatchError(self.path, f"page {self.page!r}: {reason}" if self.page else reason, self.line)


def _page(entry: object, where: _Where) -> Page:
    if not isinstance(entry, dict):
        raise where.error("[[page]] must be a table")
    page_id = _text(entry, "id", where)
    where = _Where(where.path, where.line, page_id)
    facts = entry.get("facts")
    if not isinstance(facts, dict):
        raise where.error("no [page.facts] table; expected one")
    questions = entry.get("question", [])
    if not isinstance(questions, list):
        raise where.error("[[page.question]] must be tables")
    sha256 = entry.get("sha256")
    if sha256 is not None and not (isinstance(sha256, str) and re.fullmatch(r"[0-9a-f]{64}", sha256)):
        raise where.error("sha256 must be 64 lower-case hex digits")
    return Page(
        id=page_id,
        url=_text(entry, "url", where),
        language=_text(entry, "language", where),
        classes=_texts(entry, "classes", where),
        same_as=_text(entry, "same_as", where, empty=True),
        sha256=sha256,
        facts=_facts(facts, where),
        questions=tuple(_question(question, where) for question in questions),
    )


def _facts(entry: dict[str, object], where: _Where) -> Facts:
    kind = _text(entry, "kind", where)
    if kind not in KINDS:
        raise where.error(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    count = entry.get("duty_count")
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise where.error("duty_count must be a whole number >= 0")
    starts = _texts(entry, "duty_starts", where)
    if len(starts) > count:
        raise where.error(f"{len(starts)} duty_starts for duty_count {count}; expected at most that many")
    units = entry.get("units")
    if not isinstance(units, list):
        raise where.error("units must be a list of names (or of lists of alternative names)")
    alternatives: list[tuple[str, ...]] = []
    for unit in units:
        names = (unit,) if isinstance(unit, str) else tuple(unit) if isinstance(unit, list) else ()
        if not names or not all(isinstance(name, str) and name.strip() for name in names):
            raise where.error(f"unit {unit!r} must be a name or a list of alternative names")
        alternatives.append(names)
    contact = entry.get("contact", {})
    if not isinstance(contact, dict) or not all(isinstance(v, str) and v.strip() for v in contact.values()):
        raise where.error("contact must be a table of printed values")
    unknown = sorted(set(contact) - set(CONTACT_FIELDS))
    if unknown:
        raise where.error(f"unknown contact field {unknown[0]!r}; expected {', '.join(CONTACT_FIELDS)}")
    place = entry.get("place")
    if place is not None and not (isinstance(place, str) and place.strip()):
        raise where.error("place must be a place name (or left out when the page names none)")
    return Facts(
        organization=_text(entry, "organization", where),
        organization_also=_texts(entry, "organization_also", where, required=False),
        kind=kind,
        place=place,
        duty_count=count,
        duty_starts=starts,
        units=tuple(alternatives),
        contact=dict(contact),
    )


def _question(entry: object, where: _Where) -> PageQuestion:
    if not isinstance(entry, dict):
        raise where.error("[[page.question]] must be tables")
    district = entry.get("district")
    if district is not None and not (isinstance(district, str) and district.strip()):
        raise where.error("a question's district must be a place name (or left out)")
    ask = _text(entry, "ask", where)
    expect = _texts(entry, "expect", where)
    if not expect:
        raise where.error(f"question {ask!r} has an empty expect; expected the right answer's names")
    return PageQuestion(
        ask=ask, district=district, expect=expect, accept=_texts(entry, "accept", where, required=False)
    )


def _text(entry: dict[str, object], key: str, where: _Where, empty: bool = False) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not (empty or value.strip()):
        raise where.error(f"{key} must be {'a string' if empty else 'a non-empty string'}")
    return value


def _texts(entry: dict[str, object], key: str, where: _Where, required: bool = True) -> tuple[str, ...]:
    value = entry.get(key, None if required else [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise where.error(f"{key} must be a list of non-empty strings")
    return tuple(value)
