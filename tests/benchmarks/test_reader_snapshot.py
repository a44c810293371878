"""A page's reading as the snapshot records it: the whole Document and its triples, or the refusal."""

from __future__ import annotations

import json

from benchmarks.reader_snapshot import reading
from orgkb.loaders.reading.reader import parse_text
from orgkb.ontology.thesaurus import default_matcher

PAGE = "Futian District Health Bureau\nMain Responsibilities\n1. Implement the laws.\n2. Handle letters and calls.\n"


def test_a_reading_holds_the_document_and_its_triples_and_reads_the_same_twice() -> None:
    matcher = default_matcher()
    first = reading(lambda: parse_text(PAGE, "page.txt"), matcher)
    document, _, triples = first.partition("\n}\n")
    assert json.loads(document + "\n}")["name"] == "Futian District Health Bureau"
    assert "Handle letters and calls." in triples and "generatedAtTime" not in triples  # the load time left out
    assert reading(lambda: parse_text(PAGE, "page.txt"), matcher) == first
    assert reading(lambda: parse_text(PAGE.replace("laws", "rules"), "page.txt"), matcher) != first


def test_a_refusal_is_recorded_with_its_message() -> None:
    refused = reading(lambda: parse_text("Nothing here to read.\n", "empty.txt"), default_matcher())
    assert refused.startswith("refused: empty.txt")
