"""Stated links: the names automaton finds what a regular expression per name found."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.synthetic import generate_corpus
from orgkb.kb import duties
from orgkb.kb.coordination import stated
from orgkb.kb.coordination.stated import StatedLink, stated_links
from orgkb.kb.store import KnowledgeBase
from orgkb.loaders.files import builtin_paths
from orgkb.loaders.text import parse_text

DATA = Path(__file__).parents[2] / "data"


def _fixtures() -> KnowledgeBase:
    kb = KnowledgeBase()
    pages = [*builtin_paths(), *sorted((DATA / "unseen").glob("*.txt")), *sorted((DATA / "variants").glob("*.txt"))]
    pages += sorted((DATA / "batch").glob("good-*.txt"))
    report = kb.load_paths(pages)
    assert len(report.loaded) > 30
    return kb


def _synthetic() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add_documents([parse_text(text, name) for name, text in generate_corpus(40, seed=3)])
    return kb


def _links(kb: KnowledgeBase) -> list[StatedLink]:
    return sorted(stated_links(kb, duties.all_responsibilities(kb)), key=repr)


@pytest.mark.parametrize("build", [_fixtures, _synthetic])
def test_the_automaton_finds_what_a_regex_per_name_found(
    build: Callable[[], KnowledgeBase], monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = build()
    found = _links(kb)
    monkeypatch.setattr(stated, "_mentions", stated._mentions_by_regex)
    assert found == _links(kb)
    assert found
