"""The in-memory index that `who_handles` ranks with, one per state of the knowledge base.

Read from the store once through named queries: every duty (text, role, evidence, the matters it
concerns), every organization or unit that has duties (names, the office above it, its place),
the matter thesaurus graph (labels, broader) and the places (names, broader). On top of that, a
BM25 index over duty text and another over unit names and aliases (bm25s, the thesaurus's
stemmed terms). The index is kept by `kb.derived`, so it is built again after any page is
loaded, reloaded or removed (whole: bm25s adds no document to an index); for a directory store
it is saved beside it, and a process that opens the store as it was reads it back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import TypeVar

import bm25s
import numpy as np

from orgkb.kb.entities.duties import duty_matters, source_files
from orgkb.kb.entities.duty_rows import duty_of_row
from orgkb.kb.search.bilingual import english_to_chinese
from orgkb.kb.search.columns import Positions, StringPostings, StringSets, position
from orgkb.kb.search.duty_table import DutyTable
from orgkb.kb.search.owner_table import Owner, OwnerNumbers, OwnerTable
from orgkb.kb.search.role_weights import duty_weights
from orgkb.kb.search.scope import owner_phrases, place_phrases
from orgkb.kb.search.text import related_terms, terms
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.kb.store.persisted import persisted
from orgkb.kb.trees import below
from orgkb.loaders.document import Duty
from orgkb.ontology.ids import id_of
from orgkb.ontology.namespace import BASE
from orgkb.ontology.places import fold_name
from orgkb.ontology.script import has_chinese
from orgkb.ontology.thesaurus import label_key

Key = TypeVar("Key", bound=Hashable)

# BM25's b for duties: how much a long duty's words count less for its length. Real pages hold
# duties of a line and of a paragraph side by side, and a paragraph that says the rare word asked
# ("parole") must not lose to a line that says a common one ("release"): 0.5, not bm25s's 0.75
# (measured on the development batches of real pages, docs/search.md).
DUTY_LENGTH_WEIGHT = 0.5
# Words of place names that say what kind of place it is, not which: never dropped from a question.
_PLACE_TYPE_TERMS = frozenset(
    terms("district new area sub-district subdistrict city province municipality town township county road street")
)


@dataclass(frozen=True)
class MatterInfo:
    """A matter of the thesaurus: its English and Chinese names and the matters just above it."""

    iri: str
    label: str
    label_zh: str | None
    broader: tuple[str, ...]


class Lexicon:
    """A BM25 index over token lists, answering scores for a bag of query terms.

    A query term also finds, at `RELATED` weight, the terms that share its stem's beginning
    (`related_terms`: "disclosing" finds "disclosure").
    """

    RELATED = 0.6

    def __init__(self, documents: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.size = len(documents)
        self.model: bm25s.BM25 | None = None
        self.vocabulary: dict[str, int] = {}
        if any(documents):  # bm25s divides by the mean document length
            self.model = bm25s.BM25(k1=k1, b=b)
            self.model.index(documents, show_progress=False)
            self.vocabulary = dict(self.model.vocab_dict)
        self.sorted_terms = sorted(term for term in self.vocabulary if term)

    def holds(self, term: str, document: int) -> bool:
        """Whether `document` holds `term` (read from the index's postings: nothing is tokenized)."""
        number = self.vocabulary.get(term)
        if self.model is None or number is None:
            return False
        postings = self.model.scores
        found = postings["indices"][postings["indptr"][number] : postings["indptr"][number + 1]]
        at = position(found, document)  # bm25s keeps each term's documents in order
        return at < len(found) and int(found[at]) == document

    def scores(self, query: list[str]) -> np.ndarray:
        """The BM25 score of every document for `query` (zeros for unknown terms)."""
        scores = np.zeros(self.size, dtype=np.float32)
        if self.model is None:
            return scores
        known = [term for term in query if term in self.vocabulary]
        related = sorted({other for term in query for other in related_terms(self.sorted_terms, term)} - set(query))
        if known:
            scores += self._summed(known)[: self.size]
        if related:
            scores += self.RELATED * self._summed(related)[: self.size]
        return scores

    def best_of(self, words: Iterable[str]) -> np.ndarray:
        """For every document, the best BM25 score any one of `words` gives it (zeros for words
        the index does not know): the words are one term said in several ways (`bilingual`).
        Read from each word's postings, with no array the size of the index made per word."""
        found = np.zeros(self.size, dtype=np.float32)
        if self.model is None:
            return found
        postings = self.model.scores
        data, documents, starts = postings["data"], postings["indices"], postings["indptr"]
        for word in words:
            number = self.vocabulary.get(word)
            if number is None:
                continue
            start, end = int(starts[number]), int(starts[number + 1])
            at = documents[start:end]
            found[at] = np.maximum(found[at], data[start:end])
        return found

    def _summed(self, query: list[str]) -> np.ndarray:
        """bm25s's `get_scores(query)` (terms of the vocabulary, the model built), each term's
        postings added at once by indexing: they hold each document once, so this adds what bm25s's
        `np.add.at` adds, in the same order, to the same `float32`s, and several times faster (a
        common word's postings are thousands of duties at national scale)."""
        assert self.model is not None
        postings, numbers = self.model.scores, [self.vocabulary[term] for term in query]
        data, documents, starts = postings["data"], postings["indices"], postings["indptr"]
        found = np.zeros(postings["num_docs"], dtype=self.model.dtype)
        for number in numbers:
            start, end = int(starts[number]), int(starts[number + 1])
            found[documents[start:end]] += data[start:end]
        if self.model.nonoccurrence_array is not None:  # bm25l and bm25+ (not the default): as bm25s does
            found += self.model.nonoccurrence_array[np.asarray(numbers)].sum()
        return np.asarray(found, dtype=np.float32)


class HandlerIndex:
    """Everything a who-handles question is ranked against, read from one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        owners, owner_of = _read_owners(kb)  # built from these; kept as columns (`OwnerTable`)
        self.owners = OwnerTable(owners)
        self.owner_of = OwnerNumbers(self.owners)
        # each owner's `parent_of` (-1: none): the index of the organization above it when that
        # organization has duties of its own
        self.owner_parent = np.fromiter(
            (owner_of.get(owner.parent, -1) if owner.parent else -1 for owner in owners),
            dtype=np.int32,
            count=len(owners),
        )
        self.matters, labels = _read_matters(kb)
        self.matter_labels: list[tuple[str, frozenset[str]]] = []  # (matter, the stems of one English name)
        self.label_stems: dict[str, list[int]] = defaultdict(list)  # stem -> the names holding it
        for matter, label in labels:
            stems = frozenset(stem for stem in label_key(label) if stem != "|")
            if stems:
                for stem in stems:
                    self.label_stems[stem].append(len(self.matter_labels))
                self.matter_labels.append((matter, stems))
        self.sorted_label_stems = sorted(self.label_stems)
        self.narrower: dict[str, set[str]] = defaultdict(set)
        for info in self.matters.values():
            for broader in info.broader:
                self.narrower[broader].add(info.iri)
        owned = _read_duties(kb, owner_of)
        duties = [duty for _, duty in owned]
        self.duties = DutyTable(duties)  # columns: read back whole in C, a duty made when asked for
        self.duty_owner = np.fromiter((owner for owner, _ in owned), dtype=np.int32, count=len(owned))
        self.roles = sorted({duty.role for duty in duties})
        self.duty_role = np.fromiter(
            (self.roles.index(duty.role) for duty in duties), dtype=np.int32, count=len(duties)
        )
        self.duty_weight = duty_weights(self.roles, self.duty_role)
        self.duty_lexicon = Lexicon([terms(duty.text) for duty in duties], b=DUTY_LENGTH_WEIGHT)
        # English key -> the Chinese words of the duties that say it (`bilingual`): none without Chinese duties
        chinese = [term for term in self.duty_lexicon.vocabulary if has_chinese(term)]
        self.bridge = english_to_chinese(chinese) if chinese else {}
        self.name_lexicon = Lexicon([terms(" ; ".join([owner.name, *owner.aliases])) for owner in owners])
        # the same for the Chinese words of names ("越南处", "网站管理科"): a unit listed by name only
        named = [term for term in self.name_lexicon.vocabulary if has_chinese(term)]
        self.name_bridge = english_to_chinese(named) if named else {}
        self.owner_matters = [_name_matters(kb, owner) for owner in owners]
        self.owner_postings = _positions(self.owner_matters)  # matter -> the owners whose names name it
        owner_terms = [frozenset(terms(" ; ".join([o.name, *o.aliases]))) for o in owners]
        self.owner_terms = StringSets(owner_terms)  # each owner's words, as columns
        self.term_owners = StringPostings(_positions(owner_terms))  # word -> the owners whose names hold it
        self.postings = {  # by matter IRI
            BASE + matter: np.asarray(at, dtype=np.int32)
            for matter, at in _positions(d.matters for d in duties).items()
        }
        self.duties_of = Positions(self.duty_owner)  # owner -> its duties
        self.owner_has_duties = np.zeros(len(owners), dtype=bool)  # `duties_of` as an array
        self.owner_has_duties[self.duties_of.keys_array()] = True
        self.units_of = Positions(self.owner_parent)  # office -> its units
        # for `named_only.name_only_units`, which weighs every owner whose name holds a word asked:
        # whether an office keeps each owner, as an array (its `parent_of`: `owner_parent`)
        self.owner_kept = np.fromiter((owner.kept for owner in owners), dtype=bool, count=len(owners))
        self.place_labels, self.place_names, self.place_parent = _read_places(kb)
        self.place_children: dict[str, set[str]] = defaultdict(set)
        for child, parent in self.place_parent.items():
            self.place_children[parent].add(child)
        places = sorted({owner.place for owner in owners if owner.place})
        self.place_number = {place: number for number, place in enumerate(places)}
        self.owner_place = np.fromiter(
            (self.place_number.get(owner.place, -1) if owner.place else -1 for owner in owners),
            dtype=np.int32,
            count=len(owners),
        )
        count = len(owners)
        self.depth = np.fromiter((self._depth(n) for n in range(count)), dtype=np.int32, count=count)
        self.owner_names = owner_phrases(owners)
        self.place_table = place_phrases(self.place_names)
        self.place_terms = (
            frozenset(term for name in self.place_names if not has_chinese(name) for term in terms(name))
            - _PLACE_TYPE_TERMS
        )

    def owner_id(self, owner: int) -> str:
        return id_of(self.owners[owner].iri)

    def parent_of(self, owner: int) -> int | None:
        """The index of the organization above `owner` when that organization has duties of its own."""
        parent = int(self.owner_parent[owner])
        return None if parent < 0 else parent

    def _depth(self, owner: int) -> int:
        depth, seen = 0, {owner}
        while (parent := self.parent_of(owner)) is not None and parent not in seen:
            seen.add(parent)
            owner, depth = parent, depth + 1
        return depth

    def serving(self, places: set[str]) -> np.ndarray:
        """For every owner, whether the place it serves is one of `places`."""
        numbers = [self.place_number[place] for place in places if place in self.place_number]
        return np.isin(self.owner_place, np.asarray(numbers, dtype=np.int32))

    def places_within(self, place: str) -> set[str]:
        """`place` and every place below it."""
        return {place} | below([place], self.place_children)


def _read_owners(kb: KnowledgeBase) -> tuple[list[Owner], dict[str, int]]:
    """Every owner that has duties or names, numbered in the order of their IRIs, and their numbers."""
    by_iri: dict[str, Owner] = {}
    for row in kb.rows("handler_owners"):
        iri, value, kind = str(row["owner"]), str(row["value"]), str(row["type"])
        owner = by_iri.setdefault(iri, Owner(iri))
        if kind == "pref":
            # its English name when it has one; a name in another language is one of its aliases
            if not owner.name or (has_chinese(owner.name) and not has_chinese(value)):
                owner.name, value = value, owner.name
            if value:
                owner.aliases.append(value)
        elif kind in ("alt", "hidden"):
            owner.aliases.append(value)
        elif kind == "unitOf" or (kind == "subOrganizationOf" and owner.parent is None):
            owner.parent = value
        elif kind == "place" and owner.place is None:
            owner.place = value
        elif kind == "keptBy":
            owner.keepers.append(value)
        elif kind == "kind":
            owner.kind = value
    for owner in by_iri.values():
        keepers = sorted(set(owner.keepers))
        if owner.parent is None and len(keepers) == 1:  # kept by two offices: neither stands for it
            owner.parent = keepers[0]
            owner.kept = True
            keeper = by_iri.get(keepers[0])
            if owner.place is None and keeper is not None:
                owner.place = keeper.place
    owners = [by_iri[iri] for iri in sorted(by_iri)]
    for owner in owners:
        owner.aliases = sorted(set(owner.aliases) - {owner.name})
    return owners, {owner.iri: number for number, owner in enumerate(owners)}


def _positions(keys_of_items: Iterable[Iterable[Key]]) -> dict[Key, list[int]]:
    """Each key and the numbers of the items that hold it, in order (an inverted index).

    >>> _positions([("a", "b"), ("b",)])
    {'a': [0], 'b': [0, 1]}
    """
    found: dict[Key, list[int]] = defaultdict(list)
    for number, keys in enumerate(keys_of_items):
        for key in keys:
            found[key].append(number)
    return dict(found)


def _name_matters(kb: KnowledgeBase, owner: Owner) -> tuple[str, ...]:
    """The matters an organization's own names name ("Office for Letters and Calls")."""
    if kb.matcher is None:
        return ()
    found = (matter for name in [owner.name, *owner.aliases] for matter, _ in kb.matcher(name))
    return tuple(dict.fromkeys(found))


def _read_matters(kb: KnowledgeBase) -> tuple[dict[str, MatterInfo], list[tuple[str, str]]]:
    """The matters by IRI, and every (matter, English name) pair."""
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    broader: dict[str, set[str]] = defaultdict(set)
    english: list[tuple[str, str]] = []
    for row in kb.select("handler_matters"):
        iri, kind = str(row["matter"]), str(row["type"])
        if kind == "broader":
            broader[iri].add(str(row["broader"]))
            continue
        label = str(row["label"])
        if not has_chinese(label):
            english.append((iri, label))
        if kind == "pref":
            labels[iri].setdefault("zh" if has_chinese(label) else "en", label)
        else:
            labels[iri]  # noqa: B018 - a matter with only altLabels still exists
    matters = {
        iri: MatterInfo(
            iri,
            names.get("en") or names.get("zh") or iri.rsplit("/", 1)[-1],
            names.get("zh"),
            tuple(sorted(broader[iri])),
        )
        for iri, names in labels.items()
    }
    return matters, sorted(english)


def _read_duties(kb: KnowledgeBase, owner_of: dict[str, int]) -> list[tuple[int, Duty]]:
    """Every duty of an owner the index knows, with the owner's number."""
    files, matters = source_files(kb), duty_matters(kb)
    return [
        (owner_of[str(row["owner"])], duty_of_row(row, files, matters, {}))
        for row in kb.rows("handler_duties")
        if str(row["owner"]) in owner_of
    ]


def _read_places(kb: KnowledgeBase) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Each place's English name, each folded name of a place, and each place's broader place."""
    labels: dict[str, str] = {}
    names: dict[str, str] = {}
    parents: dict[str, str] = {}
    for row in kb.select("handler_places"):
        place, value, kind = str(row["place"]), str(row["value"]), str(row["type"])
        if kind == "broader":
            parents[place] = value
            continue
        names.setdefault(fold_name(value), place)
        if kind == "pref" and not has_chinese(value):
            labels[place] = value
    return labels, names, parents


# what builds the index (its duties are the loaders' `Duty`, read as `kb.duties` reads them)
INDEX_CODE = (
    "orgkb.kb.search",
    "orgkb.kb.entities.duties",
    "orgkb.kb.entities.duty_rows",
    "orgkb.kb.queries",
    "orgkb.loaders.document",
    "orgkb.ontology",
)


def handler_index(kb: KnowledgeBase) -> HandlerIndex:
    """The index of `kb`, built once for each state of the store (`kb.derived`); for a directory
    store, saved beside it and read back by the next process that opens it unchanged
    (`orgkb.kb.store.persisted`)."""
    return persisted(kb, HandlerIndex, "handler-index", INDEX_CODE, lambda: HandlerIndex(kb))
