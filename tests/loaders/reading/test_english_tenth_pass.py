"""The tenth English pass: lines whose form is not their neighbours' are not duties (own fixtures)."""

from __future__ import annotations

import datetime as dt

import pytest

from orgkb.loaders.reading.reader import parse_text


def duties_of(text: str) -> list[str]:
    return [duty.text for duty in parse_text(text, "page.txt").duties]


# A caption and a label between sentences of duties (a town council's page with its pictures' captions).
CAPTIONS = """\
Our Work
Home | About Us | Our Work
The main task of the Riverbend Town Council is to look after the common property of the public estates.
Lifts and Lighting
Cleaning of void decks, corridors and staircases every day.
Festival of Lanterns
Repair of lifts, water pumps and lighting within the estates.
Repainting of blocks and renewal of roofs in a five-year cycle.
Residents' evening with the Mayor
Upkeep of the lawns, trees and playgrounds of the estates.
"""


def test_captions_between_sentences_of_duties_are_no_duties() -> None:
    duties = duties_of(CAPTIONS)
    assert "Lifts and Lighting" not in duties
    assert "Residents' evening with the Mayor" not in duties
    assert "Upkeep of the lawns, trees and playgrounds of the estates." in duties
    assert len(duties) == 5


# Topics over bulleted duties, one of them five words long (a council's environmental health page).
TOPICS = """\
Pollution control

Their work includes:

Noise

  • Investigation of complaints about noise from homes and businesses.
  • Advice on noise at building sites.

Health and safety at work

  • Inspection of offices and shops for safety at work.
  • Investigation of accidents at work.
"""


def test_a_topic_of_five_words_over_its_items_is_no_duty() -> None:
    duties = duties_of(TOPICS)
    assert "Health and safety at work" not in duties
    assert len(duties) == 4


# Short items among sentences of a bulleted list keep their roles: they are marked as the sentences are.
SHORT_ITEMS = """\
Lakeside Housing Department
The Housing Department is responsible for the following:
  • Allocation of council houses and sale of dwellings.
  • Rent Collection
  • Housing Welfare
  • Grants for older people and for mobility aids.
"""


def test_short_items_among_sentences_stay_duties() -> None:
    duties = duties_of(SHORT_ITEMS)
    assert "Rent Collection" in duties and "Housing Welfare" in duties
    assert len(duties) == 4


UNIT_BETWEEN = """\
Lakeside Roads Department
Main Responsibilities
1. Maintain the roads and bridges of the district.
Lighting Section
Repair of street lights within the district.
Inspection of lamp posts after every storm.
"""


def test_a_unit_between_sentences_stays_a_unit() -> None:
    document = parse_text(UNIT_BETWEEN, "page.txt")
    assert [unit.name for unit in document.units] == ["Lighting Section"]


# What a council's page prints after its duties: a label over related links, the date it was updated and
# documents to download with their sizes.
AFTER_THE_LIST = """\
Skip to content

Parks Policy

The Parks Policy Team is responsible for preparing the plans for the borough's parks and open spaces.

The team also advises the parish councils on the care of their greens.

Other Pages You Might Like.....

Last updated: Tue 4th March, 2014 @ 10:20

Back to top
"""

DOWNLOADS = """\
Lakeside Allotments Section
Services Provided
Letting of allotment plots to the residents of the district.
Rules for Allotment Holders(254KB)
Inspection of the plots every spring and autumn.
Waiting List Form (PDF)(1,548KB)
Tree Planting Guide.pdf (size 196.9 KB)
"""


def test_a_label_and_the_update_date_after_the_duties_are_no_duties() -> None:
    document = parse_text(AFTER_THE_LIST, "page.txt")
    assert [duty.text[:30] for duty in document.duties] == [
        "The Parks Policy Team is respo",
        "The team also advises the pari",
    ]
    assert document.released == dt.date(2014, 3, 4)


def test_documents_to_download_are_no_duties() -> None:
    duties = duties_of(DOWNLOADS)
    assert duties == [
        "Letting of allotment plots to the residents of the district.",
        "Inspection of the plots every spring and autumn.",
    ]


# A sentence listing divisions, two of whose names lost the comma between them (a county's page).
GLUED_NAMES = """\
About Highways
Highways is comprised of four divisions, under the direction of the Highways Operations Chief: Road Maintenance, \
Street Lighting ServicesBridge Inspection Services and Winter Services.
The divisions keep the county's roads, bridges and street lights safe.
"""


def test_two_listed_names_glued_together_are_parted() -> None:
    units = [unit.name for unit in parse_text(GLUED_NAMES, "page.txt").units]
    assert "Street Lighting Services" in units and "Bridge Inspection Services" in units
    assert not any("ServicesBridge" in name for name in units)


def test_a_name_with_a_capital_inside_a_word_is_not_parted() -> None:
    from orgkb.loaders.reading.lines.unit_listings import listed_units
    from orgkb.loaders.reading.roles.cues import cues_for

    text = "The bureau has set up three offices, namely the HangZhou Office, the Xiamen Office and the Ningbo Office."
    units = listed_units(text, cues_for("en"))
    assert len(units) == 3 and units[0].endswith("HangZhou Office")


# A council's structure page that prints no name of its own: its units' names are no name for it.
UNIT_HEADINGS = """\
Our structure

We employ about 400 staff across the shire.

The council's administration is led by the Chief Executive Officer.

Works Services

Works Services builds and maintains the shire's roads, footpaths and drains.

Community Services

Community Services runs the libraries, pools and youth programmes of the shire.

Corporate Services

Corporate Services manages the council's finances and its information technology.
"""

UNIT_LINES = """\
Departments

The council adopted its organisation structure in 2012.

The three departments are:

Finance & Corporate Services
Engineering Services
Community & Leisure Services

Each department manages certain functions under the council's control.
"""


@pytest.mark.parametrize(
    ("page", "units"),
    [
        (UNIT_HEADINGS, ["Works Services", "Community Services", "Corporate Services"]),
        (UNIT_LINES, ["Finance & Corporate Services", "Engineering Services", "Community & Leisure Services"]),
    ],
)
def test_a_unit_of_the_units_section_is_no_name_for_the_page(page: str, units: list[str]) -> None:
    document = parse_text(page, "shire-structure.txt")
    assert document.name not in units
    assert [unit.name for unit in document.units][: len(units)] == units


# The first line under an "Organization" heading may still name the page.
NAME_UNDER_HEADING = """\
Organization
  • Lakeside Water Bureau

So far, the Water Bureau has set up four sections, namely the Supply Section, the Drainage Section, \
the Metering Section and the Planning Section.
"""


def test_the_first_line_under_a_units_heading_may_name_the_page() -> None:
    assert parse_text(NAME_UNDER_HEADING, "page.txt").name == "Lakeside Water Bureau"


# Prose duties: a sentence whose subject is the body is a duty of its own; one saying more of the
# sentence before it is not; a sentence about another body stays with its paragraph.
PROSE_SENTENCES = """\
What We Do
The main task of the Riverside Town Council is to look after the common property of the estates. \
The Town Council also plans and carries out upgrading works within the town.
Cleaning of void decks, corridors and staircases every day.
"""

SEMICOLON_CLAUSES = """\
Civil Affairs
The responsibilities that this bureau covers include: registering marriages; running the cemeteries; \
supporting the community centres; promoting good neighbourliness. In addition, this bureau works with \
the district offices on elections.
"""

ANOTHER_BODY = """\
Lakeside County Road Division
County Road is the largest division of Public Works. Road maintenance is paid for by the fuel tax. \
The Equipment Rental Division owns and maintains the county's vehicles.
"""


def test_a_sentence_whose_subject_is_the_body_is_a_duty_of_its_own() -> None:
    duties = duties_of(PROSE_SENTENCES)
    assert [duty[:30] for duty in duties] == [
        "The main task of the Riverside",
        "The Town Council also plans an",
        "Cleaning of void decks, corrid",
    ]


def test_the_last_clause_and_a_sentence_on_the_body_after_it_are_two_duties() -> None:
    duties = duties_of(SEMICOLON_CLAUSES)
    assert len(duties) == 5
    assert duties[-1].startswith("In addition, this bureau works with")


def test_a_sentence_about_another_body_is_no_duty_of_its_own() -> None:
    assert len(duties_of(ANOTHER_BODY)) == 1


# Units a sentence says are set up, named after it or before it (offices of Chinese and Taiwanese
# governments in English).
SET_UP_AFTER = """\
Organization
  • Lakeside Finance Bureau

So far, the Finance Bureau has set up 4 internal organs, which are respectively, the General Office, \
Budget Section, Treasury Section, and Audit Section. The Budget Section is liable for drawing up the budget \
of the district. The Treasury Section is liable for the accounts of the district's treasury.
"""

SET_UP_BEFORE = """\
The Department of Social Affairs, Riverside City Government has one commissioner and two deputy \
commissioners. The Department also has four Divisions (Social Welfare、Social Assistance、Elderly Care、\
Child Care). Also, Household Registration Offices , Memorial Hall, Cemetery Management Office,Riverside City \
are set up accordingly under the Department. The organization chart is as below:
"""


def test_units_a_sentence_sets_up_after_it_are_units() -> None:
    units = [unit.name for unit in parse_text(SET_UP_AFTER, "page.txt").units]
    assert {"General Office", "Budget Section", "Treasury Section", "Audit Section"} <= set(units)


def test_units_a_sentence_sets_up_before_it_are_units() -> None:
    units = [unit.name for unit in parse_text(SET_UP_BEFORE, "page.txt").units]
    assert {"Household Registration Offices", "Memorial Hall", "Cemetery Management Office"} <= set(units)
    assert "Social Welfare" in units


def test_a_listing_and_a_detailed_unit_agree_across_an_ampersand() -> None:
    page = """\
Lakeside Works Bureau
The bureau has set up three sections, namely the Roads & Bridges Section, the Parks Section and the Fleet Section.
The Roads and Bridges Section is responsible for the roads and bridges of the district.
"""
    units = [unit.name for unit in parse_text(page, "page.txt").units]
    assert "Parks Section" in units and "Fleet Section" in units
    assert not any(name.startswith("the ") for name in units)
