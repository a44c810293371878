"""A saved index memory-mapped back answers exactly as the index built from the store."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pytest

from orgkb.kb.search import index
from orgkb.kb.search.index import INDEX_CODE, HandlerIndex, handler_index
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store import persisted
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_paths

QUESTIONS = [
    ("archives", None),
    ("Who deals with complaints from residents?", "Jing'an"),
    ("reception of foreign guests", None),
    ("meetings of the district government", None),
    ("foreign affairs", "Shanghai"),
    ("government information disclosure", None),
    ("work safety", "Dapeng"),
    ("letters and calls", None),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, HandlerIndex, list[str]]:
    store = tmp_path_factory.mktemp("mapped") / "kb"
    kb = KnowledgeBase(store)
    assert not load_paths(kb, builtin_paths()).failed
    kb.flush()
    built = handler_index(kb)
    answers = [repr(who_handles(kb, question, place, 10)) for question, place in QUESTIONS]
    persisted.finish_saving()
    return store, built, answers


def _mapped(store: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[KnowledgeBase, HandlerIndex]:
    def refuse(self: HandlerIndex, kb: KnowledgeBase) -> None:
        raise AssertionError("the index was built, not read back")

    monkeypatch.setattr(index.HandlerIndex, "__init__", refuse)
    kb = KnowledgeBase(store)
    return kb, handler_index(kb)


def test_a_mapped_index_answers_as_the_built_one(
    built: tuple[Path, HandlerIndex, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _, answers = built
    kb, _ = _mapped(store, monkeypatch)
    assert [repr(who_handles(kb, question, place, 10)) for question, place in QUESTIONS] == answers


def test_a_mapped_index_holds_what_the_built_one_holds(
    built: tuple[Path, HandlerIndex, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, made, _ = built
    _, mapped = _mapped(store, monkeypatch)
    assert vars(mapped).keys() == vars(made).keys()
    for name, value in vars(made).items():
        again = getattr(mapped, name)
        if isinstance(value, np.ndarray):
            assert np.array_equal(value, again) and value.dtype == again.dtype, name
        elif isinstance(value, Mapping):
            assert _plain(value) == _plain(again), name
        elif isinstance(value, Sequence):
            assert list(value) == list(again), name
    assert [mapped.parent_of(n) for n in range(len(made.owners))] == [
        made.parent_of(n) for n in range(len(made.owners))
    ]
    assert all(mapped.owner_of[owner.iri] == n for n, owner in enumerate(made.owners))


def _plain(mapping: Mapping[object, object]) -> dict[object, object]:
    return {key: value.tolist() if isinstance(value, np.ndarray) else value for key, value in mapping.items()}


def test_the_large_arrays_are_mapped_from_the_file_not_copied(
    built: tuple[Path, HandlerIndex, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, made, _ = built
    kb, mapped = _mapped(store, monkeypatch)
    [saved] = persisted.folder_of(store).glob("handler-index-*.pickle")
    assert saved.name.endswith(f"-{persisted.code_digest(INDEX_CODE)}.pickle")
    mapped_arrays = [mapped.duty_owner, mapped.owner_parent, mapped.term_owners[next(iter(mapped.term_owners))]]
    assert made.duty_owner.flags.writeable  # built in memory
    assert not any(array.flags.writeable for array in mapped_arrays)
    lexicon = mapped.duty_lexicon.model
    assert lexicon is not None and not lexicon.scores["data"].flags.writeable
