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
