"""The `SharedDuty` type: a duty of one organization matched with a duty of another."""

from __future__ import annotations

import strawberry

from orgkb.graphql.context import Context
from orgkb.graphql.types.linked import Matter, Responsibility
from orgkb.kb.coordination.compare import SharedDuty as SharedDutyRecord


@strawberry.type(description="A duty of the left organization and the matching duty of the right one.")
class SharedDuty:
    left: Responsibility = strawberry.field(description="The duty on the left side.")
    right: Responsibility = strawberry.field(description="The matching duty on the right side.")
    score: float = strawberry.field(description="How closely the two duties match, from 0 to 1.")
    matters: list[Matter] = strawberry.field(description="The matters both duties concern.")

    @classmethod
    def from_record(cls, record: SharedDutyRecord, context: Context) -> SharedDuty:
        return cls(
            left=Responsibility.from_record(record.left, context),
            right=Responsibility.from_record(record.right, context),
            score=record.score,
            matters=[Matter.from_record(matter, context) for matter in record.matters],
        )
