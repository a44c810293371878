"""The name a page's first paragraph gives by its subject, where no title names a body."""

from __future__ import annotations

import pytest

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
