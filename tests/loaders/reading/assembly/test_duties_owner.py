"""The body a page's list of duties belongs to, named by the sentence leading in to the list."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.assembly.duties_owner import same_body
from orgkb.loaders.reading.reader import parse_text

# A township's page titled by its topic, not by a body: a sentence on how the work is done, then the sentence
# leading in to the bulleted duties names the section whose duties they are.
TOPIC_TITLE = """\
Signs & Sign Permits

Sign control is mostly on a "complaint" basis rather than by patrols. Whenever a complaint is received, an
officer visits the site.

The Sign Control Section is responsible for the enforcement of the township's sign by-laws:

  • reviewing applications for sign permits;
  • inspecting signs on private property;
  • removing signs placed on road allowances.
"""

# A page whose only title is its duties' heading: the lead-in names the board, the duties name another body
# (the council it advises) more often.
HEADING_ONLY = """\
Responsibilities

Responsibilities of the Harbour and Marina Board include:

  • Advising the Town Council on moorings and slipways
  • Recommending harbour fees to the Town Council
  • Reporting to the Town Council on the state of the marina
"""

# A page whose first sentence names the borough council (the site's owner), over a question naming the
# service whose duties the list gives.
QUESTION_OVER_THE_LIST = """\
All you need to know about burials

The Borough Council is involved in the running of its cemeteries, although the churches keep their own.

What do Bereavement Services do?

  • Booking burials and cremations
  • Keeping the register of graves
  • Maintaining the cemeteries
"""

# A page titled by its body: a lead-in naming another body's duties does not rename it.
TITLED_BY_ITS_BODY = """\
Licensing Team

The Licensing Division is responsible for the following:

  • Issuing taxi licences
  • Inspecting licensed premises
"""

# A department's page named by its first sentence, over its list; further down a division's heading and a
# sentence leading in to the division's list: the division is a unit, the department stays the page's name.
SENTENCE_NAME_OVER_A_UNIT = """\
Core Services

The Roads and Harbours Department provides services in two areas:

  • Roads: township roads and bridges
  • Harbours: the public wharves

Roads Division

The Roads Division is responsible for the township's roads:

  • Grading gravel roads
  • Clearing snow from the roads
"""

# Two lead-ins, each naming a unit over its list: the units' lists, no name for the page.
TWO_LEAD_INS = """\
Roads and Bridges

The Road Maintenance Section is responsible for:

  • Filling potholes
  • Gritting the roads

The Bridge Inspection Section is responsible for:

  • Inspecting the bridges every year
  • Repairing their railings
"""


@pytest.mark.parametrize(
    ("page", "name", "last_duty"),
    [
        (TOPIC_TITLE, "Sign Control Section", "Removing signs placed on road allowances."),  # the title names no body
        # no line names the page: the list's body, not the body the text mentions most
        (HEADING_ONLY, "Harbour and Marina Board", "Reporting to the Town Council on the state of the marina"),
        # the first sentence's subject gives way to the list's
        (QUESTION_OVER_THE_LIST, "Bereavement Services", "Maintaining the cemeteries"),
        (TITLED_BY_ITS_BODY, "Licensing Team", "Inspecting licensed premises"),  # a title naming a body stays
    ],
)
def test_the_lead_in_to_the_duties_names_the_page(page: str, name: str, last_duty: str) -> None:
    document = parse_text(page, "page.txt")
    assert document.name == name
    assert document.duties[-1].text == last_duty
    assert not document.units


def test_the_warning_says_which_line_named_the_page() -> None:
    document = parse_text(TOPIC_TITLE, "page.txt")
    assert "line 6: the body the duties are listed for was taken: 'Sign Control Section'" in document.warnings


def test_a_sentence_naming_the_page_stays_over_a_units_lead_in() -> None:
    document = parse_text(SENTENCE_NAME_OVER_A_UNIT, "page.txt")
    assert document.name == "Roads and Harbours Department"
    assert [unit.name for unit in document.units] == ["Roads Division"]


def test_a_lead_in_naming_the_page_itself_is_no_duty() -> None:
    # read as a unit's sentence, it names the page: its duties are the list, the lead-in is none of them
    duties = [duty.text for duty in parse_text(TOPIC_TITLE, "page.txt").duties]
    assert not any("is responsible for" in duty for duty in duties)
    assert "Inspecting signs on private property;" in duties


def test_two_lead_ins_name_units_not_the_page() -> None:
    document = parse_text(TWO_LEAD_INS, "page.txt")
    assert document.name != "Road Maintenance Section"
    assert [unit.name for unit in document.units] == ["Road Maintenance Section", "Bridge Inspection Section"]


@pytest.mark.parametrize(
    ("name", "other", "same"),
    [
        ("Planning & Development", "Planning and Development", True),  # "&" for "and"
        ("Planning and Zoning", "Planning and Zoning Divisions of the Works Department", True),  # one holds the other
        ("Park Board", "Board of Supervisors", False),
    ],
)
def test_same_body(name: str, other: str, same: bool) -> None:
    assert same_body(name, other) is same
