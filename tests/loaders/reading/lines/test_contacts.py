"""Contact lines (orgkb.loaders.reading.lines.contacts) and where the loader puts them."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.lines.contacts import read_contact_fields, read_contact_line
from orgkb.loaders.reading.reader import parse_text


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Telephone No.: 0755-26651234", "telephone", "0755-26651234"),
        ("Fax No.: 0755-26655678", "fax", "0755-26655678"),
        ("Zip: 518052", "postal_code", "518052"),
        ("PC 510030", "postal_code", "510030"),
        ("P.C.: 510030", "postal_code", "510030"),
        ("Email Address: nscg@szns.gov.cn", "email", "nscg@szns.gov.cn"),
        ("Working hours: 9:00-12:00, 14:00-18:00", "hours", "9:00-12:00, 14:00-18:00"),
        # a person to ask for is read (so the line is no duty) but is no field of a contact
        ("Contact person: Ms. Zhang", "person", "Ms. Zhang"),
        ("Person in charge: Mr. Li", "person", "Mr. Li"),
        # labels seen on unseen pages
        ("Office telephone: 029-85521234", "telephone", "029-85521234"),
        ("Contact number: 027-88851234", "telephone", "027-88851234"),
        ("Consultation hotline: 0572-5123456", "telephone", "0572-5123456"),
        ("Complaint hotline: 025-52101234", "telephone", "025-52101234"),
        ("Mailbox: ytwlj@yanta.gov.cn", "email", "ytwlj@yanta.gov.cn"),
        ("Tel/Fax: 023-65361234", "telfax", "023-65361234"),
        # a unit's head before its telephone: read as a person, so the line is no duty
        ("Head: Zhang Wei   Tel: 0571-82701001", "person", "Zhang Wei"),
    ],
)
def test_read_contact_line(line: str, field: str, value: str) -> None:
    assert read_contact_line(line) == (field, value)


def test_a_contact_person_and_a_telephone_on_one_line() -> None:
    assert read_contact_fields("Contact person: Mr. Wang   Tel: 0755-23331234") == [
        ("person", "Mr. Wang"),
        ("telephone", "0755-23331234"),
    ]


def test_a_contact_person_is_skipped_with_a_warning() -> None:
    page = (
        "Longhua District Commerce Bureau\nMain Functions\n1. Implement the laws.\n2. Serve enterprises.\n"
        "Contact Us\nContact person: Mr. Wang\nTel: 0755-23331234\n"
    )
    document = parse_text(page, "page.txt")
    assert document.contact.telephone == "0755-23331234"
    assert "line 6: a contact person was skipped: 'Mr. Wang'" in document.warnings
    assert "Contact person: Mr. Wang" in document.dropped


def test_a_units_telephone_under_its_heading_is_the_units() -> None:
    page = (
        "People's Government of Zhujiajiao Town, Qingpu District\n"
        "1. Main Functions\n1.1 Implement the laws.\n1.2 Promote tourism.\n"
        "2. Internal Organization\n"
        "2.1 Party and Government Office\nTel: 021-59241001\nHandle documents; manage archives.\n"
        "2.2 Social Affairs Office\nTel: 021-59241004\nImplement policies on employment.\n"
        "Address: 1 Xiangyun Road\nTel: 021-59240000\n"
    )
    document = parse_text(page, "page.txt")
    assert document.contact.telephone == "021-59240000"
    assert document.contact.address == "1 Xiangyun Road"
    assert [(unit.name, unit.contact.telephone, len(unit.duties)) for unit in document.units] == [
        ("Party and Government Office", "021-59241001", 2),
        ("Social Affairs Office", "021-59241004", 1),
    ]


def test_a_units_head_and_telephone_go_to_the_unit_and_never_into_a_duty() -> None:
    page = (
        "Yaqian Town People's Government\nMain Functions\n1. Implement the laws.\n2. Serve enterprises.\n"
        "Internal Organization\n(I) Party and Government Office\nHandle documents; manage archives.\n"
        "Head: Zhang Wei   Tel: 0571-82701001\n"
        "(II) Economic Development Office\nServe enterprises.\nHead: Li Ming   Tel: 0571-82701002\n"
        "Affiliated Units\n(I) Yaqian Town Cultural Station\n"
        "Address: 8 Yaqian Road\nTel: 0571-82701234\n"
    )
    document = parse_text(page, "page.txt")
    assert document.contact.telephone == "0571-82701234"
    assert [(unit.name, unit.contact.telephone) for unit in document.units[:2]] == [
        ("Party and Government Office", "0571-82701001"),
        ("Economic Development Office", "0571-82701002"),
    ]
    assert [duty.text for duty in document.units[1].duties] == ["Serve enterprises"]
    duties = " ".join(duty.text for duty in document.all_duties())
    assert "Zhang Wei" not in duties and "Head" not in duties
    assert "line 8: a contact person was skipped: 'Zhang Wei'" in document.warnings


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Add: 1 South Road, Qinghe,415000", "415000"),
        ("Address: 200 Main Street, Cedarville, OR 97000", "97000"),
        ("Address: Beechurst Road, Andover SP10 3AJ", "SP10 3AJ"),
        ("Add: No. 1 Renmin Road, Qinghe District", None),
    ],
)
def test_an_address_ending_in_its_postal_code_gives_it(line: str, code: str | None) -> None:
    fields = dict(read_contact_fields(line))
    assert fields.get("postal_code") == code
    assert fields["address"] == line.split(":", 1)[1].strip()


def test_a_labelled_postal_code_beats_the_addresss_ending() -> None:
    line = "Add: 1 South Road, Qinghe,415000 Postcode: 415001"
    assert [value for field, value in read_contact_fields(line) if field == "postal_code"] == ["415001"]
