"""The namespaces of orgkb: our own closed vocabulary and the W3C ones we reuse."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS, DefinedNamespace

BASE = "https://w3id.org/orgkb/"
ID = Namespace(BASE + "id/")
KIND = Namespace(BASE + "kind/")
ROLE = Namespace(BASE + "role/")
MATTER = Namespace(BASE + "matter/")
PLACE = Namespace(BASE + "place/")
SOURCE = Namespace(BASE + "source/")
GRAPH = Namespace(BASE + "graph/")

ORG = Namespace("http://www.w3.org/ns/org#")
CV = Namespace("http://data.europa.eu/m8g/")
LOCN = Namespace("http://www.w3.org/ns/locn#")
# The prefixes of what orgkb writes (exports, SPARQL answers) and of the SPARQL queries it runs.
PREFIXES = {
    "org": str(ORG),
    "cv": str(CV),
    "locn": str(LOCN),
    "orgkb": BASE + "def#",
    "skos": str(SKOS),
    "dct": str(DCTERMS),
    "prov": "http://www.w3.org/ns/prov#",
    "id": str(ID),
}


class ORGKB(DefinedNamespace):
    """Terms defined by orgkb where no standard one fits (see ontology/orgkb.ttl)."""

    _fail = True
    _NS = Namespace(BASE + "def#")

    # classes
    Responsibility: URIRef
    PartnerRegion: URIRef
    Coordination: URIRef
    Repair: URIRef
    MatterMention: URIRef
    # responsibilities and evidence
    responsibility: URIRef
    text: URIRef
    number: URIRef
    position: URIRef
    role: URIRef
    concerns: URIRef
    matterMention: URIRef
    matter: URIRef
    words: URIRef
    line: URIRef
    quote: URIRef
    sha256: URIRef
    lookalikeKey: URIRef
    codeDigest: URIRef
    repair: URIRef
    original: URIRef
    replacement: URIRef
    # organizations
    nameSource: URIRef
    detachedAgencyOf: URIRef
    mentions: URIRef
    guides: URIRef
    administers: URIRef
    hostsOfficeOf: URIRef
    assists: URIRef
    # partner regions
    partnerRegion: URIRef
    worksWithRegion: URIRef
    counterpartSupport: URIRef
    pairingAssistance: URIRef
    friendlyExchange: URIRef
    regionalCooperation: URIRef
    exchangeVisits: URIRef
    # coordination
    coordinatesWith: URIRef
    coordinationOf: URIRef
    basis: URIRef
    strength: URIRef
    statedRelation: URIRef
    evidence: URIRef
    # duties across languages
    translationOf: URIRef
    DutyAlignment: URIRef
    alignmentOf: URIRef
    positionAgreement: URIRef
    lengthAgreement: URIRef
    sharedToken: URIRef
    # places
    placeType: URIRef
