"""Turn a `Document` into triples in the orgkb model (see DESIGN.md, Ontology).

IRIs are built with rdflib's namespaces; the triples themselves are pyoxigraph terms, which
cost a tenth of rdflib's to create and go into the store as they are. `document_graph`
gives the same triples as an rdflib graph for validation and Turtle output.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pyoxigraph as ox
from rdflib import RDF, XSD, Graph, URIRef
from rdflib import Literal as RdfLiteral
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

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]
_VOCABULARY: dict[str, ox.NamedNode] = {}
_XSD_INTEGER = ox.NamedNode(str(XSD.integer))
_XSD_DATE = ox.NamedNode(str(XSD.date))
_XSD_DATETIME = ox.NamedNode(str(XSD.dateTime))


def _term(value: str) -> ox.NamedNode:
    """A NamedNode for a vocabulary IRI (predicates, classes, kinds: few and repeated), cached."""
    node = _VOCABULARY.get(value)
    if node is None:
        node = _VOCABULARY[value] = ox.NamedNode(value)
    return node


def Literal(value: object, lang: str | None = None, datatype: URIRef | None = None) -> ox.Literal:  # noqa: N802
    """A pyoxigraph literal for a text (with its language), an int, a date or a datetime."""
    if lang is not None:
        return ox.Literal(str(value), language=lang)
    if isinstance(value, bool):
        raise TypeError("booleans are not part of the orgkb model")
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_XSD_INTEGER)
    if isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=_XSD_DATETIME)
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=_XSD_DATE)
    if datatype is not None:
        return ox.Literal(str(value), datatype=_term(str(datatype)))
    return ox.Literal(str(value))


MatterMatcher = Callable[[str], Sequence[tuple[str, str]]]
"""Given a duty's text, the (matter IRI, matched words) pairs it concerns."""

_BODY_PROPERTIES = {
    BodyRelation.GUIDES: _term(ORGKB.guides),
    BodyRelation.ADMINISTERS: _term(ORGKB.administers),
    BodyRelation.HOSTS_OFFICE_OF: _term(ORGKB.hostsOfficeOf),
    BodyRelation.ASSISTS: _term(ORGKB.assists),
}
_PARTNER_PROPERTIES = {
    PartnerRelation.COUNTERPART_SUPPORT: _term(ORGKB.counterpartSupport),
    PartnerRelation.PAIRING_ASSISTANCE: _term(ORGKB.pairingAssistance),
    PartnerRelation.FRIENDLY_EXCHANGE: _term(ORGKB.friendlyExchange),
    PartnerRelation.REGIONAL_COOPERATION: _term(ORGKB.regionalCooperation),
    PartnerRelation.EXCHANGE_VISITS: _term(ORGKB.exchangeVisits),
}


def _hidden_variants(name: str) -> list[str]:
    variants = {name.replace("'", "")}
    return sorted(variant for variant in variants if variant != name)


# The vocabulary the builder writes, looked up once (DefinedNamespace attribute access is slow).
_CV_ContactPoint = _term(CV.ContactPoint)
_CV_PublicOrganisation = _term(CV.PublicOrganisation)
_CV_contactPoint = _term(CV.contactPoint)
_CV_email = _term(CV.email)
_CV_faxNumber = _term(CV.faxNumber)
_CV_openingHours = _term(CV.openingHours)
_CV_telephone = _term(CV.telephone)
_DCTERMS_BibliographicResource = _term(DCTERMS.BibliographicResource)
_DCTERMS_Location = _term(DCTERMS.Location)
_DCTERMS_identifier = _term(DCTERMS.identifier)
_DCTERMS_issued = _term(DCTERMS.issued)
_DCTERMS_source = _term(DCTERMS.source)
_DCTERMS_spatial = _term(DCTERMS.spatial)
_DCTERMS_subject = _term(DCTERMS.subject)
_DCTERMS_title = _term(DCTERMS.title)
_LOCN_Address = _term(LOCN.Address)
_LOCN_address = _term(LOCN.address)
_LOCN_fullAddress = _term(LOCN.fullAddress)
_LOCN_postCode = _term(LOCN.postCode)
_ORG_Organization = _term(ORG.Organization)
_ORG_OrganizationalUnit = _term(ORG.OrganizationalUnit)
_ORG_classification = _term(ORG.classification)
_ORG_hasSubOrganization = _term(ORG.hasSubOrganization)
_ORG_hasUnit = _term(ORG.hasUnit)
_ORG_purpose = _term(ORG.purpose)
_ORG_subOrganizationOf = _term(ORG.subOrganizationOf)
_ORG_unitOf = _term(ORG.unitOf)
_ORGKB_MatterMention = _term(ORGKB.MatterMention)
_ORGKB_PartnerRegion = _term(ORGKB.PartnerRegion)
_ORGKB_Repair = _term(ORGKB.Repair)
_ORGKB_Responsibility = _term(ORGKB.Responsibility)
_ORGKB_concerns = _term(ORGKB.concerns)
_ORGKB_detachedAgencyOf = _term(ORGKB.detachedAgencyOf)
_ORGKB_line = _term(ORGKB.line)
_ORGKB_matter = _term(ORGKB.matter)
_ORGKB_matterMention = _term(ORGKB.matterMention)
_ORGKB_mentions = _term(ORGKB.mentions)
_ORGKB_number = _term(ORGKB.number)
_ORGKB_original = _term(ORGKB.original)
_ORGKB_partnerRegion = _term(ORGKB.partnerRegion)
_ORGKB_placeType = _term(ORGKB.placeType)
_ORGKB_position = _term(ORGKB.position)
_ORGKB_quote = _term(ORGKB.quote)
_ORGKB_repair = _term(ORGKB.repair)
_ORGKB_replacement = _term(ORGKB.replacement)
_ORGKB_responsibility = _term(ORGKB.responsibility)
_ORGKB_role = _term(ORGKB.role)
_ORGKB_text = _term(ORGKB.text)
_ORGKB_words = _term(ORGKB.words)
_ORGKB_worksWithRegion = _term(ORGKB.worksWithRegion)
_PROV_Entity = _term(PROV.Entity)
_PROV_generatedAtTime = _term(PROV.generatedAtTime)
_PROV_wasDerivedFrom = _term(PROV.wasDerivedFrom)
_RDF_type = _term(RDF.type)
_RDFS_comment = _term(RDFS.comment)
_SKOS_Concept = _term(SKOS.Concept)
_SKOS_altLabel = _term(SKOS.altLabel)
_SKOS_broader = _term(SKOS.broader)
_SKOS_hiddenLabel = _term(SKOS.hiddenLabel)
_SKOS_inScheme = _term(SKOS.inScheme)
_SKOS_prefLabel = _term(SKOS.prefLabel)


class _Builder:
    def __init__(self, document: Document, matcher: MatterMatcher | None) -> None:
        self.document = document
        self.matcher = matcher
        self.triples: list[Triple] = []
        self.doc = document_iri(document.source)
        self.place_path = place_path(document)

    def add(self, subject: str, predicate: str | ox.NamedNode, value: str | ox.NamedNode | ox.Literal) -> None:
        obj = value if isinstance(value, (ox.Literal, ox.NamedNode)) else ox.NamedNode(value)
        verb = predicate if isinstance(predicate, ox.NamedNode) else _term(predicate)
        self.triples.append((ox.NamedNode(subject), verb, obj))

    def names(self, subject: str, name: str, aliases: Sequence[str]) -> None:
        self.add(subject, _SKOS_prefLabel, Literal(name, lang="en"))
        for alias in aliases:
            self.add(subject, _SKOS_altLabel, Literal(alias, lang="en"))
        for variant in {v for n in [name, *aliases] for v in _hidden_variants(n)}:
            self.add(subject, _SKOS_hiddenLabel, Literal(variant, lang="en"))

    def organization(self, subject: str, name: str, kind: Kind, aliases: Sequence[str] = ()) -> None:
        self.add(subject, _RDF_type, _ORG_Organization)
        self.add(subject, _RDF_type, _CV_PublicOrganisation)
        self.add(subject, _ORG_classification, KIND[kind.value])
        self.names(subject, name, aliases)

    def evidence(self, subject: str, line: int) -> None:
        self.add(subject, _PROV_wasDerivedFrom, self.doc)
        self.add(subject, _ORGKB_line, Literal(line))

    # -- the parts -----------------------------------------------------------------------
    def build(self) -> list[Triple]:
        document = self.document
        self.source()
        org = organization_iri(document)
        self.add(self.doc, _DCTERMS_subject, org)  # the organization the page is about
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
        self.add(self.doc, _RDF_type, _PROV_Entity)
        self.add(self.doc, _RDF_type, _DCTERMS_BibliographicResource)
        self.add(self.doc, _DCTERMS_identifier, Literal(document.source))
        self.add(self.doc, _DCTERMS_title, Literal(document.name, lang="en"))
        self.add(self.doc, ORGKB.sha256, Literal(document.checksum))
        if document.released:
            self.add(self.doc, _DCTERMS_issued, Literal(document.released))
        if document.site:
            self.add(self.doc, _DCTERMS_source, Literal(document.site))
        self.add(
            self.doc,
            _PROV_generatedAtTime,
            Literal(dt.datetime.now(dt.UTC).replace(microsecond=0), datatype=XSD.dateTime),
        )
        for index, repair in enumerate(document.repairs, start=1):
            node = str(f"{self.doc}/repair/{index}")
            self.add(self.doc, _ORGKB_repair, node)
            self.add(node, _RDF_type, _ORGKB_Repair)
            self.evidence(node, repair.line)
            self.add(node, _ORGKB_original, Literal(repair.original))
            self.add(node, _ORGKB_replacement, Literal(repair.replacement))
            self.add(node, _RDFS_comment, Literal(repair.reason))

    def jurisdiction(self, org: str) -> None:
        where = self.document.jurisdiction
        gazetteer = default_gazetteer()
        place = gazetteer.find(where.subdistrict) if where.subdistrict else None
        if place is None and where.district:
            place = gazetteer.find(where.district)
        if place is not None:
            self.add(org, _DCTERMS_spatial, URIRef(place.iri))
            return
        if not (where.district or where.city):
            return
        # A place the gazetteer does not know: describe it in this document's graph.
        parent: str | None = None
        path = ""
        for label, place_type in ((where.city, "city"), (where.district, "district")):
            if not label:
                continue
            known = gazetteer.find(label)
            path = known.path if known else "/".join(filter(None, [path, slugify(label)]))
            node = URIRef(known.iri) if known else PLACE[path]
            if known is None:
                self.add(node, _RDF_type, _SKOS_Concept)
                self.add(node, _RDF_type, _DCTERMS_Location)
                self.add(node, _SKOS_inScheme, URIRef(str(PLACE)))
                self.names(node, label, [])
                self.add(node, _ORGKB_placeType, Literal(place_type))
                if parent is not None:
                    self.add(node, _SKOS_broader, parent)
            parent = node
        if parent is not None:
            self.add(org, _DCTERMS_spatial, parent)

    def parent(self, org: str) -> None:
        document = self.document
        parent = parent_iri(document)
        if parent is None or document.parent is None:
            return
        self.organization(parent, document.parent, Kind.GOVERNMENT, document.parent_aliases)
        self.add(org, _ORG_subOrganizationOf, parent)
        self.add(parent, _ORG_hasSubOrganization, org)
        if document.parent_relation and "agency" in document.parent_relation:
            self.add(org, _ORGKB_detachedAgencyOf, parent)
        district = default_gazetteer().find(document.jurisdiction.district or "")
        if district is not None:
            self.add(parent, _DCTERMS_spatial, URIRef(district.iri))

    def contact(self, org: str) -> None:
        contact = self.document.contact
        if contact.is_empty():
            return
        point = str(f"{org}/contact")
        self.add(org, _CV_contactPoint, point)
        self.add(point, _RDF_type, _CV_ContactPoint)
        for value, predicate in (
            (contact.telephone, _CV_telephone),
            (contact.email, _CV_email),
            (contact.fax, _CV_faxNumber),
            (contact.hours, _CV_openingHours),
        ):
            if value:
                self.add(point, predicate, Literal(value))
        if contact.line:
            self.evidence(point, contact.line)
        if contact.address or contact.postal_code:
            address = str(f"{org}/address")
            self.add(org, _LOCN_address, address)
            self.add(address, _RDF_type, _LOCN_Address)
            if contact.address:
                self.add(address, _LOCN_fullAddress, Literal(contact.address))
            if contact.postal_code:
                self.add(address, _LOCN_postCode, Literal(contact.postal_code))

    def unit(self, org: str, unit: Unit) -> None:
        subject = str(f"{org}/{slugify(unit.name)}")
        self.add(subject, _RDF_type, _ORG_OrganizationalUnit)
        self.add(subject, _ORG_classification, KIND[unit.kind.value])
        self.names(subject, unit.name, unit.aliases)
        self.add(subject, _ORG_unitOf, org)
        self.add(org, _ORG_hasUnit, subject)
        self.add(subject, _ORGKB_position, Literal(unit.position))
        self.evidence(subject, unit.line)
        for duty in unit.duties:
            self.duty(subject, duty)

    def duty(self, owner: str, duty: Duty) -> None:
        subject = str(f"{owner}/duty/{duty.number if duty.number is not None else duty.position}")
        self.add(owner, _ORGKB_responsibility, subject)
        self.add(subject, _RDF_type, _ORGKB_Responsibility)
        self.add(subject, _ORGKB_text, Literal(duty.text, lang="en"))
        self.add(subject, _ORGKB_quote, Literal(duty.quote))
        self.add(subject, _ORGKB_position, Literal(duty.position))
        self.add(subject, _ORGKB_role, ROLE[duty.role.value])
        if duty.number is not None:
            self.add(subject, _ORGKB_number, Literal(duty.number))
        self.evidence(subject, duty.line)
        for body in duty.bodies:
            self.body(owner, subject, body.name, body.kind, body.relation)
        for partner in duty.partners:
            region = ID[f"{self.place_path}/partner/{slugify(partner.name)}"]
            self.add(region, _RDF_type, _ORGKB_PartnerRegion)
            self.add(region, _SKOS_prefLabel, Literal(partner.name, lang="en"))
            self.add(subject, _ORGKB_partnerRegion, region)
            self.add(owner, _PARTNER_PROPERTIES[partner.relation], region)
            self.add(owner, _ORGKB_worksWithRegion, region)
        if self.matcher is not None:
            for matter, words in self.matcher(duty.text):
                mention = str(f"{subject}/matter/{matter.rsplit('/', 1)[-1]}")
                self.add(subject, _ORGKB_concerns, URIRef(matter))
                self.add(owner, _ORG_purpose, URIRef(matter))
                self.add(subject, _ORGKB_matterMention, mention)
                self.add(mention, _RDF_type, _ORGKB_MatterMention)
                self.add(mention, _ORGKB_matter, URIRef(matter))
                self.add(mention, _ORGKB_words, Literal(words))

    def body(self, owner: str, duty: str, name: str, kind: Kind, relation: BodyRelation) -> None:
        if kind == Kind.SERVICE_CENTER and name[:1].islower():
            subject = str(f"{owner}/body/{slugify(name)}")
        else:
            subject = ID[f"{self.place_path}/body/{slugify(name)}"]
        self.organization(subject, name, kind)
        self.add(duty, _ORGKB_mentions, subject)
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
    for subject, predicate, value in document_triples(document, matcher):
        graph.add((URIRef(subject.value), URIRef(predicate.value), to_rdflib(value)))
    return graph


def to_rdflib(term: ox.NamedNode | ox.Literal) -> URIRef | RdfLiteral:
    """The rdflib term for a pyoxigraph IRI or literal."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return RdfLiteral(term.value, lang=term.language)
    return RdfLiteral(term.value, datatype=URIRef(term.datatype.value))
