"""document_ntriples: N-Triples lines that pyoxigraph wrote and reads back as they were meant."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from orgkb.kb.store import KnowledgeBase, default_matcher
from orgkb.loaders.document import Document, Duty, Kind, Role
from orgkb.loaders.files import builtin_paths, read_page
from orgkb.loaders.triples import document_graph, document_ntriples

TEXT = "https://w3id.org/orgkb/def#text"


def _document(duty_text: str) -> Document:
    duty = Duty(text=duty_text, quote=duty_text, line=3, position=1, role=Role.RESPONSIBLE)
    return Document(
        source="odd.txt", checksum="0" * 64, name="Odd Office", kind=Kind.GENERAL_OFFICE, name_line=1, duties=[duty]
    )


@pytest.mark.parametrize("path", builtin_paths(), ids=lambda path: path.name)
def test_every_line_is_one_statement_and_none_repeats(path: Path) -> None:
    lines = document_ntriples(read_page(path), default_matcher())
    assert len(lines) == len(set(lines))
    assert all(line.endswith(" .\n") and line.count("\n") == 1 for line in lines)
    assert len(list(ox.parse("".join(lines), format=ox.RdfFormat.N_TRIPLES))) == len(lines)


@pytest.mark.parametrize(
    "text",
    [
        'Handle "letters and calls" of the district',  # quotes
        "Keep the seals\nand the archives",  # a line break
        "Back\\slash and a tab\there",  # a backslash and a tab
        "Handle 信访 matters, 100% of them; <b>not</b> markup",  # CJK and angle brackets
    ],
)
def test_a_duty_text_is_stored_as_written(text: str) -> None:
    kb = KnowledgeBase(matcher=default_matcher())
    kb.add_document(_document(text))
    stored = [quad.object.value for quad in kb.quads() if quad.predicate.value == TEXT]
    assert stored == [text]
    kb.add_document(_document(text))  # the replacing path writes it the same way
    assert [quad.object.value for quad in kb.quads() if quad.predicate.value == TEXT] == [text]


def test_document_graph_holds_the_same_triples() -> None:
    document = read_page(builtin_paths()[0])
    assert len(document_graph(document)) == len(document_ntriples(document))
