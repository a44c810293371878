"""Coordination stated in the text: a duty that assists, guides, supervises, serves, liaises or
cooperates with, or reports to another unit or body, resolved to that unit's or body's node.

A mention is found three ways: a body the loader recognised (`orgkb:mentions`), the name of an
organization or unit of the graph written out, or a generic reference to the government above
("the district government", "the government's leaders"). Each is resolved by a name key (its
words without place names and function words) among the nodes of the same place first, a page's
own organizations and units before parent governments before mere bodies. A mention becomes a
link only when a cue verb governs it in the same clause.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field

import ahocorasick

from orgkb.kb.coordination.shelf import ShelvedMap
from orgkb.kb.search.text import fold, place_words
from orgkb.loaders.document import Duty
from orgkb.ontology.ids import id_of, kind_of

# Relations, each with the cue that states it; the cue must end at most `_REACH` words before the
# mention (verbs joined by "and" or commas count together: "guide and govern the work of X").
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (relation, re.compile(pattern, re.IGNORECASE))
    for relation, pattern in (
        ("hosts the office of", r"\b(?:routine|daily)\s+(?:work|affairs)\s+of\b|\bresponsible for the work of\b"),
        ("reports to", r"\b(?:report|submit|send)\w*\b[^;]*?\bto\b"),
        ("assists", r"\bassist(?:s|ed|ing)?\b(?:\s+in)?|\bhelp(?:s|ing)?\b"),
        (
            "cooperates with",
            r"\bcooperat\w*(?:\s+with)?\b|\bin\s+(?:co-?operation|collaboration|conjunction)\s+with\b|\bjointly\s+with\b",
        ),
        ("liaises with", r"\bliais\w*\b|\bliaison\b|\bcontact(?:s|ing)?\b|\bcommunicat\w*\s+with\b"),
        ("coordinates with", r"\bcoordinat\w*(?:\s+with)?\b"),
        ("guides", r"\bguid(?:e|es|ed|ing|ance)\b"),
        ("supervises", r"\bsupervis\w*\b|\binspect\w*\b|\burg(?:e|es|ing)\b"),
        ("serves", r"\bserv(?:e|es|ed|ing)\b"),
        (
            "administers",
            r"\badminister\w*\b|\bmanag(?:e|es|ing)\b|\bgovern(?:s|ing)?\b(?!\s+(?:department|function|system))",
        ),
    )
)
_REACH = 8
# "the district government", "the government's leaders", "the New District Government", "the municipal government"
_GOVERNMENT = re.compile(
    r"\b(?:the\s+)?(?:(?:new\s+)?district|municipal|city)?\s*government(?:'s|’s)?(?:\s+leaders?)?\b"
    r"(?!\s+(?:departments?|functions?|systems?|services?|information|affairs|offices?|organs?|"
    r"delegations?|work|meetings?|executive|normative|advisory|general|documents?|of\b))",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_RECIPIENT = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
# A unit does not guide, supervise or run the government it belongs to: such a cue is about its work.
_DOWNWARD = frozenset({"guides", "supervises", "administers", "coordinates with", "hosts the office of"})
_CATCH_ALL = re.compile(
    r"\bother\s+(?:tasks|matters|work|duties|affairs)\b[^;]*\bassign"
    r"|(?:交办|交付|布置)的?其他(?:事项|工作|任务)",  # 承办区政府交办的其他事项
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset(["the", "of", "and", "for", "in", "on", "a", "an", "to", "its", "their", "s", "peoples"])
_NAME_WORD = re.compile(r"[a-z0-9]+")


def is_catch_all(text: str) -> bool:
    """True for the closing "other tasks assigned by ..." duty that every page has.

    >>> is_catch_all("Complete other tasks assigned by Jing'an District People's Government.")
    True
    >>> is_catch_all("完成区委、区政府交办的其他任务。")
    True
    """
    return bool(_CATCH_ALL.search(text))


def name_key(name: str) -> frozenset[str]:
    """The words that identify a named organization: no place names, no function words.

    >>> sorted(name_key("People's Government of Jing'an District"))
    ['government']
    """
    places = place_words()
    words = _NAME_WORD.findall(fold(name).replace("'s", ""))
    return frozenset(word for word in words if word not in _FUNCTION_WORDS and word not in places)


@dataclass(frozen=True)
class Candidate:
    """A node a mention may name: its id, kind and standing (described by a page, a parent, a body)."""

    id: str
    kind: str
    described: bool
    parent: bool
    place: str = field(init=False)
    rank: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "place", place_of_node(self.id))
        object.__setattr__(self, "rank", 0 if self.described else 1 if self.parent else 2)


def place_of_node(identifier: str) -> str:
    """The place a node's id names: its first two parts ("shanghai/jingan"). Cut, not split: a
    page's write asks it of every duty that looked up a common name key (46,541 at 10,000 pages).

    >>> place_of_node("shanghai/jingan/civil-affairs/duty/3"), place_of_node("shanghai"), place_of_node("a/b")
    ('shanghai/jingan', 'shanghai', 'a/b')
    """
    first = identifier.find("/")
    second = identifier.find("/", first + 1) if first >= 0 else -1
    return identifier if second < 0 else identifier[:second]


@dataclass(frozen=True)
class StatedLink:
    """A duty of `source_id` says it `relation` the node `target_id`."""

    source_id: str
    target_id: str
    relation: str
    duty_id: str


class NameIndex:
    """Organizations, units, parent governments and bodies by name key, and one automaton that
    finds every name of two words or more written out in a duty.

    The automaton (pyahocorasick's Aho-Corasick, in C) reads a duty once, whatever the number of
    names: a regular expression per name per duty made the stated links quadratic (about five
    million of them on 219 pages). A token index would not do: a name is found as a substring of
    the case-folded duty, as the duty writes it, not only on word boundaries.

    A lookup reads only the nodes of the duty's place (`_at`) and a remembered answer among the
    nodes pages describe (`_answers`); each label's automaton entry keeps its first node per place
    and its first described node. Listing every node filed under a key (one general office per
    county) made each lookup cost the number of counties, and the stated links quadratic in the
    corpus (docs/loading.md, Size L, the derive).

    Each label's automaton entry is also filed under the label's first word (`starts`; `head`): a
    name written in a duty begins with the end of one of the duty's words (its first word is
    followed by a space), so the entries filed under the ends of a duty's words are all the names
    it can hold. An index read back from a save (`KEYED`: its mappings read a key at a time) has no
    automaton of every name (`whole` False): it finds a duty's names with an automaton of those
    entries alone, the same names as the whole automaton finds.
    """

    def __init__(self, rows: Iterable[Mapping[str, object]]) -> None:
        self.by_key: MutableMapping[frozenset[str], dict[str, Candidate]] = defaultdict(dict)
        self.labels: MutableMapping[str, list[str]] = defaultdict(list)
        self.candidates: MutableMapping[str, Candidate] = {}
        self._keys: dict[str, frozenset[str]] = {}
        self._named: MutableMapping[str, list[_Named]] = defaultdict(list)  # folded label -> its entries, in rank order
        self._node_keys: MutableMapping[str, set[frozenset[str]]] = {}  # node id -> the name keys it is filed under
        # (key, place) -> nodes
        self._at: MutableMapping[tuple[frozenset[str], str], dict[str, Candidate]] = defaultdict(dict)
        # key -> kind -> the described answer
        self._answers: MutableMapping[frozenset[str], dict[str | None, str | None]] = {}
        self.starts: MutableMapping[str, dict[str, Entry]] = defaultdict(dict)  # `head` -> label -> its entry
        self.names: ahocorasick.Automaton | None = None
        self.whole = True  # `names` holds every label (else a duty's names are found through `starts`)
        self.update(_by_node(rows))

    def update(self, nodes: Mapping[str, Sequence[Mapping[str, object]]]) -> None:
        """Replace the names of `nodes` (node IRI -> all its rows now; none for a node gone), the
        rest left as it is: the same index as one built from every row, for the work of those nodes'."""
        folded: set[str] = set()
        for node, rows in nodes.items():
            folded |= self._remove(id_of(node))
            folded |= self._add(node, rows)
        if not folded:
            return
        automaton = self.names
        if automaton is None and self.whole:
            automaton = ahocorasick.Automaton()
        for label in folded:
            entries = self._named.get(label)
            bucket = self.starts.get(head(label))
            if entries:
                entry: Entry = (len(label), label, *self._firsts(entries))
                self.starts[head(label)][label] = entry
                if automaton is not None:
                    automaton.add_word(label, entry)
            else:
                self._named.pop(label, None)
                if bucket is not None:
                    bucket.pop(label, None)
                    if not bucket:
                        del self.starts[head(label)]
                if automaton is not None and label in automaton:
                    automaton.remove_word(label)
        if automaton is None:
            return
        if len(automaton):
            automaton.make_automaton()
            self.names = automaton
        else:
            self.names = None

    def found_in(self, folded: str) -> Iterator[tuple[int, Entry]]:
        """(end, entry) of every occurrence in `folded` (a case-folded duty) of a name of two words
        or more, in the order of their ends (the automaton's `iter`)."""
        if self.whole:
            if self.names is not None:
                yield from self.names.iter(folded)
            return
        entries: dict[str, Entry] = {}
        for start in word_ends(folded):
            entries.update(self.starts.get(start) or {})
        if not entries:
            return
        automaton = ahocorasick.Automaton()
        for label, entry in entries.items():
            automaton.add_word(label, entry)
        automaton.make_automaton()
        yield from automaton.iter(folded)

    def read_ahead(self, texts: Iterable[str]) -> None:
        """Read at once the entries `found_in` will ask for the case-folded `texts` (an index
        read back from a save: a few statements, not one a word)."""
        if isinstance(self.starts, ShelvedMap):
            self.starts.read_many({start for text in texts for start in word_ends(text)})

    def _firsts(self, entries: Sequence[_Named]) -> tuple[_Named | None, dict[str, _Named]]:
        """Of a label's entries (in rank order): the first whose node a page describes, and the
        first of each place: a duty takes the first of the two in rank order (`first_named`)."""
        described: _Named | None = None
        by_place: dict[str, _Named] = {}
        if isinstance(self.candidates, ShelvedMap):
            self.candidates.read_many(entry[1] for entry in entries)
        for entry in entries:
            candidate = self.candidates[entry[1]]
            by_place.setdefault(candidate.place, entry)
            if described is None and candidate.described:
                described = entry
        return described, by_place

    def _remove(self, identifier: str) -> set[str]:
        labels = self.labels.pop(identifier, [])
        self.candidates.pop(identifier, None)
        place = place_of_node(identifier)
        for key in self._node_keys.pop(identifier, set()):
            self._answers.pop(key, None)
            holders = self.by_key.get(key)
            if holders is not None:
                holders.pop(identifier, None)
                if not holders:
                    del self.by_key[key]
            local = self._at.get((key, place))
            if local is not None:
                local.pop(identifier, None)
                if not local:
                    del self._at[(key, place)]
        folded = {label.casefold() for label in labels if len(label.split()) >= 2}
        for label in folded:
            self._named[label] = [entry for entry in self._named.get(label, []) if entry[1] != identifier]
        return folded

    def _add(self, node: str, rows: Sequence[Mapping[str, object]]) -> set[str]:
        identifier = id_of(node)
        folded: set[str] = set()
        for number, row in enumerate(rows):
            kind = kind_of(row["kind"])
            candidate = Candidate(identifier, kind, bool(row.get("described")), bool(row.get("parent")))
            self.candidates[identifier] = candidate
            label = str(row["label"])
            self.labels[identifier].append(label)
            for key in label_keys(label, kind):
                self.by_key[key][identifier] = candidate
                self._at[(key, candidate.place)][identifier] = candidate
                self._answers.pop(key, None)
                self._node_keys.setdefault(identifier, set()).add(key)
            if len(label.split()) >= 2:
                bisect.insort(self._named[label.casefold()], ((node, number), identifier, label))
                folded.add(label.casefold())
        return folded

    def key(self, name: str) -> frozenset[str]:
        """`name_key(name)`, remembered."""
        found = self._keys.get(name)
        if found is None:
            found = self._keys[name] = name_key(name)
        return found

    def resolve(
        self, name: str, place: str, *, kind: str | None = None, asked: set[frozenset[str]] | None = None
    ) -> str | None:
        """The id `name` most likely names from a duty in `place`, or None when unknown or ambiguous.

        The name key looked up is added to `asked`: the answer changes only when a node with that
        key comes, goes or changes.
        """
        key = self.key(name)
        if asked is not None:
            asked.add(key)
        local = [c for c in self._at.get((key, place), {}).values() if kind is None or c.kind == kind]
        if not local:
            return self._described(key, kind)
        best = min(c.rank for c in local)
        top = [c for c in local if c.rank == best]
        return top[0].id if len(top) == 1 else None

    def _described(self, key: frozenset[str], kind: str | None) -> str | None:
        """The one node of `kind` filed under `key` that a page describes (None: none, or several),
        remembered until a node under `key` comes, goes or changes."""
        answers = self._answers.setdefault(key, {})
        if kind not in answers:
            nodes = self.by_key.get(key, {}).values()
            found = [c.id for c in nodes if c.described and (kind is None or c.kind == kind)]
            answers[kind] = found[0] if len(found) == 1 else None
        return answers[kind]


# One entry of the names automaton: (rank, id, label) for every node that goes by the label;
# the rank orders the nodes by IRI, and each node's labels in their order.
_Named = tuple[tuple[str, int], str, str]
# A label's value in the automaton: (length, label, its first described entry, its first entry per place)
Entry = tuple[int, str, "_Named | None", dict[str, _Named]]
# The mappings of a `NameIndex` kept by key when it is saved, each with what it gives for a key it lacks
KEYED: dict[str, type | None] = {
    "by_key": dict,
    "labels": list,
    "candidates": None,
    "_named": list,
    "_node_keys": None,
    "_at": dict,
    "_answers": None,
    "starts": dict,
}


def head(label: str) -> str:
    """What a case-folded label of two words or more is filed under: its text up to its first space
    ("" for a label that starts with one, or has none: filed under every duty's `word_ends`).

    >>> head("civil affairs bureau"), head(" x y")
    ('civil', '')
    """
    if not label or label[0].isspace():
        return ""
    parts = label.split(maxsplit=1)
    return parts[0] if len(parts) == 2 and len(parts[0]) < len(label) else ""


def word_ends(text: str) -> set[str]:
    """Every end of every word of `text` (its runs without a space), and "": the `head`s of the
    labels `text` can hold (a label's first word ends where a space follows it in the text).

    >>> sorted(word_ends("ab c"))
    ['', 'ab', 'b', 'c']
    """
    found = {""}
    for word in text.split():
        found.update(word[start:] for start in range(len(word)))
    return found


def first_named(described: _Named | None, local: _Named | None) -> _Named | None:
    """The first in rank order of a label's first described entry and its first in the duty's place."""
    if described is None or local is None:
        return described or local
    return min(described, local)


def _by_node(rows: Iterable[Mapping[str, object]]) -> dict[str, list[Mapping[str, object]]]:
    """`rows` grouped by their node (`org`), in the order they come."""
    found: dict[str, list[Mapping[str, object]]] = defaultdict(list)
    for row in rows:
        found[str(row["org"])].append(row)
    return found


@functools.lru_cache(maxsize=1 << 17)
def label_keys(label: str, kind: str) -> frozenset[frozenset[str]]:
    """The name keys a node of `kind` goes by under `label`: the whole label, what its brackets hold."""
    parts = [label, *re.findall(r"\(([^)]*)\)", label)]
    bare = re.sub(r"\([^)]*\)", " ", label)
    parts.append(bare)
    for inner in re.findall(r"\(([^)]*)\)", label):
        parts.extend(re.split(r"\s+and\s+", inner))
    keys = {name_key(part) for part in parts}
    if kind == "government":
        keys |= {key | {"government"} for key in list(keys)}
    return frozenset(key for key in keys if key)


def _cue_relations(before: str) -> list[str]:
    """The relations whose cues govern a mention that follows `before` (the clause up to it)."""
    found: list[tuple[int, int, str]] = []
    for relation, cue in _CUES:
        for match in cue.finditer(before):
            found.append((match.start(), match.end(), relation))
    if not found:
        return []
    found.sort()
    gap = len(before[max(end for _, end, _ in found) :].split())
    if gap > _REACH:
        return []
    # The nearest cue, and the cues chained to it by "and", commas or "or".
    chain: list[str] = []
    start = len(before)
    for begin, end, relation in sorted(found, key=lambda item: -item[1]):
        between = before[end:start]
        if chain and not re.fullmatch(r"[\s,]*(?:(?:and|or)\s+)?[\s,]*", between, re.IGNORECASE):
            break
        if relation not in chain:
            chain.append(relation)
        start = min(start, begin)
    return chain


def _mentions(
    text: str, duty: Duty, bodies: Iterable[str], index: NameIndex, asked: set[frozenset[str]]
) -> list[tuple[int, str]]:
    """(position, node id) of every organization the duty names, resolved.

    At a position where several names begin, the first node in the index's order names it; a
    name found again inside one of its own occurrences is not found again there.
    """
    place = place_of_node(duty.owner_id)
    found: dict[int, str] = {}
    folded = text.casefold()
    for body in bodies:
        for label in index.labels.get(body, []):
            at = folded.find(label.casefold())
            if at >= 0:
                found.setdefault(at, index.resolve(label, place, asked=asked) or body)
                break
    first: dict[int, _Named] = {}  # start -> the entry of the first node named there
    ends: dict[str, int] = {}  # label -> the end of its last occurrence taken
    for end, (length, label, described, by_place) in index.found_in(folded):
        start = end + 1 - length
        if start < ends.get(label, 0):
            continue
        ends[label] = end + 1
        entry = first_named(described, by_place.get(place))
        if entry is not None and (start not in first or entry[0] < first[start][0]):
            first[start] = entry
    for start, (_, identifier, label) in first.items():
        found.setdefault(start, index.resolve(label, place, asked=asked) or identifier)
    for match in _GOVERNMENT.finditer(text):
        word = match.start() + match.group(0).casefold().find("government")
        if text[word - 1 : word] == "-":
            continue  # "self-government" is not a government
        if any(abs(match.start() - at) < 3 for at in found):
            continue
        phrase = re.sub(r"(?:'s|’s)|\bleaders?\b|\bthe\b", " ", match.group(0), flags=re.IGNORECASE)
        target = index.resolve(phrase, place, kind="government", asked=asked)
        if target is not None:
            found.setdefault(match.start(), target)
    return sorted(found.items())


def find_stated(
    duty: Duty, index: NameIndex, bodies: Iterable[str], above: frozenset[str]
) -> tuple[list[StatedLink], frozenset[frozenset[str]]]:
    """Every link `duty` states, resolved (none for a catch-all duty), and the name keys it looked up.

    `bodies` are the bodies the loader found the duty naming; `above`, the organizations above its unit.
    """
    asked: set[frozenset[str]] = set()
    if is_catch_all(duty.text):
        return [], frozenset()
    links: dict[tuple[str, str, str, str], StatedLink] = {}
    text = duty.text
    for position, target in _mentions(text, duty, bodies, index, asked):
        if target == duty.owner_id:
            continue
        before = text[text.rfind(";", 0, position) + 1 : position]
        if _AGENT.search(before):
            continue  # "tasks issued by X", "delegations from X": X acts, the duty does not
        relations = _cue_relations(before)
        if _RECIPIENT.search(before):
            relations = [r for r in relations if r == "reports to"]
        if target in above:
            relations = [r for r in relations if r not in _DOWNWARD]
        for relation in relations:
            links.setdefault(
                (duty.owner_id, target, relation, duty.id), StatedLink(duty.owner_id, target, relation, duty.id)
            )
    return list(links.values()), frozenset(asked)


def ancestors(parents: Mapping[str, str], node: str) -> frozenset[str]:
    """The nodes above `node` following `parents` (at most 16 up)."""
    chain: list[str] = []
    while node in parents and len(chain) < 16:
        node = parents[node]
        chain.append(node)
    return frozenset(chain)
