"""Turn a `Document` into triples in the orgkb model (see DESIGN.md, Ontology).

IRIs are built with rdflib's namespaces; the triples themselves are N-Triples lines whose
terms pyoxigraph wrote (`str` of a `NamedNode` or a `Literal`), so the store parses a page
once instead of receiving a pyoxigraph object per term and per quad, which costs more than
storing the quad. `document_graph` gives the same triples as an rdflib graph for validation
and Turtle output.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NewType

import pyoxigraph as ox
from rdflib import RDF, XSD, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS

from orgkb.loaders.document import BodyRelation, Contact, Document, Duty, Kind, PartnerRelation, Unit
from orgkb.loaders.identity.identifiers import (
    district_place,
    document_iri,
    duty_keys,
    locality_type,
    organization_iri,
    parent_iri,
    parent_serves_city,
    place_path,
    regional_slugs,
    served_locality,
    subdistrict_place,
)
from orgkb.loaders.identity.slugs import slugify
from orgkb.ontology import lookalike_keys
from orgkb.ontology.namespace import CV, ID, KIND, LOCN, ORG, ORGKB, PLACE, ROLE
from orgkb.ontology.places import bare_name, default_gazetteer, fold_name
from orgkb.ontology.script import has_chinese
from orgkb.ontology.thesaurus import MatterMatcher

Term = NewType("Term", str)
"""An RDF term in N-Triples syntax, as pyoxigraph writes it: `<https://...>`, `"text"@en`."""

_VOCABULARY: dict[str, Term] = {}
_INTEGERS: dict[int, Term] = {}


def _term(value: str) -> Term:
    """A vocabulary IRI (predicates, classes, kinds, matters, places: few and repeated), cached."""
    term = _VOCABULARY.get(value)
    if term is None:
        term = _VOCABULARY[value] = Term(str(ox.NamedNode(value)))
    return term


_XSD_INTEGER = ox.NamedNode(str(XSD.integer))
_XSD_DATE = ox.NamedNode(str(XSD.date))
_XSD_DATETIME = ox.NamedNode(str(XSD.dateTime))


def _literal(value: object, lang: str | None = None, datatype: URIRef | None = None) -> Term:
    """A literal for a text (with its language), an int, a date or a datetime."""
    if lang is not None:
        return Term(str(ox.Literal(str(value), language=lang)))
    if isinstance(value, bool):
        raise TypeError("booleans are not part of the orgkb model")
    if isinstance(value, int):
        term = _INTEGERS.get(value)
        if term is None:
            term = _INTEGERS[value] = Term(str(ox.Literal(str(value), datatype=_XSD_INTEGER)))
        return term
    if isinstance(value, dt.datetime):
        return Term(str(ox.Literal(value.isoformat(), datatype=_XSD_DATETIME)))
    if isinstance(value, dt.date):
        return Term(str(ox.Literal(value.isoformat(), datatype=_XSD_DATE)))
    if datatype is not None:
        return Term(str(ox.Literal(str(value), datatype=ox.NamedNode(str(datatype)))))
    return Term(str(ox.Literal(str(value))))


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


def _language(name: str) -> str:
    """The language tag of a name: "zh" for one written in Chinese ("龙岗区民政局"), else "en"."""
    return "zh" if has_chinese(name) and not _LATIN.search(name) else "en"


def _label_language(name: str, page: str) -> str:
    """The language tag of a name a page prints: the page's language, unless the name's own script
    says otherwise (an English name on a Chinese page, a Chinese name on an English one)."""
    if page in ("en", "zh"):
        return _language(name)
    return page


_LATIN = re.compile(r"[A-Za-z]")


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
_ORGKB_lookalikeKey = _term(ORGKB.lookalikeKey)
_ORGKB_matter = _term(ORGKB.matter)
_ORGKB_matterMention = _term(ORGKB.matterMention)
_ORGKB_mentions = _term(ORGKB.mentions)
_ORGKB_number = _term(ORGKB.number)
_ORGKB_original = _term(ORGKB.original)
_ORGKB_partnerRegion = _term(ORGKB.partnerRegion)
_ORGKB_placeType = _term(ORGKB.placeType)
_ORGKB_nameSource = _term(ORGKB.nameSource)
_ORGKB_position = _term(ORGKB.position)
_ORGKB_quote = _term(ORGKB.quote)
_ORGKB_repair = _term(ORGKB.repair)
_ORGKB_replacement = _term(ORGKB.replacement)
_ORGKB_responsibility = _term(ORGKB.responsibility)
_ORGKB_role = _term(ORGKB.role)
_ORGKB_sha256 = _term(ORGKB.sha256)
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
    def __init__(self, document: Document, matcher: MatterMatcher | None, about: URIRef | None = None) -> None:
        self.document = document
        self.matcher = matcher
        self.about = about if about is not None else organization_iri(document)
        self.lines: list[str] = []
        self.iris: dict[str, Term] = {}  # this page's IRIs, each checked and written once
        self.doc = document_iri(document)
        self.place_path = place_path(document)
        # The page's city and district as the graph names them (the gazetteer's or described here).
        self.places: dict[str, str] = {}
        # The pages of one organization in two languages share its IRI: the facts of a page in
        # another language than English get IRIs of their own (`.../duty/zh/3`, `.../contact-zh`).
        english = document.language == "en"
        self.duty_prefix = "" if english else f"{document.language}/"
        self.suffix = "" if english else f"-{document.language}"

    def iri(self, value: str) -> Term:
        term = self.iris.get(value)
        if term is None:
            term = self.iris[value] = Term(str(ox.NamedNode(value)))
        return term

    def add(self, subject: str, predicate: Term, value: Term) -> None:
        self.lines.append(f"{self.iri(subject)} {predicate} {value} .\n")

    def names(self, subject: str, name: str, aliases: Sequence[str]) -> None:
        self.add(subject, _SKOS_prefLabel, _literal(name, lang=self.language_of(name)))
        for alias in aliases:
            self.add(subject, _SKOS_altLabel, _literal(alias, lang=self.language_of(alias)))
        for variant in {v for n in [name, *aliases] for v in _hidden_variants(n)}:
            self.add(subject, _SKOS_hiddenLabel, _literal(variant, lang=self.language_of(variant)))

    def language_of(self, name: str) -> str:
        return _label_language(name, self.document.language)

    def organization(self, subject: str, name: str, kind: Kind, aliases: Sequence[str] = ()) -> None:
        self.add(subject, _RDF_type, _ORG_Organization)
        self.add(subject, _RDF_type, _CV_PublicOrganisation)
        self.add(subject, _ORG_classification, _term(KIND[kind.value]))
        self.names(subject, name, aliases)

    def evidence(self, subject: str, line: int) -> None:
        self.add(subject, _PROV_wasDerivedFrom, self.iri(self.doc))
        self.add(subject, _ORGKB_line, _literal(line))

    # -- the parts -----------------------------------------------------------------------
    def build(self) -> list[str]:
        document = self.document
        self.source()
        org = self.about
        self.add(self.doc, _DCTERMS_subject, self.iri(org))  # the organization the page is about
        also = regional_slugs(document) if org == organization_iri(document) else ()
        for found_under in lookalike_keys.found_under(str(org), also):  # where pages that may look like it meet it
            self.add(self.doc, _ORGKB_lookalikeKey, _literal(found_under))
        self.organization(org, document.name, document.kind, document.aliases)
        self.evidence(org, document.name_line)
        if document.name_source is not None:  # the page prints no name: where its provisional one came from
            self.add(org, _ORGKB_nameSource, _literal(document.name_source.value))
        self.jurisdiction(org)
        self.parent(org)
        self.contact(org, document.contact)
        for duty, key in zip(document.duties, duty_keys(document.duties), strict=True):
            self.duty(org, duty, key)
        for unit in document.units:
            self.unit(org, unit)
        return list(dict.fromkeys(self.lines))

    def source(self) -> None:
        document = self.document
        self.add(self.doc, _RDF_type, _PROV_Entity)
        self.add(self.doc, _RDF_type, _DCTERMS_BibliographicResource)
        self.add(self.doc, _DCTERMS_identifier, _literal(document.source))
        self.add(self.doc, _DCTERMS_title, _literal(document.name, lang=self.language_of(document.name)))
        self.add(self.doc, _ORGKB_sha256, _literal(document.checksum))
        if document.released:
            self.add(self.doc, _DCTERMS_issued, _literal(document.released))
        if document.site:
            self.add(self.doc, _DCTERMS_source, _literal(document.site))
        self.add(
            self.doc,
            _PROV_generatedAtTime,
            _literal(dt.datetime.now(dt.UTC).replace(microsecond=0), datatype=XSD.dateTime),
        )
        for index, repair in enumerate(document.repairs, start=1):
            node = str(f"{self.doc}/repair/{index}")
            self.add(self.doc, _ORGKB_repair, self.iri(node))
            self.add(node, _RDF_type, _ORGKB_Repair)
            self.evidence(node, repair.line)
            self.add(node, _ORGKB_original, _literal(repair.original))
            self.add(node, _ORGKB_replacement, _literal(repair.replacement))
            self.add(node, _RDFS_comment, _literal(repair.reason))

    def jurisdiction(self, org: str) -> None:
        where = self.document.jurisdiction
        gazetteer = default_gazetteer()
        district = district_place(where, gazetteer)
        if district is not None:
            self.places["district"] = district.iri
            if (city := gazetteer.city_of(district)) is not None:
                self.places["city"] = city.iri
        if (place := subdistrict_place(where, gazetteer)) is not None:
            self.add(org, _DCTERMS_spatial, _term(place.iri))
            return
        served: URIRef | None = URIRef(district.iri) if district is not None else None
        path = district.path if district is not None else ""
        if district is None and (where.district or where.above_district):
            # A place the gazetteer does not know (or knows only in another city, as Shanghai's
            # Huangpu District for a page of Guangzhou's): describe it in this document's graph.
            # the place above the district (a city, or a province for its own departments) is kept as the city
            above = "city" if where.city or not where.province else "province"
            for label, place_type in ((where.above_district, above), (where.district, "district")):
                if not label:
                    continue
                known = gazetteer.find(label) if place_type != "district" else None
                path = known.path if known else "/".join(filter(None, [path, slugify(label)]))
                node = URIRef(known.iri) if known else PLACE[path]
                if known is None:
                    self.place(node, label, place_type, served)
                served = node
                self.places["city" if place_type == above else place_type] = node
        locality = served_locality(self.document)
        if locality is not None and served is not None:
            # The sub-district or town a sub-district office or town government serves, which the
            # gazetteer does not list: described here, so that a question can name it ("in Dipu").
            node = PLACE[f"{path}/{slugify(bare_name(fold_name(locality)) or locality)}"]
            self.place(node, locality, locality_type(locality), served)
            served = node
        if served is not None:
            self.add(org, _DCTERMS_spatial, self.iri(served))

    def place(self, node: URIRef, label: str, place_type: str, broader: URIRef | None) -> None:
        """A place the gazetteer does not know, described in this document's graph."""
        self.add(node, _RDF_type, _SKOS_Concept)
        self.add(node, _RDF_type, _DCTERMS_Location)
        self.add(node, _SKOS_inScheme, _term(str(PLACE)))
        self.names(node, label, [])
        self.add(node, _ORGKB_placeType, _literal(place_type))
        if broader is not None:
            self.add(node, _SKOS_broader, self.iri(broader))

    def parent(self, org: str) -> None:
        document = self.document
        parent = parent_iri(document)
        if parent is None or document.parent is None:
            return
        self.organization(parent, document.parent, Kind.GOVERNMENT, document.parent_aliases)
        self.add(org, _ORG_subOrganizationOf, self.iri(parent))
        self.add(parent, _ORG_hasSubOrganization, self.iri(org))
        if document.parent_relation and "agency" in document.parent_relation:
            self.add(org, _ORGKB_detachedAgencyOf, self.iri(parent))
        place = self.places.get("city" if parent_serves_city(document) else "district")
        if place is not None:
            self.add(parent, _DCTERMS_spatial, self.iri(place))

    def contact(self, org: str, contact: Contact) -> None:
        """The contact point (and address) of the organization or of one of its units."""
        if contact.is_empty():
            return
        point = str(f"{org}/contact{self.suffix}")
        self.add(org, _CV_contactPoint, self.iri(point))
        self.add(point, _RDF_type, _CV_ContactPoint)
        for value, predicate in (
            (contact.telephone, _CV_telephone),
            (contact.email, _CV_email),
            (contact.fax, _CV_faxNumber),
            (contact.hours, _CV_openingHours),
        ):
            if value:
                self.add(point, predicate, _literal(value))
        if contact.line:
            self.evidence(point, contact.line)
        if contact.address or contact.postal_code:
            address = str(f"{org}/address{self.suffix}")
            self.add(org, _LOCN_address, self.iri(address))
            self.add(address, _RDF_type, _LOCN_Address)
            if contact.address:
                self.add(address, _LOCN_fullAddress, _literal(contact.address))
            if contact.postal_code:
                self.add(address, _LOCN_postCode, _literal(contact.postal_code))

    def unit(self, org: str, unit: Unit) -> None:
        subject = str(f"{org}/{slugify(unit.name)}")
        self.add(subject, _RDF_type, _ORG_OrganizationalUnit)
        self.add(subject, _ORG_classification, _term(KIND[unit.kind.value]))
        self.names(subject, unit.name, unit.aliases)
        self.add(subject, _ORG_unitOf, self.iri(org))
        self.add(org, _ORG_hasUnit, self.iri(subject))
        self.add(subject, _ORGKB_position, _literal(unit.position))
        self.evidence(subject, unit.line)
        self.contact(subject, unit.contact)  # its own "Tel:" under its heading
        for duty, key in zip(unit.duties, duty_keys(unit.duties), strict=True):
            self.duty(subject, duty, key)

    def duty(self, owner: str, duty: Duty, key: int) -> None:
        subject = str(f"{owner}/duty/{self.duty_prefix}{key}")
        self.add(owner, _ORGKB_responsibility, self.iri(subject))
        self.add(subject, _RDF_type, _ORGKB_Responsibility)
        self.add(subject, _ORGKB_text, _literal(duty.text, lang=self.document.language))
        self.add(subject, _ORGKB_quote, _literal(duty.quote))
        self.add(subject, _ORGKB_position, _literal(duty.position))
        self.add(subject, _ORGKB_role, _term(ROLE[duty.role.value]))
        if duty.number is not None:
            self.add(subject, _ORGKB_number, _literal(duty.number))
        self.evidence(subject, duty.line)
        for body in duty.bodies:
            self.body(owner, subject, body.name, body.kind, body.relation)
        for partner in duty.partners:
            region = ID[f"{self.place_path}/partner/{slugify(partner.name)}"]
            self.add(region, _RDF_type, _ORGKB_PartnerRegion)
            self.add(region, _SKOS_prefLabel, _literal(partner.name, lang=self.language_of(partner.name)))
            self.add(subject, _ORGKB_partnerRegion, self.iri(region))
            self.add(owner, _PARTNER_PROPERTIES[partner.relation], self.iri(region))
            self.add(owner, _ORGKB_worksWithRegion, self.iri(region))
        if self.matcher is not None:
            for matter, words in self.matcher(duty.text):
                mention = str(f"{subject}/matter/{matter.rsplit('/', 1)[-1]}")
                concept = _term(matter)
                self.add(subject, _ORGKB_concerns, concept)
                self.add(owner, _ORG_purpose, concept)
                self.add(subject, _ORGKB_matterMention, self.iri(mention))
                self.add(mention, _RDF_type, _ORGKB_MatterMention)
                self.add(mention, _ORGKB_matter, concept)
                self.add(mention, _ORGKB_words, _literal(words))

    def body(self, owner: str, duty: str, name: str, kind: Kind, relation: BodyRelation) -> None:
        if kind == Kind.SERVICE_CENTER and name[:1].islower():
            subject = str(f"{owner}/body/{slugify(name)}")
        else:
            subject = ID[f"{self.place_path}/body/{slugify(name)}"]
        self.organization(subject, name, kind)
        self.add(duty, _ORGKB_mentions, self.iri(subject))
        predicate = _BODY_PROPERTIES.get(relation)
        if predicate is not None:
            self.add(owner, predicate, self.iri(subject))


def document_ntriples(
    document: Document, matcher: MatterMatcher | None = None, about: URIRef | None = None
) -> list[str]:
    """The triples of one document as N-Triples lines, every fact traceable to it, without duplicates;
    `about` is the organization it is about when the store found it to be another page's
    (`orgkb/kb/identity/duty_agreement.py`), else its own (`organization_iri`)."""
    return _Builder(document, matcher, about).build()


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
    lines = "".join(document_ntriples(document, matcher))
    for triple in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES):
        subject, predicate, value = triple.subject, triple.predicate, triple.object
        assert isinstance(subject, ox.NamedNode) and isinstance(value, (ox.NamedNode, ox.Literal))
        graph.add((URIRef(subject.value), URIRef(predicate.value), to_rdflib(value)))
    return graph


def to_rdflib(term: ox.NamedNode | ox.Literal) -> URIRef | RdfLiteral:
    """The rdflib term for a pyoxigraph IRI or literal."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return RdfLiteral(term.value, lang=term.language)
    return RdfLiteral(term.value, datatype=URIRef(term.datatype.value))
