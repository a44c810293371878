"""The twelfth English pass: what en-val-4's misses showed, read on pages of our own (own fixtures)."""

from __future__ import annotations

from orgkb.loaders.document import Kind
from orgkb.loaders.identity.organization import read_kind
from orgkb.loaders.places.owner_place import owner_place
from orgkb.loaders.reading.reader import parse_text
from orgkb.ontology.places import default_gazetteer

# A division's page on a city office's English site: its title over dashed numbered duties, the site's
# copyright line naming the whole office at the foot.
FOOTER_OWNER = """\
Home > About Us> Divisions

Treaty Liaison Division

(example.org) Updated:2021-03-14

1- Receives delegations from partner cities and arranges their visits in Lakeport;

2- Handles the consular matters of residents of Lakeport abroad;

3- Coordinates the interpreting of the city's foreign affairs events.



The City

Copyright © 2019 Foreign Affairs Office of Lakeport Municipal Government.
All rights reserved.
"""


def test_the_copyright_line_names_the_site_owner_not_the_page() -> None:
    document = parse_text(FOOTER_OWNER, "page.txt")
    assert document.name == "Treaty Liaison Division"
    assert len(document.duties) == 3
    assert "Receives delegations" in document.duties[0].text
    assert "Copyright" not in " ".join(duty.text for duty in document.duties)


# A council directorate's page: its name in the first sentence, its services as numbered "X: Through ..."
# lines, and a contact section whose labels name whom to call.
CONTACT_LABELS = """\
Services » Parks & Streets

The Parks & Streets Directorate is responsible for the upkeep of the public spaces of Ashby.

The Directorate has responsibility for the provision of the following services:

1) Park Care: Through the mowing and planting of the city's parks.
2) Street Lighting: Through the repair of the city's street lamps.

Contact Us

Office Hours: 9 a.m. to 5 p.m. Monday to Friday

Telephone Numbers:

        Lighting Services:

        Faults Street Lighting       1850 555123
"""


def test_a_label_of_the_contact_section_is_no_name_for_the_page() -> None:
    document = parse_text(CONTACT_LABELS, "page.txt")
    assert document.name == "Parks & Streets Directorate"


def test_a_directorate_is_a_department_of_its_council() -> None:
    assert read_kind("Parks & Streets Directorate") is Kind.DEPARTMENT
    assert read_kind("Environment and Recreation Directorate") is Kind.DEPARTMENT
    assert read_kind("Directorate of Roads of Ashby County Council") is Kind.DEPARTMENT
    assert parse_text(CONTACT_LABELS, "page.txt").kind is Kind.DEPARTMENT


# A department's page that names its place only as its council's ("the City of Guelph", "Limerick City
# Council") or in the footer's owner ("... of Fuzhou Municipal Government"); our own texts.
OWNER_NAMES_PLACE = """\
Parks and Leisure Services

Parks and Leisure Services provides sports fields, trails and pools for the residents of the City of Guelph.

  • Maintains the city's sports fields
  • Runs the public pools

Copyright © 2020 The Corporation of the City of Guelph
"""

COUNCIL_NAMES_PLACE = """\
Housing Allocations Section

The Housing Allocations Section is responsible for the letting of council homes.

Limerick City Council lets its homes by a choice-based scheme.
"""


def test_the_city_the_site_owner_names_is_the_place_served() -> None:
    assert parse_text(OWNER_NAMES_PLACE, "page.txt").jurisdiction.city == "Guelph"
    assert parse_text(COUNCIL_NAMES_PLACE, "page.txt").jurisdiction.city == "Limerick"
    assert parse_text(FOOTER_OWNER.replace("Lakeport Municipal", "Fuzhou Municipal"), "p.txt").jurisdiction.city == (
        "Fuzhou"
    )


def test_an_owner_the_gazetteer_does_not_know_gives_no_place_and_a_place_read_stays() -> None:
    assert owner_place("Copyright © The Corporation of the City of Lakeport", default_gazetteer()) is None
    assert owner_place("The Borough Council is involved in elections.", default_gazetteer()) is None
    assert owner_place("The Central Council of the union meets monthly.", default_gazetteer()) is None
    page = OWNER_NAMES_PLACE.replace("Parks and Leisure Services\n", "Parks and Leisure Services, Limerick\n", 1)
    assert parse_text(page, "page.txt").jurisdiction.city == "Limerick"
