"""Question words -> matters of the thesaurus -> how strongly each duty concerns what was asked.

A question names matters through the thesaurus labels (English labels, everyday altLabels,
Chinese labels), found by the same matcher that tagged the duties when their pages were loaded.
A duty that concerns the named matter itself counts fully; one that concerns a narrower matter
(the question is general, the duty specific) almost fully; one that concerns only a broader
matter (the duty is general: "govern the foreign affairs of the district") partly, less the
further up it is. With several matters named, a duty scores the mean over them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import numpy as np

from orgkb.kb.search.index import HandlerIndex
from orgkb.kb.search.text import related_terms, terms
from orgkb.ontology.script import has_chinese
from orgkb.ontology.thesaurus import MatterMatcher, label_key

SAME = 1.0
NARROWER = 0.8
BROADER = (0.5, 0.3)  # the matter just above, and two levels up; nothing above that
NEARBY = (0.2, 0.1)  # a matter under the one just above (beside the one asked), or under the one above that


@dataclass(frozen=True)
class AskedMatter:
    """A matter a question names: the words that named it and every matter that counts for it, weighted."""

    matter: str
    label: str
    words: str
    targets: tuple[tuple[str, float], ...]


def _stems(text: str) -> frozenset[str]:
    """The stems of `text`'s English words and its Chinese words (a Chinese label's words are its stems)."""
    stems = frozenset(stem for stem in label_key(text) if stem != "|")
    return stems | frozenset(terms(text)) if has_chinese(text) else stems


# A name's words are read together only within one part of a question: "and", "or" and
# punctuation part noun phrases ("field trips and research tours" holds no "field research").
_PARTS = re.compile(r"\band\b|\bor\b|[,;:!?()]|\s[-–—]\s", re.IGNORECASE)


# "work" in a matter's name says that something is done, not what: "publicity work", "reform work".
_FILLER = frozenset(label_key("work"))


# How many words a name's words may stand apart by beyond their own number: "handles the documents"
# (document handling), "a new name for a street" (street names), not "offices of the municipal
# government" (government offices) nor "plans immunization for the city" (city planning).
APART = 2


def _positions(part: str) -> dict[str, list[int]]:
    """Each stem of an English part of a question, with the places of the words that give it."""
    found: dict[str, list[int]] = {}
    if has_chinese(part):  # Chinese is written without spaces: no places to compare
        return found
    for place, word in enumerate(part.split()):
        for stem in _stems(word):
            found.setdefault(stem, []).append(place)
    return found


def _near(at: dict[str, list[int]], stems: set[str]) -> bool:
    """Whether words giving `stems` stand within `len(stems) + APART` words of one another (true
    when a stem's place is not known)."""
    places = [at.get(stem) for stem in stems]
    if not all(places):
        return True
    widest = len(stems) + APART
    return any(
        max(chosen) - min(chosen) < widest for chosen in itertools.product(*(found for found in places if found))
    )


def _unordered(index: HandlerIndex, question: str) -> list[tuple[str, frozenset[str]]]:
    """Matters whose English name of two or more words the question holds in any order and inflection.

    "disclosing government information" holds "government information disclosure". Names of
    one word are left to the thesaurus's own matcher, which knows when such a word means
    something else ("pay attention"), and so are names of one word and "work" ("publicity work"):
    in any order, "Where does the Director of Public Works work?" held publicity work, as "public"
    is the stem of "publicity" too.
    """
    found: dict[tuple[str, frozenset[str]], None] = {}
    for part in _PARTS.split(question):
        supplied: dict[str, str] = {}  # a name's stem -> the question's stem that supplies it
        for stem in _stems(part):
            if stem in index.label_stems:
                supplied.setdefault(stem, stem)
            for other in related_terms(index.sorted_label_stems, stem):
                supplied.setdefault(other, stem)
        candidates = sorted({i for stem in supplied for i in index.label_stems[stem]})
        at = _positions(part)
        for i in candidates:
            matter, stems = index.matter_labels[i]
            if len(stems - _FILLER) > 1 and stems <= supplied.keys() and _near(at, {supplied[s] for s in stems}):
                found[(matter, frozenset(supplied[stem] for stem in stems))] = None
    return list(found)


def _named(index: HandlerIndex, matcher: MatterMatcher | None, question: str) -> list[tuple[str, frozenset[str]]]:
    """(matter, question stems that name it), less any whose stems another match's stems include."""
    found: dict[str, frozenset[str]] = {}
    # (the thesaurus matches no Chinese label in the middle of a longer word: 民政 in 人民政府)
    pairs = [(matter, _stems(words)) for matter, words in matcher(question)] if matcher is not None else []
    # The thesaurus's matches are whole phrases and consume their words: an unordered match may
    # only use words they left, or take in the whole of one ("disclosing government information").
    loose = [
        (matter, stems)
        for matter, stems in _unordered(index, question)
        if all(not stems & taken or stems > taken for _, taken in pairs)
    ]
    for matter, stems in [*pairs, *loose]:
        if len(stems) >= len(found.get(matter, ())):
            found[matter] = stems
    kept = [
        (matter, stems)
        for matter, stems in found.items()
        if not any(stems < other for other_matter, other in found.items() if other_matter != matter)
    ]
    return kept


def _words(question: str, stems: frozenset[str], fallback: str) -> str:
    words = [word.strip(".,;:!?()[]\"'“”‘’") for word in question.split() if _stems(word) & stems]
    return " ".join(words) if words else fallback


def asked_matters(index: HandlerIndex, matcher: MatterMatcher | None, question: str) -> list[AskedMatter]:
    """The matters `question` names, each with the matters that count for it.

    A matter named only by the name of a place the question is asked in ("government photography
    in Hong Kong": Hong Kong is a label of Hong Kong and Macao affairs) says where, not what: it is
    left out (`_says_where`); "Hong Kong affairs" still names the matter.
    """
    found: list[AskedMatter] = []
    matched = dict(matcher(question)) if matcher is not None else {}
    named = _named(index, matcher, question)
    words_of = {
        matter: matched.get(matter) or _words(question, stems, matter.rsplit("/", 1)[-1]) for matter, stems in named
    }
    named = [(matter, stems) for matter, stems in named if not _says_where(index, question, words_of[matter])]
    for matter, _ in named:
        words = words_of[matter]
        info = index.matters.get(matter)
        targets: dict[str, float] = {matter: SAME}
        for narrower in _below(index, matter):
            targets.setdefault(narrower, NARROWER)
        level = [matter]
        for weight in BROADER:
            level = [broader for m in level if m in index.matters for broader in index.matters[m].broader]
            for broader in level:
                targets.setdefault(broader, weight)
        label = info.label if info is not None else matter.rsplit("/", 1)[-1]
        found.append(AskedMatter(matter, label, words, tuple(targets.items())))
    return found


_WHERE_BEFORE = r"(?:in|at|within|inside|near|across|throughout|around)\s+(?:the\s+)?"
_WHERE_END = (
    r"(?=\s*(?:[?.!,;:]|$|\b(?:and|or|who|which|where|with|for)\b))"  # "in Hong Kong?", not "in Hong Kong affairs"
)
_WHERE_AFTER = r"(?:['’]s\b|\s+(?:government|council|city|district|county|region|sar|administration)\b)"


_WHERE_ASKER = r"\b(?:who|whom)\s+"  # "Who in Macao sees that ...": where the one asked for is


def _says_where(index: HandlerIndex, question: str, words: str) -> bool:
    """Whether `words` are the name of a place the question is asked in or about ("in Hong Kong",
    "the Hong Kong government's", "Who in Macao sees ..."), not a matter: a place's name after "in",
    "at" and the like, or before a possessive or the word for its government."""
    found = terms(words)
    if has_chinese(words) or not found or not all(term in index.place_terms for term in found):
        return False
    name = re.escape(words)
    pattern = rf"\b{_WHERE_BEFORE}{name}{_WHERE_END}|\b{name}{_WHERE_AFTER}|{_WHERE_ASKER}{_WHERE_BEFORE}{name}\b"
    return re.search(pattern, question, re.IGNORECASE) is not None


def nearby_matters(index: HandlerIndex, asked: list[AskedMatter]) -> list[AskedMatter]:
    """Each asked matter with, as its targets, the matters beside it: those under the matter just
    above it (`NEARBY[0]`), then under the one above that (`NEARBY[1]`), less those it counts already.

    For a question that nothing concerns, nor anything above it: "wages" (salary and welfare, under
    personnel) finds the duties on civil servants or talent, the personnel work of an office.
    """
    found: list[AskedMatter] = []
    for matter in asked:
        taken = {target for target, _ in matter.targets}
        targets: dict[str, float] = {}
        level = [matter.matter]
        for weight in NEARBY:
            level = [broader for m in level if m in index.matters for broader in index.matters[m].broader]
            for broader in level:
                for beside in _below(index, broader):
                    if beside not in taken:
                        targets.setdefault(beside, weight)
        if targets:
            found.append(AskedMatter(matter.matter, matter.label, matter.words, tuple(targets.items())))
    return found


def _below(index: HandlerIndex, matter: str) -> list[str]:
    found: list[str] = []
    stack = [matter]
    while stack:
        for narrower in sorted(index.narrower.get(stack.pop(), ())):
            if narrower not in found and narrower != matter:
                found.append(narrower)
                stack.append(narrower)
    return found


def coverage(index: HandlerIndex, asked: list[AskedMatter]) -> np.ndarray:
    """For every duty of the index, a bit for each matter of `asked` (in order) that the duty names
    itself or through a narrower matter; a duty that concerns only a broader matter names none."""
    covers = np.zeros(len(index.duties), dtype=np.int64)
    for bit, matter in enumerate(asked[:62]):
        for target, weight in matter.targets:
            postings = index.postings.get(target)
            if postings is not None and weight >= NARROWER:
                covers[postings] |= np.int64(1 << bit)
    return covers


def concept_scores(index: HandlerIndex, asked: list[AskedMatter]) -> np.ndarray:
    """For every duty of the index, the mean over `asked` of how much it concerns each (0 to 1)."""
    total = np.zeros(len(index.duties), dtype=np.float32)
    for matter in asked:
        best = np.zeros(len(index.duties), dtype=np.float32)
        for target, weight in matter.targets:
            postings = index.postings.get(target)
            if postings is not None:  # a duty is listed once per matter, so plain indexing is safe
                best[postings] = np.maximum(best[postings], np.float32(weight))
        total += best
    return total / len(asked) if asked else total
