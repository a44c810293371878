"""The root `Query` and the schema; `python -m orgkb.graphql.schema` writes `schema.graphql`."""

from __future__ import annotations

import functools
import sys
from collections.abc import Hashable
from pathlib import Path as FilePath
from typing import Annotated

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaxTokensLimiter, ParserCache
from strawberry.types import ExecutionContext

from orgkb.errors import QueryError
from orgkb.graphql.context import Info
from orgkb.graphql.limits import LIMITS, Limits, Validated, ValidationWithinLimits, check_first
from orgkb.graphql.nodes import resolve_node
from orgkb.graphql.pagination import paginate
from orgkb.graphql.types.comparison import Comparison
from orgkb.graphql.types.connection import Connection
from orgkb.graphql.types.coordination import Coordination
from orgkb.graphql.types.coverage import Coverage
from orgkb.graphql.types.handler import Handler
from orgkb.graphql.types.kind import OrganizationKind
from orgkb.graphql.types.linked import Matter, Organization, PartnerRegion, Responsibility
from orgkb.graphql.types.node import Node
from orgkb.graphql.types.path import Path
from orgkb.graphql.types.place import Place
from orgkb.graphql.types.source_document import SourceDocument
from orgkb.kb.coordination import compare, coverage
from orgkb.kb.coordination import links as coordination
from orgkb.kb.coordination.compare import Comparison as ComparisonRecord
from orgkb.kb.coordination.coverage import CoverageMatrix
from orgkb.kb.coordination.links import CoordinationLink
from orgkb.kb.entities import duties, matters, organizations, places, sources
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.kb.entities.places import PartnerRegionRecord, PlaceRecord
from orgkb.kb.entities.sources import SourceRecord
from orgkb.kb.search import who_handles
from orgkb.kb.search.who_handles import Handler as HandlerRecord
from orgkb.loaders.document import Duty
from orgkb.ontology.thesaurus import MatterRecord

SDL_PATH = FilePath(__file__).with_name("schema.graphql")
MAX_SEARCH_LENGTH = 200
DOCUMENTS = 512
"""How many distinct query texts keep their parsed and validated documents."""
First = Annotated[int | None, strawberry.argument(description=f"Page size, 0 to {LIMITS.max_first}.")]
After = Annotated[str | None, strawberry.argument(description="Continue after this cursor.")]


@strawberry.type(
    description=(
        "Questions about Chinese government offices: who does what, where, and how offices differ. "
        "Start with `whoHandles` (which unit handles a matter), `organizations` (what is loaded) or "
        "`organization(id:)` (one office with its units and their duties)."
    )
)
class Query:
    @strawberry.field(
        graphql_type=Organization | None,
        description="One organization or unit by id, or null (with a NOT_FOUND error) if none has it.",
    )
    def organization(
        self, info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="Its id.")]
    ) -> OrganizationRecord:
        return info.context.memo(organizations.organization, str(id))

    @strawberry.field(
        graphql_type=Connection[Organization],
        description="The organizations that loaded pages describe (not their units), by name, one page at a time.",
    )
    def organizations(
        self,
        info: Info,
        kind: Annotated[OrganizationKind | None, strawberry.argument(description="Only this kind.")] = None,
        district: Annotated[
            str | None, strawberry.argument(description="Only those serving this place or a place in it.")
        ] = None,
        first: First = LIMITS.default_first,
        after: After = None,
    ) -> Connection[OrganizationRecord]:
        memo = info.context.memo
        records = memo(organizations.organizations, kind.value if kind is not None else None)
        if district is not None:
            allowed = memo(places.within, memo.question(places.find_place, district).id)
            records = [record for record in records if record.id in allowed]
        return paginate("organizations", records, first, after)

    @strawberry.field(
        graphql_type=Node | None, description="Anything with an id (organization, responsibility, matter, place ...)."
    )
    def node(self, info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="Its id.")]) -> Hashable:
        return resolve_node(info.context, str(id))

    @strawberry.field(
        graphql_type=list[Handler],
        description=(
            "Who handles a matter: organizations and units ranked by how well their duties match, each with "
            'the duties that say so. Ask in plain words ("reception of foreign guests", "petitions").'
        ),
    )
    def who_handles(
        self,
        info: Info,
        matter: Annotated[str, strawberry.argument(description="The matter, in a few words.")],
        district: Annotated[
            str | None, strawberry.argument(description='Only those serving this place ("Jing\'an") or a place in it.')
        ] = None,
        first: Annotated[int, strawberry.argument(description=f"How many answers, 0 to {who_handles.MAX_LIMIT}.")] = 5,
    ) -> list[HandlerRecord]:
        memo = info.context.memo
        if not 0 <= first <= who_handles.MAX_LIMIT:
            raise QueryError("first", first, f"must be from 0 to {who_handles.MAX_LIMIT}")
        text = who_handles.check_matter(matter)
        if district is not None:  # checked even when no answer is wanted; who_handles finds it the same way
            memo.question(places.find_place, district)
        if first == 0:
            return []
        return memo.question(who_handles.who_handles, text, district, first)

    @strawberry.field(
        graphql_type=Connection[Responsibility],
        description="Duties across all pages, optionally containing words or of one organization.",
    )
    def responsibilities(
        self,
        info: Info,
        search: Annotated[
            str | None, strawberry.argument(description="Only duties containing every one of these words.")
        ] = None,
        organization: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only duties of this organization and its units."),
        ] = None,
        first: First = LIMITS.default_first,
        after: After = None,
    ) -> Connection[Duty]:
        if search is not None and len(search) > MAX_SEARCH_LENGTH:
            raise QueryError("search", search, f"is {len(search)} characters long; the limit is {MAX_SEARCH_LENGTH}")
        check_first(first)
        owner = str(organization) if organization is not None else None
        records = info.context.memo.question(duties.search_responsibilities, search, owner)
        return paginate("responsibilities", records, first, after)

    @strawberry.field(
        graphql_type=Comparison,
        description="How two organizations differ: shared duties, duties only one has, matter coverage.",
    )
    def compare(
        self,
        info: Info,
        left: Annotated[strawberry.ID, strawberry.argument(description="The id of the first organization.")],
        right: Annotated[strawberry.ID, strawberry.argument(description="The id of the second organization.")],
    ) -> ComparisonRecord:
        return info.context.memo(compare.compare, str(left), str(right))

    @strawberry.field(
        graphql_type=Coverage,
        description=(
            "The matters many organizations cover, side by side: choose them by `ids`, or by `kind` and/or "
            f"`district` (every general office in Shanghai). At most {LIMITS.max_first} organizations."
        ),
    )
    def coverage(
        self,
        info: Info,
        ids: Annotated[
            list[strawberry.ID] | None, strawberry.argument(description="The ids of the organizations, in order.")
        ] = None,
        kind: Annotated[
            OrganizationKind | None, strawberry.argument(description="Every organization of this kind.")
        ] = None,
        district: Annotated[
            str | None, strawberry.argument(description="Every organization serving this place or a place in it.")
        ] = None,
    ) -> CoverageMatrix:
        limit = LIMITS.max_first
        if ids is not None and len(ids) > limit:
            raise QueryError("ids", f"{len(ids)} ids", f"is more than the {limit} organizations one matrix may have")
        memo = info.context.memo
        chosen = memo.question(
            coverage.select, tuple(str(i) for i in ids or ()), kind.value if kind is not None else None, district
        )
        if len(chosen) > limit:
            argument = "district" if district is not None else "kind"
            value = district if district is not None else kind.value if kind is not None else None
            raise QueryError(
                argument,
                value,
                f"selects {len(chosen)} organizations; one matrix may have {limit}: narrow the place or the kind, "
                "or use `orgkb compare --format csv` for larger sets",
            )
        return memo(coverage.coverage, tuple(chosen))

    @strawberry.field(
        graphql_type=list[Coordination],
        description="The units an organization or unit works alongside, strongest first, and why.",
    )
    def coordination(
        self,
        info: Info,
        organization: Annotated[strawberry.ID, strawberry.argument(description="The id of the unit.")],
    ) -> list[CoordinationLink]:
        return info.context.memo(coordination.coordination, str(organization))

    @strawberry.field(description="The shortest chain of links between two organizations or units, or null if none.")
    def path(
        self,
        info: Info,
        from_: Annotated[strawberry.ID, strawberry.argument(name="from", description="Where the path starts.")],
        to: Annotated[strawberry.ID, strawberry.argument(description="Where the path ends.")],
    ) -> Path | None:
        from orgkb.kb.coordination import network  # networkx loads on the first path asked for, not at start-up

        steps = info.context.memo(network.path, str(from_), str(to))
        if not steps and str(from_) != str(to):
            return None
        return Path(steps=steps, start_id=str(from_))

    @strawberry.field(
        graphql_type=list[Matter], description="Every matter of government work in the thesaurus, by name."
    )
    def matters(self, info: Info) -> list[MatterRecord]:
        return info.context.memo(matters.matters)

    @strawberry.field(
        graphql_type=list[Place], description="Every place orgkb knows (cities, districts, sub-districts), by id."
    )
    def places(self, info: Info) -> list[PlaceRecord]:
        return info.context.memo(places.places)

    @strawberry.field(
        graphql_type=list[PartnerRegion], description="Every partner region a page names, with who works with it."
    )
    def partner_regions(self, info: Info) -> list[PartnerRegionRecord]:
        return info.context.memo(places.partner_regions)

    @strawberry.field(graphql_type=list[SourceDocument], description="Every loaded page, by file name.")
    def sources(self, info: Info) -> list[SourceRecord]:
        return info.context.memo(sources.sources)


class Schema(strawberry.Schema):
    """strawberry's schema, leaving error logging to `orgkb.graphql.errors` (which logs what it masks)."""

    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        pass


@functools.cache
def get_schema(limits: Limits = LIMITS) -> strawberry.Schema:
    """The orgkb GraphQL schema with the API's `limits`, built once on first use.

    strawberry's own extensions limit tokens and cache parsed and validated documents;
    `ValidationWithinLimits` adds the depth, alias and field limits (see `orgkb.graphql.limits`).
    """
    validated = Validated(DOCUMENTS)
    return Schema(
        query=Query,
        types=[Matter, Place, PartnerRegion, SourceDocument, Responsibility],
        extensions=[
            lambda: MaxTokensLimiter(max_token_count=limits.max_tokens),
            lambda: ParserCache(maxsize=DOCUMENTS),
            lambda: ValidationWithinLimits(limits, validated, maxsize=DOCUMENTS),
        ],
    )


def export_sdl() -> str:
    """The schema in SDL, as `schema.graphql` holds it."""
    return get_schema().as_str() + "\n"


if __name__ == "__main__":
    SDL_PATH.write_text(export_sdl(), encoding="utf-8")
    print(f"wrote {SDL_PATH}", file=sys.stderr)
