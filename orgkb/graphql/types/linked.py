"""The types that lead to one another: an organization, its duties, the matters they concern, the
regions it works with and a duty's translations (`Organization`, `Responsibility`, `Matter`,
`PartnerRegion`, `RegionPartner`, `Translation`).

Every other type has a module of its own; these five share one because each resolves to the
others (an organization lists its duties, a duty names its organization and its matters, a
matter lists its duties, a partner region its organizations): one module each would tie them in
an import circle, `TYPE_CHECKING` imports for the annotations included.

Each is made from its kb record once per state of the knowledge base (`from_record(record,
context)`, kept in `Context.objects`) and shared by every request: an organization's duties and a
duty's matters are plain attributes set when it is made, read by graphql-core without a resolver
call (office with sections went from 76 resolver calls to 5).
"""

from __future__ import annotations

from typing import Annotated

import strawberry

from orgkb.errors import NotFoundError
from orgkb.graphql.context import Context, Info
from orgkb.graphql.types.contact import Contact
from orgkb.graphql.types.evidence import Evidence
from orgkb.graphql.types.kind import OrganizationKind
from orgkb.graphql.types.node import Node
from orgkb.graphql.types.place import Place
from orgkb.graphql.types.role import Role
from orgkb.graphql.types.source_document import SourceDocument, source_document
from orgkb.kb import duties, matters, organizations, places, translations
from orgkb.kb.coordination import links as coordination
from orgkb.kb.duties import ResponsibilityRecord
from orgkb.kb.matters import MatterRecord
from orgkb.kb.organizations import OrganizationRecord
from orgkb.kb.places import PartnerRegionRecord
from orgkb.kb.translations import TranslationRecord


def _parent(root: Organization, info: Info) -> Organization | None:
    above = root.record.unit_of_id or root.record.parent_id
    if above is None:
        return None
    try:
        return Organization.from_record(info.context.memo(organizations.organization, above), info.context)
    except NotFoundError:
        return None


def _ancestors(root: Organization, info: Info) -> list[Organization]:
    found = info.context.memo(organizations.ancestors, root.record.id)
    return [Organization.from_record(record, info.context) for record in found]


def _units(root: Organization, info: Info) -> list[Organization]:
    found = info.context.memo(organizations.units, root.record.id)
    return [Organization.from_record(record, info.context) for record in found]


_LANG = strawberry.argument(description='A language tag: "zh" for Chinese, "en" for English.')


def _name(root: Organization, lang: Annotated[str | None, _LANG] = None) -> str:
    return root.record.name_in(lang) if lang else root.record.name


def _alt_names(root: Organization, lang: Annotated[str | None, _LANG] = None) -> list[str]:
    return list(root.record.alt_names_in(lang)) if lang else list(root.record.alt_names)


@strawberry.type(
    description=(
        "A government body or a unit inside one. A district government has offices (such as its "
        "general office) and sub-district offices under it; an office is divided into sections or "
        "internal offices (its `units`), and each of them has a list of duties (`responsibilities`). "
        "Named bodies that duties mention (a service centre, a leading group's office) are "
        "organizations too."
    )
)
class Organization(Node):
    name: str = strawberry.field(
        resolver=_name,
        description=(
            'The name as the page prints it: in `lang` ("zh", "en") when it has a name in that language; '
            "else, and by default, its English name when it has one, else its name in another language."
        ),
    )
    alt_names: list[str] = strawberry.field(
        resolver=_alt_names,
        description=(
            'Other names it goes by ("Office for Letters and Calls" for a unit labeled so, its name in another '
            "language): every name but `name(lang:)`; only those in `lang` when it is given."
        ),
    )
    kind: OrganizationKind = strawberry.field(description="What sort of body it is: government, office, section ...")
    is_unit: bool = strawberry.field(description="True for a section or internal office, i.e. a part of an office.")
    relation_to_parent: str | None = strawberry.field(
        description='How it stands to its parent when the page says so, e.g. "detached agency".'
    )
    # parent, ancestors and units are declared here, with their resolvers, to keep the schema's field order:
    # responsibilities, a plain attribute, comes after them.
    parent: Organization | None = strawberry.field(
        resolver=_parent,
        description="The body directly above: the office a unit belongs to, or the government an office is under.",
    )
    ancestors: list[Organization] = strawberry.field(
        resolver=_ancestors, description="Every body above this one, nearest first (office, then government)."
    )
    units: list[Organization] = strawberry.field(
        resolver=_units, description="Its sections or internal offices, in the order the page lists them."
    )
    responsibilities: list[Responsibility] = strawberry.field(
        description="Its own duties in page order (a unit's duties are on the unit, not here)."
    )
    record: strawberry.Private[OrganizationRecord]

    @classmethod
    def from_record(cls, record: OrganizationRecord, context: Context) -> Organization:
        """The API object of an organization, made once per state of the knowledge base (`Context.objects`)."""

        def make() -> Organization:
            return cls(
                id=strawberry.ID(record.id),
                kind=OrganizationKind.of(record.kind),
                is_unit=record.is_unit,
                relation_to_parent=record.relation_to_parent,
                responsibilities=[
                    Responsibility.from_record(duty, context)
                    for duty in context.memo(duties.responsibilities, record.id)
                ],
                record=record,
            )

        return context.objects(cls, record, make)

    @strawberry.field(description="The place it serves, for a unit its office's (a district or a sub-district).")
    def jurisdiction(self, info: Info) -> Place | None:
        found = info.context.memo(places.place_of, self.record.id)
        return Place.from_record(found) if found is not None else None

    @strawberry.field(description="The district it serves (the district around a sub-district), or null if unknown.")
    def district(self, info: Info) -> Place | None:
        return self._served(info, ("district", "county"))

    @strawberry.field(
        description=(
            "The city it serves or lies in (a prefecture city, a province-level municipality, Hong Kong or "
            "Macao), or null: a province's own department serves no city."
        )
    )
    def city(self, info: Info) -> Place | None:
        return self._served(info, ("city", "province-level municipality", "special administrative region"))

    @strawberry.field(description="The province it serves or lies in, or null (a province-level municipality is none).")
    def province(self, info: Info) -> Place | None:
        return self._served(info, ("province",))

    def _served(self, info: Info, levels: tuple[str, ...]) -> Place | None:
        """The place of one of `levels` that it serves or that lies above the place it serves."""
        found = info.context.memo(places.place_of, self.record.id)
        while found is not None and found.place_type not in levels:
            found = info.context.memo(places.place, found.parent_id) if found.parent_id else None
        return Place.from_record(found) if found is not None else None

    @strawberry.field(
        graphql_type=Contact | None,
        description=(
            "How to reach it (telephone, e-mail, address, hours): its own contact details, or for a unit "
            "whose page prints none under its heading its office's; null if the page gives none."
        ),
    )
    def contact(self, info: Info) -> organizations.Contact | None:
        return info.context.memo(organizations.contact, self.record.id)

    @strawberry.field(
        description=(
            "Units it works alongside on shared matters, strongest link first; `coordination(organization:)` "
            "gives the matters and duties behind each link."
        )
    )
    def coordinates_with(self, info: Info) -> list[Organization]:
        links = info.context.memo(coordination.coordination, self.record.id)
        return [Organization.from_record(link.organization, info.context) for link in links]

    @strawberry.field(
        description="Regions outside the district it works with (counterpart support, sister cities ...)."
    )
    def partner_regions(self, info: Info) -> list[PartnerRegion]:
        mine = {link.id for link in info.context.memo(organizations.partner_regions, self.record.id)}
        return [PartnerRegion.from_record(r) for r in info.context.memo(places.partner_regions) if r.id in mine]

    @strawberry.field(description="The page this organization was read from (null for a body only mentioned).")
    def source(self, info: Info) -> SourceDocument | None:
        if self.record.document is None:
            return None
        return source_document(info, self.record.document_iri, self.record.document)


@strawberry.type(
    description=(
        "One duty of an organization or unit, as its page states it: a numbered item of an office's "
        '"main responsibilities", or one clause of the paragraph that describes a section. Each duty '
        "knows who has it, which matters it concerns and the line of the page it comes from."
    )
)
class Responsibility(Node):
    number: int | None = strawberry.field(description="Its number in the page's list, where the page numbers it.")
    position: int = strawberry.field(description="Its place among its owner's duties, 1 for the first.")
    text: str = strawberry.field(description="The duty in words, after repairs of the printed text.")
    role: Role = strawberry.field(description="What the owner does with the matter: leads, is responsible, ...")
    source: duties.Evidence = strawberry.field(
        graphql_type=Evidence, description="Where the duty is printed: page, line and quote."
    )
    matters: list[Matter] = strawberry.field(
        description="The matters of government work this duty concerns (from the thesaurus)."
    )
    owner_id: strawberry.Private[str]

    @classmethod
    def from_record(cls, record: ResponsibilityRecord, context: Context) -> Responsibility:
        """The API object of a duty, made once per state of the knowledge base (`Context.objects`)."""

        def make() -> Responsibility:
            known = matters_by_id(context)
            ids = record.matters  # every record is read with its matters: a duty about none has none
            return cls(
                id=strawberry.ID(record.id),
                number=record.number,
                position=record.position,
                text=record.text,
                role=Role.of(record.role),
                source=record.source,
                matters=[known[matter] for matter in ids if matter in known],
                owner_id=record.owner_id,
            )

        return context.objects(cls, record, make)

    @strawberry.field(description="The organization or unit that has this duty.")
    def organization(self, info: Info) -> Organization:
        return Organization.from_record(info.context.memo(organizations.organization, self.owner_id), info.context)

    @strawberry.field(
        description=(
            "The same duty on the organization's page in the other language (an English page's duty "
            "and its Chinese original), aligned when the pages were loaded, best first; empty when "
            "nothing aligns above the threshold."
        )
    )
    def translations(self, info: Info) -> list[Translation]:
        found = info.context.memo(translations.translations_of, str(self.id))
        return [Translation.from_record(record, info.context) for record in found]


@strawberry.type(
    description=(
        "A duty's translation: the duty on the page in the other language that says the same, "
        "and the evidence the alignment rests on."
    )
)
class Translation:
    responsibility: Responsibility = strawberry.field(description="The duty in the other language.")
    score: float = strawberry.field(description="How sure the alignment is, from 0 to 1.")
    matters: list[Matter] = strawberry.field(description="The matters both duties concern.")
    position: float = strawberry.field(description="How alike their places in their pages' lists are, 0 to 1.")
    length: float = strawberry.field(
        description="How near their lengths are to the usual ratio of English words to Chinese characters, 0 to 1."
    )
    shared_tokens: list[str] = strawberry.field(description="Numbers and Latin names both duties hold (12345, GDP).")

    @classmethod
    def from_record(cls, record: TranslationRecord, context: Context) -> Translation:
        known = matters_by_id(context)
        return cls(
            responsibility=Responsibility.from_record(record.duty, context),
            score=record.score,
            matters=[known[matter] for matter in record.matters if matter in known],
            position=record.position,
            length=record.length,
            shared_tokens=list(record.tokens),
        )


@strawberry.type(
    description=(
        "A matter of government work (foreign affairs, letters and calls, archives, ...) from orgkb's "
        "thesaurus. Duties are tagged with the matters they concern, so a question in everyday words "
        '("petitions") finds duties written in official ones ("letters and calls").'
    )
)
class Matter(Node):
    name: str = strawberry.field(description="The English name of the matter.")
    alt_names: list[str] = strawberry.field(description="Other English names people use for it.")
    chinese_name: str | None = strawberry.field(description="The Chinese name, where known.")
    definition: str | None = strawberry.field(description="What the matter covers, in one sentence.")

    @classmethod
    def from_record(cls, record: MatterRecord, context: Context) -> Matter:
        """The API object of a matter, made once per state of the knowledge base (`Context.objects`)."""

        def make() -> Matter:
            return cls(
                id=strawberry.ID(record.id),
                name=record.name,
                alt_names=list(record.alt_names),
                chinese_name=record.chinese_name,
                definition=record.definition,
            )

        return context.objects(cls, record, make)

    @strawberry.field(description="The duties, across all loaded pages, that concern this matter.")
    def responsibilities(self, info: Info) -> list[Responsibility]:
        found = info.context.memo(duties.all_responsibilities)
        return [Responsibility.from_record(duty, info.context) for duty in found if self.id in duty.matters]


def matters_by_id(context: Context) -> dict[str, Matter]:
    """Every matter of the thesaurus as the API's `Matter`, by id: made once per state of the knowledge base."""

    def build() -> dict[str, Matter]:
        return {record.id: Matter.from_record(record, context) for record in context.memo(matters.matters)}

    return context.kb.derived(("orgkb.graphql", "matters_by_id"), build)


@strawberry.type(
    description=(
        "A region outside the district that its offices work with: regions Shanghai supports under "
        '"counterpart support" (paired assistance to poorer areas), sister provinces and cities, '
        "foreign friendly cities, Hong Kong and Macao. Named as the page names it."
    )
)
class PartnerRegion(Node):
    name: str = strawberry.field(description='The region as the page names it ("sister provinces and cities").')
    partner_links: strawberry.Private[tuple[tuple[str, str], ...]]

    @classmethod
    def from_record(cls, record: PartnerRegionRecord) -> PartnerRegion:
        return cls(id=strawberry.ID(record.id), name=record.name, partner_links=record.partners)

    @strawberry.field(description="The organizations and units that work with this region, and how.")
    def partners(self, info: Info) -> list[RegionPartner]:
        return [
            RegionPartner(
                organization=Organization.from_record(info.context.memo(organizations.organization, id), info.context),
                relation=relation,
            )
            for id, relation in self.partner_links
        ]


@strawberry.type(description="An organization or unit that works with a partner region, and the kind of work.")
class RegionPartner:
    organization: Organization = strawberry.field(description="The organization or unit.")
    relation: str = strawberry.field(
        description=(
            "The kind of work, as an ontology term: counterpartSupport, pairingAssistance, friendlyExchange, "
            "regionalCooperation, exchangeVisits or worksWithRegion (the general relation)."
        )
    )
