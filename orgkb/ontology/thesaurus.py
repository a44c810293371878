"""The matter thesaurus (matters.ttl) and a fast stemmed phrase matcher over its labels."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import Stemmer
from rdflib import Graph
from rdflib.namespace import SKOS

from orgkb.ontology.script import has_chinese, simplified
from orgkb.ontology.segmenter import Segmenter, within

SCHEME = "https://w3id.org/orgkb/matter/"
MATTERS_TTL = Path(__file__).with_name("matters.ttl")
_IN_SCHEME, _PREF_LABEL, _ALT_LABEL = str(SKOS.inScheme), str(SKOS.prefLabel), str(SKOS.altLabel)
_DEFINITION, _BROADER = str(SKOS.definition), str(SKOS.broader)


@dataclass(frozen=True)
class MatterRecord:
    """A matter of government work from the thesaurus (foreign affairs, archives, ...)."""

    id: str
    name: str
    alt_names: tuple[str, ...] = ()
    chinese_name: str | None = None
    definition: str | None = None


# Words that carry no meaning in a label; they are dropped from labels and texts alike.
_STOPWORDS = (
    "a an the of and or to for in at by with from as into under within about its their his "
    "her this that these those be is are was were s all any each such other various "
    "relevant related including etc"
)
STOPWORDS = frozenset(_STOPWORDS.split())
# Phrases whose first word is a label but which mean something else: they consume the
# words and match nothing ("pay attention" is not about pay).
NOT_MATTERS = ("pay attention", "pay visits", "pay a visit", "pay tribute", "pay close attention")

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’‘ʼ`][A-Za-z0-9]+)*|[.,;:!?，。；：！？]")
_APOSTROPHES = re.compile(r"['’‘ʼ`]")
_ACRONYM_PLURAL = re.compile(r"^([A-Z][A-Z0-9]+)s$")
_BREAK = "|"  # stands for a comma or sentence punctuation: a label only spans one if it has one
# British spellings folded to American ones, by word prefix ("neighbourhoods", "organised").
_BRITISH = {
    "neighbour": "neighbor", "labour": "labor", "honour": "honor", "favour": "favor",
    "behaviour": "behavior", "colour": "color", "harbour": "harbor", "centre": "center",
    "defence": "defense", "licence": "license", "programme": "program", "offence": "offense",
    "practise": "practice", "catalogue": "catalog", "organis": "organiz", "mobilis": "mobiliz",
    "standardis": "standardiz", "modernis": "moderniz", "urbanis": "urbaniz",
    "authoris": "authoriz", "utilis": "utiliz", "prioritis": "prioritiz", "optimis": "optimiz",
    "popularis": "populariz", "digitis": "digitiz", "computeris": "computeriz",
    "recognis": "recogniz", "specialis": "specializ", "minimis": "minimiz", "summaris": "summariz",
    "normalis": "normaliz", "institutionalis": "institutionaliz", "informatis": "informatiz",
}  # fmt: skip
# Whole words read as another word before stemming: "the aged" are the elderly, while the
# stem of "aged" would be "age" ("military service age"). Derived words whose Porter stem is the
# stem of a word that means something else are read as a form that stems apart: "parking" is
# not "parks" (park), "civility" and "civilization" are not "civil" (civil affairs, civil
# servants), "publicity" is not "public" (public security, public places).
_WORD_FORMS = {
    "aged": "elderly",
    "parking": "carpark",
    "civility": "civilisation",
    "civilization": "civilisation",
    "civilizations": "civilisation",
    "civilized": "civilised",
    "publicity": "publicise",
    "publicize": "publicise",
    "publicizes": "publicise",
    "publicized": "publicise",
    "publicizing": "publicise",
}
_stemmer = Stemmer.Stemmer("english")
_stems: dict[str, str | None] = {}
_UNSEEN = "\0"  # not a stem: the words of a text never hold a NUL


def _normalize(word: str) -> str:
    if word in _WORD_FORMS:
        return _WORD_FORMS[word]
    for british, american in _BRITISH.items():
        if word.startswith(british):
            return american + word[len(british) :]
    return word


def _stem(token: str) -> str | None:
    """The stem of one token, or None for a stopword; cached.

    The plural of an abbreviation ("NGOs", "SOEs", "KPIs") is read as the abbreviation: the
    stemmer keeps an "s" after a vowel ("ngos"), so "NGO" and "NGOs" would not meet.
    """
    stem = _stems.get(token)
    if stem is None and token not in _stems:
        word = _APOSTROPHES.sub("", _ACRONYM_PLURAL.sub(r"\1", token).lower())
        if word in STOPWORDS:
            stem = None
        elif not word.isalnum():
            stem = _BREAK
        else:
            stem = _stemmer.stemWord(_normalize(word))
        if len(_stems) > 200_000:
            _stems.clear()
        _stems[token] = stem
    return stem


def _tokens(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Stems of the meaningful words of `text` and the character span of each."""
    stems: list[str] = []
    spans: list[tuple[int, int]] = []
    known = _stems.get  # most words were seen before: skip the call to _stem for them
    for m in _WORD.finditer(text):
        token = m.group()
        stem = known(token, _UNSEEN)
        if stem is _UNSEEN:
            stem = _stem(token)
        if stem is not None:
            stems.append(stem)
            spans.append(m.span())
    return stems, spans


def label_key(label: str) -> tuple[str, ...]:
    """The stemmed word sequence that a label matches.

    >>> label_key("Letters and calls")
    ('letter', 'call')
    """
    return tuple(_tokens(label)[0])


@dataclass(frozen=True)
class Matter:
    """One concept of the matter thesaurus.

    `alt_labels` are its other English names; `alt_labels_zh` the everyday Chinese words for it
    (投诉 for 信访), which Chinese text is matched by along with `label_zh`.
    """

    iri: str
    slug: str
    label: str
    label_zh: str | None
    alt_labels: tuple[str, ...]
    broader: tuple[str, ...]
    definition: str = ""
    alt_labels_zh: tuple[str, ...] = ()


@dataclass(frozen=True)
class MatterMatch:
    """A matter found in a text: `words` as written in the text, `label` the label it matched."""

    matter: Matter
    words: str
    label: str


@dataclass(frozen=True)
class _Entry:
    key: tuple[str, ...]
    slug: str | None
    label: str


@dataclass
class _Start:
    """The labels whose first stem is one word: their lengths, longest first, and each by its stems."""

    sizes: list[int] = field(default_factory=list)
    by_key: dict[tuple[str, ...], _Entry] = field(default_factory=dict)


class Thesaurus:
    """The matters of government work, with label matching.

    >>> default_thesaurus().match("Handle petitions and manage the seals")[0].matter.slug
    'letters-and-calls'
    """

    def __init__(self, source: Path, matters: dict[str, Matter]) -> None:
        self._source = source
        self._graph: Graph | None = None  # parsed with rdflib only when asked for
        self._matters = matters
        self._index: dict[str, _Start] = {}
        self._zh: list[tuple[str, str]] = []
        for matter in matters.values():
            for label in (matter.label, *matter.alt_labels):
                self._add(label, matter.slug)
            for zh in (matter.label_zh, *matter.alt_labels_zh):
                if zh:
                    self._zh.append((simplified(zh), matter.slug))
        for phrase in NOT_MATTERS:
            self._add(phrase, None)
        for labels in self._index.values():
            labels.sizes = sorted({len(key) for key in labels.by_key}, reverse=True)
        # Longest first, so that 消费者投诉 (market supervision) takes its words before 投诉 can.
        self._zh.sort(key=lambda pair: -len(pair[0]))
        self.segmenter = Segmenter(lambda: [label for label, _ in self._zh])

    def _add(self, label: str, slug: str | None) -> None:
        key = label_key(label)
        if key:  # of two labels with the same stems, the first one added is the one matched
            self._index.setdefault(key[0], _Start()).by_key.setdefault(key, _Entry(key, slug, label))

    @classmethod
    def load(cls, path: Path | str | None = None) -> Thesaurus:
        """Read a SKOS thesaurus from Turtle (by default the packaged matters.ttl).

        Read with pyoxigraph, several times faster than rdflib's Turtle parser: this runs at every
        start-up of `orgkb serve` and `orgkb ask`.
        """
        source = Path(path or MATTERS_TTL)
        pref: dict[str, dict[str | None, str]] = defaultdict(dict)
        alts: dict[str, list[tuple[str | None, str]]] = defaultdict(list)
        broader: dict[str, list[str]] = defaultdict(list)
        definitions: dict[str, str] = {}
        concepts: set[str] = set()
        for quad in ox.parse(path=str(source), format=ox.RdfFormat.TURTLE):
            subject, predicate, obj = quad.subject, quad.predicate.value, quad.object
            if not isinstance(subject, ox.NamedNode):
                continue
            iri = subject.value
            if predicate == _IN_SCHEME and isinstance(obj, ox.NamedNode) and obj.value == SCHEME:
                concepts.add(iri)
            elif isinstance(obj, ox.Literal):
                if predicate == _PREF_LABEL:
                    pref[iri][obj.language] = obj.value
                elif predicate == _ALT_LABEL:
                    alts[iri].append((obj.language, obj.value))
                elif predicate == _DEFINITION:
                    definitions.setdefault(iri, obj.value)
            elif predicate == _BROADER and isinstance(obj, ox.NamedNode):
                broader[iri].append(obj.value)
        matters: dict[str, Matter] = {}
        for iri in sorted(concepts):
            slug = iri.removeprefix(SCHEME)
            labels = pref[iri]
            matters[slug] = Matter(
                iri=iri,
                slug=slug,
                label=labels.get("en", slug),
                label_zh=labels.get("zh"),
                alt_labels=tuple(sorted(text for lang, text in alts[iri] if lang in (None, "en"))),
                broader=tuple(sorted(b.removeprefix(SCHEME) for b in broader[iri])),
                definition=definitions.get(iri, ""),
                alt_labels_zh=tuple(sorted(text for lang, text in alts[iri] if lang == "zh")),
            )
        return cls(source, matters)

    def match(self, text: str) -> list[MatterMatch]:
        """The matters that `text` names, one per matter, in text order; longest label first."""
        stems, spans = _tokens(text)
        found: list[tuple[int, MatterMatch]] = []
        seen: set[str] = set()
        labels_from = self._index.get
        i, n = 0, len(stems)
        while i < n:
            labels = labels_from(stems[i])
            if labels is None:  # most words start no label
                i += 1
                continue
            width = 1
            for size in labels.sizes:
                entry = labels.by_key.get(tuple(stems[i : i + size])) if i + size <= n else None
                if entry is not None:
                    width = size
                    if entry.slug is not None and entry.slug not in seen:
                        seen.add(entry.slug)
                        start, end = spans[i][0], spans[i + size - 1][1]
                        found.append((start, self._hit(entry.slug, text[start:end], entry.label)))
                    break
            i += width
        if has_chinese(text):
            found.extend(self._match_zh(text, seen))
            found.sort(key=lambda pair: pair[0])
        return [hit for _, hit in found]

    def _match_zh(self, text: str, seen: set[str]) -> list[tuple[int, MatterMatch]]:
        text = simplified(text)  # traditional characters match the labels too (社會救助)
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, MatterMatch]] = []
        words: list[tuple[int, int]] | None = None  # the text's words, cut when a label is first found
        for label, slug in self._zh:
            start = text.find(label)
            while start >= 0:
                end = start + len(label)
                if words is None:
                    words = self.segmenter.word_spans(text)
                # a label in the middle of a longer word names nothing there: 民政 in 人民政府
                if all(end <= a or start >= b for a, b in taken) and not within(words, start, end):
                    taken.append((start, end))
                    if slug not in seen:
                        seen.add(slug)
                        found.append((start, self._hit(slug, label, label)))
                start = text.find(label, end)
        return found

    def _hit(self, slug: str, words: str, label: str) -> MatterMatch:
        return MatterMatch(self._matters[slug], words, label)

    def get(self, slug: str) -> Matter:
        """The matter named `slug`; raises KeyError if there is none."""
        return self._matters[slug]

    def ancestors(self, slug: str) -> list[Matter]:
        """The broader matters of `slug`, nearest first; raises KeyError for an unknown slug."""
        out: list[Matter] = []
        queue = list(self._matters[slug].broader)
        while queue:
            parent = self._matters[queue.pop(0)]
            if parent not in out:
                out.append(parent)
                queue.extend(parent.broader)
        return out

    def graph(self) -> Graph:
        """The thesaurus as an rdflib Graph, parsed on first use (shared: do not modify it)."""
        if self._graph is None:
            self._graph = Graph().parse(str(self._source), format="turtle")
        return self._graph

    def __iter__(self) -> Iterator[Matter]:
        return iter(self._matters.values())

    def __len__(self) -> int:
        return len(self._matters)

    def __contains__(self, slug: object) -> bool:
        return slug in self._matters


@functools.cache
def default_thesaurus() -> Thesaurus:
    """The packaged thesaurus, read once."""
    return Thesaurus.load()


MatterMatcher = Callable[[str], Sequence[tuple[str, str]]]
"""Given a duty's text, the (matter IRI, matched words) pairs it concerns: what assigns matters to
duties when pages are loaded (`orgkb.loaders.rdf.triples`), built from the thesaurus by `default_matcher`."""


def default_matcher() -> MatterMatcher:
    """The matcher over the thesaurus shipped with orgkb: a duty's text to its matters.

    >>> [iri.rsplit("/", 1)[-1] for iri, _ in default_matcher()("Handle letters and calls from the public.")]
    ['letters-and-calls']
    """
    thesaurus = default_thesaurus()

    def match(text: str) -> list[tuple[str, str]]:
        return [(found.matter.iri, found.words) for found in thesaurus.match(text)]

    return match
