"""Lazy references to the types that refer to each other (an organization has duties, a duty an owner)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, TypeAlias

import strawberry

if TYPE_CHECKING:
    from orgkb.graphql.types.matter import Matter
    from orgkb.graphql.types.organization import Organization
    from orgkb.graphql.types.place import Place
    from orgkb.graphql.types.responsibility import Responsibility
    from orgkb.graphql.types.source_document import SourceDocument

OrganizationRef: TypeAlias = Annotated["Organization", strawberry.lazy("orgkb.graphql.types.organization")]
ResponsibilityRef: TypeAlias = Annotated["Responsibility", strawberry.lazy("orgkb.graphql.types.responsibility")]
MatterRef: TypeAlias = Annotated["Matter", strawberry.lazy("orgkb.graphql.types.matter")]
PlaceRef: TypeAlias = Annotated["Place", strawberry.lazy("orgkb.graphql.types.place")]
SourceDocumentRef: TypeAlias = Annotated["SourceDocument", strawberry.lazy("orgkb.graphql.types.source_document")]
