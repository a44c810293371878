"""Council and county department pages of our own (tests/data/councils/), in layouts the dev batches lack."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.roles.cues import cues_for

COUNCILS = Path(__file__).parents[2] / "data" / "councils"


@pytest.mark.parametrize(
    ("page", "units"),
    [
        # a heading over a sentence opening with the same name ("The Food Safety Team inspects ...")
        (
            "brackley-environmental-health-teams.txt",
            ["Food Safety Team", "Pollution Control Team", "Private Sector Housing Team"],
        ),
        # a divisions table under a paragraph opening with the department's own name
        (
            "cedar-county-public-works-divisions.txt",
            [
                "Road Maintenance Division",
                "Engineering Division",
                "Surface Water Management Division",
                "Fleet Services Division",
            ],
        ),
    ],
)
def test_a_name_echoed_by_the_next_sentence_is_one_unit(page: str, units: list[str]) -> None:
    document = read_page(COUNCILS / page)
    assert [unit.name for unit in document.units] == units
    assert all(len(unit.duties) == 1 for unit in document.units)


def test_a_unit_named_as_the_organization_itself_gives_it_its_duties() -> None:
    document = read_page(COUNCILS / "cedar-county-public-works-divisions.txt")
    assert document.name == "Public Works Department"
    # the sentence is the duty, its subject kept: "The Public Works Department maintains ...", as a duty's start
    # is counted (benchmarks/data/real/README.md, duty_starts), not its predicate alone
    assert [duty.text[:25] for duty in document.duties] == ["The Public Works Departme"]
    assert "maintains the county's ro" in document.duties[0].text
    assert any("names the organization itself" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    ("page", "name"),
    [
        # the council's name over a breadcrumb, the page's title under it, the copyright line at the foot
        ("ashcombe-planning-policy.txt", "Planning Policy Team"),
        # "Page | Council" framing the title
        ("brackley-environmental-health-teams.txt", "Environmental Health"),
        # a section label, the council, then the service's title over "The Library Service is responsible for:"
        ("fairhaven-libraries-responsibilities.txt", "Library Service"),
        # the title over the council's name, printed again as a heading over its units
        ("penrose-legal-services-h3.txt", "Legal and Democratic Services"),
        # a title with no body noun, over the council's name and a sentence opening with it
        ("norland-building-control.txt", "Building Control"),
        # "Page - Council"
        ("dunmore-waste-services.txt", "Waste and Recycling Services"),
        # a county department that names itself: no council to prefer it to
        ("elmfield-housing-about.txt", "Elmfield County Department of Housing and Community Development"),
    ],
)
def test_a_department_page_is_named_by_its_title_not_by_its_council(page: str, name: str) -> None:
    assert read_page(COUNCILS / page).name == name


def test_the_councils_name_is_no_unit_of_its_department() -> None:
    document = read_page(COUNCILS / "penrose-legal-services-h3.txt")
    assert [unit.name for unit in document.units] == ["Legal Services", "Democratic Services", "Electoral Services"]
    assert "Penrose District Council" in document.dropped


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Ashcombe Borough Council", True),
        ("Norland Council", True),
        ("© 2026 Ashcombe Borough Council", True),
        ("Council of the City of Glenwood", True),
        ("Stratford-on-Avon District Council", True),
        ("State Council", False),
        ("Legislative Council", False),
        ("Youth Council", False),
        ("Kowloon East District Office", False),
        ("Environmental Health Service", False),
    ],
)
def test_which_names_are_a_whole_council(text: str, owner: bool) -> None:
    site_owner = cues_for("en").site_owner
    assert site_owner is not None
    assert bool(site_owner.fullmatch(text)) is owner


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Contact Waste and Recycling Services", "contact"),
        ("Location", "contact"),
        ("Opening hours", "contact"),
        ("Get in touch", "contact"),
        ("Our teams", "units"),
        ("Teams", "units"),
        ("Our divisions", "units"),
        # a duty opening with the verb "contact" is no heading
        ("Contact residents and businesses about roadworks", None),
        ("Contact the press.", None),
    ],
)
def test_council_pages_section_headings(text: str, section: str | None) -> None:
    heading = cues_for("en").heading(text)
    assert (heading.value if heading is not None else None) == section


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Find your bin collection day", True),
        ("Apply for your parking permit", True),
        ("About the Department", True),
        ("About us", True),
        ("Report abandoned vehicles to the police.", False),
        ("Inspect food businesses", False),
    ],
)
def test_task_links_and_about_labels_are_furniture(text: str, furniture: bool) -> None:
    assert bool(cues_for("en").furniture.fullmatch(text)) is furniture


def test_a_contact_heading_naming_the_service_is_no_unit() -> None:
    document = read_page(COUNCILS / "dunmore-waste-services.txt")
    assert document.units == []
    # two sentences, two tasks: "We also run ..." goes on with the service as "we" (a duty of its own, as
    # "The service also runs ..." would be; docs/reader.md, "Thirteenth pass, second round")
    assert [duty.text[:26] for duty in document.duties] == ["Waste and Recycling Servic", "We also run the two househ"]
    assert document.contact.telephone is not None


@pytest.mark.parametrize(
    ("page", "parent"),
    [
        ("brackley-environmental-health-teams.txt", "Brackley District Council"),
        ("fairhaven-libraries-responsibilities.txt", "Fairhaven District Council"),
        ("penrose-legal-services-h3.txt", "Penrose District Council"),
    ],
)
def test_a_council_department_is_under_its_council_not_a_peoples_government(page: str, parent: str) -> None:
    assert read_page(COUNCILS / page).parent == parent


def test_a_first_sentence_saying_what_the_organization_is_for_names_it() -> None:
    # "The role of the X is to ..." under a section label: the page names itself only there
    document = read_page(COUNCILS / "millbrook-planning-role.txt")
    assert document.name == "Planning Department"
    starts = [duty.text.split()[0] for duty in document.duties]
    assert starts[:4] == ["Preparing", "Processing", "Keeping", "Supporting"]


@pytest.mark.parametrize(
    ("page", "name", "starts"),
    [
        # a title naming no body, the first paragraph's subject the department; its last sentence leads in
        (
            "oakridge-public-health.txt",
            "Environmental Health Department",
            ["The Environmental Health Department is required", "These inspections also cover"],
        ),
        # teams in the plural as the subject, under a title naming a service
        (
            "wexley-grounds-teams.txt",
            "Grounds Maintenance and Arboriculture Teams",
            ["The Grounds Maintenance and Arboriculture Teams", "They also inspect the trees"],
        ),
    ],
)
def test_the_first_paragraphs_subject_names_the_page_and_its_sentences_are_duties(
    page: str, name: str, starts: list[str]
) -> None:
    document = read_page(COUNCILS / page)
    assert document.name == name
    assert [duty.text[: len(start)] for duty, start in zip(document.duties, starts, strict=False)] == starts
    assert len(document.duties) == len(starts)


def test_the_sentence_saying_what_the_department_is_for_leads_its_listed_duties() -> None:
    # "The role of the X is to ..." names the department and is its first duty; the sentence ending in ";"
    # leads in to the list; the contact section's notes and the phone table's rows are no duties
    document = read_page(COUNCILS / "ashby-highways-department.txt")
    assert document.name == "Highways Department"
    assert [duty.text[:22] for duty in document.duties] == [
        "The role of the Highwa",
        "Resurfacing the roads ",
        "Gritting the main rout",
        "Answering reports of p",
    ]
    assert document.contact.telephone == "555-012-3001"


def test_numbered_names_each_over_a_paragraph_are_units_and_no_name() -> None:
    # "3. Planning Board" names a body but is one of the units as headings: the title names the page
    document = read_page(COUNCILS / "marsh-county-public-works.txt")
    assert document.name == "Public Works"
    assert [unit.name for unit in document.units] == ["Engineering", "Weed Control", "Planning Board"]
    assert [len(unit.duties) for unit in document.units] == [1, 1, 1]
    assert document.duties == []


def test_bulleted_sentences_opening_with_a_units_name_are_units() -> None:
    document = read_page(COUNCILS / "fenwick-county-public-works.txt")
    assert document.name == "Department of Public Works"
    assert [unit.name for unit in document.units] == [
        "Roads/Bridges Division",
        "Fleet Services Division",
        "Drainage Division",
    ]
    assert [len(unit.duties) for unit in document.units] == [1, 1, 1]
    assert [duty.text[:30] for duty in document.duties] == ["The Department of Public Works"]


def test_a_qualified_duties_heading_over_bullets_heads_the_departments_duties() -> None:
    # "Core Functions" over bulleted items is the duties' heading, not a unit named "Core Functions"
    document = read_page(COUNCILS / "marsh-county-core-functions.txt")
    assert document.name == "Department of Public Works"
    assert document.units == []
    assert [duty.text for duty in document.duties] == [
        "Maintain county roads and bridges",
        "Operate the solid waste transfer station",
        "Manage stormwater drainage systems",
        "Review subdivision plans",
    ]


def test_short_lines_each_a_paragraph_of_their_own_are_duties_when_they_run_on_not_labels() -> None:
    # one such line standing alone is a label ("A bit more about what we do"); a run of them is the list of
    # what the department does, printed with a blank line between its items
    document = read_page(COUNCILS / "marsh-county-roads-as-paragraphs.txt")
    assert [duty.text for duty in document.duties][1:] == [
        "Maintenance of county roads and bridges",
        "Inspection of new subdivision streets",
        "Operation of the county landfill site",
        "Issuing of road access permits",
    ]


def test_numbered_items_under_the_duties_heading_are_duties_not_units_as_headings() -> None:
    # "1. Road maintenance" over its paragraph under "Main Responsibilities" names no unit: what the
    # department does; the same shape with no duties heading above it is a unit (marsh-county-public-works)
    document = read_page(COUNCILS / "marsh-county-numbered-responsibilities.txt")
    assert document.units == []
    duties = [duty.text for duty in document.duties]
    for item in ("Road maintenance", "Snow removal", "Bridge inspection"):
        assert any(duty.startswith(item) for duty in duties), item
