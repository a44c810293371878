"""The thirteenth English pass: what en-holdout-9's and en-val-5's misses showed, read on pages of our own."""

from __future__ import annotations

from orgkb.loaders.reader import parse_text

# A county department's page: its title, "Organizational structure" over two sentences on its divisions and
# staff, then "Job responsibilities" over topic labels, each with its numbered duties: the body's duties, not
# the units' (no unit has been named under the units' heading when the duties' heading comes).
DUTIES_UNDER_THE_STRUCTURE = """\
Harbour Affairs Department

Organizational structure

The department comprises the following divisions, including the Pier Division, Ferry Division and Fisheries Division.

At present, the staffing of the department include one director, three division chiefs and nine staff.

Job responsibilities
Pier Mooring and Licensing
1. Review and approval of applications to moor at the public piers.
2. Inspection of pier safety equipment.
3. Collection of pier fees.
Island Ferries
1. Planning of the ferry timetable between the islands.
2. Subsidies for island residents' ferry fares.
"""


def test_a_duties_heading_under_the_units_heading_before_any_unit_heads_the_bodys_duties() -> None:
    document = parse_text(DUTIES_UNDER_THE_STRUCTURE, "page.txt")
    assert document.name == "Harbour Affairs Department"
    duties = [duty.text for duty in document.duties]
    assert "Review and approval of applications to moor at the public piers." in duties
    assert "Subsidies for island residents' ferry fares." in duties
    assert [unit.name for unit in document.units] == [
        "Pier Division",
        "Ferry Division",
        "Fisheries Division",
    ]


# Second round: a short line over the list of duties is the list's title, not one of the duties: a question
# ("What does the Licensing Team do?"), a "what we provide" line or a topic label, with at most two
# sentences leading in between it and the bulleted items under it.
LIST_UNDER_A_QUESTION = """\
Licensing Team

The Licensing Team issues the licences the borough council grants.

What does the Licensing Team do?

  • Issuing taxi and private hire licences
  • Inspecting licensed premises
  • Keeping the public register of licences
"""

LIST_UNDER_A_WHAT_WE_PROVIDE_LINE = """\
Harbour Team

What our Harbour Team provides

The aim of the Harbour Team is to keep the harbour safe for everyone who uses it.
We deal with a wide range of harbour matters:

  • Moorings: we allocate the moorings of the inner harbour
  • Slipways: we maintain the public slipways
  • Navigation: we mark the channel and keep it clear
"""

# The same short lines printed as items of the list itself: duties, as before.
TOPIC_LINES_AS_ITEMS = """\
Harbour Team

The Harbour Team looks after the harbour and its users.

  • Mooring permits
  • Slipway maintenance
  • Marking the channel, keeping it clear for boats.
"""


def test_a_question_over_the_list_of_duties_is_its_title_not_a_duty() -> None:
    document = parse_text(LIST_UNDER_A_QUESTION, "page.txt")
    duties = [duty.text for duty in document.duties]
    assert "What does the Licensing Team do?" not in duties
    assert duties[-3:] == [
        "Issuing taxi and private hire licences",
        "Inspecting licensed premises",
        "Keeping the public register of licences",
    ]


def test_a_what_we_provide_line_over_sentences_leading_in_to_the_list_is_no_duty() -> None:
    document = parse_text(LIST_UNDER_A_WHAT_WE_PROVIDE_LINE, "page.txt")
    duties = [duty.text for duty in document.duties]
    assert "What our Harbour Team provides" not in duties
    assert len(duties) == 3
    assert duties[0].startswith("Moorings: we allocate")
    assert any("heading over the list of duties is no duty" in warning for warning in document.warnings)


def test_short_lines_that_are_the_lists_own_items_stay_duties() -> None:
    document = parse_text(TOPIC_LINES_AS_ITEMS, "page.txt")
    duties = [duty.text for duty in document.duties]
    assert duties[-3:] == [
        "Mooring permits",
        "Slipway maintenance",
        "Marking the channel, keeping it clear for boats.",
    ]


# Second round: a page of prose whose sentences go on with the body as "they" or "we" ("They also inspect
# ...", "We deliver ..."): each such sentence is a task of its own, as "The department also ..." is.
PROSE_GOING_ON_WITH_THEY = (
    "The Department of Harbour Services is responsible for the moorings, slipways and channels of the town"
    " harbour. They inspect the moorings every spring and keep the channel marked. They also run the boating"
    " safety courses for young sailors.\n"
    "The Harbour Master serves as the liaison to the coastguard.\n"
)

PROSE_GOING_ON_WITH_WE = (
    "Harbour Team\n\n"
    "The Harbour Team keeps the town harbour safe and open. We allocate the moorings and collect their fees."
    " We are based at the old pier.\n"
)


def test_sentences_going_on_with_they_are_duties_of_their_own() -> None:
    document = parse_text(PROSE_GOING_ON_WITH_THEY, "page.txt")
    duties = [duty.text for duty in document.duties]
    assert any(duty.startswith("They inspect the moorings every spring") for duty in duties)
    assert any(duty.startswith("They also run the boating safety courses") for duty in duties)


def test_a_we_sentence_with_a_verb_of_work_is_a_duty_and_one_saying_where_it_is_stays_with_it() -> None:
    document = parse_text(PROSE_GOING_ON_WITH_WE, "page.txt")
    duties = [duty.text for duty in document.duties]
    assert any(duty.startswith("We allocate the moorings") for duty in duties)
    assert not any(duty.startswith("We are based") for duty in duties)
