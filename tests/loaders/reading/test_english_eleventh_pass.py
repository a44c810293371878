"""The eleventh English pass: what en-val-3's misses showed, read on pages of our own (own fixtures)."""

from __future__ import annotations

import datetime as dt

from orgkb.loaders.reading.lines.header import read_date, strip_metadata
from orgkb.loaders.reading.reader import parse_text

# A date glued to the site's text-size widget under the title (a city bureau's page on its English site).
DATED_WIDGET = """\
> About the City > City Agencies
Lakeport Municipal Bureau of Water Affairs
2019-04-11Text Size: A A A


Address: 12 Harbour Road, Lakeport
Telephone: 0571-5550123


1. To carry out the laws and policies on water resources; draw up the city's plans for water supply.

2. To manage the reservoirs, dykes and pumping stations of the city.

3. To organize the prevention of floods and droughts.
"""


def test_a_date_glued_to_a_text_size_widget_is_the_date_not_a_duty() -> None:
    document = parse_text(DATED_WIDGET, "page.txt")
    assert [duty.text[:20] for duty in document.duties] == [
        "To carry out the law",
        "To manage the reserv",
        "To organize the prev",
    ]
    assert document.released == dt.date(2019, 4, 11)


def test_a_date_before_a_widget_is_read_and_a_date_before_a_sentence_is_not() -> None:
    assert read_date("2019-04-11Text Size: A A A") == dt.date(2019, 4, 11)
    assert read_date("2021-03-05  Print  Close") == dt.date(2021, 3, 5)
    assert strip_metadata("2019-04-11Text Size: A A A") == ""
    assert read_date("2019-04-11 The bureau moved to Harbour Road") is None


# Units named only in a table of the switchboard's extensions, under the office's address (a district office).
EXTENSIONS = """\
General Office of the People's Government of Alder District

Main Responsibility

It is mainly responsible for drafting the documents of the district government; preparing the meetings of the
district government; handling the letters of the public.

Address: No. 8, Birch Road, Alder District

Tel: 55501234 (Switchboard)

Secretariat Division: 2210 (Extension)

Records Division: 2215 (Extension)

Reception Division: 2230 (Extension)
"""


def test_units_in_a_table_of_extensions_are_units_with_their_telephones() -> None:
    document = parse_text(EXTENSIONS, "page.txt")
    assert [unit.name for unit in document.units] == ["Secretariat Division", "Records Division", "Reception Division"]
    assert [unit.contact.telephone for unit in document.units] == [
        "2210 (Extension)",
        "2215 (Extension)",
        "2230 (Extension)",
    ]
    assert all(not unit.duties for unit in document.units)
    assert len(document.duties) == 3


# One paragraph: what the body is, then its duties as semicolon clauses (a city bureau's page).
LEAD_THEN_CLAUSES = """\
Marlow City Bureau of Sports

The Marlow City Bureau of Sports is a working department of the Marlow City Government. It is mainly responsible \
for drafting the city's plans for sports; managing the city's stadiums and pools; organizing the city games; \
training the coaches of the city's schools.
"""

# The same, the first sentence a duty of its own: it stays the first duty's.
DUTY_THEN_CLAUSES = """\
Marlow City Bureau of Sports

Implement the national laws on sports. Draft the city's plans for sports; manage the city's stadiums and pools; \
organize the city games.
"""


def test_the_sentences_before_a_paragraphs_clauses_are_no_part_of_its_first_duty() -> None:
    duties = [duty.text for duty in parse_text(LEAD_THEN_CLAUSES, "page.txt").duties]
    assert duties == [
        "It is mainly responsible for drafting the city's plans for sports",
        "Managing the city's stadiums and pools",
        "Organizing the city games",
        "Training the coaches of the city's schools",
    ]


def test_a_first_sentence_opening_with_a_duty_verb_is_kept() -> None:
    duties = [duty.text for duty in parse_text(DUTY_THEN_CLAUSES, "page.txt").duties]
    assert len(duties) == 3
    assert duties[0].startswith("Implement the national laws on sports. Draft")


# Whom to call under a post's label, the number after a comma (a district council's department page).
WHOM_TO_CALL = """\
Libraries and Archives

Libraries Manager
Ngaio Tamsin, 06 555 0142,
The Libraries department is responsible for the district's libraries and archives, and includes the following services:

* Lending of books, music and films at the Waihoe and Pukenui libraries.

* Keeping the district's archives and the council's records.
"""


def test_whom_to_call_with_a_comma_before_the_number_is_the_telephone_not_a_duty() -> None:
    document = parse_text(WHOM_TO_CALL, "page.txt")
    assert document.contact.telephone == "06 555 0142"
    assert [duty.text[:12] for duty in document.duties] == ["Lending of b", "Keeping the "]


# A count of directorates over dashed names of one or two words (a shire council's structure page).
DIRECTORATES = """\
Ferncliff Shire Council
Our structure consists of three directorates, each led by a director of our executive team, including:
- Corporate Services
- Community
- Infrastructure
Each directorate is made up of teams that deliver the council's services.
"""


def test_a_count_of_directorates_names_the_directorates_listed_under_it() -> None:
    document = parse_text(DIRECTORATES, "page.txt")
    assert [unit.name for unit in document.units] == ["Corporate Services", "Community", "Infrastructure"]
    assert document.duties == []
