"""The organization's duties stated in prose (`orgkb.loaders.reading.lines.prose`): its sentences inside a unit's
paragraph, the sentences carrying its subject on, a paragraph opening with its duty; on our own pages."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.lines.prose import (
    head_noun,
    organizations_sentences,
    refers_to_organization,
    states_own_duty,
)
from orgkb.loaders.reading.reader import parse_text
from orgkb.loaders.reading.roles.cues import cues_for

EN = cues_for("en")
ZH = cues_for("zh")


@pytest.mark.parametrize(
    ("name", "noun"),
    [
        ("Harbour Works Department", "department"),  # the head ends the name
        ("Department of Harbour Works", "department"),  # the head before "of"
        ("Riverside Borough Council", "council"),
        ("Harbour Works", None),  # no organization's noun: prose cannot refer back to it
        ("Harbour and Quays department of the Council", "department"),  # the noun in lower case
        ("Harbour and Quays works", None),
        ("Harbour Rates and Charges Team", "team"),  # a team's page refers back to "the team"
        ("Moorings Division", "division"),
    ],
)
def test_head_noun(name: str, noun: str | None) -> None:
    assert head_noun(name, EN) == noun


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The department also runs the ferry landings.", True),
        ("In so doing, the department repairs the jetties.", True),  # a short clause leads in
        ("Within these sections, the department issues mooring permits.", True),
        ("The department is responsible for the breakwaters.", True),
        ("The department is the largest in the city.", False),  # says what it is, not what it does
        ("The section also runs the ferry landings.", False),  # another noun: the unit's
        ("When storms close the harbour for more than two days, the department clears the slipways.", False),
    ],
)
def test_refers_to_organization(sentence: str, expected: bool) -> None:
    assert refers_to_organization(sentence, "department", EN) is expected


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # the name's words and a body's noun in lower case: the page's body named in running prose
        ("The Harbour Rates team deals with billing for every berth.", "Harbour Rates Team", True),
        ("The Moorings division works to keep the buoys in place.", "Moorings Department", True),
        ("During a storm, the Moorings team are responsible for the buoys.", "Moorings Team", True),
        ("The Quays group oversees the upkeep of the walls.", "Our Harbour – Quays", True),  # a title's part
        # a formal name opening a paragraph says what the body is; no determiner: its profile
        ("The Harbour Rates Team deals with billing.", "Harbour Rates Team", False),
        ("Harbour Rates team deals with billing.", "Harbour Rates Team", False),
        ("The Ferries team runs the landings.", "Harbour Rates Team", False),  # another body
        ("The Harbour Rates team is the largest in the port.", "Harbour Rates Team", False),  # what it is
    ],
)
def test_refers_to_organization_by_its_name(sentence: str, name: str, expected: bool) -> None:
    assert refers_to_organization(sentence, head_noun(name, EN), EN, name) is expected


def test_a_paragraph_naming_the_team_gives_its_duties_before_a_list_of_its_results() -> None:
    page = (
        "Harbour Rates Team\n\n"
        "The Harbour Rates team deals with billing and collection for every berth in the port. "
        "The team is responsible for the collection of mooring fees.\n\n"
        "Last year the Harbour Rates team:\n\n"
        "- Collected every fee on time.\n"
        "- Introduced text reminders.\n"
    )
    document = parse_text(page, "rates.txt")
    assert [duty.text[:40] for duty in document.duties][:2] == [
        "The Harbour Rates team deals with billin",
        "The team is responsible for the collecti",
    ]


def test_a_units_paragraph_parted_from_the_organizations_sentences() -> None:
    paragraph = (
        "The Docks Section maintains the quay walls and bollards. This includes the inspection of every "
        "ladder. The department also plans the dredging programme. They also publish the tide tables. "
        "Staff answer calls at night."
    )
    own, organizations = organizations_sentences(paragraph, "Harbour Works Department", EN)
    assert organizations == [
        "The department also plans the dredging programme.",
        "They also publish the tide tables.",  # carries the department's subject on
    ]
    assert own == [
        "The Docks Section maintains the quay walls and bollards.",
        "This includes the inspection of every ladder.",
        "Staff answer calls at night.",
    ]


def test_they_also_alone_is_the_units() -> None:
    # "They also" carries on the subject before it only: here the section's
    own, organizations = organizations_sentences(
        "The Docks Section maintains the quays. They also paint the bollards.", "Harbour Works Department", EN
    )
    assert organizations == []
    assert len(own) == 2


@pytest.mark.parametrize(
    ("paragraph", "cues", "expected"),
    [
        ("主要负责港口航道的日常维护，统筹全区码头安全工作。", ZH, True),
        ("负责渡口的安全检查。", ZH, True),
        ("本局位于滨江路18号，是区政府工作部门。", ZH, False),
        ("Responsible for the harbour's moorings and slipways.", EN, True),
        ("The harbour has 40 moorings.", EN, False),
    ],
)
def test_states_own_duty(paragraph: str, cues: object, expected: bool) -> None:
    assert states_own_duty(paragraph, cues) is expected  # type: ignore[arg-type]


_HARBOUR = (
    "Harbour Works\n\n"
    "The Harbour Works Department is responsible for the upkeep of the quays, slipways and breakwaters.\n\n"
    "The Docks Section is responsible for the daily upkeep of the quay walls and bollards. "
    "The department also plans the dredging programme for all berths.\n\n"
    "The Ferries Section runs the passenger landings. "
    "In so doing, the department sets the timetable for the island ferries.\n"
)


def test_a_page_of_unit_paragraphs_gives_the_organizations_duties() -> None:
    document = parse_text(_HARBOUR, "harbour.txt")
    assert document.name == "Harbour Works Department"
    assert [duty.text[:39] for duty in document.duties] == [
        "The Harbour Works Department is respons",  # the first sentence: what it does, no list after it
        "The department also plans the dredging ",
        "In so doing, the department sets the ti",
    ]
    assert [duty.line for duty in document.duties] == [3, 5, 7]  # each keeps its paragraph's line
    assert [unit.name for unit in document.units] == ["Docks Section", "Ferries Section"]
    # the unit's paragraph stays whole: the work stated there is done in that section
    assert "dredging" in document.units[0].duties[0].text


def test_a_paragraph_after_the_units_that_speaks_of_the_department() -> None:
    page = (
        "Department of Harbour Works\n\n"
        "The Department of Harbour Works keeps the port open. It is made up of two sections:\n\n"
        "• Docks Section maintains the quay walls and bollards.\n"
        "• Ferries Section runs the passenger landings.\n\n"
        "Within these sections, the department issues mooring permits and collects berth fees. "
        "They also publish the tide tables for the estuary.\n"
    )
    document = parse_text(page, "harbour.txt")
    starts = [duty.text[:30] for duty in document.duties]
    assert "Within these sections, the dep" in starts
    assert "They also publish the tide tab" in starts
    assert [unit.name for unit in document.units] == ["Docks Section", "Ferries Section"]
    assert all("tide tables" not in duty.text for unit in document.units for duty in unit.duties)


def test_a_chinese_paragraph_opening_with_its_duty_before_the_list() -> None:
    page = (
        "机构名称:滨江区港务局\n"
        "地址:滨江区滨江路18号\n"
        "主要负责港口航道的日常维护,统筹全区码头安全工作。\n"
        "滨江区港务局是区政府工作部门,为正处级。\n"
        "主要职责是:\n"
        "(一)负责港口航道的日常维护。\n"
        "(二)组织编制码头建设规划。\n"
    )
    document = parse_text(page, "port.txt")
    assert document.name == "滨江区港务局"
    assert [duty.text[:6] for duty in document.duties] == ["主要负责港口", "负责港口航道", "组织编制码头"]
    assert document.duties[0].line == 3


def test_prose_saying_what_the_department_is_gives_no_duty() -> None:
    page = (
        "Harbour Works Department\n\n"
        "The Docks Section maintains the quay walls and bollards.\n\n"
        "The Ferries Section runs the passenger landings.\n\n"
        "The department is the oldest in the city. The department was founded in 1850.\n"
    )
    document = parse_text(page, "harbour.txt")
    assert [unit.name for unit in document.units] == ["Docks Section", "Ferries Section"]
    assert all("oldest" not in duty.text and "founded" not in duty.text for duty in document.duties)


def test_the_noun_of_a_unit_named_alike_is_the_units() -> None:
    # a sub-district office's "Community Affairs Office": "the office" in its paragraph is the unit
    paragraph = "The office is responsible for community affairs. The office also runs the service centres."
    own, organizations = organizations_sentences(
        paragraph, "Lakeview Sub-district Office", EN, unit="Community Affairs Office"
    )
    assert organizations == []
    assert own == [paragraph]
    _, organizations = organizations_sentences(paragraph, "Lakeview Sub-district Office", EN, unit="Docks Section")
    assert len(organizations) == 2


def test_units_named_in_prose_and_a_duty_in_the_same_paragraph() -> None:
    page = (
        "Harbour Licensing Department\n\n"
        "The department licenses moorings and berths on the estuary. "
        "Its work is divided between the Moorings Team and the Berths Team.\n\n"
        "What we do\n\n"
        "1. Issue mooring licences.\n"
        "2. Inspect berths.\n"
    )
    document = parse_text(page, "licensing.txt")
    assert [unit.name for unit in document.units] == ["Moorings Team", "Berths Team"]
    assert [duty.text for duty in document.duties] == [
        "The department licenses moorings and berths on the estuary.",
        "Issue mooring licences.",
        "Inspect berths.",
    ]


def test_a_chinese_page_naming_its_units_in_a_sentence() -> None:
    page = (
        "滨江区港务局\n\n"
        "滨江区港务局是区政府工作部门。本局内设办公室、航道科和码头科。\n\n"
        "主要职责\n\n"
        "一、负责港口航道的日常维护。\n"
        "二、组织编制码头建设规划。\n"
    )
    document = parse_text(page, "port.txt")
    assert [unit.name for unit in document.units] == ["办公室", "航道科", "码头科"]
    assert [unit.line for unit in document.units] == [3, 3, 3]
    assert len(document.duties) == 2


def test_units_in_prose_with_lower_case_nouns() -> None:
    page = (
        "How we are organised\n\n"
        "The Shire of Wattle Flat serves the district through its officers. Under the chief executive we find "
        "two directorates. The Assets directorate builds and maintains roads, drains and bridges. "
        "Lastly, the Community directorate runs the libraries, the pool and the halls.\n"
    )
    document = parse_text(page, "wattle-flat.txt")
    assert [unit.name for unit in document.units] == ["Assets directorate", "Community directorate"]
    assert [duty.text for duty in document.units[1].duties] == ["Runs the libraries, the pool and the halls"]


def test_units_with_lower_case_nouns_that_nothing_announced_stay_the_organizations_prose() -> None:
    page = (
        "Harbour Services\n\n"
        "We keep the port open all year. The Moorings team allocates berths to boats. "
        "The Quays team repairs the quay walls.\n"
    )
    document = parse_text(page, "harbour.txt")
    assert document.name == "Harbour Services"
    assert document.units == []


def test_prose_paragraphs_of_a_department_named_with_a_lower_case_noun() -> None:
    page = (
        "Harbour, Quays\n\n"
        "The Harbour and Quays department of the Council is responsible for the upkeep of the harbour walls.\n\n"
        "The department issues mooring permits to fishing boats.\n\n"
        "Mooring Permit Form.pdf (size 120 KB)\n\n"
        "The department is responsible for the dredging of the harbour mouth.\n\n"
        "Slipways\n\n"
        "Three slipways were rebuilt in 2019 with funding from the fisheries fund.\n"
    )
    document = parse_text(page, "harbour-quays.txt")
    assert [duty.text for duty in document.duties][1:] == [
        "The department issues mooring permits to fishing boats.",
        "The department is responsible for the dredging of the harbour mouth.",
    ]


_RATES_TEAM = "\n\n".join(
    (
        "Harbour Rates and Charges Team",
        "The Harbour Rates and Charges team bills the marina's berth holders. The team is responsible for the "
        "collection of mooring fees and slipway charges. There are 900 berths in the marina.",
        "The team works closely with the harbour master on arrears. The team also sets the yearly schedule of charges.",
        "Last year the Harbour Rates and Charges Team:",
        "  • Moved every berth holder to monthly billing;\n  • Cut the arrears by a third.",
    )
)


def test_a_teams_prose_about_the_team_gives_its_duties_beside_a_list() -> None:
    document = parse_text(_RATES_TEAM, "rates.txt")
    texts = [duty.text for duty in document.duties]
    assert [text for text in texts if text.startswith("The team")] == [
        "The team is responsible for the collection of mooring fees and slipway charges.",
        "The team works closely with the harbour master on arrears.",
        "The team also sets the yearly schedule of charges.",
    ]
    assert not any("900 berths" in text for text in texts)  # a fact about the marina, no duty


def test_a_sentence_leading_in_to_a_list_is_not_the_organizations_prose_duty() -> None:
    own, organizations = organizations_sentences(
        "The team keeps the berth register. The team is responsible for:", "Harbour Rates and Charges Team", EN
    )
    assert organizations == ["The team keeps the berth register."]
    assert own == ["The team is responsible for:"]
