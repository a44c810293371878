"""The cue tables: one per language, the same interface."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.roles.cues import Section, cues_for, language_of


def test_the_language_of_a_page() -> None:
    assert language_of(["海曙区月湖街道办事处", "负责辖区内的社会治安综合治理工作。"]) == "zh"
    assert language_of(["Planning Section", "Draft plans.", "办公室"]) == "en"


@pytest.mark.parametrize(
    ("language", "text", "section"),
    [
        ("en", "Main Responsibilities", Section.DUTIES),
        ("en", "Internal Organizations", Section.UNITS),
        ("en", "Contact Us", Section.CONTACT),
        ("en", "Draft plans.", None),
        ("zh", "主要职责", Section.DUTIES),
        ("zh", "内设机构：", Section.UNITS),
        ("zh", "【联系方式】", Section.CONTACT),
        ("zh", "负责机关文电、会务工作。", None),
    ],
)
def test_section_headings(language: str, text: str, section: Section | None) -> None:
    assert cues_for(language).heading(text) == section


@pytest.mark.parametrize(
    ("language", "name", "organization", "unit"),
    [
        ("en", "Futian District Health Bureau", True, True),
        ("en", "Planning Section", False, True),
        ("en", "Draft plans", False, False),
        ("zh", "福田区卫生健康局", True, False),
        ("zh", "规划科", False, True),
    ],
)
def test_organization_and_unit_nouns(language: str, name: str, organization: bool, unit: bool) -> None:
    cues = cues_for(language)
    assert (bool(cues.organization_end.search(name)), bool(cues.unit_end.search(name))) == (organization, unit)


@pytest.mark.parametrize(
    ("language", "text", "fields"),
    [
        ("en", "Tel: 0755-12345678", [("telephone", "0755-12345678")]),
        ("zh", "电话：0574-87000000", [("telephone", "0574-87000000")]),
        ("zh", "地址：月湖路1号 邮编：315000", [("address", "月湖路1号"), ("postal_code", "315000")]),
        ("zh", "负责辖区内的社会治安工作。", []),
    ],
)
def test_contact_fields(language: str, text: str, fields: list[tuple[str, str]]) -> None:
    assert cues_for(language).contact_fields(text) == fields


def test_duty_verbs() -> None:
    assert cues_for("en").duty_start.search("Draft the district's plans.")
    assert cues_for("zh").duty_start.search("负责机关文电工作。")
    assert not cues_for("en").duty_start.search("Planning Section")


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Skip Content", True),  # a skip link without its "to"
        ("Quick Links", True),  # the heading of a box of links
        ("Related links", True),
        ("Page 12 - ANNUAL REPORT 2019", True),  # a printed report's running head
        ("P. 12", True),
        ("English Welsh Polish Lithuanian Romanian", True),  # the site's language switch
        ("English | Français | 中文", True),
        ("Pageant Office", False),
        ("Page Street Depot", False),
        ("English Heritage Liaison Team", False),
        ("Quick Response Unit", False),
    ],
)
def test_english_furniture(text: str, furniture: bool) -> None:
    assert bool(cues_for("en").furniture.fullmatch(text)) is furniture


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Moorings Division maintains the harbour's moorings.", "Moorings Division"),
        # the unit's duties in a relative clause: "which is responsible for"
        ("The Moorings Office, which is responsible for letting the moorings and collecting fees.", "Moorings Office"),
        ("The Moorings Office, which lets the moorings and collects their fees.", "Moorings Office"),
        # a clause about its history, not its duties
        ("The Moorings Office, which was set up in 1990, lets the moorings.", None),
        ("The Moorings Office, where the fees are paid, is on the quay.", None),
    ],
)
def test_a_sentence_whose_subject_is_a_unit(text: str, name: str | None) -> None:
    match = cues_for("en").prose_unit.match(text)
    assert (match.group("name") if match else None) == name
