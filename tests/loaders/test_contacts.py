"""Contact lines (orgkb.loaders.contacts) and where the loader puts them."""

from __future__ import annotations

import pytest

from orgkb.loaders.contacts import read_contact_fields, read_contact_line
from orgkb.loaders.text import parse_text


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Telephone No.: 0755-26651234", "telephone", "0755-26651234"),
        ("Fax No.: 0755-26655678", "fax", "0755-26655678"),
        ("Zip: 518052", "postal_code", "518052"),
        ("Email Address: nscg@szns.gov.cn", "email", "nscg@szns.gov.cn"),
        ("Working hours: 9:00-12:00, 14:00-18:00", "hours", "9:00-12:00, 14:00-18:00"),
        # a person to ask for is read (so the line is no duty) but is no field of a contact
        ("Contact person: Ms. Zhang", "person", "Ms. Zhang"),
        ("Person in charge: Mr. Li", "person", "Mr. Li"),
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
