"""A duty read back from the store: the loaders' `Duty` made from a query's row, the one way kb
makes one (the duties of `kb/entities/duties.py`, the who-handles index, the coordination and the
alignment of translations all read theirs here)."""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping

from orgkb.loaders.document import Duty, Role
from orgkb.ontology.ids import id_of, public_id
from orgkb.ontology.namespace import ROLE
from orgkb.ontology.thesaurus import MatterRecord


def records_of_matters(ids: tuple[str, ...], known: Mapping[str, MatterRecord]) -> tuple[MatterRecord, ...]:
    """The records of the matter ids `ids` that `known` holds, in order."""
    return tuple([known[matter] for matter in ids if matter in known]) if ids else ()


def role_of(value: object) -> Role:
    """The role a role IRI or slug names, `UNDERTAKES` for one orgkb does not know.

    >>> role_of("https://w3id.org/orgkb/role/leads"), role_of("oversees")
    (<Role.LEADS: 'leads'>, <Role.UNDERTAKES: 'undertakes'>)
    """
    return _ROLES.get(str(value).removeprefix(_ROLE), Role.UNDERTAKES)


_ROLE = str(ROLE)
_ROLES = {role.value: role for role in Role}


def duty_of_row(
    row: Mapping[str, object],
    files: Mapping[str, str],
    matters: Mapping[str, tuple[str, ...]],
    known: Mapping[str, MatterRecord],
) -> Duty:
    """The duty a row of a duties query gives (`files`: file names by page, `matters`: by duty id).

    Its owner, page and file are one string however many duties share them, and its quote is its
    text when the two are the same: a store's every duty may be held at once (the coordination).
    """
    number = row.get("number")
    duty_id = id_of(str(row["duty"]))
    ids = matters.get(duty_id, ())
    text, quote, page = str(row["text"]), str(row["quote"]), sys.intern(str(row["document"]))
    return Duty(
        id=duty_id,
        text=text,
        quote=text if quote == text else quote,
        line=_number(row["line"]),
        position=_number(row["position"]),
        role=role_of(row["role"]),
        owner_id=sys.intern(id_of(str(row["owner"]))),
        document=sys.intern(files.get(page, page)),
        page=page,
        number=_number(number) if number is not None else None,
        matters=ids,
        matter_records=records_of_matters(ids, known),
    )


def page_duties(
    rows: Iterable[Mapping[str, object]], matter_rows: Iterable[Mapping[str, object]]
) -> dict[str, dict[str, Duty]]:
    """The duties of `page_duties.rq`'s rows by page graph and duty id, in the order they come, each
    with its matters (their public ids, sorted) from the rows of `page_duty_matters.rq`."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in matter_rows:
        found[id_of(str(row["duty"]))].add(sys.intern(public_id(str(row["matter"]))))
    matters = {duty: tuple(sorted(ids)) for duty, ids in found.items()}
    pages: dict[str, dict[str, Duty]] = defaultdict(dict)
    for row in rows:
        duties = pages[str(row["graph"])]
        duty = duty_of_row(row, {}, matters, {})
        duties.setdefault(duty.id, duty)
    return dict(pages)


def _number(value: object) -> int:
    return value if isinstance(value, int) else int(str(value))
