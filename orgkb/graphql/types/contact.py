"""The `Contact` type: how to reach an organization or unit."""

from __future__ import annotations

import strawberry

from orgkb.kb.organizations import ContactRecord


@strawberry.type(description="How to reach an organization or unit, as its page prints it. Any part may be missing.")
class Contact:
    telephone: str | None = strawberry.field(description="Telephone number, with area code.")
    email: str | None = strawberry.field(description="E-mail address.")
    fax: str | None = strawberry.field(description="Fax number.")
    hours: str | None = strawberry.field(description="Opening (office) hours, as printed.")
    address: str | None = strawberry.field(description="Street address.")
    postal_code: str | None = strawberry.field(description="Postal code.")

    @classmethod
    def from_record(cls, record: ContactRecord) -> Contact:
        return cls(
            telephone=record.telephone,
            email=record.email,
            fax=record.fax,
            hours=record.hours,
            address=record.address,
            postal_code=record.postal_code,
        )
