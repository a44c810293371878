"""Score what orgkb read from one page against the facts read from it by hand.

Every fact is one point: the organization's name, its kind, its place, its duty count, each duty
start, each unit and each contact field. Text is compared after `fold_text` (Unicode NFKC, case,
quotes and apostrophes, dashes, white space). A name is right when the read name or one of its
aliases folds to the organization's name or one of its other forms, and never when the page printed no
name (a provisional name, `Document.name_source`: a file's stem is chosen by whoever saved the page,
so it must not count as read); a duty start when it occurs
within the first `START_SLACK` characters of one of the organization's own read duties (each
read duty answers one start: a maximum bipartite matching, networkx's Hopcroft-Karp); a unit when
a read unit has one of its names as name or alias (matched the same way); a telephone, fax or
postal code when its digits occur in the read value's digits; another contact field when its
folded text occurs in the folded read value. The place is checked by the caller, through orgkb's
own place lookup (`PlaceCheck`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import networkx as nx

from benchmarks.real_batch import Facts
from orgkb.ontology.script import HAN

START_SLACK = 50  # characters of a read duty before a start may begin: numbering, a run-in heading
HEADLINE = ("organization", "duty_count", "unit")  # the facts issue 11 names: name, duty count, unit names
_QUOTES = re.compile(r"['’‘`\"“”«»「」『』]")
_DASHES = re.compile(r"[-‐‑‒–—―−]")
_CJK = f"\u2e80-\u33ff{HAN}"  # radicals, CJK punctuation, kana and the Han characters
_SPACE_BY_CJK = re.compile(rf"\s+(?=[{_CJK}])|(?<=[{_CJK}])\s+")


def fold_text(text: str) -> str:
    """`text` folded for comparison: NFKC, case, quotes, dashes as spaces, white space, no space by CJK.

    >>> fold_text("The  Office’s  e-mail")
    'the offices e mail'
    >>> fold_text("（一） 负责 处理")
    '(一)负责处理'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DASHES.sub(" ", _QUOTES.sub("", text))
    return _SPACE_BY_CJK.sub("", " ".join(text.split()))


class ReadDuty(Protocol):
    @property
    def text(self) -> str: ...


class ReadUnit(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> Sequence[str]: ...


class ReadDocument(Protocol):
    """What the scoring reads of orgkb's Document: a structural type, so a new reader's fits."""

    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> Sequence[str]: ...
    @property
    def duties(self) -> Sequence[ReadDuty]: ...
    @property
    def units(self) -> Sequence[ReadUnit]: ...


PlaceCheck = Callable[[str], tuple[bool, str]]
"""For a place name: whether the organization serves it or a place in it, and what orgkb has."""


@dataclass(frozen=True)
class Point:
    """One fact: what it is, what the page says, whether orgkb read it, and what orgkb read."""

    fact: str  # organization, kind, place, duty_count, duty_start, unit, contact.<field>
    expected: str
    right: bool
    read: str = ""


def score(facts: Facts, document: ReadDocument | None, place: PlaceCheck | None = None) -> list[Point]:
    """A point for every fact of `facts`; all wrong when the page was refused (`document` None)."""
    if document is None:
        return [Point(fact, expected, False, "(page refused)") for fact, expected in _facts(facts)]
    names = [document.name, *document.aliases]
    provisional = getattr(document, "name_source", None)
    points = [_name(facts, names) if provisional is None else _provisional(facts, document.name, provisional)]
    points.append(_kind(facts, document))
    if facts.place is not None:
        right, read = place(facts.place) if place is not None else (False, "(no place check)")
        points.append(Point("place", facts.place, right, read))
    read_count = len(document.duties)
    points.append(Point("duty_count", str(facts.duty_count), read_count == facts.duty_count, str(read_count)))
    points += _starts(facts.duty_starts, [duty.text for duty in document.duties])
    points += _units(facts.units, [(unit.name, *unit.aliases) for unit in document.units])
    contact = getattr(document, "contact", None)
    for field, expected in facts.contact.items():
        value = getattr(contact, field, None) or ""
        points.append(Point(f"contact.{field}", expected, _contact_right(field, expected, value), value))
    return points


def _facts(facts: Facts) -> Iterable[tuple[str, str]]:
    yield "organization", facts.organization
    yield "kind", facts.kind
    if facts.place is not None:
        yield "place", facts.place
    yield "duty_count", str(facts.duty_count)
    for start in facts.duty_starts:
        yield "duty_start", start
    for names in facts.units:
        yield "unit", names[0]
    for field, value in facts.contact.items():
        yield f"contact.{field}", value


def _name(facts: Facts, names: Sequence[str]) -> Point:
    wanted = {fold_text(name) for name in (facts.organization, *facts.organization_also)}
    right = any(fold_text(name) in wanted for name in names)
    return Point("organization", facts.organization, right, names[0])


def _provisional(facts: Facts, name: str, source: object) -> Point:
    """The name point of a page that printed no name: never right, whatever the provisional name."""
    return Point("organization", facts.organization, False, f"{name} (provisional, {getattr(source, 'value', source)})")


def _kind(facts: Facts, document: ReadDocument) -> Point:
    kind = getattr(document, "kind", None)
    read = str(getattr(kind, "value", kind))
    return Point("kind", facts.kind, read == facts.kind, read)


def _starts(starts: Sequence[str], duties: Sequence[str]) -> list[Point]:
    folded = [fold_text(duty) for duty in duties]

    def fits(start: int, duty: int) -> bool:
        found = folded[duty].find(fold_text(starts[start]))
        return 0 <= found <= START_SLACK

    matched = _matching(len(starts), len(duties), fits)
    return [
        Point("duty_start", start, number in matched, duties[matched[number]][:60] if number in matched else "")
        for number, start in enumerate(starts)
    ]


def _units(units: Sequence[tuple[str, ...]], read: Sequence[tuple[str, ...]]) -> list[Point]:
    wanted = [{fold_text(name) for name in names} for names in units]
    held = [{fold_text(name) for name in names} for names in read]
    matched = _matching(len(units), len(read), lambda unit, got: bool(wanted[unit] & held[got]))
    return [
        Point("unit", names[0], number in matched, read[matched[number]][0] if number in matched else "")
        for number, names in enumerate(units)
    ]


def _matching(left: int, right: int, fits: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum matching of left items to right items that fit: left index -> right index."""
    graph: nx.Graph[tuple[str, int]] = nx.Graph()
    tops = [("fact", number) for number in range(left)]
    graph.add_nodes_from(tops)
    graph.add_nodes_from(("read", number) for number in range(right))
    graph.add_edges_from((("fact", a), ("read", b)) for a in range(left) for b in range(right) if fits(a, b))
    pairs = nx.bipartite.hopcroft_karp_matching(graph, top_nodes=tops)
    return {node[1]: pairs[node][1] for node in tops if node in pairs}


def _contact_right(field: str, expected: str, read: str) -> bool:
    if field in ("telephone", "fax", "postal_code"):
        digits = re.sub(r"\D", "", expected)
        return bool(digits) and digits in re.sub(r"\D", "", read)
    if field == "website":
        expected, read = _bare_site(expected), _bare_site(read)
    folded = fold_text(expected)
    return bool(folded) and folded in fold_text(read)


def _bare_site(address: str) -> str:
    return re.sub(r"^https?://", "", address.strip(), flags=re.IGNORECASE).rstrip("/")
