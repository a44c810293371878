"""Stated links: the names automaton finds what a regular expression per name found.

`tests/data/stated_links.json` holds the links the first way of finding names (a regular
expression per name per duty) found on the test pages and on a synthetic corpus.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import generate_corpus
from orgkb.kb.coordination.derived import Coordination
from orgkb.kb.coordination.stated import NameIndex, first_named, place_of_node
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loaders.reading.reader import parse_text
from orgkb.loading import load_paths
from orgkb.ontology.ids import iri_of

DATA = Path(__file__).parents[2] / "data"


def fixtures() -> KnowledgeBase:
    kb = KnowledgeBase()
    pages = [*builtin_paths(), *sorted((DATA / "unseen").glob("*.txt")), *sorted((DATA / "variants").glob("*.txt"))]
    pages += sorted((DATA / "batch").glob("good-*.txt"))
    report = load_paths(kb, pages)
    assert len(report.loaded) > 30
    return kb


def synthetic() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add_documents([parse_text(text, name) for name, text in generate_corpus(40, seed=3)])
    return kb


def stated(kb: KnowledgeBase) -> list[list[str]]:
    """Every link the duties of `kb` state, read afresh: [unit, target, relation, duty]."""
    coordination = Coordination(kb.select)
    coordination.rebuild(kb.select)
    found = [link for links in coordination.stated.values() for link in links]
    return sorted([[link.source_id, link.target_id, link.relation, link.duty_id] for link in found], key=repr)


@pytest.mark.parametrize(("name", "build"), [("fixtures", fixtures), ("synthetic", synthetic)])
def test_the_automaton_finds_what_a_regex_per_name_found(name: str, build: Callable[[], KnowledgeBase]) -> None:
    expected = json.loads((DATA / "stated_links.json").read_text("utf-8"))[name]
    assert stated(build()) == sorted(expected, key=repr)


# -- the name index: lookups by place give what listing every node under a key gave --------------

_PLACES = ["anhui/she", "anhui/yi", "hebei/li"]
_LABELS = ["General Office", "Civil Affairs Bureau", "Office of Civil Affairs", "General Office (Civil Affairs)"]
_KINDS = ["government", "office", "unit"]
_node = st.tuples(st.sampled_from(_PLACES), st.sampled_from(["a", "b", "c"]))
_names = st.lists(
    st.fixed_dictionaries(
        {
            "label": st.sampled_from(_LABELS),
            "kind": st.sampled_from(_KINDS),
            "described": st.booleans(),
            "parent": st.booleans(),
        }
    ),
    max_size=3,
)


def _rows(node: tuple[str, str], names: list[dict[str, object]]) -> tuple[str, list[dict[str, object]]]:
    iri = iri_of(f"{node[0]}/{node[1]}")
    return iri, [{**name, "org": iri, "kind": f"https://example.org/kind/{name['kind']}"} for name in names]


def _resolved_by_listing(index: NameIndex, name: str, place: str, kind: str | None) -> str | None:
    """What `resolve` answered when it listed every node under the key (before the index by place)."""
    found = [c for c in index.by_key.get(index.key(name), {}).values() if kind is None or c.kind == kind]
    pool = [c for c in found if c.place == place] or [c for c in found if c.described]
    if not pool:
        return None
    top = [c for c in pool if c.rank == min(c.rank for c in pool)]
    return top[0].id if len(top) == 1 else None


def _first_by_listing(index: NameIndex, label: str, place: str) -> tuple[object, ...] | None:
    """The first entry of a label, in rank order, in the duty's place or described (as `_mentions` walked them)."""
    for entry in index._named.get(label, []):
        candidate = index.candidates[entry[1]]
        if candidate.place == place or candidate.described:
            return entry
    return None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_node, _names), min_size=1, max_size=12))
def test_lookups_by_place_answer_as_listing_every_node_did(
    writes: list[tuple[tuple[str, str], list[dict[str, object]]]],
) -> None:
    index = NameIndex([])
    for node, names in writes:  # each write replaces a node's names (none: the node is gone)
        iri, rows = _rows(node, names)
        index.update({iri: rows})
        for place in _PLACES:
            for label in _LABELS:
                for kind in [None, *_KINDS]:
                    assert index.resolve(label, place, kind=kind) == _resolved_by_listing(index, label, place, kind)
                folded = label.casefold()
                entry = index.names.get(folded) if index.names is not None and folded in index.names else None
                found = first_named(entry[2], entry[3].get(place)) if entry is not None else None
                assert found == _first_by_listing(index, folded, place)


@given(st.text(st.sampled_from("ab/-"), max_size=12))
def test_the_place_of_a_node_is_its_first_two_parts(identifier: str) -> None:
    assert place_of_node(identifier) == "/".join(identifier.split("/")[:2])
