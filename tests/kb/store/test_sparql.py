"""Read-only SPARQL: answers in each format, and the guards (updates, SERVICE, size, formats)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from orgkb.errors import QueryError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.kb.store.sparql import run_sparql
from orgkb.loading import builtin_knowledge_base

UNITS = """SELECT ?name WHERE {
  ?unit org:unitOf <https://w3id.org/orgkb/id/shanghai/jingan/general-office> ; skos:prefLabel ?name
} ORDER BY ?name"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


def test_select_as_sparql_json_over_every_graph(kb: KnowledgeBase) -> None:
    result = run_sparql(kb, UNITS)
    assert result.media_type == "application/sparql-results+json"
    answer = json.loads(result.body)
    names = [row["name"]["value"] for row in answer["results"]["bindings"]]
    assert answer["head"]["vars"] == ["name"]
    assert len(names) == 12 and "Foreign Affairs Section" in names
    assert answer["results"]["bindings"][0]["name"]["xml:lang"] == "en"


def test_select_as_csv_and_tsv(kb: KnowledgeBase) -> None:
    rows = list(csv.reader(io.StringIO(run_sparql(kb, UNITS, "text/csv").body.decode())))
    assert rows[0] == ["name"] and ["Foreign Affairs Section"] in rows
    tsv = run_sparql(kb, UNITS, "text/tab-separated-values").body.decode().splitlines()
    assert tsv[0] == "?name" and '"Foreign Affairs Section"@en' in tsv


def test_typed_literals_keep_their_datatype(kb: KnowledgeBase) -> None:
    answer = json.loads(run_sparql(kb, "SELECT (COUNT(*) AS ?n) WHERE { ?d a orgkb:Responsibility }").body)
    value = answer["results"]["bindings"][0]["n"]
    assert value == {"type": "literal", "value": "130", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


def test_ask_and_construct(kb: KnowledgeBase) -> None:
    assert json.loads(run_sparql(kb, "ASK { ?s a orgkb:PartnerRegion }").body) == {"head": {}, "boolean": True}
    query = "CONSTRUCT { ?u skos:prefLabel ?n } WHERE { ?u a org:OrganizationalUnit ; skos:prefLabel ?n } LIMIT 3"
    turtle = run_sparql(kb, query, "text/turtle, application/n-triples;q=0.5")
    assert turtle.media_type == "text/turtle" and b"skos:prefLabel" in turtle.body
    ntriples = run_sparql(kb, query, "application/n-triples")
    assert ntriples.body.count(b"\n") == 3


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("", "is empty"),
        ("SELEC * WHERE { ?s ?p ?o }", "is not a SPARQL 1.1 query"),
        ("DELETE WHERE { ?s ?p ?o }", "is a SPARQL update; this endpoint is read-only"),
        ("PREFIX ex: <http://example.com/>\nINSERT DATA { ex:a ex:b ex:c }", "read-only"),
        # A federated query would make the server fetch a URL the caller chose.
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:7878/query> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * WHERE { ?s ?p ?o OPTIONAL { service silent <http://example.com/> { ?s ?q ?x } } }", "SERVICE"),
        ("SELECT * WHERE { ?s ?p ?o }", "returns more than 100 rows; add a LIMIT"),
        ("SELECT * WHERE { ?s ?p ?o } # " + "x" * 20_000, "characters long"),
    ],
)
def test_refused_queries_say_why_and_write_nothing(kb: KnowledgeBase, query: str, reason: str) -> None:
    before = len(kb)
    with pytest.raises(QueryError, match=reason):
        run_sparql(kb, query, max_rows=100)
    assert len(kb) == before


def test_the_word_service_in_a_string_is_not_a_service_call(kb: KnowledgeBase) -> None:
    query = 'SELECT ?d WHERE { ?d orgkb:text ?t FILTER(CONTAINS(LCASE(?t), "service")) }'
    assert json.loads(run_sparql(kb, query).body)["results"]["bindings"]


def test_a_format_the_answer_does_not_have_is_refused(kb: KnowledgeBase) -> None:
    with pytest.raises(QueryError, match="names no format of a SELECT answer"):
        run_sparql(kb, UNITS, "text/turtle")
    assert run_sparql(kb, UNITS, "text/*").media_type == "text/csv"
    assert run_sparql(kb, UNITS, "*/*").media_type == "application/sparql-results+json"
