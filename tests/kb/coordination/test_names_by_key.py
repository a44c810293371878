"""The name index read back by key finds in a duty the names the automaton of every name finds."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from orgkb.kb.coordination.saved import INDEX, shelved_index
from orgkb.kb.coordination.shelf import Shelf
from orgkb.kb.coordination.stated import KEYED, NameIndex, head, word_ends
from orgkb.ontology.ids import iri_of

_WORDS = ["civil", "affairs", "bureau", "office", "general", "ci", "vil", "Bureau's", "x-ray", "ß", "İd"]
_SPACES = [" ", "  ", "\t", "\u3000", "\xa0"]
_label = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).flatmap(
    lambda words: st.lists(st.sampled_from(_SPACES), min_size=len(words) - 1, max_size=len(words) - 1).map(
        lambda spaces: "".join(word + space for word, space in zip(words, [*spaces, ""], strict=True))
    )
)
_node = st.tuples(st.sampled_from(["anhui/she", "anhui/yi", "hebei/li"]), st.sampled_from(["a", "b", "c", "d"]))
_names = st.lists(st.tuples(_label, st.booleans()), max_size=3)
_text = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_SPACES), st.sampled_from(["(", "s", "'"])))


def _rows(node: tuple[str, str], names: list[tuple[str, bool]]) -> tuple[str, list[dict[str, object]]]:
    iri = iri_of(f"{node[0]}/{node[1]}")
    rows = [
        {"org": iri, "label": label, "kind": "https://example.org/kind/unit", "described": described, "parent": False}
        for label, described in names
    ]
    return iri, rows


def _found(index: NameIndex, text: str) -> list[tuple[int, object]]:
    return sorted(((end, entry) for end, entry in index.found_in(text.casefold())), key=repr)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(_node, _names), min_size=1, max_size=8),
    st.lists(st.tuples(_node, _names), max_size=4),
    st.lists(_text, min_size=1, max_size=4),
)
def test_a_duty_s_names_read_by_key_are_the_automaton_s(
    written: list[tuple[tuple[str, str], list[tuple[str, bool]]]],
    later: list[tuple[tuple[str, str], list[tuple[str, bool]]]],
    texts: list[list[str]],
) -> None:
    whole = NameIndex([])
    for node, names in written:
        whole.update(dict([_rows(node, names)]))
    with tempfile.TemporaryDirectory() as folder:
        shelf = Shelf(Path(folder) / "index.sqlite")
        shelf.write({}, {INDEX + name: (getattr(whole, name), False) for name in KEYED})
        keyed = shelved_index(shelf)
        duties = ["".join(parts) for parts in texts] + [label for _, names in written for label, _ in names]
        for step in [None, *later]:  # as saved, then after each write of a node's names to both
            if step is not None:
                whole.update(dict([_rows(*step)]))
                keyed.update(dict([_rows(*step)]))
            keyed.read_ahead(duty.casefold() for duty in duties)
            for duty in duties:
                assert _found(keyed, duty) == _found(whole, duty), duty
                assert keyed.resolve(duty, "anhui/she") == whole.resolve(duty, "anhui/she")
        shelf.close()


@given(_label, st.text(max_size=6), st.text(max_size=6))
def test_a_label_s_head_is_an_end_of_a_word_of_any_text_that_holds_it(label: str, before: str, after: str) -> None:
    folded = (before + label + after).casefold()
    if len(label.split()) >= 2:
        assert head(label.casefold()) in word_ends(folded)


def test_a_label_that_starts_with_a_space_is_filed_under_every_text() -> None:
    assert head(" civil affairs") == "" and head("civil") == ""
    assert "" in word_ends("") and "" in word_ends("anything at all")
