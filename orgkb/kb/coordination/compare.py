"""How two offices (or two districts) differ: their duties aligned, what only one side does, matter coverage.

Each side is an organization's numbered duties (with `units=True`, its units' duties too), or a
district's: every organization serving the place (`place/...` id). Two duties are similar by
what they are about and how they say it: the IDF-weighted overlap of their matters (a matter also
counts half for the broader matters above it) and the TF-IDF cosine of their stemmed content
words, each weighted over all duties of the graph so that rare words and matters count more.

Two duties written in different languages (an English page's and a Chinese page's) share no
words: they are aligned by their matters, which the thesaurus found in each language, and, where
one has a translation in the other's language (the office has pages in both, their duties aligned
when loaded: `coordination/translations.py`), by that translation's words too. An office with
pages in both languages lists each of its aligned duties once, in the other side's language.

The alignment keeps a pair when it clears `THRESHOLD` and one duty is the other's best match:
mutual bests give one-to-one pairs, a broad duty that is the best match of several narrow ones
gives one-to-many. The closing "other tasks assigned" duties pair with each other and nothing else.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import Stemmer
from rdflib import URIRef

from orgkb.errors import NotFoundError
from orgkb.kb.coordination.broader import broader_matters, weighted_matters
from orgkb.kb.coordination.stated import is_catch_all
from orgkb.kb.entities.duties import responsibilities, responsibilities_by_owner
from orgkb.kb.entities.matters import matters as all_matters
from orgkb.kb.entities.organizations import OrganizationRecord, hierarchy
from orgkb.kb.entities.organizations import organization as organization_record
from orgkb.kb.entities.places import place as place_record
from orgkb.kb.entities.places import within
from orgkb.kb.entities.translations import TranslationRecord, translations_among
from orgkb.kb.search.text import content_words
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.kb.store.persisted import finish_saving, persisted
from orgkb.loaders.document import Duty
from orgkb.ontology import ids
from orgkb.ontology.ids import id_of, iri_of
from orgkb.ontology.script import has_chinese
from orgkb.ontology.thesaurus import MatterRecord

THRESHOLD = 0.2
MATTER_SHARE = 0.55  # the weight of matters against words in a duty's similarity
_stemmer = Stemmer.Stemmer("english")


@dataclass(frozen=True)
class SharedDuty:
    """A duty of the left side matched with a duty of the right side, how similar (0-1), and the shared matters."""

    left: Duty
    right: Duty
    score: float
    matters: tuple[MatterRecord, ...]


@dataclass(frozen=True)
class CoverageRow:
    """How many of each side's duties concern one matter."""

    matter: MatterRecord
    left: int
    right: int


@dataclass(frozen=True)
class Comparison:
    """Two organizations' duties side by side: shared, only left, only right, and matter coverage."""

    left: OrganizationRecord
    right: OrganizationRecord
    shared: tuple[SharedDuty, ...]
    only_left: tuple[Duty, ...]
    only_right: tuple[Duty, ...]
    coverage: tuple[CoverageRow, ...]


@dataclass(frozen=True)
class _Model:
    """What similarity needs from the whole graph: weights of words and matters, broader matters."""

    word_idf: dict[str, float]
    matter_idf: dict[str, float]
    broader: dict[str, frozenset[str]]
    matters: dict[str, MatterRecord]


def _stems(text: str) -> Counter[str]:
    return Counter(_stemmer.stemWord(word) for word in content_words(text) if not word.isdigit())


def duty_words_and_matters(kb: KnowledgeBase) -> list[tuple[str, tuple[str, ...]]]:
    """(text, matter ids) of every duty of the store: what the model weighs, read in one lean query
    (reading every duty's record, `all_responsibilities`, took 7.7 of the first compare's 10 s on 1,000 pages)."""
    return [
        (str(row["text"]), tuple(ids.public_id(matter) for matter in str(row.get("matters", "")).split("; ") if matter))
        for row in kb.select("duty_words_and_matters")
    ]


def _model(kb: KnowledgeBase) -> _Model:
    def build() -> _Model:
        duties = [(text, found) for text, found in duty_words_and_matters(kb) if not is_catch_all(text)]
        total = max(len(duties), 1)
        words: Counter[str] = Counter()
        matters: Counter[str] = Counter()
        broader = broader_matters(kb.select("matter_broader"))
        for text, direct_matters in duties:
            words.update(set(_stems(text)))
            matters.update({m for direct in direct_matters for m in (direct, *broader.get(direct, ()))})
        return _Model(
            word_idf={word: math.log(1 + total / n) for word, n in words.items()},
            matter_idf={matter: math.log(1 + total / n) for matter, n in matters.items()},
            broader={matter: frozenset(found) for matter, found in broader.items()},
            matters={record.id: record for record in all_matters(kb)},
        )

    return persisted(kb, "compare-model", "compare-model", MODEL_CODE, build)


def save_model(kb: KnowledgeBase) -> None:
    """Build the similarity model of a directory store now, and wait until it is saved beside it,
    so that the first compare of the next process reads it back (`orgkb load` calls it at its end).
    Does nothing but build it for a store in memory."""
    _model(kb)
    finish_saving()


@dataclass(frozen=True)
class _Features:
    words: dict[str, float]
    norm: float
    matters: dict[str, float]
    catch_all: bool
    chinese: bool  # written in Chinese: compared by words only with another duty in Chinese


def _features(duty: Duty, model: _Model) -> _Features:
    default = max(model.word_idf.values(), default=1.0)
    words = {word: count * model.word_idf.get(word, default) for word, count in _stems(duty.text).items()}
    matters = weighted_matters(duty.matters, model.broader)
    norm = math.sqrt(sum(w * w for w in words.values()))
    return _Features(words, norm, matters, is_catch_all(duty.text), has_chinese(duty.text))


def similarity(left: _Features, right: _Features, model: _Model) -> float:
    """How alike two duties are, 0-1: matters and words, each weighted by rarity; matters alone
    for two duties in different languages."""
    lexical = sum(w * right.words[k] for k, w in left.words.items() if k in right.words)
    lexical = lexical / (left.norm * right.norm) if left.norm and right.norm else 0.0
    keys = left.matters.keys() | right.matters.keys()
    across = left.chinese != right.chinese
    if not keys:
        return 0.0 if across else lexical
    idf = model.matter_idf
    both = sum(min(left.matters.get(m, 0), right.matters.get(m, 0)) * idf.get(m, 1.0) for m in keys)
    either = sum(max(left.matters.get(m, 0), right.matters.get(m, 0)) * idf.get(m, 1.0) for m in keys)
    topical = both / either if either else 0.0
    if across:
        return topical
    return MATTER_SHARE * topical + (1 - MATTER_SHARE) * lexical


MODEL_CODE = (
    "orgkb.kb.coordination.compare",
    "orgkb.kb.coordination.broader",
    "orgkb.kb.search.text",
    "orgkb.kb.queries",
)  # what builds the model


def _side(kb: KnowledgeBase, identifier: str, units: bool) -> tuple[OrganizationRecord, list[Duty]]:
    """An organization's duties (read for it alone: bound queries), or a district's."""
    if identifier.startswith("place/"):
        return _side_from_whole_store(kb, identifier, units)
    record = organization_record(kb, identifier)
    own = responsibilities(kb, identifier)
    if own and not units:
        return record, own
    below = [id_of(str(row["unit"])) for row in kb.select("unit_ids", org=URIRef(iri_of(identifier)))]
    return record, [*own, *(duty for unit in sorted(below) for duty in responsibilities(kb, unit))]


def _side_from_whole_store(kb: KnowledgeBase, identifier: str, units: bool) -> tuple[OrganizationRecord, list[Duty]]:
    """A district's duties (or an organization's), read from every duty and link of the store."""
    by_owner = responsibilities_by_owner(kb)
    children: dict[str, list[str]] = defaultdict(list)
    unit_ids: set[str] = set()
    for child, parent, relation in hierarchy(kb):
        children[parent].append(child)
        if relation == "unitOf":
            unit_ids.add(child)
    if identifier.startswith("place/"):
        place = place_record(kb, identifier)
        organizations = sorted(org for org in within(kb, identifier) if org not in unit_ids and by_owner.get(org))
        if not organizations:
            raise NotFoundError("organization serving", identifier)
        record = OrganizationRecord(id=place.id, name=place.name, kind=place.place_type)
    else:
        record = organization_record(kb, identifier)
        organizations = [identifier]
    owners: list[str] = []
    for organization in organizations:
        below = sorted(c for c in children[organization] if c in unit_ids)
        owners += [organization, *below] if units or not by_owner.get(organization) else [organization]
    return record, [duty for owner in owners for duty in by_owner.get(owner, ())]


def align(
    left: list[Duty],
    right: list[Duty],
    model: _Model,
    translated: Mapping[str, tuple[TranslationRecord, ...]] | None = None,
) -> list[tuple[int, int, float]]:
    """(left index, right index, score) of the aligned pairs: best matches above `THRESHOLD`, catch-alls together.

    Two duties in different languages are compared by their matters, and also, where one of them
    has a translation in the other's language (`translated`, by duty id), by that translation's
    words and matters: the better of the two counts.
    """
    lf = [_features(duty, model) for duty in left]
    rf = [_features(duty, model) for duty in right]
    lt = [_translations(duty, translated, model) for duty in left]
    rt = [_translations(duty, translated, model) for duty in right]

    def score(i: int, j: int) -> float:
        a, b = lf[i], rf[j]
        if a.catch_all or b.catch_all:
            return 0.0
        found = similarity(a, b, model)
        if a.chinese != b.chinese:
            bridged = [similarity(t, b, model) for t in lt[i] if t.chinese == b.chinese]
            bridged += [similarity(a, t, model) for t in rt[j] if t.chinese == a.chinese]
            found = max([found, *bridged])
        return found

    scores = [[score(i, j) for j in range(len(rf))] for i in range(len(lf))]
    pairs: dict[tuple[int, int], float] = {}
    for i, row in enumerate(scores):
        if row:
            j = max(range(len(row)), key=lambda k: (row[k], -k))
            if row[j] >= THRESHOLD:
                pairs[(i, j)] = row[j]
    for j in range(len(rf)):
        if scores:
            i = max(range(len(lf)), key=lambda k: (scores[k][j], -k))
            if scores[i][j] >= THRESHOLD:
                pairs[(i, j)] = scores[i][j]
    for i, a in enumerate(lf):
        for j, b in enumerate(rf):
            if a.catch_all and b.catch_all:
                pairs[(i, j)] = round(_raw_overlap(left[i].text, right[j].text), 4)
    return sorted((i, j, round(score, 4)) for (i, j), score in pairs.items())


def _translations(
    duty: Duty, translated: Mapping[str, tuple[TranslationRecord, ...]] | None, model: _Model
) -> list[_Features]:
    return [_features(found.duty, model) for found in (translated or {}).get(duty.id, ())]


def _one_per_translation(
    duties: list[Duty], language: bool, translated: Mapping[str, tuple[TranslationRecord, ...]]
) -> list[Duty]:
    """`duties` less each duty whose translation is among them too and is written in `language`
    (True: Chinese): an office with pages in two languages lists each duty once."""
    ids = {duty.id for duty in duties}
    return [
        duty
        for duty in duties
        if has_chinese(duty.text) == language or not any(found.duty.id in ids for found in translated.get(duty.id, ()))
    ]


def _language(duties: list[Duty]) -> bool:
    """Whether most of `duties` are written in Chinese."""
    return sum(has_chinese(duty.text) for duty in duties) * 2 > len(duties)


def _raw_overlap(left: str, right: str) -> float:
    a, b = set(left.casefold().split()), set(right.casefold().split())
    return len(a & b) / len(a | b) if a | b else 0.0


def _shared_matters(left: Duty, right: Duty, model: _Model) -> tuple[MatterRecord, ...]:
    common = sorted(set(left.matters) & set(right.matters))
    return tuple(model.matters.get(m, MatterRecord(m, m)) for m in common)


def _coverage(left: Iterable[Duty], right: Iterable[Duty], model: _Model) -> tuple[CoverageRow, ...]:
    counts_left = Counter(m for duty in left for m in set(duty.matters))
    counts_right = Counter(m for duty in right for m in set(duty.matters))
    rows = [
        CoverageRow(model.matters.get(m, MatterRecord(m, m)), counts_left[m], counts_right[m])
        for m in counts_left.keys() | counts_right.keys()
    ]
    return tuple(sorted(rows, key=lambda row: (-(row.left + row.right), row.matter.name.lower())))


def compare(kb: KnowledgeBase, left_id: str, right_id: str, *, units: bool = False) -> Comparison:
    """The duties of `left_id` and `right_id` aligned, the duties only one side has, and matter coverage.

    Each id names an organization (its numbered duties; with `units`, its units' duties too) or a
    district (`place/...`: every organization serving it). Raises `NotFoundError` when an id names nothing.

    >>> from orgkb.loading import builtin_knowledge_base
    >>> kb = builtin_knowledge_base()
    >>> result = compare(kb, "shanghai/jingan/general-office", "shenzhen/dapeng/general-office")
    >>> [(pair.left.number, pair.right.number) for pair in result.shared if pair.right.number == 13]
    [(10, 13)]
    """
    model = _model(kb)
    left, left_duties = _side(kb, left_id, units)
    right, right_duties = _side(kb, right_id, units)
    translated = translations_among(kb, [duty.id for duty in (*left_duties, *right_duties)])
    # an office with pages in two languages: each duty once, in the language of the other side
    left_duties, right_duties = (
        _one_per_translation(left_duties, _language(right_duties), translated),
        _one_per_translation(right_duties, _language(left_duties), translated),
    )
    pairs = align(left_duties, right_duties, model, translated)
    shared = tuple(
        SharedDuty(left_duties[i], right_duties[j], score, _shared_matters(left_duties[i], right_duties[j], model))
        for i, j, score in pairs
    )
    matched_left = {i for i, _, _ in pairs}
    matched_right = {j for _, j, _ in pairs}
    return Comparison(
        left=left,
        right=right,
        shared=shared,
        only_left=tuple(duty for i, duty in enumerate(left_duties) if i not in matched_left),
        only_right=tuple(duty for j, duty in enumerate(right_duties) if j not in matched_right),
        coverage=_coverage(left_duties, right_duties, model),
    )
