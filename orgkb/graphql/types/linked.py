"""The types that lead to one another: an organization, its duties, the matters they concern, the
regions it works with and a duty's translations (`Organization`, `Responsibility`, `Matter`,
`PartnerRegion`, `RegionPartner`, `Translation`).

Every other type has a module of its own; these share one because each resolves to the others
(an organization lists its duties, a duty names its organization and its matters, a matter lists
its duties, a partner region its organizations): one module each would tie them in an import
circle, `TYPE_CHECKING` imports for the annotations included.

Each type declares the schema of a kb record and resolvers return the record itself: a field of
the same name is read from it by strawberry's default resolver, any other by a resolver taking it
as `root`. Nothing is copied between kb and the API.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.contact import Contact
from orgkb.graphql.types.evidence import Evidence
from orgkb.graphql.types.kind import OrganizationKind
from orgkb.graphql.types.node import Node, records_of
from orgkb.graphql.types.place import Place
from orgkb.graphql.types.role import Role
from orgkb.graphql.types.source_document import SourceDocument, source_document
from orgkb.kb.coordination import links as coordination
from orgkb.kb.entities import duties, matters, organizations, places, translations
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.kb.entities.places import PartnerRegionRecord, PlaceRecord
from orgkb.kb.entities.sources import SourceRecord
from orgkb.kb.entities.translations import TranslationRecord
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Duty
from orgkb.loaders.document import Evidence as EvidenceRecord
from orgkb.ontology.thesaurus import MatterRecord


def _later(name: str, *, many: bool = False) -> Any:
    """The type `name` of this module (a list of them if `many`) for a field declared before it."""
    later: Any = strawberry.LazyType(name, __name__)
    return list.__class_getitem__(later) if many else later


def _organization(info: Info, identifier: str) -> OrganizationRecord:
    return info.context.memo(organizations.organization, identifier)


def _kept(function: Callable[[KnowledgeBase, str], object]) -> Callable[[OrganizationRecord, Info], Any]:
    """A resolver: `function(kb, id)` of the organization, from the kept answers."""

    def kept(root: OrganizationRecord, info: Info) -> Any:
        return info.context.memo(function, root.id)

    return kept


def _parent(root: OrganizationRecord, info: Info) -> OrganizationRecord | None:
    above = root.unit_of_id or root.parent_id
    return info.context.memo.found(organizations.organization, above) if above is not None else None


_LANG = strawberry.argument(description='A language tag: "zh" for Chinese, "en" for English.')


def _name(root: OrganizationRecord, lang: Annotated[str | None, _LANG] = None) -> str:
    return root.name_in(lang) if lang else root.name


def _alt_names(root: OrganizationRecord, lang: Annotated[str | None, _LANG] = None) -> tuple[str, ...]:
    return root.alt_names_in(lang) if lang else root.alt_names


def _served_at(*levels: str) -> Callable[[OrganizationRecord, Info], PlaceRecord | None]:
    """A resolver: the place of one of `levels` an organization serves or that lies above the place it serves."""

    def served(root: OrganizationRecord, info: Info) -> PlaceRecord | None:
        found = info.context.memo(places.place_of, root.id)
        while found is not None and found.place_type not in levels:
            found = info.context.memo(places.place, found.parent_id) if found.parent_id else None
        return found

    return served


def _coordinates_with(root: OrganizationRecord, info: Info) -> list[OrganizationRecord]:
    return [link.organization for link in info.context.memo(coordination.coordination, root.id)]


def _partner_regions(root: OrganizationRecord, info: Info) -> list[PartnerRegionRecord]:
    mine = {link.id for link in info.context.memo(organizations.partner_regions, root.id)}
    return [region for region in info.context.memo(places.partner_regions) if region.id in mine]


def _source(root: OrganizationRecord, info: Info) -> SourceRecord | None:
    if root.document is None:
        return None
    return source_document(info, root.document_iri, root.document)


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
    is_type_of = records_of(OrganizationRecord)

    name: str = strawberry.field(
        resolver=_name,
        description=(
            'The name as the page prints it: in `lang` ("zh", "en") when it has a name in that language; '
            "else, and by default, its English name when it has one, else its name in another language."
        ),
    )
    alt_names: tuple[str, ...] = strawberry.field(
        resolver=_alt_names,
        graphql_type=list[str],
        description=(
            'Other names it goes by ("Office for Letters and Calls" for a unit labeled so, its name in another '
            "language): every name but `name(lang:)`; only those in `lang` when it is given."
        ),
    )
    name_source: str | None = strawberry.field(
        description=(
            "Null when its page prints its name. For a page that prints none, where its provisional name came "
            'from: "given" (by the user), "title" (the HTML title), "site-name" (og:site_name), "file-name" or '
            '"url-path" (de-slugged).'
        )
    )
    known_kind: OrganizationKind = strawberry.field(
        name="kind", description="What sort of body it is: government, office, section ..."
    )
    is_unit: bool = strawberry.field(description="True for a section or internal office, i.e. a part of an office.")
    relation_to_parent: str | None = strawberry.field(
        description='How it stands to its parent when the page says so, e.g. "detached agency".'
    )
    parent: OrganizationRecord | None = strawberry.field(
        resolver=_parent,
        graphql_type=_later("Organization") | None,
        description="The body directly above: the office a unit belongs to, or the government an office is under.",
    )
    ancestors: list[OrganizationRecord] = strawberry.field(
        resolver=_kept(organizations.ancestors),
        graphql_type=_later("Organization", many=True),
        description="Every body above this one, nearest first (office, then government).",
    )
    units: list[OrganizationRecord] = strawberry.field(
        resolver=_kept(organizations.units),
        graphql_type=_later("Organization", many=True),
        description="Its sections or internal offices, in the order the page lists them.",
    )
    responsibilities: list[Duty] = strawberry.field(
        resolver=_kept(duties.responsibilities),
        graphql_type=_later("Responsibility", many=True),
        description="Its own duties in page order (a unit's duties are on the unit, not here).",
    )
    jurisdiction: PlaceRecord | None = strawberry.field(
        resolver=_kept(places.place_of),
        graphql_type=Place | None,
        description="The place it serves, for a unit its office's (a district or a sub-district).",
    )
    district: PlaceRecord | None = strawberry.field(
        resolver=_served_at("district", "county"),
        graphql_type=Place | None,
        description="The district it serves (the district around a sub-district), or null if unknown.",
    )
    city: PlaceRecord | None = strawberry.field(
        resolver=_served_at("city", "province-level municipality", "special administrative region"),
        graphql_type=Place | None,
        description=(
            "The city it serves or lies in (a prefecture city, a province-level municipality, Hong Kong or "
            "Macao), or null: a province's own department serves no city."
        ),
    )
    province: PlaceRecord | None = strawberry.field(
        resolver=_served_at("province"),
        graphql_type=Place | None,
        description="The province it serves or lies in, or null (a province-level municipality is none).",
    )
    contact: organizations.Contact | None = strawberry.field(
        resolver=_kept(organizations.contact),
        graphql_type=Contact | None,
        description=(
            "How to reach it (telephone, e-mail, address, hours): its own contact details, or for a unit "
            "whose page prints none under its heading its office's; null if the page gives none."
        ),
    )
    coordinates_with: list[OrganizationRecord] = strawberry.field(
        resolver=_coordinates_with,
        graphql_type=_later("Organization", many=True),
        description=(
            "Units it works alongside on shared matters, strongest link first; `coordination(organization:)` "
            "gives the matters and duties behind each link."
        ),
    )
    partner_regions: list[PartnerRegionRecord] = strawberry.field(
        resolver=_partner_regions,
        graphql_type=_later("PartnerRegion", many=True),
        description="Regions outside the district it works with (counterpart support, sister cities ...).",
    )
    source: SourceRecord | None = strawberry.field(
        resolver=_source,
        graphql_type=SourceDocument | None,
        description="The page this organization was read from (null for a body only mentioned).",
    )


def _owner(root: Duty, info: Info) -> OrganizationRecord:
    return _organization(info, root.owner_id)


def _translations(root: Duty, info: Info) -> tuple[TranslationRecord, ...]:
    return info.context.memo(translations.translations_of, root.id)


@strawberry.type(
    description=(
        "One duty of an organization or unit, as its page states it: a numbered item of an office's "
        '"main responsibilities", or one clause of the paragraph that describes a section. Each duty '
        "knows who has it, which matters it concerns and the line of the page it comes from."
    )
)
class Responsibility(Node):
    is_type_of = records_of(Duty)

    number: int | None = strawberry.field(description="Its number in the page's list, where the page numbers it.")
    position: int = strawberry.field(description="Its place among its owner's duties, 1 for the first.")
    text: str = strawberry.field(description="The duty in words, after repairs of the printed text.")
    role: Role = strawberry.field(description="What the owner does with the matter: leads, is responsible, ...")
    source: EvidenceRecord = strawberry.field(
        graphql_type=Evidence, description="Where the duty is printed: page, line and quote."
    )
    matter_records: tuple[MatterRecord, ...] = strawberry.field(
        name="matters",
        graphql_type=_later("Matter", many=True),
        description="The matters of government work this duty concerns (from the thesaurus).",
    )
    organization: OrganizationRecord = strawberry.field(
        resolver=_owner, graphql_type=Organization, description="The organization or unit that has this duty."
    )
    translations: tuple[TranslationRecord, ...] = strawberry.field(
        resolver=_translations,
        graphql_type=_later("Translation", many=True),
        description=(
            "The same duty on the organization's page in the other language (an English page's duty "
            "and its Chinese original), aligned when the pages were loaded, best first; empty when "
            "nothing aligns above the threshold."
        ),
    )


def _translation_matters(root: TranslationRecord, info: Info) -> list[MatterRecord]:
    known = info.context.memo(matters.matters_by_id)
    return [known[matter] for matter in root.matters if matter in known]


@strawberry.type(
    description=(
        "A duty's translation: the duty on the page in the other language that says the same, "
        "and the evidence the alignment rests on."
    )
)
class Translation:
    duty: Duty = strawberry.field(
        name="responsibility", graphql_type=Responsibility, description="The duty in the other language."
    )
    score: float = strawberry.field(description="How sure the alignment is, from 0 to 1.")
    matters: list[MatterRecord] = strawberry.field(
        resolver=_translation_matters,
        graphql_type=_later("Matter", many=True),
        description="The matters both duties concern.",
    )
    position: float = strawberry.field(description="How alike their places in their pages' lists are, 0 to 1.")
    length: float = strawberry.field(
        description="How near their lengths are to the usual ratio of English words to Chinese characters, 0 to 1."
    )
    tokens: tuple[str, ...] = strawberry.field(
        name="sharedTokens",
        graphql_type=list[str],
        description="Numbers and Latin names both duties hold (12345, GDP).",
    )


def _matter_duties(root: MatterRecord, info: Info) -> list[Duty]:
    return [duty for duty in info.context.memo(duties.all_responsibilities) if root.id in duty.matters]


@strawberry.type(
    description=(
        "A matter of government work (foreign affairs, letters and calls, archives, ...) from orgkb's "
        "thesaurus. Duties are tagged with the matters they concern, so a question in everyday words "
        '("petitions") finds duties written in official ones ("letters and calls").'
    )
)
class Matter(Node):
    is_type_of = records_of(MatterRecord)

    name: str = strawberry.field(description="The English name of the matter.")
    alt_names: tuple[str, ...] = strawberry.field(
        graphql_type=list[str], description="Other English names people use for it."
    )
    chinese_name: str | None = strawberry.field(description="The Chinese name, where known.")
    definition: str | None = strawberry.field(description="What the matter covers, in one sentence.")
    responsibilities: list[Duty] = strawberry.field(
        resolver=_matter_duties,
        graphql_type=list[Responsibility],
        description="The duties, across all loaded pages, that concern this matter.",
    )


def _partners(root: PartnerRegionRecord, info: Info) -> list[RegionPartner]:
    return [RegionPartner(organization=_organization(info, id), relation=relation) for id, relation in root.partners]


@strawberry.type(
    description=(
        "A region outside the district that its offices work with: regions Shanghai supports under "
        '"counterpart support" (paired assistance to poorer areas), sister provinces and cities, '
        "foreign friendly cities, Hong Kong and Macao. Named as the page names it."
    )
)
class PartnerRegion(Node):
    is_type_of = records_of(PartnerRegionRecord)

    name: str = strawberry.field(description='The region as the page names it ("sister provinces and cities").')
    partners: list[RegionPartner] = strawberry.field(
        resolver=_partners,
        graphql_type=_later("RegionPartner", many=True),
        description="The organizations and units that work with this region, and how.",
    )


@strawberry.type(description="An organization or unit that works with a partner region, and the kind of work.")
class RegionPartner:
    organization: OrganizationRecord = strawberry.field(
        graphql_type=Organization, description="The organization or unit."
    )
    relation: str = strawberry.field(
        description=(
            "The kind of work, as an ontology term: counterpartSupport, pairingAssistance, friendlyExchange, "
            "regionalCooperation, exchangeVisits or worksWithRegion (the general relation)."
        ),
    )
