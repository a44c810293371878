"""Values derived from a SPARQL server's store, kept in this machine's cache: read back by the next
process that opens the server as it is, never for another state of it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from orgkb.kb.search import index
from orgkb.kb.search.index import HandlerIndex, handler_index
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store import persisted
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_path, load_paths

BATCH = Path(__file__).parents[2] / "data" / "batch"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ORGKB_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _saved(folder: Path | None) -> list[str]:
    for thread in threading.enumerate():  # values are saved in threads of their own
        if thread.name.startswith("save-"):
            thread.join()
    return [] if folder is None else sorted(path.name for path in folder.glob("handler-index-*.pickle"))


def _answers(kb: KnowledgeBase) -> list[str]:
    return [repr(answer) for answer in who_handles(kb, "archives", None, 5)]


def test_a_servers_index_is_kept_in_the_cache_and_read_back_by_the_next_process(
    oxigraph_url: str, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = KnowledgeBase(oxigraph_url)
    assert not load_paths(kb, builtin_paths()).failed
    expected = _answers(kb)
    assert kb.saved_in is not None and kb.saved_in.parent == cache
    [saved] = _saved(kb.saved_in)

    def refuse(self: HandlerIndex, kb: KnowledgeBase) -> None:
        raise AssertionError("the index was built, not read back")

    with monkeypatch.context() as patched:
        patched.setattr(index.HandlerIndex, "__init__", refuse)
        reader = KnowledgeBase(oxigraph_url, read_only=True)
        assert reader.saved_in == kb.saved_in
        assert _answers(reader) == expected

    assert load_path(kb, BATCH / "good-xuhui-archives-bureau.txt").ok  # the server's pages change
    changed = KnowledgeBase(oxigraph_url, read_only=True)
    assert any(duty.document.endswith("good-xuhui-archives-bureau.txt") for duty in handler_index(changed).duties)
    assert _saved(kb.saved_in) != [saved]


def test_two_servers_keep_their_values_apart_and_an_empty_setting_keeps_none(
    oxigraph_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    environ = {"ORGKB_CACHE_DIR": "/var/cache/orgkb"}
    first = persisted.cache_folder("http://db-1:7878/query", environ)
    assert first is not None and first != persisted.cache_folder("http://db-2:7878/query", environ)
    assert persisted.cache_folder("http://db-1:7878/query", {"XDG_CACHE_HOME": "/c"}) == Path("/c/orgkb") / first.name
    monkeypatch.setenv("ORGKB_CACHE_DIR", "")
    assert KnowledgeBase(oxigraph_url, read_only=True).saved_in is None


def test_a_directory_store_keeps_its_values_beside_it_whatever_the_cache(tmp_path: Path, cache: Path) -> None:
    assert KnowledgeBase(tmp_path / "kb").saved_in == persisted.folder_of(tmp_path / "kb")
    assert KnowledgeBase().saved_in is None
