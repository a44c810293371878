"""The derived graph is kept by every write, page by page, and always equals a reading of every page."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph
import pytest

from orgkb.kb.coordination import derived
from orgkb.kb.coordination.derived import DERIVED, Coordination, fingerprint, versions
from orgkb.kb.coordination.translations import Translations
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_path, load_paths
from orgkb.ontology.namespace import ORGKB

DATA = Path(__file__).parents[2] / "data"
PAGES = [
    *builtin_paths(),
    *sorted((DATA / "unseen").glob("*.txt"))[:8],
    *sorted((DATA / "variants").glob("*.txt"))[:8],
    *sorted((DATA / "bilingual").glob("*.txt")),
]
Triple = tuple[str, str, str]


def links(kb: KnowledgeBase) -> set[Triple]:
    """The derived graph without what it says about itself (the documents it was read from)."""
    return {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in kb.store.quads_for_pattern(None, None, None, DERIVED)
        if q.subject != DERIVED
    }


def read_afresh(kb: KnowledgeBase) -> set[Triple]:
    """The links (and duty alignments) a reading of every page gives."""
    coordination = Coordination(kb.select)
    about = coordination.rebuild(kb.select).added
    added = [*about, *coordination.quads(), *Translations(kb.select).rebuild(kb.select).added]
    return {(q.subject.value, q.predicate.value, q.object.value) for q in added if q.subject != DERIVED}


def current(kb: KnowledgeBase) -> bool:
    """Whether the derived graph's fingerprint is that of the documents loaded (else opening rebuilds it)."""
    loaded = [version for found in versions(kb.select, None).values() for version in found]
    return str(kb.select("derived_state")[0]["fingerprint"]) == fingerprint(loaded)


def sources(kb: KnowledgeBase) -> set[str]:
    predicate = pyoxigraph.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
    return {q.object.value for q in kb.store.quads_for_pattern(DERIVED, predicate, None, DERIVED)}


def test_pages_loaded_one_by_one_removed_and_reloaded_give_the_links_of_a_full_reading(tmp_path: Path) -> None:
    kb = KnowledgeBase()
    order = list(PAGES)
    random.Random(7).shuffle(order)
    for page in order:
        assert load_path(kb, page).ok, page
    assert links(kb) == read_afresh(kb)
    assert any(predicate == str(ORGKB.statedRelation) for _, predicate, _ in links(kb))
    assert sources(kb) == set(kb.documents()) and current(kb)
    for page in order[:5]:
        assert kb.remove_document(str(page))
    assert links(kb) == read_afresh(kb)
    assert sources(kb) == set(kb.documents()) and current(kb)
    changed = tmp_path / "jingan-general-office.txt"
    text = Path(next(p for p in PAGES if Path(p).name == changed.name)).read_text("utf-8")
    changed.write_text(text.replace("Guide and govern the work of", "Study the work of"), "utf-8")
    assert load_path(kb, changed).ok
    assert links(kb) == read_afresh(kb)
    load_paths(kb, order[:5])  # back, in one write
    assert links(kb) == read_afresh(kb) and current(kb)


def test_after_every_page_added_the_links_are_those_of_a_full_reading() -> None:
    """Each write weighs again only the pairs near it (and those sharing a matter whose weight
    moved): after each, the derived graph is what a reading of every page gives, triple for triple."""
    kb = KnowledgeBase()
    order = list(PAGES)
    random.Random(11).shuffle(order)
    for page in order:
        assert load_path(kb, page).ok, page
        assert links(kb) == read_afresh(kb), page


def test_matter_weights_move_by_steps() -> None:
    before = derived.matter_weights({"archives": 40, "tourism": 3}, 1000)
    after = derived.matter_weights({"archives": 40, "tourism": 3}, 1001)
    assert before == after  # one unit more, about neither matter: no weight moved
    assert derived.matter_weights({"archives": 41, "tourism": 3}, 1001)["archives"] < before["archives"]


@pytest.mark.parametrize("bulk", [derived.BULK, 2])  # pages read one by one, or all in one query
def test_one_write_of_every_page_gives_the_links_of_pages_written_one_by_one(
    bulk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_by_one = KnowledgeBase()
    for page in PAGES:
        load_path(one_by_one, page)
    monkeypatch.setattr(derived, "BULK", bulk)
    together = KnowledgeBase()
    load_paths(together, PAGES[:2])
    load_paths(together, PAGES)
    assert links(one_by_one) == links(together) == read_afresh(together)


def test_a_reopened_store_keeps_its_links_and_its_next_write_reads_every_page(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "store")
    load_paths(kb, PAGES[:6])
    kb.flush()
    kept = links(kb)
    del kb
    reopened = KnowledgeBase(tmp_path / "store")
    generation = reopened.generation
    assert links(reopened) == kept and reopened.generation == generation
    load_path(reopened, PAGES[6])
    assert links(reopened) == read_afresh(reopened)


def test_a_store_whose_derived_graph_is_out_of_date_is_brought_up_to_date_when_opened(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "store")
    load_paths(kb, PAGES[:4])
    expected = links(kb)
    kb.store.update(f"DROP GRAPH {DERIVED}")  # as an older orgkb, or a write cut short, may leave it
    kb.flush()
    del kb
    assert links(KnowledgeBase(tmp_path / "store")) == expected


# An office whose duty names a bureau, and the bureau's own page. Invented for this test.
OFFICE = """General Office of Jinniu District People's Government, Chengdu
Updated: 2024-03-01

Main Responsibilities:

1. Assist the Jinniu District Development and Reform Bureau in drawing up the development plans of the district.

2. Handle the daily affairs of the district government.
"""

BUREAU = """Development and Reform Bureau of Jinniu District, Chengdu
Updated: 2024-03-01

Main Responsibilities:

1. Draw up the development plans of the district and guide their implementation.
"""


def test_a_page_that_describes_what_other_pages_name_changes_their_links() -> None:
    # The office's duty names the bureau; until the bureau's page is loaded only the body the duty
    # mentions answers that name, after it the bureau its page describes does, and after it goes
    # the body again.
    from orgkb.loaders.reading.reader import parse_text

    office = "https://w3id.org/orgkb/id/chengdu/jinniu/general-office"

    def named(kb: KnowledgeBase) -> set[str]:
        return {o for s, p, o in links(kb) if s == office and p == str(ORGKB.coordinatesWith)}

    kb = KnowledgeBase()
    kb.add_document(parse_text(OFFICE, "jinniu-general-office.txt"))
    before = links(kb)
    assert [body for body in named(kb) if "/body/" in body and "development-and-reform-bureau" in body]
    kb.add_document(parse_text(BUREAU, "jinniu-development-and-reform-bureau.txt"))
    assert links(kb) == read_afresh(kb)
    assert named(kb) == {"https://w3id.org/orgkb/id/chengdu/jinniu/development-and-reform-bureau"}
    assert kb.remove_document("jinniu-development-and-reform-bureau.txt")
    assert links(kb) == read_afresh(kb) == before
