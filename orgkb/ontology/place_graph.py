"""A gazetteer place as RDF, as the store's places graph holds it (and as `places.ttl` did).

<place/shanghai/jingan> a skos:Concept, dct:Location ; skos:inScheme place: ;
    skos:prefLabel "Jing'an District"@en, "静安区"@zh ; skos:altLabel "Jing'an"@en, "静安"@zh ;
    skos:notation "310106" ; skos:broader <place/shanghai> ; orgkb:placeType "district" .
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from orgkb.ontology.namespace import ORGKB, PLACE
from orgkb.ontology.places import Gazetteer, Place
from orgkb.ontology.script import language_of

SCHEME = URIRef(str(PLACE))


def place_triples(place: Place) -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    """The triples that describe one place (not the places above it)."""
    node = URIRef(place.iri)
    triples: list[tuple[URIRef, URIRef, Literal | URIRef]] = [
        (node, RDF.type, SKOS.Concept),
        (node, RDF.type, DCTERMS.Location),
        (node, SKOS.inScheme, SCHEME),
        (node, SKOS.prefLabel, Literal(place.label, lang=language_of(place.label))),
        (node, ORGKB.placeType, Literal(place.place_type)),
    ]
    if place.chinese:
        triples.append((node, SKOS.prefLabel, Literal(place.chinese, lang="zh")))
    triples += [(node, SKOS.altLabel, Literal(name, lang=language_of(name))) for name in place.names]
    if place.code:
        triples.append((node, SKOS.notation, Literal(place.code)))
    if place.parent:
        triples.append((node, SKOS.broader, URIRef(place.parent)))
    else:
        triples.append((node, SKOS.topConceptOf, SCHEME))
    return triples


def places_triples(gazetteer: Gazetteer, iris: Iterable[str]) -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    """The description of the places named (those `gazetteer` knows) and of every place above
    them, as rdflib triples: types, names, type of place, code and broader place."""
    wanted: dict[str, Place] = {}
    for iri in iris:
        place = gazetteer.get(iri)
        while place is not None and place.iri not in wanted:
            wanted[place.iri] = place
            place = gazetteer.get(place.parent) if place.parent else None
    return [triple for place in wanted.values() for triple in place_triples(place)]
