"""The name a page's first paragraph gives by its subject, where no title names a body."""

from __future__ import annotations

import pytest

from orgkb.errors import LoadError
from orgkb.loaders.document import Kind
from orgkb.loaders.reading.reader import parse_text


@pytest.mark.parametrize(
    ("page", "name", "duties"),
    [
        # a title naming no body over a sentence whose subject is a department and says what it does
        (
            "Street Lighting\n\nThe Highways Department maintains the lamps on every county road. "
            "It also replaces the bulbs of the town's subways.\n",
            "Highways Department",
            ["The Highways Department maintains the lamps on every county road.", "It also replaces"],
        ),
        # "The Department of X" (the head names the body) and a sentence leading in to a list, no duty
        (
            "Water\n\nThe Department of Water Supply runs the county's two treatment works. "
            "It is made up of four divisions:\n",
            "Department of Water Supply",
            ["The Department of Water Supply runs"],
        ),
        # teams in the plural
        (
            "Housing advice\n\nThe Tenancy Support Teams are responsible for helping tenants keep their homes.\n",
            "Tenancy Support Teams",
            ["The Tenancy Support Teams are responsible"],
        ),
    ],
)
def test_the_first_paragraphs_subject_names_a_page_whose_title_names_no_body(
    page: str, name: str, duties: list[str]
) -> None:
    document = parse_text(page, "page.txt")
    assert document.name == name
    assert len(document.duties) == len(duties)
    assert all(duty.text.startswith(start) for duty, start in zip(document.duties, duties, strict=True))


def test_a_title_that_names_a_body_keeps_its_name() -> None:
    page = "Bridges Division\n\nThe Highways Department maintains the lamps on every county road.\n"
    assert parse_text(page, "page.txt").name == "Bridges Division"


@pytest.mark.parametrize(
    "page",
    [
        # the paragraph's subject is no body: the title is the (guessed) name, as before
        "Road Safety\n\nRoad maintenance is paid for by fuel and property taxes together with grants.\n",
        # a body named only in a later paragraph is one the page speaks of, not the page's own
        "Road Safety\n\nWe keep the county's roads safe for everyone who uses them every day.\n\n"
        "The Highways Department maintains the lamps on every county road.\n",
    ],
)
def test_only_the_first_paragraphs_subject_naming_a_body_names_the_page(page: str) -> None:
    assert parse_text(page, "page.txt").name == "Road Safety"


def test_a_plural_teams_name_is_a_section() -> None:
    page = "Housing advice\n\nThe Tenancy Support Teams are responsible for helping tenants keep their homes.\n"
    assert parse_text(page, "page.txt").kind is Kind.SECTION


@pytest.mark.parametrize(
    ("page", "name"),
    [
        # a body's noun in lower case after its name, the verb agreeing with the team as with people
        (
            "Name: Litter\nDescription: Fly-tipping, Graffiti, Abandoned Vehicles\n\n"
            "The Clean Streets team oversee the removal of waste dumped on public land.\n\n"
            "  • Fly-tipping\n\n    The team clear dumped waste within two working days.\n",
            "Clean Streets team",
        ),
        # an opening clause before the subject
        (
            "Bridges\n\nAs set out in the Highways Act, the Bridge Inspection Service examines every county "
            "bridge twice a year.\n",
            "Bridge Inspection Service",
        ),
    ],
)
def test_the_first_paragraphs_subject_may_end_in_a_lower_case_noun_or_follow_a_clause(page: str, name: str) -> None:
    assert parse_text(page, "page.txt").name == name


# the site's own team, named after the page's title, in a paragraph under the first (which is about the topic)
_OWN_TEAM_PAGE = (
    "Back to the start\n\nTree planting and greening\n\n"
    "Planting trees cools streets in summer and gives birds a home in every season of the year.\n\n"
    "How we help\n\n"
    "Our Tree Planting & Greening team help residents plant street trees and run planting days.\n\n"
    "  • Free saplings for schools\n\n  • Advice on choosing a tree\n"
)


def test_a_later_paragraph_names_the_sites_own_team_that_the_title_names() -> None:
    document = parse_text(_OWN_TEAM_PAGE, "page.txt")
    assert document.name == "Tree Planting & Greening team"
    assert document.kind is Kind.SECTION


@pytest.mark.parametrize(
    "page",
    [
        # the team handles one topic of the page, under its own heading: not named by the title
        _OWN_TEAM_PAGE.replace("Our Tree Planting & Greening team help", "Our Arboriculture team help"),
        # no "our": a body the page speaks of
        _OWN_TEAM_PAGE.replace("Our Tree Planting & Greening team help", "The Tree Planting & Greening team help"),
        # what the team is, not what it does
        _OWN_TEAM_PAGE.replace("team help residents plant", "team is a group of volunteers who plant"),
    ],
)
def test_a_later_paragraph_names_no_team_but_the_sites_own_named_by_the_title(page: str) -> None:
    assert parse_text(page, "page.txt").name != "Tree Planting & Greening team"
    assert parse_text(page, "page.txt").name != "Arboriculture team"


def test_a_later_sentence_of_the_first_paragraph_names_the_sites_own_team_its_contact_label_names() -> None:
    page = (
        "What we do\n\n"
        "Street naming is how new roads get their names and houses their numbers. Our Street Naming team is "
        "responsible for agreeing names with developers and numbering every new property:\n\n"
        "  • Naming new streets\n  • Numbering new houses\n\n"
        "Street Naming\n\nTelephone: 01234 567890\n"
    )
    assert parse_text(page, "page.txt").name == "Street Naming team"
    # with no line naming what the team is named after, the sentence names the page no more
    assert parse_text(page.replace("Street Naming\n\nTelephone", "Telephone"), "page.txt").name != "Street Naming team"


_PROSE_OVER_A_LINK = (
    "The Waste Services Department collects household bins and runs the town's two recycling centres.\n\n"
    "The Recycling Division is responsible for the recycling centres and the glass banks.\n\n"
    "The Collections Division is responsible for the weekly rounds of every street.\n\n"
    "See the 2025 Service Plan for the Waste Services Department\n"
)


def test_the_first_paragraphs_subject_names_the_page_over_a_line_naming_a_body_under_the_prose() -> None:
    assert parse_text(_PROSE_OVER_A_LINK, "page.txt").name == "Waste Services Department"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        # the site's owner speaking of itself over its department's title
        ("The Riverton Borough Council provides", "Waste Services Department"),
        # a kind alone names no body in particular
        ("The Department provides", "Waste Services Department"),
    ],
)
def test_a_subject_naming_the_sites_owner_or_a_kind_leaves_the_title_under_it(subject: str, title: str) -> None:
    page = _PROSE_OVER_A_LINK.replace("The Waste Services Department collects", subject).replace(
        "See the 2025 Service Plan for the Waste Services Department", title
    )
    assert parse_text(page, "page.txt").name == title


def test_the_article_and_a_lower_case_noun_alone_name_no_body() -> None:
    # "The team" names no team: the title stays the (guessed) name
    page = "Litter\n\nThe team clears fly-tipping from public land within two working days.\n"
    assert parse_text(page, "page.txt").name == "Litter"


def test_a_title_that_names_the_subjects_team_stays_the_name_where_it_has_two_words_or_more() -> None:
    # "Street Trees" over "The Street Trees team ...": the title is the name (its kind echoed from the
    # sentence); a title of one word gives no kind that way, so the team's name is read
    page = "Street Trees\n\nThe Street Trees team plants and prunes the trees on every public road.\n"
    document = parse_text(page, "page.txt")
    assert (document.name, document.kind) == ("Street Trees", Kind.SECTION)
    page = "Trees\n\nThe Trees team plants and prunes the trees on every public road.\n"
    document = parse_text(page, "page.txt")
    assert (document.name, document.kind) == ("Trees team", Kind.SECTION)


_COUNCIL_THEN_TEAM = (
    "The council licenses taxis, street trading and alcohol sales across the borough. "
    "The Permits Team grant licences to keep the streets safe.\n\n"
)


def test_a_later_sentence_of_the_first_paragraph_names_the_team_the_page_mentions_again() -> None:
    # the first sentence's subject is the council in lower case: the next sentence's team, printed again below,
    # is the page's, and the paragraph's sentences are its duties
    page = _COUNCIL_THEN_TEAM + "A member of the Permits Team answers the telephone from 9am to 5pm on weekdays.\n"
    document = parse_text(page, "page.txt")
    assert document.name == "Permits Team"
    assert [duty.text[:24] for duty in document.duties] == ["The council licenses tax", "The Permits Team grant l"]


def test_a_team_a_later_sentence_names_but_the_page_never_mentions_again_names_no_page() -> None:
    page = _COUNCIL_THEN_TEAM + "Our telephone lines are open from 9am to 5pm on weekdays.\n"
    with pytest.raises(LoadError, match="found no organization's name"):
        parse_text(page, "page.txt")


def test_a_later_sentence_naming_the_council_alone_names_no_page() -> None:
    # "The Council" is a kind alone, no body of the page's own, however often it is printed
    page = (
        "Licences are granted for taxis, street trading and alcohol sales across the borough. "
        "The Council grants licences to keep the streets safe.\n\n"
        "The Council answers the telephone from 9am to 5pm on weekdays.\n"
    )
    with pytest.raises(LoadError, match="found no organization's name"):
        parse_text(page, "page.txt")


def test_a_line_in_lower_case_over_the_subject_is_no_title_that_names_the_page() -> None:
    # a title's second part ("keeping families housed with Tenancy Support", after "What we do:") holds the
    # subject's words but names nothing: the subject is the name
    page = (
        "What we do: keeping families housed with Tenancy Support\n"
        "The Tenancy Support service helps households who are about to lose their home, find out how below.\n\n"
        "We give advice to tenants on their rights.\n"
    )
    assert parse_text(page, "page.txt").name == "Tenancy Support service"
