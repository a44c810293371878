"""A write finds a new page's lookalikes by the keys the loader wrote into every page's graph
(`orgkb:lookalikeKey`), not by reading every page; a store loaded without them is read whole once,
and given them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from orgkb.kb.coordination.derived import DERIVED
from orgkb.kb.identity import lookalikes
from orgkb.kb.store import knowledge_base as store
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Document
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.reader import parse_text
from orgkb.ontology.namespace import ORGKB
from tests.kb.store.test_knowledge_base_identity import DUTIES, chinese, write_fifty

_DROP_KEYS = f"DELETE WHERE {{ GRAPH ?page {{ ?page <{ORGKB.lookalikeKey}> ?key }} }}"


def _pages(folder: Path) -> list[Document]:
    """Pages that look alike in every way `why_alike` knows, and pages that do not."""
    documents = [read_page(path) for path in sorted(write_fifty(folder).iterdir())]
    works = f"Department of Public Works\n{DUTIES.format(who='council')}"
    documents += [parse_text(works, "works-a.txt"), parse_text(works, "works-b.txt")]  # unsure places
    heritage = f"Longgang District Heritage Centre, Shenzhen\n{DUTIES.format(who='district')}"
    documents += [parse_text(heritage, "heritage-en.txt")]
    documents += [chinese("龙岗区文物保护中心", "龙岗区", "深圳市", documents[-1].kind, "heritage-zh.txt")]
    bureau = f"Civil Affairs Bureau of Taoyuan City\n{DUTIES.format(who='city government')}"
    documents += [parse_text(bureau, "taoyuan-tw.txt")]
    documents += [chinese("桃源县民政局", "桃源县", "常德市", documents[-1].kind, "taoyuan-hunan.txt")]
    return documents


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Document]:
    return _pages(tmp_path_factory.mktemp("pages"))


def _no_full_reading(kb: KnowledgeBase) -> None:
    def refuse() -> list[lookalikes.PageIdentity]:
        raise AssertionError("a write read every page's identity")

    kb._page_identities = refuse  # type: ignore[method-assign]


def _count_full_readings(kb: KnowledgeBase) -> list[int]:
    read: Callable[[], list[lookalikes.PageIdentity]] = kb._page_identities
    count = [0]

    def counted() -> list[lookalikes.PageIdentity]:
        count[0] += 1
        return read()

    kb._page_identities = counted  # type: ignore[method-assign]
    return count


def _alike_one_at_a_time(kb: KnowledgeBase, documents: list[Document]) -> Iterator[tuple[str, ...]]:
    for document in documents:
        yield kb.add_document(document).alike


def test_pages_written_one_at_a_time_find_the_lookalikes_a_reading_of_every_page_finds(
    pages: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    keyed = KnowledgeBase()
    _no_full_reading(keyed)
    found = list(_alike_one_at_a_time(keyed, pages))
    monkeypatch.setattr(store, "NEAR_IDENTITIES_UP_TO", -1)  # every write reads every page's identity
    assert found == list(_alike_one_at_a_time(KnowledgeBase(), pages))
    assert sum(bool(alike) for alike in found) >= 8  # by site, unplaced, two languages, a place's name
    assert any("another place called taoyuan" in line for alike in found for line in alike)
    assert any("the same place and kind in en" in line for alike in found for line in alike)


def test_a_page_written_again_or_superseded_is_met_as_it_is_now(pages: list[Document]) -> None:
    kb = KnowledgeBase()
    _no_full_reading(kb)
    works = f"Department of Public Works\n{DUTIES.format(who='council')}"
    parks = f"Department of Parks\n{DUTIES.format(who='council')}"
    assert not kb.add_document(parse_text(works, "a.txt")).alike
    assert kb.add_document(parse_text(works, "b.txt")).alike
    kb.add_document(parse_text(parks, "a.txt"))  # a.txt is now about another organization
    assert [line.split(" (")[0] for line in kb.add_document(parse_text(works, "c.txt")).alike] == ["looks like b.txt"]
    assert kb.remove_document("b.txt")
    assert [line.split(" (")[0] for line in kb.add_document(parse_text(works, "d.txt")).alike] == ["looks like c.txt"]


def test_a_process_opening_a_keyed_store_reads_only_the_pages_under_the_new_pages_keys(
    pages: list[Document], tmp_path: Path
) -> None:
    loaded = KnowledgeBase(tmp_path / "kb")
    loaded.add_documents(pages[:-1])
    del loaded  # let go of the store, as a process ending does
    kb = KnowledgeBase(tmp_path / "kb")
    _no_full_reading(kb)
    assert kb.select("pages_keyed") == [{"pages": len(pages) - 1, "keyed": len(pages) - 1}]
    alike = kb.add_document(pages[-1]).alike  # 桃源县民政局, Changde
    assert [line.split(":")[0] for line in alike] == ["looks like taoyuan-tw.txt (taoyuan/civil-affairs-bureau"]


def _as_an_older_orgkb_left_it(kb: KnowledgeBase, pages: str) -> None:
    """Take the lookalike keys of `pages` ("all", or the id of one) out of the store, and the digest
    of the code from its derived graph (an orgkb older than both wrote neither)."""
    graph = "?page" if pages == "all" else f"<{pages}>"
    kb.engine.update(
        f"DELETE WHERE {{ GRAPH {graph} {{ {graph} <{ORGKB.lookalikeKey}> ?key }} }} ; "
        f"DELETE WHERE {{ GRAPH <{DERIVED.value}> {{ <{DERIVED.value}> <{ORGKB.codeDigest}> ?code }} }}"
    )


@pytest.mark.parametrize("lacking", ["all", "one"])  # every page's keys, or the Taiwan page's
def test_a_store_an_older_orgkb_loaded_gives_its_pages_their_keys_when_opened_to_write(
    pages: list[Document], tmp_path: Path, lacking: str
) -> None:
    loaded = KnowledgeBase(tmp_path / "kb")
    loaded.add_documents(pages[:-1])
    taiwan = next(page for page in loaded.documents() if page.endswith("taoyuan-tw"))
    _as_an_older_orgkb_left_it(loaded, "all" if lacking == "all" else taiwan)
    del loaded
    kb = KnowledgeBase(tmp_path / "kb")  # derives the graph again (other code derived it), keys first
    assert kb.select("pages_keyed") == [{"pages": len(pages) - 1, "keyed": len(pages) - 1}]
    _no_full_reading(kb)
    alike = kb.add_document(pages[-1]).alike  # 桃源县民政局 meets the Taiwan page, keyed now
    assert [line.split(":")[0] for line in alike] == ["looks like taoyuan-tw.txt (taoyuan/civil-affairs-bureau"]


def test_a_write_into_a_store_whose_graph_other_code_derived_reads_every_page_and_gives_them_their_keys(
    pages: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = KnowledgeBase(tmp_path / "kb")
    loaded.add_documents(pages[:-1])
    _as_an_older_orgkb_left_it(loaded, "all")
    del loaded
    monkeypatch.setattr(KnowledgeBase, "_derived_is_current", lambda kb: True)  # not derived again at the open
    kb = KnowledgeBase(tmp_path / "kb")
    readings = _count_full_readings(kb)
    alike = kb.add_document(pages[-1]).alike  # the Taiwan page, unkeyed, is found all the same
    assert [line.split(":")[0] for line in alike] == ["looks like taoyuan-tw.txt (taoyuan/civil-affairs-bureau"]
    assert readings == [1]
    assert kb.select("pages_keyed") == [{"pages": len(pages), "keyed": len(pages)}]


def test_a_write_into_a_keyed_store_counts_no_pages(pages: list[Document], tmp_path: Path) -> None:
    loaded = KnowledgeBase(tmp_path / "kb")
    loaded.add_documents(pages[:-1])
    loaded.save_derived()  # as `orgkb load` does: the next process's write derives nothing whole
    del loaded
    kb = KnowledgeBase(tmp_path / "kb")
    asked: list[str] = []
    select = kb.select

    def noted(name: str, **bindings: object) -> list[dict[str, object]]:
        asked.append(name)
        return list(select(name, **bindings))

    kb.select = noted  # type: ignore[method-assign]
    kb.add_document(pages[-1])
    assert "pages_keyed" not in asked and "page_identities" not in asked


def test_a_read_only_store_without_keys_is_not_written(pages: list[Document], tmp_path: Path) -> None:
    loaded = KnowledgeBase(tmp_path / "kb")
    loaded.add_documents(pages[:3])
    loaded.engine.update(_DROP_KEYS)
    del loaded  # let go of the store, as a process ending does
    reader = KnowledgeBase(tmp_path / "kb", read_only=True)
    assert len(reader._page_identities()) == 3
    assert reader.select("pages_keyed") == [{"pages": 3, "keyed": 0}]
