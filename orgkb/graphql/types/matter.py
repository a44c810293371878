"""The `Matter` type: a subject of government work from the thesaurus."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Context, Info
from orgkb.graphql.types.node import Node
from orgkb.graphql.types.refs import ResponsibilityRef
from orgkb.kb import catalog
from orgkb.kb.catalog import MatterRecord


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
    def responsibilities(self, info: Info) -> list[ResponsibilityRef]:
        from orgkb.graphql.types.responsibility import Responsibility

        duties = info.context.memo(catalog.all_responsibilities)
        return [Responsibility.from_record(duty, info.context) for duty in duties if self.id in duty.matters]


def matters_by_id(context: Context) -> dict[str, Matter]:
    """Every matter of the thesaurus as the API's `Matter`, by id: made once per state of the knowledge base."""

    def build() -> dict[str, Matter]:
        return {record.id: Matter.from_record(record, context) for record in context.memo(catalog.matters)}

    return context.table("matters_by_id", build)
