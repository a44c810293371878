"""KnowledgeBase: one named graph per page, atomic replacement, persistence and export."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from orgkb.errors import OrgkbError, StoreError
from orgkb.kb.entities import duties, organizations
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.identity.keys import source_key
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import builtin_knowledge_base, load_path, load_paths
from orgkb.ontology.namespace import SOURCE

DATA = Path(__file__).parents[2] / "data"
JINGAN = next(path for path in builtin_paths() if path.name.startswith("jingan"))


def test_each_page_has_its_own_named_graph() -> None:
    kb = builtin_knowledge_base()
    # the ids stores have always given the built-in pages: their stems, the same on every machine
    assert kb.documents() == [
        "https://w3id.org/orgkb/source/caojiadu-subdistrict-office",
        "https://w3id.org/orgkb/source/dapeng-general-office",
        "https://w3id.org/orgkb/source/jingan-general-office",
    ]


def test_reloading_a_page_is_idempotent() -> None:
    kb = KnowledgeBase()
    first = load_path(kb, JINGAN)
    size = len(kb)
    second = load_path(kb, JINGAN)
    assert first.ok and second.ok and second.replaced and not first.replaced
    assert len(kb) == size
    assert first.triples == second.triples


def test_reloading_a_changed_page_replaces_its_graph(tmp_path: Path) -> None:
    page = tmp_path / "jingan-general-office.txt"
    shutil.copy(JINGAN, page)
    kb = KnowledgeBase()
    load_path(kb, page)
    text = page.read_text("utf-8").replace("12. Regional Cooperation Section", "12. Regional Partnership Section")
    page.write_text(text, "utf-8")
    load_path(kb, page)
    names = [unit.name for unit in organizations.units(kb, "shanghai/jingan/general-office")]
    assert "Regional Partnership Section" in names
    assert "Regional Cooperation Section" not in names


def _duty_texts(kb: KnowledgeBase, organization: str) -> list[str]:
    return [duty.text for duty in duties.responsibilities(kb, organization)]


def test_a_copy_of_a_page_under_another_name_replaces_it(tmp_path: Path) -> None:
    older, newer = tmp_path / "jingan-2024.txt", tmp_path / "jingan-2025.txt"
    shutil.copy(JINGAN, older)
    newer.write_text(JINGAN.read_text("utf-8").replace("Handle the daily", "Run the daily"), "utf-8")
    kb = KnowledgeBase()
    load_path(kb, older)
    result = load_path(kb, newer)
    assert result.ok and result.superseded == ("jingan-2024.txt",) and not result.replaced
    assert kb.documents() == [str(SOURCE[source_key(newer)])]
    texts = _duty_texts(kb, "shanghai/jingan/general-office")
    assert len(texts) == len(set(texts)) == 17
    assert texts[0].startswith("Run the daily")
    alone = KnowledgeBase()
    load_path(alone, newer)
    assert len(kb) == len(alone)


def test_two_pages_about_one_organization_in_a_batch_keep_the_last(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        shutil.copy(JINGAN, tmp_path / name)
    kb = KnowledgeBase()
    report = load_paths(kb, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [result.superseded for result in report.results] == [(), ("a.txt",)]
    assert kb.documents() == [str(SOURCE[source_key(tmp_path / "b.txt")])]
    assert len(_duty_texts(kb, "shanghai/jingan/general-office")) == 17


def test_a_bad_page_writes_nothing() -> None:
    kb = KnowledgeBase()
    before = len(kb)
    result = load_path(kb, DATA / "bad" / "numbering-only.txt")
    assert not result.ok
    assert len(kb) == before
    assert kb.documents() == []


def test_a_batch_loads_the_good_pages_and_names_the_bad() -> None:
    kb = KnowledgeBase()
    report = load_paths(kb, [DATA / "batch"])
    assert [Path(result.source).name for result in report.failed] == ["bad-contacts-only.txt"]
    assert len(report.loaded) == 2
    assert len(kb.documents()) == 2


def test_directory_store_persists(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "store")
    load_paths(kb, builtin_paths())
    size = len(kb)
    kb.flush()
    del kb
    reopened = KnowledgeBase(tmp_path / "store")
    assert len(reopened) == size
    assert (
        organizations.organization(reopened, "shenzhen/dapeng/general-office").name
        == "General Office of Dapeng New District"
    )


def test_store_that_cannot_be_opened(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot open the store"):
        KnowledgeBase(blocker)


def test_remove_document() -> None:
    kb = builtin_knowledge_base()
    assert kb.remove_document("dapeng-general-office.txt")
    assert not kb.remove_document("dapeng-general-office.txt")
    assert len(kb.documents()) == 2


@pytest.mark.parametrize(
    ("format", "rdflib_format"),
    [("turtle", "turtle"), ("ntriples", "nt"), ("nquads", "nq"), ("trig", "trig")],
)
def test_export_parses_back(format: str, rdflib_format: str) -> None:
    kb = builtin_knowledge_base()
    data = kb.dump(format)  # type: ignore[arg-type]
    if format in ("nquads", "trig"):
        quads = list(ox.parse(data, format=ox.RdfFormat.from_extension(rdflib_format)))
        assert len(quads) == len(kb)
        assert str(SOURCE["jingan-general-office"]) in {getattr(q.graph_name, "value", "") for q in quads}
    else:
        graph = Graph()
        graph.parse(data=data, format=rdflib_format)
        assert len(graph) > 1000


def test_export_jsonld_is_json() -> None:
    data = json.loads(builtin_knowledge_base().dump("jsonld"))
    assert data


def test_unknown_export_format() -> None:
    with pytest.raises(OrgkbError, match="'rdfxml'"):
        KnowledgeBase().dump("rdfxml")  # type: ignore[arg-type]


def test_vocabularies_have_their_own_graphs() -> None:
    kb = KnowledgeBase()
    graphs = {graph.value for graph in kb.store.named_graphs()}  # type: ignore[attr-defined]
    assert {"https://w3id.org/orgkb/graph/ontology", "https://w3id.org/orgkb/graph/places"} <= graphs


def test_derived_is_built_once_per_generation_and_dropped_by_a_write() -> None:
    kb = builtin_knowledge_base()
    builds: list[int] = []

    def build() -> int:
        builds.append(kb.generation)
        return len(builds)

    assert kb.derived("count", build) == kb.derived("count", build) == 1
    assert kb.derived_if_built("count") == (True, 1)
    assert kb.remove_document("dapeng-general-office.txt")
    assert kb.derived_if_built("count") == (False, None)
    assert kb.derived("count", build) == 2


def test_derived_builds_once_when_threads_ask_together() -> None:
    import threading
    import time

    kb = KnowledgeBase()
    builds: list[str] = []

    def slow() -> str:
        builds.append("built")
        time.sleep(0.05)
        return "value"

    found: list[str] = []
    threads = [threading.Thread(target=lambda: found.append(kb.derived("slow", slow))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds == ["built"] and found == ["value"] * 8


@pytest.mark.parametrize("collecting", [True, False])
def test_a_page_added_to_a_store_with_its_coordination_saved_leaves_the_garbage_collector_as_it_was(
    tmp_path: Path, collecting: bool
) -> None:
    pages = builtin_paths()
    first = KnowledgeBase(tmp_path / "kb")
    assert not load_paths(first, pages[:-1]).failed
    first.save_derived()
    del first
    gc.collect()  # lets go of the store (its lock)
    kb = KnowledgeBase(tmp_path / "kb")
    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        assert load_path(kb, pages[-1]).ok  # the saved coordination read back, then brought up to date
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()
    assert kb._saved_coordination  # the write read the coordination back, not every page
