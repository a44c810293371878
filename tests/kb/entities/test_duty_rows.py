"""A duty read back from a query's rows: one record, with its evidence and its matters."""

from __future__ import annotations

from orgkb.kb.entities.duty_rows import duty_of_row, page_duties
from orgkb.loaders.document import Role
from orgkb.ontology.namespace import BASE, ID, ROLE

PAGE = f"{BASE}source/qinghe-general-office"
OFFICE = f"{ID}qinghe/general-office"


def row(number: int, text: str, quote: str | None = None) -> dict[str, object]:
    return {
        "graph": PAGE,
        "owner": OFFICE,
        "duty": f"{OFFICE}/duty/{number}",
        "text": text,
        "quote": text if quote is None else quote,
        "line": 10 + number,
        "position": number,
        "role": f"{ROLE}leads",
        "number": number,
        "document": PAGE,
    }


def test_a_row_gives_the_duty_with_its_evidence() -> None:
    duty = duty_of_row(row(2, "Receive foreign guests."), {PAGE: "general-office.txt"}, {}, {})
    assert (duty.id, duty.owner_id, duty.line, duty.position, duty.number, duty.role) == (
        "qinghe/general-office/duty/2",
        "qinghe/general-office",
        12,
        2,
        2,
        Role.LEADS,
    )
    assert duty.source.document == "general-office.txt" and duty.page == PAGE and duty.quote is duty.text


def test_a_quote_unlike_the_text_is_kept() -> None:
    duty = duty_of_row(row(1, "Manage the archives.", quote="Manage the archi ves."), {}, {}, {})
    assert duty.quote == "Manage the archi ves." and duty.document == PAGE  # no file name known: the page


def test_a_pages_duties_gather_their_matters() -> None:
    rows = [row(1, "Receive foreign guests."), row(2, "Keep the archives."), row(1, "Receive foreign guests.")]
    matters = [
        {"duty": f"{OFFICE}/duty/1", "matter": f"{BASE}matter/foreign-guests"},
        {"duty": f"{OFFICE}/duty/1", "matter": f"{BASE}matter/foreign-affairs"},
    ]
    (duties,) = page_duties(rows, matters).values()
    assert [duty.id for duty in duties.values()] == ["qinghe/general-office/duty/1", "qinghe/general-office/duty/2"]
    first, second = duties.values()
    assert first.matters == ("matter/foreign-affairs", "matter/foreign-guests") and second.matters == ()
