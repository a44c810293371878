"""The `Contact` type: how to reach an organization or unit.

It declares the fields of the kb's contact record (`orgkb.loaders.document.Contact`) for the schema;
resolvers return that record itself, read by field name, never copied.
"""

from __future__ import annotations

import strawberry


@strawberry.type(description="How to reach an organization or unit, as its page prints it. Any part may be missing.")
class Contact:
    telephone: str | None = strawberry.field(description="Telephone number, with area code.")
    email: str | None = strawberry.field(description="E-mail address.")
    fax: str | None = strawberry.field(description="Fax number.")
    hours: str | None = strawberry.field(description="Opening (office) hours, as printed.")
    address: str | None = strawberry.field(description="Street address.")
    postal_code: str | None = strawberry.field(description="Postal code.")
