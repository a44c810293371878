"""The staged reader on small inline pages: blocks, items, units; and what the adapter it replaced kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.html_pages import as_html
from orgkb.errors import LoadError
from orgkb.loaders.document import Kind, NameSource
from orgkb.loaders.load.files import builtin_paths, read_page
from orgkb.loaders.reading.page import Block, BlockKind, Page
from orgkb.loaders.reading.reader import parse_page, parse_text
from orgkb.loaders.reading.roles.cues import cues_for

ROOT = Path(__file__).parents[3]
# What the rule reader that the staged reader replaced read from every readable page of the repo.
READINGS = json.loads((ROOT / "tests" / "data" / "readings.json").read_text("utf-8"))

_TITLE = "Nanshan District Urban Management Bureau\n"


def test_a_sentence_leading_in_to_the_list_is_no_duty() -> None:
    page = (
        _TITLE + "Duties and Responsibilities\n"
        "The main responsibilities of the Bureau are as follows:\n"
        "1) Implement the laws and policies on urban management.\n"
        "2) Complete other tasks assigned by the district government.\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.number for duty in document.duties] == [1, 2]
    assert document.duties[0].text.startswith("Implement")
    assert "The main responsibilities of the Bureau are as follows:" in document.dropped
    assert any("leading in" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Its main responsibilities are as follows:",
        "The Bureau upholds the leadership of the district committee. Its functions include:",
        "In its work the Bureau has the following main responsibilities:",
    ],
)
def test_numbered_sections_saying_what_it_is_and_leading_in_to_the_duties_are_no_duties(lead_in: str) -> None:
    # sections "I." and "II." say what the bureau is and lead in to its duties, numbered under "II."
    page = (
        _TITLE + "\n"
        "I. The Nanshan District Urban Management Bureau (the Bureau) is a working department of the district "
        "government at division level.\n\n"
        f"II. {lead_in}\n\n"
        "1. Drafting the rules on street cleaning and seeing to their use.\n\n"
        "2. Licensing the outdoor signs of shops.\n\n"
        "3. Managing parks, green spaces and public toilets.\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.text[:8] for duty in document.duties] == ["Drafting", "Licensin", "Managing"]
    assert [duty.number for duty in document.duties] == [1, 2, 3]


def test_a_lettered_label_over_numbered_duties_is_no_duty_but_a_duty_including_items_is() -> None:
    page = (
        _TITLE + "Main Responsibilities:\n"
        "A. Tasks of the Bureau as the district's street authority:\n"
        "1. Drafting the rules on street cleaning.\n"
        "2. Licensing the outdoor signs of shops.\n"
        "B. Tasks of the Bureau as the parks authority:\n"
        "1. Managing parks and green spaces, including:\n"
        "(1) the planting of street trees;\n"
        "(2) the care of public toilets.\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.text[:8] for duty in document.duties] == ["Drafting", "Licensin", "Managing"]
    assert "the care of public toilets" in document.duties[2].text
    assert "Tasks of the Bureau as the district's street authority:" in document.dropped


@pytest.mark.parametrize(
    "lead_in", ["It assumes responsibilities as follows:", "Its main functions include:", "The Bureau's duties are:"]
)
def test_a_sentence_leading_in_to_duties_run_on_after_its_colon(lead_in: str) -> None:
    page = (
        _TITLE + "\nThe Nanshan District Urban Management Bureau is the district's street authority.\n\n"
        f"{lead_in} keeping streets clean and lit; licensing the outdoor signs of shops; "
        "to manage parks and green spaces; to hear complaints about street stalls.\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.text[:8] for duty in document.duties] == ["Keeping ", "Licensin", "To manag", "To hear "]


def test_a_page_of_one_paragraph_naming_the_organization_in_its_first_sentence_loads() -> None:
    page = (
        "The Lakeside District Civil Affairs Bureau is the district's office for social affairs and its work "
        "falls into three parts. First, social assistance, including the minimum living allowance; Second, "
        "the registration of marriages and adoptions; Third, the management of cemeteries and burials.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name == "Lakeside District Civil Affairs Bureau"
    assert len(document.duties) == 3
    assert "First, social assistance" in document.duties[0].text
    assert [duty.text.split(",")[0] for duty in document.duties[1:]] == ["Second", "Third"]
    assert any("prose were read as duties" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    "line", ["Release date:2019-03-02  Font Size:[Big Medium Small]", "Updated: 2019-03-02 Text size: [A A A]"]
)
def test_a_date_line_with_the_font_size_buttons_dates_the_page_and_is_no_duty(line: str) -> None:
    page = _TITLE + f"\n{line}\n\n1. Implement the laws on urban management.\n2. Manage the parks.\n"
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.duties] == ["Implement the laws on urban management.", "Manage the parks."]
    assert document.released is not None and document.released.isoformat() == "2019-03-02"


def test_an_unnumbered_first_duty_without_a_colon_stays_a_duty() -> None:
    page = (
        _TITLE + "Main Responsibilities\n"
        "Implement the laws and policies on urban management.\n"
        "- Manage parks and green spaces.\n"
        "- Complete other tasks assigned by the district government.\n"
    )
    assert len(parse_text(page, "page.txt").duties) == 3


def test_a_page_break_inside_a_duty_drops_the_repeated_header() -> None:
    page = (
        "General Office of Longhua District People's Government\n"
        "Release Date: 2021-11-26 Views: 2,045\n"
        "Key Functions\n"
        "★ Draft and review the documents of the district government.\n"
        "★ Be responsible for the suggestions of deputies and the proposals of\n"
        "Previous  1  2  Next\n"
        "General Office of Longhua District People's Government\n"
        "Release Date: 2021-11-26 Views: 2,046\n"
        "Key Functions\n"
        "members of the district CPPCC committee.\n"
        "★ Complete other tasks assigned by the district government.\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.duties] == [
        "Draft and review the documents of the district government.",
        "Be responsible for the suggestions of deputies and the proposals of members of the district CPPCC committee.",
        "Complete other tasks assigned by the district government.",
    ]
    assert sum("repeated after a page break" in warning for warning in document.warnings) == 3


def test_a_word_cut_off_where_the_page_ends_is_not_repaired_into_two() -> None:
    page = _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Organize the constructionof\n"
    document = parse_text(page, "page.txt")
    assert document.duties[-1].text == "Organize the constructionof"
    assert not document.repairs
    glued = parse_text(page.replace("constructionof\n", "constructionof parks.\n"), "page.txt")
    assert glued.duties[-1].text == "Organize the construction of parks."  # inside the page, a glued word is parted


def test_a_date_line_after_the_content_is_dropped_and_dates_the_page() -> None:
    page = _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\nUpdated: 2022-10-08\n"
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.duties] == ["Implement the laws.", "Manage parks."]
    assert document.released is not None and document.released.isoformat() == "2022-10-08"


def test_a_responsibilities_label_under_a_unit_heading_opens_its_duties() -> None:
    page = (
        _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\n"
        "Departments and Duties\n"
        "◆ Secretariat Section\n"
        "Responsibilities: Draft and review official documents; handle archives.\n"
        "◆ Supervision Section\n"
        "Main duties:\n"
        "Supervise the implementation of decisions.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Secretariat Section", "Supervision Section"]
    assert [[duty.text for duty in unit.duties] for unit in document.units] == [
        ["Draft and review official documents", "Handle archives"],
        ["Supervise the implementation of decisions"],
    ]


def test_blank_lines_part_unnumbered_duties_even_when_a_line_carries_on_in_capitals() -> None:
    page = (
        "Xuhui District Civil Affairs Bureau\nMain Responsibilities\n\n"
        "Implement the laws and policies on civil affairs of the\nXuhui District People's Government.\n\n"
        "Be responsible for social assistance.\n\n"
        "Complete other tasks.\n"
    )
    assert [duty.text for duty in parse_text(page, "page.txt").duties] == [
        "Implement the laws and policies on civil affairs of the Xuhui District People's Government.",
        "Be responsible for social assistance.",
        "Complete other tasks.",
    ]


def test_units_as_table_rows_parted_by_tabs_or_bars() -> None:
    for separator in ("\t", " | "):
        page = (
            _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\n"
            "Internal Structure and Responsibilities\n"
            f"Department{separator}Main Duties\n"
            f"Office{separator}Handle documents; manage archives.\n"
            f"1{separator}Parks and Greening Section{separator}Manage parks and street trees.\n"
        )
        document = parse_text(page, "page.txt")
        assert [unit.name for unit in document.units] == ["Office", "Parks and Greening Section"], separator
        assert [len(unit.duties) for unit in document.units] == [2, 1]
        assert any("column headings were skipped" in warning for warning in document.warnings)


def test_a_tab_inside_a_duty_line_makes_no_unit() -> None:
    page = (
        _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\n"
        "Internal Organization\n(I) Office\nHandle documents\tand archives.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Office"]
    assert [duty.text for duty in document.units[0].duties] == ["Handle documents and archives"]


def test_affiliated_institutions_named_in_a_sentence() -> None:
    page = (
        _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\n"
        "Subordinate Units\n"
        "The Bureau has two directly affiliated public institutions: Nanshan District Parks Center"
        " and Nanshan District Sanitation Management Center.\n"
    )
    document = parse_text(page, "page.txt")
    assert [(unit.name, unit.kind.value) for unit in document.units] == [
        ("Nanshan District Parks Center", "affiliated-body"),
        ("Nanshan District Sanitation Management Center", "affiliated-body"),
    ]


@pytest.mark.parametrize("mark", ["◎ ", "• ", "- "])
def test_short_items_under_a_marked_units_name_are_its_duties_not_units(mark: str) -> None:
    page = (
        "Beigang District Office, Qinghe City\nOrganization and Duties\n"
        f"(1) Household Affairs Section:\n{mark}Elections\n{mark}Burial grounds\n{mark}Other household affairs\n"
        f"(2) Works and Utilities Section:\n{mark}Drainage\n{mark}Street lamps\n"
        "(3) General Services Office:\n"
        f"{mark}Cashier\n{mark}Records\n"
    )
    document = parse_text(page, "page.txt")
    assert [(unit.name, [duty.text for duty in unit.duties]) for unit in document.units] == [
        ("Household Affairs Section", ["Elections", "Burial grounds", "Other household affairs"]),
        ("Works and Utilities Section", ["Drainage", "Street lamps"]),
        ("General Services Office", ["Cashier", "Records"]),
    ]
    assert document.kind.value == "sub-district-office"


@pytest.mark.parametrize("label", ["Government", "Our Services", "Local Government"])
def test_a_label_naming_only_a_kind_of_body_is_no_name(label: str) -> None:
    page = (
        f"{label}\n\nLiwan District Bureau of Parks and Greening\n\n"
        "Liwan District Bureau of Parks and Greening is an administrative department of the district government."
        " Its main duties are as follows:\n1. planting and tending the trees of the district's streets;\n"
        "2. managing the district's parks and their visitors.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name == "Liwan District Bureau of Parks and Greening"
    assert [duty.text[:8] for duty in document.duties] == ["Planting", "Managing"]
    assert document.units == []


@pytest.mark.parametrize("aims", ["Policies & Prospects:", "Our Vision", "Core Values", "PWD Mission Statement"])
def test_the_offices_aims_are_no_duties(aims: str) -> None:
    page = (
        _TITLE + "Main Responsibilities\n1. Implement the laws.\n2. Manage parks.\n"
        f"{aims}\nA greener district for every resident.\n- Integrity: keeping our promises to residents.\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.duties] == ["Implement the laws.", "Manage parks."]
    assert document.units == []
    assert any("skipped the aims" in warning for warning in document.warnings)


def test_a_mission_heading_alone_still_heads_duties() -> None:
    page = "Qinghe District Civil Affairs Bureau\n\nMission\n\nThe bureau registers marriages and adoptions.\n"
    assert [duty.text for duty in parse_text(page, "page.txt").duties] == [
        "The bureau registers marriages and adoptions."
    ]


def test_names_marked_with_a_trailing_star_over_their_items_are_units() -> None:
    page = (
        "Nanhu District Office\n"
        "General Affairs Office *\n * Records, seals, petitions and general affairs\n"
        "Budget Office *\n * Annual budget and accounts\n"
        "Planning Division *\n 1. Drainage and road repairs\n 2. Street names\n"
    )
    document = parse_text(page, "page.txt")
    assert [(unit.name, len(unit.duties)) for unit in document.units] == [
        ("General Affairs Office", 1),
        ("Budget Office", 1),
        ("Planning Division", 2),
    ]


def test_sentences_saying_which_unit_is_liable_for_what_are_units() -> None:
    page = (
        _TITLE + "Internal Organization\nThe bureau has three sections. The Budget Section is chiefly liable for "
        "drawing up the budget. The Audit Section is liable for checking the accounts of the parks. "
        "The Records Section keeps the files of the bureau.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Budget Section", "Audit Section", "Records Section"]


@pytest.mark.parametrize(
    "aim",
    [
        "To make the borough a healthier place to live by keeping its food, water and air clean.",
        "We aim to answer every request within ten working days, fairly and openly.",
        "Our mission is to keep every resident of the borough safe from disease.",
    ],
)
def test_a_paragraph_stating_an_aim_is_no_duty(aim: str) -> None:
    page = f"Environmental Health Service\n\n{aim}\n\n- Inspecting food premises;\n- Testing private water supplies.\n"
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.duties] == ["Inspecting food premises;", "Testing private water supplies."]


@pytest.mark.parametrize("label", ["A little more about our work", "You might also want to read....."])
def test_a_label_of_a_few_words_standing_alone_is_no_duty(label: str) -> None:
    page = (
        "Welcome to the Parks Service\n\n"
        f"{label}\n\nTree Care\n\nWe prune and fell the trees in the borough's parks and along its streets.\n\n"
        "Play Areas\n\nWe inspect every playground each week and repair what is broken at once.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.duties == []
    assert [unit.name for unit in document.units] == ["Tree Care", "Play Areas"]


def test_a_line_carried_on_by_the_next_is_no_label() -> None:
    page = (
        "Qinghe District Parks Bureau\n\nThe parks and gardens of the whole\ndistrict are kept by the bureau and "
        "its staff of forty gardeners.\n"
    )
    assert [duty.text for duty in parse_text(page, "page.txt").duties] == [
        "The parks and gardens of the whole district are kept by the bureau and its staff of forty gardeners."
    ]


@pytest.mark.parametrize("path", sorted(READINGS), ids=[Path(path).name for path in sorted(READINGS)])
def test_every_page_reads_as_the_rule_reader_read_it(path: str) -> None:
    document = read_page(ROOT / path)
    expected = READINGS[path]
    assert (document.name, document.name_line, document.kind.value, document.aliases) == (
        expected["name"],
        expected["name_line"],
        expected["kind"],
        expected["aliases"],
    )
    assert (document.released.isoformat() if document.released else None) == expected["released"]
    assert [[duty.line, duty.number, duty.text] for duty in document.duties] == expected["duties"]
    assert [
        [unit.name, unit.line, unit.kind.value, unit.aliases, [[duty.line, duty.text] for duty in unit.duties]]
        for unit in document.units
    ] == expected["units"]
    assert (document.contact.telephone, document.contact.address) == (expected["telephone"], expected["address"])


@pytest.mark.parametrize("path", builtin_paths(), ids=[path.name for path in builtin_paths()])
def test_a_seed_as_html_gives_the_same_facts_and_lines(tmp_path: Path, path: Path) -> None:
    page = tmp_path / f"{path.stem}.html"
    page.write_text(as_html(path.read_text("utf-8"), furniture=False), "utf-8")
    text, markup = read_page(path), read_page(page)
    assert (markup.name, markup.name_line, markup.kind, markup.jurisdiction) == (
        text.name,
        text.name_line,
        text.kind,
        text.jurisdiction,
    )
    assert [(duty.line, duty.text) for duty in markup.all_duties()] == [
        (duty.line, duty.text) for duty in text.all_duties()
    ]
    assert [(unit.line, unit.name) for unit in markup.units] == [(unit.line, unit.name) for unit in text.units]
    assert markup.contact == text.contact


def page(*blocks: Block) -> Page:
    return Page("page.html", "page.html", "0" * 64, blocks, "text/html", "utf-8")


def test_lines_map_back_to_the_source() -> None:
    document = parse_page(
        page(
            Block(7, "Home > Offices", BlockKind.BREADCRUMB),
            Block(9, "About", BlockKind.ITEM, level=1, link=True),
            Block(12, "Qinghe General Office", BlockKind.HEADING, level=1, gap=True),
            Block(12, "Main Responsibilities:", BlockKind.HEADING, level=2, gap=True),
            Block(30, "1. Handle the daily affairs of the district government.", gap=True),
            Block(30, "2. Complete other tasks assigned by the district government.", gap=False),
            Block(41, "Tel | 0571-88880000", BlockKind.ROW, cells=("Tel", "0571-88880000"), gap=True),
        )
    )
    assert (document.name, document.name_line) == ("Qinghe General Office", 12)
    assert [duty.line for duty in document.duties] == [30, 30]
    assert (document.contact.telephone, document.contact.line) == ("0571-88880000", 41)


def test_an_error_names_the_source_and_its_line() -> None:
    with pytest.raises(LoadError) as caught:
        parse_page(
            page(Block(3, "Qinghe General Office", BlockKind.HEADING, level=1), Block(20, "Contact us", gap=True))
        )
    assert caught.value.source == "page.html"
    assert caught.value.line in (None, 3, 20)


def test_the_document_keeps_what_the_door_found(tmp_path: Path) -> None:
    source = tmp_path / "qinghe.html"
    source.write_text(
        '<link rel="canonical" href="https://www.qinghe.gov.cn/jgsz/">\n<h1>Qinghe\u200b General Office</h1>\n'
        "<h2>Main Responsibilities:</h2>\n<p>1. Handle the daily affairs of the district government.</p>\n",
        "utf-8",
    )
    document = read_page(source)
    assert document.site == "www.qinghe.gov.cn"
    assert document.name == "Qinghe General Office"
    assert [(repair.line, repair.original, repair.reason) for repair in document.repairs][:1] == [
        (2, "Qinghe\u200b", "zero-width character removed")
    ]


def test_a_page_printing_its_name_only_inside_a_duty_loads_with_a_warning() -> None:
    page = (
        "Main Functions:\n\n"
        "1. Arrange the meetings of Qinghe Municipal Government;\n\n"
        "2. Draft letters in the name of Qinghe Municipal Government or the General Office of Qinghe "
        "Municipal Government.\n\n"
        "3. Report emergencies to the leaders of Qinghe Municipal Government in time.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name == "General Office of Qinghe Municipal Government"
    assert document.name_line == 5
    assert [duty.number for duty in document.duties] == [1, 2, 3]
    assert any("no line of the page gives the organization's name" in warning for warning in document.warnings)


def test_a_page_without_any_name_loads_under_its_file_name() -> None:
    document = parse_text("Main Functions:\n1. Arrange the meetings.\n2. Report in time.\n", "meetings-office.txt")
    assert (document.name, document.name_source) == ("Meetings Office", NameSource.FILE_NAME)
    assert document.kind is Kind.OTHER  # a file's name says nothing of its kind
    assert [duty.text for duty in document.duties] == ["Arrange the meetings.", "Report in time."]


def test_a_page_without_any_name_nor_any_duty_is_still_refused() -> None:
    with pytest.raises(LoadError, match="found no organization's name"):
        parse_text("Main Functions:\n\nContact us\n", "page.txt")


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        (  # the kind of unit, then their names in brackets, two lists in one sentence
            "The Lands Department has a commissioner, four Divisions (Land Survey、Land Leases、Titles and Deeds、"
            "Land Policy) and two offices (Personnel, Accounting).",
            ["Land Survey", "Land Leases", "Titles and Deeds", "Land Policy", "Personnel", "Accounting"],
        ),
        (  # the kind of unit, then a colon; the last two names parted at the conjunction
            "The department is made up of five divisions, each under a chief: Land Survey, Land Leases, "
            "Titles and Deeds, Land Policy and Mapping Services.",
            ["Land Survey", "Land Leases", "Titles and Deeds", "Land Policy", "Mapping Services"],
        ),
    ],
)
def test_a_sentence_naming_the_kind_of_unit_lists_units_without_their_nouns(sentence: str, units: list[str]) -> None:
    document = parse_text(f"Qinghe City Lands Department\n\n{sentence}\n", "page.txt")
    assert [unit.name for unit in document.units] == units
    assert document.duties == []


def test_a_telephone_number_with_its_area_code_in_brackets_is_no_item() -> None:
    page = (
        "Qinghe County Health Services\n\nMain Responsibilities\n\n"
        "Protect the health of the county's residents.\n\nHealth Line\n(800) 555-0142\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.duties] == ["Protect the health of the county's residents."]
    assert document.units == []  # "Health Line" labels the number under it
    assert document.contact.telephone == "(800) 555-0142"


def test_unit_names_broken_across_two_lines_are_whole() -> None:
    page = (
        "Qinghe Harbour Department\n"
        "The department keeps the harbour safe through its units.\n"
        "Marine\n"
        "Pollution Control Unit\n"
        "Apart from cleaning up spills, the Unit trains the crews of the harbour.\n"
        "Pilotage Division licenses the pilots of the harbour.\n"
        "Moorings\n"
        "and Anchorages Office allots the moorings of the harbour to vessels.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == [
        "Marine Pollution Control Unit",
        "Pilotage Division",
        "Moorings and Anchorages Office",
    ]
    assert [len(unit.duties) for unit in document.units] == [1, 1, 1]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Street Lighting", "Street Lighting"),  # no organization's noun: the title, guessed
        ("Bins and recycling", "Bins and recycling"),
        ("Parks Services | Qinghe Borough Council", "Parks Services"),  # the page's part of a "Page | Site" title
        ("Highways Department - Qinghe County", "Highways Department"),
    ],
)
def test_a_page_whose_title_names_no_organization_takes_its_title_with_a_warning(title: str, name: str) -> None:
    page = (
        f"{title}\n\nWhat we do\n\n"
        "We repair the street lights of the borough and answer reports of faults.\n\n"
        "We also light the footpaths of the parks.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name == name
    assert len(document.duties) == 2
    if name == title:
        assert any("name was guessed" in warning for warning in document.warnings)


def test_a_section_label_or_a_sentence_is_no_title() -> None:
    page = "What we do\n\nWe repair the street lights of the borough.\n\nWe light the footpaths of the parks.\n"
    document = parse_text(page, "page.txt")
    assert (document.name, document.name_source) == ("Page", NameSource.FILE_NAME)  # not "What we do"
    assert len(document.duties) == 2


def test_units_as_short_lines_over_paragraphs_without_a_unit_noun() -> None:
    page = (
        "Welcome to the Qinghe Borough Neighbourhood Service\n\n"
        "Tree Care\n\n"  # a picture's caption that repeats the heading under it
        "Tree Care\n\n"
        "We look after the trees in the parks and on the streets, and we plant about two hundred new ones each "
        "winter.\n\n"
        "Street Cleaning\n\n"
        "We sweep the roads and pavements of the borough and empty the litter bins on the high streets every "
        "day.\n\n"
        "Waste Collection\n\n"
        "We collect household waste and recycling from every home in the borough once a week.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name == "Qinghe Borough Neighbourhood Service"
    assert [unit.name for unit in document.units] == ["Tree Care", "Street Cleaning", "Waste Collection"]
    assert [len(unit.duties) >= 1 for unit in document.units] == [True, True, True]
    assert document.duties == []


def test_one_short_line_over_a_paragraph_is_no_unit() -> None:
    page = (
        "Qinghe Borough Neighbourhood Service\n\n"
        "Overview\n\n"
        "We look after the trees in the parks and on the streets, and we sweep the roads of the borough every day.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.units == []


def test_a_paragraph_of_sentences_each_opening_with_a_unit_names_every_unit() -> None:
    page = (
        "Qinghe Public Works Department\n\n"
        "The department keeps the roads, bridges and drains in good repair. The Engineering Division designs "
        "the roads and bridges and reviews the plans of new estates. The Road Maintenance Division patches "
        "potholes, clears snow and mows the verges. The Fleet Services Division buys and repairs the vehicles.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == [
        "Engineering Division",
        "Road Maintenance Division",
        "Fleet Services Division",
    ]
    assert [duty.text[:8] for unit in document.units for duty in unit.duties] == ["Designs ", "Patches ", "Buys and"]
    assert [duty.text for duty in document.duties] == [
        "The department keeps the roads, bridges and drains in good repair."
    ]


def test_a_unit_that_says_what_units_it_comprises_has_them_under_it() -> None:
    page = (
        "Qinghe Harbour Department\n"
        "Marine Wing\n"
        "Harbour Bureau\n"
        "Comprises the Pilotage Division, the Moorings and Anchorages Division, and the Traffic Division\n"
        "that includes the Patrol Launch Unit. Duties include the licensing of vessels.\n"
        "Ferry Branch\n"
        "Ferry Branch licenses the ferries of the harbour.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units][:6] == [
        "Marine Wing",
        "Harbour Bureau",
        "Pilotage Division",
        "Moorings and Anchorages Division",
        "Traffic Division",
        "Patrol Launch Unit",
    ]
    bureau = document.units[1]
    assert [duty.text for duty in bureau.duties] == ["Duties include the licensing of vessels"]


@pytest.mark.parametrize("lead_in", ["Their work includes:", "Main Responsibilities"])
def test_topic_lines_over_the_duties_items_are_no_units(lead_in: str) -> None:
    # a short line over its items heads a unit only where nothing says the items are the duties
    page = (
        "Pest Control Service\n\nThe service keeps the borough free of pests.\n\n"
        f"{lead_in}\n\nRats and mice\n\n  • Treating homes for rats and mice on request.\n"
        "  • Baiting the sewers twice a year.\n\nWasps\n\n  • Removing wasp nests from gardens and roofs.\n"
        "  • Advising residents on keeping wasps away.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.units == []
    assert [duty.text for duty in document.duties][-4:] == [
        "Treating homes for rats and mice on request.",
        "Baiting the sewers twice a year.",
        "Removing wasp nests from gardens and roofs.",
        "Advising residents on keeping wasps away.",
    ]


def test_a_short_item_among_the_duties_items_is_a_duty_not_a_unit() -> None:
    page = (
        "The Parks Department is responsible for the upkeep of the town's open spaces, including the following:\n\n"
        "  • Allotments and community gardens\n  • Cemetery\n  • Sports pitches, tennis courts and bowling greens\n"
        "  • Nature Reserve Visitor Centre\n  • Street trees and grass verges\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name == "Parks Department"
    assert document.units == []
    assert [duty.text for duty in document.duties] == [
        "Allotments and community gardens",
        "Cemetery",
        "Sports pitches, tennis courts and bowling greens",
        "Nature Reserve Visitor Centre",
        "Street trees and grass verges",
    ]


def test_an_item_among_the_duties_is_no_name_and_a_lead_in_needs_no_colon() -> None:
    page = (
        "The Lighting Department keeps the borough's street lights working.\n\n Its functions include\n\n"
        "  • the repair of broken lamps and faulty cables\n  • the replacement of old lighting columns\n"
        "  • the testing of every column once in six years\n  • Festive Lighting Services\n  • Lighting Advice\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name == "Lighting Department"
    assert document.units == []
    duties = [duty.text for duty in document.duties]
    assert duties[-2:] == ["Festive Lighting Services", "Lighting Advice"]
    assert "Its functions include" not in duties


def test_a_line_a_hard_wrap_carried_on_is_no_name() -> None:
    page = (
        "There shall be a Division of Parks and\nRecreation, the head of which shall be the\n"
        "Superintendent of Parks, who shall:\nA. Maintain the parks and playgrounds of the\n"
        "Township as directed by the Township Committee.\nB. Keep the records and accounts of the\n"
        "parks paid for by the Department.\nC. Report each year to the Township Committee.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name not in ("Township as directed by the Township Committee", "Township Committee")
    duties = [duty.text for duty in document.duties]
    assert duties[-2:] == [
        "Keep the records and accounts of the parks paid for by the Department.",
        "Report each year to the Township Committee.",
    ]
    assert "Maintain the parks and playgrounds of the" in duties


def test_a_name_never_runs_on_past_a_sentences_end() -> None:
    page = (
        "Trading Standards\n\nFair Trading\n\nHonest trade matters to every shopper. Protecting buyers is therefore "
        "a duty of the Council.\n\nThe Fair Trading team checks weights and measures in the shops of the borough "
        "every month.\n"
    )
    assert parse_text(page, "page.txt").name == "Trading Standards"


def test_a_title_printed_among_the_duties_takes_none_of_them() -> None:
    # "Roles & Responsibilities" heads the duties; "Parish Council" between two of them is no title or unit
    page = (
        "Roles & Responsibilities\nHome | About Us | Roles & Responsibilities\nThe main role of the Parish Council "
        "is to look after the village green. The Parish Council also runs the allotments.\n"
        "Keeping the bus shelters clean and in good repair.\nParish Council\n"
        "Cutting the grass of the churchyard and the playing field.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name == "Parish Council"
    assert document.units == []
    duties = [duty.text for duty in document.duties]
    assert "Keeping the bus shelters clean and in good repair." in duties
    assert duties[-1] == "Cutting the grass of the churchyard and the playing field."


def test_an_arrow_trail_is_no_title_and_a_title_takes_its_full_name_from_the_address() -> None:
    page = (
        "Residents » Roads & Parking\n\nParking Permits\n\nClerk,\nParking Permits Unit,\nLedbury Town Council,\n"
        "Market Hall,\n\nOpen to Public: 9 a.m. to 1 p.m. Monday to Friday\n\n"
        "Issuing permits for residents' parking bays.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name == "Parking Permits Unit"


def test_a_units_sentence_naming_what_it_includes_is_the_units() -> None:
    # "including paths, verges and lanes" lists things, not units: the sentence stays the unit's
    page = (
        "The Highways Department is responsible for the roads and bridges of the borough.\n\n"
        "The Lighting Section is responsible for every street lamp in the borough.\n\n"
        "The Paths Section looks after the public rights of way, including paths, verges and lanes.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Lighting Section", "Paths Section"]


def test_a_title_under_a_long_skip_link_is_no_line_carried_on() -> None:
    page = (
        "Jump to the content zone at the center\nFutian District Education Commission\nMain Responsibilities\n"
        "• Implement the policies on public health of the district.\n"
    )
    assert parse_text(page, "page.txt").name == "Futian District Education Commission"


@pytest.mark.parametrize(
    "lead_in",
    [
        "The Bridges Division, under the direction of the County Engineer, is responsible for the county's bridges "
        "with the primary responsibilities of:",
        "The Bridges Division is responsible for the following services:",
    ],
)
def test_short_items_a_sentence_leads_in_to_are_duties(lead_in: str) -> None:
    page = f"Bridges Division\n\n{lead_in}\n\n  • Inspection\n  • Repair\n  • Painting\n"
    document = parse_text(page, "bridges.txt")
    assert document.name == "Bridges Division"
    assert [duty.text for duty in document.duties] == ["Inspection", "Repair", "Painting"]
    assert document.units == []


def test_a_units_name_among_items_led_in_to_stays_a_unit() -> None:
    page = (
        "Public Works\n\nThe Public Works Department is responsible for the following services:\n\n"
        "  • Snow plowing\n  • Fleet Maintenance Division\n  • Sweeping\n"
    )
    document = parse_text(page, "works.txt")
    assert [unit.name for unit in document.units] == ["Fleet Maintenance Division"]


def test_a_title_ending_in_what_the_page_tells_names_the_body() -> None:
    page = (
        "Harbin Nangang District Bureau of Justice Functional Information\n"
        "Harbin Nangang District Judicial Bureau is a working department of the district government, "
        "the main responsibilities are:\n"
        "(a) to guide people's mediation in the district.\n"
        "(b) To organize legal aid for residents.\n"
    )
    document = parse_text(page, "nangang.txt")
    assert document.name == "Harbin Nangang District Bureau of Justice"
    assert len(document.duties) == 2


def test_a_title_opening_with_what_the_page_tells_names_the_body() -> None:
    page = (
        "Role of Highways Department\n\n"
        "The role and function of the Highways Department is as follows:\n"
        "1.Maintenance of regional and local roads\n"
        "2.Winter gritting of the road network.\n"
    )
    document = parse_text(page, "highways.txt")
    assert document.name == "Highways Department"
    assert len(document.duties) == 2


def test_a_lead_in_naming_its_body_under_generic_labels_names_the_page_and_a_unit_ends_the_mission() -> None:
    page = (
        "Municipal Office\n\n\nCore Services\n\n"
        "The Harbour and Parks Department provides services in two core areas:\n\n"
        "  • Harbour: quays; slipways; moorings\n  • Parks: the township's parks\n\n"
        "Mission Statement\n\n"
        "To provide harbour and park services in a professional and responsive manner.\n\n"
        "Harbour Division\n\n"
        "The Harbour Division is responsible for the township's quays, which includes:\n\n"
        "  • Dredging the harbour mouth\n  • Letting moorings to boats\n"
    )
    document = parse_text(page, "harbour-parks.txt")
    assert document.name == "Harbour and Parks Department"
    assert [duty.text for duty in document.duties] == [
        "Harbour: quays; slipways; moorings",
        "Parks: the township's parks",
    ]
    assert [unit.name for unit in document.units] == ["Harbour Division"]


def test_a_lead_in_run_on_into_items_parted_by_semicolons_gives_the_items() -> None:
    page = (
        "About the Department\n\n"
        "Department Overview\n\n"
        "The Harbour Works Department (HWD) is responsible for: County quays; dredging of the harbour mouth; "
        "slipway inspections; and mooring permits.\n\n"
        "HWD Mission Statement\n\n"
        "The Harbour Works Department keeps the harbour safe for every boat and visitor.\n"
    )
    document = parse_text(page, "harbour-works.txt")
    texts = [duty.text for duty in document.duties]
    items = ["County quays", "Dredging of the harbour mouth", "Slipway inspections", "Mooring permits"]
    at = texts.index(items[0])
    assert texts[at : at + 4] == items


def test_a_clause_with_a_colon_but_no_semicolons_stays_whole() -> None:
    page = "Harbour Works Department\n\nResponsibilities\n\nThe department inspects: quays and slipways, yearly.\n"
    document = parse_text(page, "harbour-works.txt")
    assert [duty.text for duty in document.duties] == ["The department inspects: quays and slipways, yearly."]


@pytest.mark.parametrize(
    ("line", "unit", "duty"),
    [
        # a table's row run together: the unit's name, then its affairs opening with a capitalized verb
        ("Roads Division Handle affairs of roads, bridges and street lights.", "Roads Division", "Handle affairs"),
        ("Treasury Section In charge of rates, rents and the cash office.", "Treasury Section", "In charge of"),
    ],
)
def test_a_units_name_run_on_into_its_duty_without_a_mark(line: str, unit: str, duty: str) -> None:
    page = f"Harbour Town Office\n\nSections\n\n    {line}\n\n    Parks Section Maintain the parks and the greens.\n"
    document = parse_text(page, "harbour-town.txt")
    assert [found.name for found in document.units] == [unit, "Parks Section"]
    assert document.units[0].duties[0].text.startswith(duty)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Section Review Board meets monthly in the town hall.",  # "Review Board": a name, no verb
        "Public Works Department Overview of the services we provide",  # no verb after the unit's noun
        "Roads and bridges Maintain the roads of the township.",  # no unit's noun before the verb
    ],
)
def test_a_name_run_on_into_no_duty_verb_is_not_a_units_line(line: str) -> None:
    assert cues_for("en").inline_unit.match(line) is None


def test_a_nameless_paragraph_leading_in_to_its_duties_midway_loads_under_a_provisional_name() -> None:
    page = (
        "Harbour affairs are the root of the town's trade. This office puts boats first. The responsibilities "
        "that this office covers include: licensing moorings; dredging the channel; collecting harbour dues."
    )
    document = parse_text(page, "harbour-office.txt")
    assert document.name_source is NameSource.FILE_NAME
    assert [duty.text for duty in document.duties] == [
        "Licensing moorings",
        "Dredging the channel",
        "Collecting harbour dues",
    ]


def test_a_nameless_paragraph_of_prose_only_is_still_refused() -> None:
    page = "Harbour affairs are the root of the town's trade. This office puts boats first; it is proud; it is old."
    with pytest.raises(LoadError, match="no organization's name"):
        parse_text(page, "harbour-office.txt")


def test_a_paragraph_on_the_body_itself_that_counts_and_names_its_divisions_gives_both() -> None:
    page = (
        "Harbour Works Department\n\n"
        "The Harbour Works Department keeps the city's harbour open to shipping all year. The Harbour Master "
        "leads the department's three divisions, Moorings, Channel Dredging and Quays Maintenance Division.\n"
    )
    document = parse_text(page, "page.txt")
    # before: the paragraph was the body's duty and the divisions were not read; the duty keeps its subject
    assert [duty.text[:20] for duty in document.duties] == ["The Harbour Works De"]
    assert "keeps the city's harbour open" in document.duties[0].text
    assert [unit.name for unit in document.units] == ["Moorings", "Channel Dredging", "Quays Maintenance Division"]
