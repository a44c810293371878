"""Between Python and RDF terms: the plain value of a SELECT row's term, the term of a value bound
into a named query, the pyoxigraph term of an rdflib one."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

import pyoxigraph as ox
from rdflib import Literal, URIRef

from orgkb.errors import StoreError
from orgkb.kb.store.engines.base import Substitutions


@functools.lru_cache(maxsize=65536)
def named_node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def to_term(term: object) -> ox.NamedNode | ox.Literal:
    """The pyoxigraph term for an rdflib IRI or literal (the gazetteer's descriptions of places)."""
    if isinstance(term, URIRef):
        return named_node(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=named_node(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store term {term!r}")


_XSD = "http://www.w3.org/2001/XMLSchema#"
Value = str | int | float | bool
"""A value of a SELECT row: str for IRIs, blank nodes and plain literals, int, float or bool for typed literals."""

_LITERALS: dict[str, Callable[[str], Value]] = {
    **{_XSD + name: int for name in ("integer", "int", "long")},
    **{_XSD + name: float for name in ("double", "decimal", "float")},
    _XSD + "boolean": lambda value: value == "true",
}


def from_ox(term: object) -> Value:
    """A plain Python value for a pyoxigraph term: str for IRIs, int/float/bool/str for literals."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        convert = _LITERALS.get(term.datatype.value)
        return convert(term.value) if convert is not None else term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return str(term)


def substitutions(bindings: Mapping[str, object]) -> Substitutions:
    return {ox.Variable(key): _bind(value) for key, value in bindings.items() if value is not None}


def _bind(value: object) -> ox.NamedNode | ox.Literal:
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, URIRef):
        return named_node(str(value))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=named_node("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=named_node("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(str(value))
