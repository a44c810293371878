"""handler_index: one index per knowledge base, read through named queries, rebuilt on change."""

from __future__ import annotations

import numpy as np
import pytest

from orgkb.kb.search.index import Lexicon, _read_duties, handler_index
from orgkb.kb.search.text import terms
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loaders.reading.reader import parse_text
from orgkb.loading import builtin_knowledge_base, load_path

JINGAN = next(path for path in builtin_paths() if path.name.startswith("jingan"))
DAPENG = next(path for path in builtin_paths() if path.name.startswith("dapeng"))


def test_the_index_holds_every_duty_with_its_evidence_and_matters() -> None:
    kb = builtin_knowledge_base()
    index = handler_index(kb)
    assert len(index.duties) == len(kb.select("handler_duties"))
    foreign = next(i for i, o in enumerate(index.owners) if o.name == "Foreign Affairs Section")
    duties = [index.duties[i] for i in index.duties_of[foreign]]
    assert all(duty.document == "jingan-general-office.txt" and duty.line > 0 for duty in duties)
    assert any("matter/foreign-guest-reception" in duty.matters for duty in duties)
    assert {duty.owner_id for duty in duties} == {index.owner_id(foreign)}
    office = index.parent_of(foreign)
    assert office is not None
    assert index.owners[office].name == "General Office of People's Government of Jing'an District"
    assert index.owners[foreign].place == "https://w3id.org/orgkb/place/shanghai/jingan"


def test_the_index_keeps_as_columns_the_duties_the_store_gives() -> None:
    kb = builtin_knowledge_base()
    index = handler_index(kb)
    owned = _read_duties(kb, index.owner_of)
    assert list(index.duties) == [duty for _, duty in owned]
    assert index.duty_owner.tolist() == [owner for owner, _ in owned]


def test_the_index_is_kept_until_the_knowledge_base_changes() -> None:
    kb = KnowledgeBase()
    load_path(kb, JINGAN)
    first = handler_index(kb)
    assert handler_index(kb) is first
    load_path(kb, DAPENG)
    second = handler_index(kb)
    assert second is not first
    assert len(second.duties) > len(first.duties)
    load_path(kb, DAPENG)  # reloading the same page is a change too
    assert handler_index(kb) is not second


def test_each_knowledge_base_has_its_own_index() -> None:
    jingan, dapeng = KnowledgeBase(), KnowledgeBase()
    load_path(jingan, JINGAN)
    load_path(dapeng, DAPENG)
    assert {o.name for o in handler_index(jingan).owners}.isdisjoint({o.name for o in handler_index(dapeng).owners})


def test_an_empty_knowledge_base_has_an_empty_index() -> None:
    index = handler_index(KnowledgeBase())
    assert len(index.duties) == 0 and index.owners == []
    assert index.duty_lexicon.scores(["archiv"]).shape == (0,)


def test_the_lexicon_finds_related_terms_at_a_lower_weight() -> None:
    lexicon = Lexicon([["disclosur", "inform"], ["disclos", "rule"], ["archiv"]])
    scores = lexicon.scores(["disclos"])
    assert scores[1] > scores[0] > 0 and scores[2] == 0
    assert np.all(lexicon.scores(["unknown"]) == 0)


# A bureau invented for this test: short duties that all say a common word ("release") and a
# paragraph that says the rare one ("parole") among many others.
JUSTICE = """Hexi District Justice Bureau
Released on:2024-05-06

Main Responsibilities:

1. Release the weekly news of the bureau.

2. Be responsible for community corrections in the district: organize, guide and inspect the \
supervision, education and help of offenders serving sentences in the community, on probation or on \
parole, carry out the assessment of their risks, keep their files, and coordinate with the courts, the \
procuratorate, the police and the prisons on their entry into correction, and draw up the yearly plans, \
budgets, training programmes and inspection schedules of the judicial offices of every sub-district \
and town for this work.

3. Release the annual report of the bureau.

4. Release notices on legal aid.

5. Guide the people's mediation committees of the sub-districts and towns.

Contact Information:

Tel.: 021-5555 0003
"""


def test_a_long_duty_that_says_the_rare_word_beats_short_ones_that_say_a_common_word() -> None:
    kb = KnowledgeBase()
    kb.add_document(parse_text(JUSTICE, "hexi-justice-bureau.txt"))
    index = handler_index(kb)
    scores = index.duty_lexicon.scores(terms("people released on parole"))
    assert "parole" in index.duties[int(np.argmax(scores))].text


def test_a_lexicon_says_which_documents_hold_a_term() -> None:
    documents = [["road", "permit"], ["park"], [], ["road", "road", "tree"]]
    lexicon = Lexicon(documents)
    for number, document in enumerate(documents):
        for term in ("road", "permit", "park", "tree", "unknown"):
            assert lexicon.holds(term, number) == (term in document)


@pytest.mark.parametrize(
    "query",
    [
        ["road"],
        ["road", "road", "tree"],  # a term asked twice counts twice, as in bm25s
        ["tree", "permit", "park", "road"],
        ["unknown"],
    ],
)
def test_a_lexicon_scores_as_bm25s_does(query: list[str]) -> None:
    """The scores summed from the index's postings are bm25s's own, to the last bit."""
    documents = [["road", "permit"], ["park"], [], ["road", "road", "tree"], ["tree", "park", "park", "road"]] * 7
    lexicon = Lexicon(documents)
    assert lexicon.model is not None
    known = [term for term in query if term in lexicon.vocabulary]
    expected = (
        np.asarray(lexicon.model.get_scores(known), dtype=np.float32)[: lexicon.size]
        if known
        else np.zeros(lexicon.size, dtype=np.float32)
    )
    found = lexicon.scores(query)
    assert found.dtype == np.float32 and found.tobytes() == expected.tobytes()


def test_the_best_of_several_words_is_each_document_s_best_single_word_score() -> None:
    lexicon = Lexicon([["渡口", "安全"], ["渡船", "渡口", "渡口"], ["灯笼"], []])
    singles = np.stack([lexicon.scores([word]) for word in ("渡口", "渡船")])
    found = lexicon.best_of(["渡口", "渡船", "unknown"])
    np.testing.assert_array_equal(found, singles.max(axis=0))
    assert found[0] > 0 and found[1] > 0 and found[2] == found[3] == 0
    assert not Lexicon([[], []]).best_of(["渡口"]).any()
