"""The `SharedDuty` type: a duty of one organization matched with a duty of another."""

from __future__ import annotations

import strawberry

from orgkb.graphql.types.linked import Matter, Responsibility
from orgkb.loaders.document import Duty
from orgkb.ontology.thesaurus import MatterRecord


@strawberry.type(description="A duty of the left organization and the matching duty of the right one.")
class SharedDuty:
    left: Duty = strawberry.field(graphql_type=Responsibility, description="The duty on the left side.")
    right: Duty = strawberry.field(graphql_type=Responsibility, description="The matching duty on the right side.")
    score: float = strawberry.field(description="How closely the two duties match, from 0 to 1.")
    matters: tuple[MatterRecord, ...] = strawberry.field(
        graphql_type=list[Matter], description="The matters both duties concern."
    )
