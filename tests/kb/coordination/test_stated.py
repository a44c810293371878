"""Stated links: the names automaton finds what a regular expression per name found.

`tests/data/stated_links.json` holds the links the first way of finding names (a regular
expression per name per duty) found on the test pages and on a synthetic corpus.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.synthetic import generate_corpus
from orgkb.kb.coordination.derived import Coordination
from orgkb.kb.store import KnowledgeBase
from orgkb.loaders.files import builtin_paths
from orgkb.loaders.reader import parse_text

DATA = Path(__file__).parents[2] / "data"


def fixtures() -> KnowledgeBase:
    kb = KnowledgeBase()
    pages = [*builtin_paths(), *sorted((DATA / "unseen").glob("*.txt")), *sorted((DATA / "variants").glob("*.txt"))]
    pages += sorted((DATA / "batch").glob("good-*.txt"))
    report = kb.load_paths(pages)
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
