"""Turn a `Document` into an rdflib graph in the orgkb model (see DESIGN.md, Ontology)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS

from orgkb.loaders.document import BodyRelation, Document, Duty, Kind, PartnerRelation, Unit
from orgkb.loaders.identifiers import (
    document_iri,
    organization_iri,
    parent_iri,
    place_path,
    slugify,
)
from orgkb.ontology.namespace import CV, ID, KIND, LOCN, ORG, ORGKB, PLACE, ROLE
from orgkb.ontology.places import default_gazetteer

Triple = tuple[URIRef, URIRef, URIRef | Literal]
MatterMatcher = Callable[[str], Sequence[tuple[str, str]]]
"""Given a duty's text, the (matter IRI, matched words) pairs it concerns."""

_BODY_PROPERTIES = {
    BodyRelation.GUIDES: ORGKB.guides,
    BodyRelation.ADMINISTERS: ORGKB.administers,
    BodyRelation.HOSTS_OFFICE_OF: ORGKB.hostsOfficeOf,
    BodyRelation.ASSISTS: ORGKB.assists,
}
_PARTNER_PROPERTIES = {
    PartnerRelation.COUNTERPART_SUPPORT: ORGKB.counterpartSupport,
    PartnerRelation.PAIRING_ASSISTANCE: ORGKB.pairingAssistance,
    PartnerRelation.FRIENDLY_EXCHANGE: ORGKB.friendlyExchange,
    PartnerRelation.REGIONAL_COOPERATION: ORGKB.regionalCooperation,
    PartnerRelation.EXCHANGE_VISITS: ORGKB.exchangeVisits,
}


def _hidden_variants(name: str) -> list[str]:
    variants = {name.replace("'", "")}
    return sorted(variant for variant in variants if variant != name)


class _Builder:
    def __init__(self, document: Document, matcher: MatterMatcher | None) -> None:
        self.document = document
        self.matcher = matcher
        self.triples: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
        self.doc = document_iri(document.source)
        self.place_path = place_path(document)

    def add(self, subject: URIRef, predicate: URIRef, value: URIRef | Literal) -> None:
        self.triples.append((subject, predicate, value))

    def names(self, subject: URIRef, name: str, aliases: Sequence[str]) -> None:
        self.add(subject, SKOS.prefLabel, Literal(name, lang="en"))
        for alias in aliases:
            self.add(subject, SKOS.altLabel, Literal(alias, lang="en"))
        for variant in {v for n in [name, *aliases] for v in _hidden_variants(n)}:
            self.add(subject, SKOS.hiddenLabel, Literal(variant, lang="en"))

    def organization(self, subject: URIRef, name: str, kind: Kind, aliases: Sequence[str] = ()) -> None:
        self.add(subject, RDF.type, ORG.Organization)
        self.add(subject, RDF.type, CV.PublicOrganisation)
        self.add(subject, ORG.classification, KIND[kind.value])
        self.names(subject, name, aliases)

    def evidence(self, subject: URIRef, line: int) -> None:
        self.add(subject, PROV.wasDerivedFrom, self.doc)
        self.add(subject, ORGKB.line, Literal(line))

    # -- the parts -----------------------------------------------------------------------
    def build(self) -> list[Triple]:
        document = self.document
        self.source()
        org = organization_iri(document)
        self.organization(org, document.name, document.kind, document.aliases)
        self.evidence(org, document.name_line)
        self.jurisdiction(org)
        self.parent(org)
        self.contact(org)
        for duty in document.duties:
            self.duty(org, duty)
        for unit in document.units:
            self.unit(org, unit)
        return list(dict.fromkeys(self.triples))

    def source(self) -> None:
        document = self.document
        self.add(self.doc, RDF.type, PROV.Entity)
        self.add(self.doc, RDF.type, DCTERMS.BibliographicResource)
        self.add(self.doc, DCTERMS.identifier, Literal(document.source))
        self.add(self.doc, DCTERMS.title, Literal(document.name, lang="en"))
        self.add(self.doc, ORGKB.sha256, Literal(document.checksum))
        if document.released:
            self.add(self.doc, DCTERMS.issued, Literal(document.released, datatype=XSD.date))
        if document.site:
            self.add(self.doc, DCTERMS.source, Literal(document.site))
        self.add(
            self.doc,
            PROV.generatedAtTime,
            Literal(dt.datetime.now(dt.UTC).replace(microsecond=0), datatype=XSD.dateTime),
        )
        for index, repair in enumerate(document.repairs, start=1):
            node = URIRef(f"{self.doc}/repair/{index}")
            self.add(self.doc, ORGKB.repair, node)
            self.add(node, RDF.type, ORGKB.Repair)
            self.add(node, ORGKB.line, Literal(repair.line))
            self.add(node, ORGKB.original, Literal(repair.original))
            self.add(node, ORGKB.replacement, Literal(repair.replacement))
            self.add(node, RDFS.comment, Literal(repair.reason))

    def jurisdiction(self, org: URIRef) -> None:
        where = self.document.jurisdiction
        gazetteer = default_gazetteer()
        place = gazetteer.find(where.subdistrict) if where.subdistrict else None
        if place is None and where.district:
            place = gazetteer.find(where.district)
        if place is not None:
            self.add(org, DCTERMS.spatial, URIRef(place.iri))
            return
        if not (where.district or where.city):
            return
        # A place the gazetteer does not know: describe it in this document's graph.
        parent: URIRef | None = None
        path = ""
        for label, place_type in ((where.city, "city"), (where.district, "district")):
            if not label:
                continue
            known = gazetteer.find(label)
            path = known.path if known else "/".join(filter(None, [path, slugify(label)]))
            node = URIRef(known.iri) if known else PLACE[path]
            if known is None:
                self.add(node, RDF.type, SKOS.Concept)
                self.add(node, RDF.type, DCTERMS.Location)
                self.add(node, SKOS.inScheme, URIRef(str(PLACE)))
                self.names(node, label, [])
                self.add(node, ORGKB.placeType, Literal(place_type))
                if parent is not None:
                    self.add(node, SKOS.broader, parent)
            parent = node
        if parent is not None:
            self.add(org, DCTERMS.spatial, parent)

    def parent(self, org: URIRef) -> None:
        document = self.document
        parent = parent_iri(document)
        if parent is None or document.parent is None:
            return
        self.organization(parent, document.parent, Kind.GOVERNMENT, document.parent_aliases)
        self.add(org, ORG.subOrganizationOf, parent)
        self.add(parent, ORG.hasSubOrganization, org)
        if document.parent_relation and "agency" in document.parent_relation:
            self.add(org, ORGKB.detachedAgencyOf, parent)
        district = default_gazetteer().find(document.jurisdiction.district or "")
        if district is not None:
            self.add(parent, DCTERMS.spatial, URIRef(district.iri))

    def contact(self, org: URIRef) -> None:
        contact = self.document.contact
        if contact.is_empty():
            return
        point = URIRef(f"{org}/contact")
        self.add(org, CV.contactPoint, point)
        self.add(point, RDF.type, CV.ContactPoint)
        for value, predicate in (
            (contact.telephone, CV.telephone),
            (contact.email, CV.email),
            (contact.fax, CV.faxNumber),
            (contact.hours, CV.openingHours),
        ):
            if value:
                self.add(point, predicate, Literal(value))
        if contact.line:
            self.evidence(point, contact.line)
        if contact.address or contact.postal_code:
            address = URIRef(f"{org}/address")
            self.add(org, LOCN.address, address)
            self.add(address, RDF.type, LOCN.Address)
            if contact.address:
                self.add(address, LOCN.fullAddress, Literal(contact.address))
            if contact.postal_code:
                self.add(address, LOCN.postCode, Literal(contact.postal_code))

    def unit(self, org: URIRef, unit: Unit) -> None:
        subject = URIRef(f"{org}/{slugify(unit.name)}")
        self.add(subject, RDF.type, ORG.OrganizationalUnit)
        self.add(subject, ORG.classification, KIND[unit.kind.value])
        self.names(subject, unit.name, unit.aliases)
        self.add(subject, ORG.unitOf, org)
        self.add(org, ORG.hasUnit, subject)
        self.add(subject, ORGKB.position, Literal(unit.position))
        self.evidence(subject, unit.line)
        for duty in unit.duties:
            self.duty(subject, duty)

    def duty(self, owner: URIRef, duty: Duty) -> None:
        subject = URIRef(f"{owner}/duty/{duty.number if duty.number is not None else duty.position}")
        self.add(owner, ORGKB.responsibility, subject)
        self.add(subject, RDF.type, ORGKB.Responsibility)
        self.add(subject, ORGKB.text, Literal(duty.text, lang="en"))
        self.add(subject, ORGKB.quote, Literal(duty.quote))
        self.add(subject, ORGKB.position, Literal(duty.position))
        self.add(subject, ORGKB.role, ROLE[duty.role.value])
        if duty.number is not None:
            self.add(subject, ORGKB.number, Literal(duty.number))
        self.evidence(subject, duty.line)
        for body in duty.bodies:
            self.body(owner, subject, body.name, body.kind, body.relation)
        for partner in duty.partners:
            region = ID[f"{self.place_path}/partner/{slugify(partner.name)}"]
            self.add(region, RDF.type, ORGKB.PartnerRegion)
            self.add(region, SKOS.prefLabel, Literal(partner.name, lang="en"))
            self.add(subject, ORGKB.partnerRegion, region)
            self.add(owner, _PARTNER_PROPERTIES[partner.relation], region)
            self.add(owner, ORGKB.worksWithRegion, region)
        if self.matcher is not None:
            for matter, words in self.matcher(duty.text):
                mention = URIRef(f"{subject}/matter/{matter.rsplit('/', 1)[-1]}")
                self.add(subject, ORGKB.concerns, URIRef(matter))
                self.add(owner, ORG.purpose, URIRef(matter))
                self.add(subject, ORGKB.matterMention, mention)
                self.add(mention, RDF.type, ORGKB.MatterMention)
                self.add(mention, ORGKB.matter, URIRef(matter))
                self.add(mention, ORGKB.words, Literal(words))

    def body(self, owner: URIRef, duty: URIRef, name: str, kind: Kind, relation: BodyRelation) -> None:
        if kind == Kind.SERVICE_CENTER and name[:1].islower():
            subject = URIRef(f"{owner}/body/{slugify(name)}")
        else:
            subject = ID[f"{self.place_path}/body/{slugify(name)}"]
        self.organization(subject, name, kind)
        self.add(duty, ORGKB.mentions, subject)
        predicate = _BODY_PROPERTIES.get(relation)
        if predicate is not None:
            self.add(owner, predicate, subject)


def document_triples(document: Document, matcher: MatterMatcher | None = None) -> list[Triple]:
    """The triples of one document, every fact traceable to it, without duplicates."""
    return _Builder(document, matcher).build()


def bind_prefixes(graph: Graph) -> Graph:
    """`graph` with the prefixes orgkb's Turtle output uses."""
    for prefix, namespace in (
        ("org", ORG),
        ("cv", CV),
        ("locn", LOCN),
        ("orgkb", ORGKB._NS),
        ("skos", SKOS),
        ("dct", DCTERMS),
        ("prov", PROV),
    ):
        graph.bind(prefix, namespace)
    return graph


def document_graph(document: Document, matcher: MatterMatcher | None = None) -> Graph:
    """The triples of one document as an rdflib graph (for validation and export)."""
    graph = bind_prefixes(Graph())
    for triple in document_triples(document, matcher):
        graph.add(triple)
    return graph
