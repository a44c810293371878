"""The `Matter` type: a subject of government work from the thesaurus."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Info
from orgkb.graphql.types.node import Node
from orgkb.graphql.types.refs import ResponsibilityRef
from orgkb.kb import matters
from orgkb.kb.duties import all_responsibilities
from orgkb.kb.matters import MatterRecord
from orgkb.kb.store import KnowledgeBase


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
    def from_record(cls, record: MatterRecord) -> Matter:
        return cls(
            id=strawberry.ID(record.id),
            name=record.name,
            alt_names=list(record.alt_names),
            chinese_name=record.chinese_name,
            definition=record.definition,
        )

    @strawberry.field(description="The duties, across all loaded pages, that concern this matter.")
    def responsibilities(self, info: Info) -> list[ResponsibilityRef]:
        from orgkb.graphql.types.responsibility import Responsibility

        duties = info.context.memo(all_responsibilities)
        return [Responsibility.from_record(duty) for duty in duties if self.id in duty.matters]


def matters_by_id(kb: KnowledgeBase) -> dict[str, Matter]:
    """Every matter of the thesaurus as the API's `Matter`, by id: made once per state of the knowledge base."""
    return {record.id: Matter.from_record(record) for record in matters.matters(kb)}
