"""Check a document's triples against ontology/shapes.ttl (SHACL)."""

from __future__ import annotations

import functools
from importlib import resources

from rdflib import Graph

from orgkb.loaders.document import Document
from orgkb.loaders.rdf.triples import document_graph
from orgkb.ontology.thesaurus import MatterMatcher


@functools.lru_cache(maxsize=1)
def shapes() -> Graph:
    """The SHACL shapes every document graph must satisfy."""
    graph = Graph()
    graph.parse(data=resources.files("orgkb.ontology").joinpath("shapes.ttl").read_text("utf-8"), format="turtle")
    return graph


def shape_violations(document: Document, matcher: MatterMatcher | None = None) -> list[str]:
    """The messages of every SHACL violation in the document's graph; empty when it conforms."""
    from pyshacl import validate

    graph = document_graph(document, matcher)
    conforms, report, _ = validate(graph, shacl_graph=shapes(), inference="none", advanced=False)
    if conforms:
        return []
    from rdflib.namespace import SH

    assert isinstance(report, Graph)
    messages = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        message = report.value(result, SH.resultMessage)
        messages.append(f"{focus}: {message}")
    return sorted(messages)
