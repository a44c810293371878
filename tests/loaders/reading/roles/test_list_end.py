"""Where a page's list of duties ends (`orgkb.loaders.reading.roles.list_end`): the prose after it, on our
own pages."""

from __future__ import annotations

from orgkb.loaders.reading.page import Page
from orgkb.loaders.reading.reader import parse_text, roles_of
from orgkb.loaders.reading.roles import Role
from orgkb.loaders.sources.plain import split_lines, text_blocks
from orgkb.loaders.sources.read import clean_blocks

_KENNELS = (
    "The Dog Control Team enforces the dog bylaw and runs the district's pound.\n"
    "Our team works with the Council's Dog Policy to promote responsible ownership:\n"
    "- Respond to complaints about barking and roaming dogs\n"
    "- Lost and found dogs\n"
    "- Run the pound\n"
    "- Microchipping & registration\n"
    "We encourage you to report a wandering dog at any hour by calling 0800 555 123.\n"
    "Our night service will respond to serious attacks as they happen.\n"
)


def test_advice_after_the_list_is_no_duty() -> None:
    document = parse_text(_KENNELS, "kennels.txt")
    texts = [duty.text for duty in document.duties]
    assert texts[-4:] == [
        "Respond to complaints about barking and roaming dogs",
        "Lost and found dogs",
        "Run the pound",
        "Microchipping & registration",
    ]
    assert not any("encourage" in text or "night service" in text for text in texts)


def _roles(text: str) -> list[tuple[Role, str]]:
    blocks, repairs, warnings = clean_blocks(tuple(text_blocks(split_lines(text))))
    page = Page("p.txt", "p.txt", "x", blocks, "text/plain", "utf-8", None, tuple(repairs), tuple(warnings))
    roled, _, _ = roles_of(page)
    return [(item.role, item.node.text) for item in roled]


def test_the_paragraphs_after_the_list_are_read_as_prose() -> None:
    roles = dict((text, role) for role, text in _roles(_KENNELS))
    assert roles["Lost and found dogs"] is Role.DUTY
    assert roles["Our night service will respond to serious attacks as they happen."] is Role.INTRO


def test_a_sentence_after_the_list_naming_the_department_stays_its_duty() -> None:
    page = (
        "Roads Department\n\n"
        "The Roads Department is responsible for the county's roads:\n\n"
        "- Grading gravel roads\n"
        "- Patching asphalt\n"
        "- Clearing ditches\n\n"
        "The department also maintains the county's buildings and grounds.\n\n"
        "Please call the depot to report a pothole.\n"
    )
    texts = [duty.text for duty in parse_text(page, "roads.txt").duties]
    assert "The department also maintains the county's buildings and grounds." in texts
    assert not any("pothole" in text for text in texts)
    assert texts[:3] == ["Grading gravel roads", "Patching asphalt", "Clearing ditches"]


def test_a_line_carrying_on_the_last_item_stays_with_it() -> None:
    page = (
        "Roads Department\n\n"
        "Our duties are:\n\n"
        "- Grading gravel roads\n"
        "- Patching asphalt and sealing the cracks of\n"
        "the county's paved roads\n"
    )
    texts = [duty.text for duty in parse_text(page, "roads.txt").duties]
    assert texts == ["Grading gravel roads", "Patching asphalt and sealing the cracks of the county's paved roads"]


def test_a_units_list_is_left_as_read() -> None:
    page = (
        "Roads Department\n\n"
        "Bridges Unit\n\n"
        "- Inspecting the bridges\n"
        "- Painting the railings\n"
        "Repairs the culverts after floods.\n"
    )
    document = parse_text(page, "roads.txt")
    bridges = next(unit for unit in document.units if unit.name == "Bridges Unit")
    assert any("culverts" in duty.text for duty in bridges.duties)


def test_a_list_of_what_was_done_is_no_duty() -> None:
    page = (
        "Harbour Rates Team\n\n"
        "The Harbour Rates team deals with billing and collection for every berth in the port. "
        "The team is responsible for the recovery of unpaid mooring fees.\n\n"
        "In 2019/20 the Harbour Rates team:\n\n"
        "- Achieved the highest collection rate in ten years\n"
        "- Introduced text reminders for berth holders\n"
        "- Significantly reduced the arrears of the marina\n"
    )
    texts = [duty.text for duty in parse_text(page, "rates.txt").duties]
    assert texts == [
        "The Harbour Rates team deals with billing and collection for every berth in the port.",
        "The team is responsible for the recovery of unpaid mooring fees.",
    ]


def test_a_list_of_duties_opening_with_other_verbs_stays() -> None:
    page = (
        "Harbour Rates Team\n\n"
        "Our duties:\n\n"
        "- Proceed with the recovery of unpaid fees\n"
        "- Issued invoices are checked weekly\n"  # one item in the past tense: still a list of duties
        "- Collect the mooring fees\n"
    )
    assert len(parse_text(page, "rates.txt").duties) == 3
