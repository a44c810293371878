"""Duties aligned across languages: each duty of an office's English page linked to its translation
on the office's Chinese page, kept up to date as pages are loaded and removed.

When the English and the Chinese page of one office are loaded they are one organization with two
pages (`loaders/identity/organization.py`), and the pages list the same duties: one is a translation of the
other. Two duties align when they agree on what can be compared across languages, each scored
0 to 1 and weighed (`WEIGHTS`):
- **matters**: the thesaurus found matters in each language; their overlap (a matter counts half
  for the broader matters above it), or 1 for the two closing "other tasks assigned" duties;
- **position**: where each stands in its page's list (a translation keeps the order);
- **tokens**: the numbers and Latin names (12345, GDP, PM2.5) the Chinese duty holds, found in the
  English one;
- **length**: English words against Chinese characters, near the usual `WORDS_PER_CHARACTER`.

A feature neither duty has (no matters, no numbers) is left out of the mean. A pair is kept only
above `THRESHOLD` and with evidence of content (a shared matter, a shared token, or both closing
duties), never on position and length alone. The pairs kept are the best order-keeping one-to-one
alignment of the two lists (dynamic programming, as sentence aligners do): a duty that only one
page has is left without a translation, and nothing is guessed below the threshold.

The links live in the derived graph as `orgkb:translationOf` (both ways) backed by one
`orgkb:DutyAlignment` per pair with its score and evidence. Like `Coordination`, `Translations`
reads back only the pages written and gives the quads to remove and to add; the knowledge base
writes them inside each write, so reads never write.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from orgkb.kb.coordination.broader import broader_matters, weighted_matters
from orgkb.kb.coordination.derived import BULK, DERIVED, DOUBLE, TYPE, Change, Select, pair_iri
from orgkb.kb.coordination.stated import is_catch_all
from orgkb.kb.entities.duty_rows import page_duties
from orgkb.loaders.document import Duty
from orgkb.ontology.ids import iri_of, iri_of_public
from orgkb.ontology.namespace import ORGKB
from orgkb.ontology.script import HAN, has_chinese

THRESHOLD = 0.55
WEIGHTS = {"matters": 0.5, "position": 0.2, "tokens": 0.15, "length": 0.15}
WORDS_PER_CHARACTER = 0.6  # English words per Chinese character of the same duty, about
LENGTH_TOLERANCE = 0.7  # a ratio off by e^0.7 (about 2x) agrees 1/e as well

_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?|[a-z][a-z0-9.\-]*[a-z0-9]|[a-z]")
_CHARACTERS = re.compile(f"[{HAN}]")


@dataclass(frozen=True)
class Alignment:
    """Two duties (their ids) that say the same in two languages (`first` the English one), and why."""

    first: str
    second: str
    score: float
    matters: tuple[str, ...]  # the matters both concern (their ids)
    position: float
    length: float
    tokens: tuple[str, ...]  # the numbers and Latin names both hold


def tokens(text: str) -> set[str]:
    """The numbers and Latin names of a text, folded ("12345", "gdp", "pm2.5")."""
    return set(_TOKEN.findall(unicodedata.normalize("NFKC", text).casefold()))


def numbers(text: str) -> set[str]:
    """The numbers among a text's `tokens` ("12345", "pm2.5" is no number)."""
    return {token for token in tokens(text) if token[0].isdigit()}


def _characters(text: str) -> int:
    return len(_CHARACTERS.findall(text))


def pair_score(
    english: Duty, chinese: Duty, where: tuple[float, float], broader: Mapping[str, set[str]]
) -> Alignment | None:
    """The alignment of an English and a Chinese duty at relative positions `where` (0 to 1 each),
    or None without evidence of content (no shared matter or token, and not both closing duties).

    >>> from orgkb.loaders.document import Role
    >>> english = Duty("Run the 12345 hotline.", "", 3, 1, Role.UNDERTAKES, id="e")
    >>> chinese = Duty("负责12345热线。", "", 9, 1, Role.UNDERTAKES, id="z")
    >>> pair_score(english, chinese, (0.5, 0.5), {}).tokens
    ('12345',)
    """
    features: dict[str, float] = {}
    left, right = weighted_matters(english.matters, broader), weighted_matters(chinese.matters, broader)
    if is_catch_all(english.text) and is_catch_all(chinese.text):
        features["matters"] = 1.0
    elif left or right:
        keys = left.keys() | right.keys()
        both = sum(min(left.get(m, 0.0), right.get(m, 0.0)) for m in keys)
        features["matters"] = both / sum(max(left.get(m, 0.0), right.get(m, 0.0)) for m in keys)
    held = {token for token in tokens(chinese.text) if not has_chinese(token)}
    counted = numbers(english.text)
    shared = held & tokens(english.text)
    if held | counted:
        features["tokens"] = len(shared) / len(held | counted)
    if features.get("matters", 0.0) <= 0 and not shared:
        return None
    features["position"] = 1 - abs(where[0] - where[1])
    if (length := length_agreement(english.text, chinese.text)) is not None:
        features["length"] = length
    score = sum(WEIGHTS[name] * value for name, value in features.items()) / sum(WEIGHTS[name] for name in features)
    common = sorted(set(english.matters) & set(chinese.matters))
    return Alignment(
        english.id,
        chinese.id,
        round(score, 4),
        tuple(common),
        round(features["position"], 4),
        round(features.get("length", 0.0), 4),
        tuple(sorted(shared)),
    )


def length_agreement(english: str, chinese: str) -> float | None:
    """How far an English text's words and a Chinese text's characters agree in length (1 at the usual
    `WORDS_PER_CHARACTER`, 1/e at a ratio off by `LENGTH_TOLERANCE`), or None when either is empty.

    >>> round(length_agreement("Manage the parks and green spaces.", "管理公园和绿地。"), 2)
    0.6
    """
    characters, words = _characters(chinese), len(english.split())
    if not characters or not words:
        return None
    return math.exp(-abs(math.log(words / characters / WORDS_PER_CHARACTER)) / LENGTH_TOLERANCE)


def _where(index: int, count: int) -> float:
    return index / (count - 1) if count > 1 else 0.5


def align(english: Sequence[Duty], chinese: Sequence[Duty], broader: Mapping[str, set[str]]) -> list[Alignment]:
    """The best order-keeping one-to-one pairs of two pages' duties (each list in page order),
    each above `THRESHOLD`: the sum of their scores less the threshold is the largest there is."""
    return [found for _, _, found in aligned_positions(english, chinese, broader)]


def aligned_positions(
    english: Sequence[Duty], chinese: Sequence[Duty], broader: Mapping[str, set[str]]
) -> list[tuple[int, int, Alignment]]:
    """`align`'s pairs, each with the positions of its two duties in their lists."""
    n, m = len(english), len(chinese)
    scores: dict[tuple[int, int], Alignment] = {}
    for i, left in enumerate(english):
        for j, right in enumerate(chinese):
            found = pair_score(left, right, (_where(i, n), _where(j, m)), broader)
            if found is not None and found.score >= THRESHOLD:
                scores[(i, j)] = found
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best[i][j] = max(best[i - 1][j], best[i][j - 1])
            found = scores.get((i - 1, j - 1))
            if found is not None:
                best[i][j] = max(best[i][j], best[i - 1][j - 1] + found.score - THRESHOLD)
    pairs: list[tuple[int, int, Alignment]] = []
    i, j = n, m
    while i > 0 and j > 0:
        found = scores.get((i - 1, j - 1))
        if found is not None and math.isclose(best[i][j], best[i - 1][j - 1] + found.score - THRESHOLD):
            pairs.append((i - 1, j - 1, found))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def page_duties_in(select: Select, graph: str) -> list[Duty]:
    """The duties of one page's graph, in page order, each with its matters."""
    bound = {"graph": ox.NamedNode(graph)}
    listed = page_duties(select("page_duties", **bound), select("page_duty_matters", **bound)).get(graph, {}).values()
    return sorted(listed, key=lambda duty: (duty.line, duty.id))


def _subjects(select: Select, graphs: Iterable[str] | None) -> dict[str, tuple[str, str]]:
    """Each page (of `graphs`, or every page) -> the organization it is about and its language."""
    rows = (
        select("pages_about")
        if graphs is None
        else [row for graph in graphs for row in select("pages_about", graph=ox.NamedNode(graph))]
    )
    return {str(row["graph"]): (str(row["org"]), str(row.get("language") or "en")) for row in rows}


class Translations:
    """The duty alignments of one store and the pages they were derived from.

    Every page's organization and language is kept; a page's duties are read only when its
    organization has pages in both languages, so a store of one language pays one light query.
    """

    def __init__(self, select: Select) -> None:
        self.broader = broader_matters(select("matter_broader"))
        self.pages: dict[str, tuple[str, str]] = {}  # graph -> (organization, language)
        self.duties: dict[str, list[Duty]] = {}  # graph -> its duties, for bilingual organizations
        self.by_subject: dict[str, list[Alignment]] = {}

    def update(self, select: Select, changed: Iterable[str], removed: Iterable[str] = ()) -> Change:
        """Read back the pages `changed` (graph IRIs) and forget `removed`; the change to the derived graph."""
        changed, removed = set(changed), set(removed)
        subjects = {self.pages[page][0] for page in changed | removed if page in self.pages}
        for page in changed | removed:
            self.pages.pop(page, None)
            self.duties.pop(page, None)
        read = _subjects(select, None if len(changed) >= BULK else sorted(changed))
        self.pages.update({page: found for page, found in read.items() if page in changed})
        subjects |= {self.pages[page][0] for page in changed if page in self.pages}
        return self._realign(select, subjects)

    def rebuild(self, select: Select) -> Change:
        """Read every page again; the change adds every alignment (the derived graph is written whole)."""
        self.pages, self.duties, self.by_subject = _subjects(select, None), {}, {}
        return self._realign(select, {subject for subject, _ in self.pages.values()})

    def _realign(self, select: Select, subjects: set[str]) -> Change:
        by_subject: dict[str, list[tuple[str, str]]] = defaultdict(list)  # subject -> (graph, language)
        for page, (subject, language) in self.pages.items():
            if subject in subjects:
                by_subject[subject].append((page, language))
        removed: list[ox.Quad] = []
        added: list[ox.Quad] = []
        for subject in sorted(subjects):
            old = self.by_subject.pop(subject, [])
            new = self._aligned(select, sorted(by_subject.get(subject, [])))
            if new:
                self.by_subject[subject] = new
            old_quads, new_quads = set(_quads(old)), set(_quads(new))
            removed += sorted(old_quads - new_quads, key=str)
            added += sorted(new_quads - old_quads, key=str)
        return Change(removed, added)

    def _aligned(self, select: Select, pages: list[tuple[str, str]]) -> list[Alignment]:
        english = [page for page, language in pages if language == "en"]
        chinese = [page for page, language in pages if language.startswith("zh")]
        found: list[Alignment] = []
        for left in english:
            for right in chinese:
                found += align(self._duties_of(select, left), self._duties_of(select, right), self.broader)
        return found

    def _duties_of(self, select: Select, page: str) -> list[Duty]:
        if page not in self.duties:
            self.duties[page] = page_duties_in(select, page)
        return self.duties[page]


_TRANSLATION_OF, _ALIGNMENT, _ALIGNMENT_OF = (
    ox.NamedNode(str(term)) for term in (ORGKB.translationOf, ORGKB.DutyAlignment, ORGKB.alignmentOf)
)
_STRENGTH, _MATTER, _POSITION, _LENGTH, _TOKEN_TERM = (
    ox.NamedNode(str(term))
    for term in (ORGKB.strength, ORGKB.matter, ORGKB.positionAgreement, ORGKB.lengthAgreement, ORGKB.sharedToken)
)


def _double(value: float) -> ox.Literal:
    return ox.Literal(f"{value:.6g}", datatype=DOUBLE)  # as the store writes it back: 1, not 1.0


def _quads(pairs: Iterable[Alignment]) -> list[ox.Quad]:
    found: list[ox.Quad] = []
    for pair in pairs:
        first, second = ox.NamedNode(iri_of(pair.first)), ox.NamedNode(iri_of(pair.second))
        node = ox.NamedNode(pair_iri("alignment", first.value, second.value))
        triples: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = [
            (first, _TRANSLATION_OF, second),
            (second, _TRANSLATION_OF, first),
            (node, TYPE, _ALIGNMENT),
            (node, _ALIGNMENT_OF, first),
            (node, _ALIGNMENT_OF, second),
            (node, _STRENGTH, _double(pair.score)),
            (node, _POSITION, _double(pair.position)),
            (node, _LENGTH, _double(pair.length)),
            *((node, _MATTER, ox.NamedNode(iri_of_public(matter))) for matter in pair.matters),
            *((node, _TOKEN_TERM, ox.Literal(token)) for token in pair.tokens),
        ]
        found += [ox.Quad(s, p, o, DERIVED) for s, p, o in triples]
    return found
