"""Roles from scored evidence, the best consistent sequence chosen."""

from __future__ import annotations

from orgkb.loaders.reading.outline import outline_of
from orgkb.loaders.reading.page import Block, BlockKind
from orgkb.loaders.reading.roles import Role, assign_roles, evidence_of
from orgkb.loaders.reading.roles.cues import cues_for
from orgkb.loaders.reading.roles.weights import Weights, hand_weights


def _roles(blocks: list[Block], language: str = "en") -> list[tuple[str, Role]]:
    nodes = outline_of(blocks)
    cues = cues_for(language)
    return [
        (item.node.text, item.role) for item in assign_roles(nodes, evidence_of(nodes, cues), name_cost=cues.name_cost)
    ]


def _blocks(*texts: str) -> list[Block]:
    return [Block(line, text) for line, text in enumerate(texts, start=1)]


def test_furniture_above_the_name_and_units_with_their_duties() -> None:
    texts = (
        "Futian District Health Bureau",
        "Main Responsibilities",
        "1. Implement health policies of the state.",
        "2. Supervise public health in the district.",
        "Internal Units",
        "Planning Section",
        "Draft the bureau's plans; manage statistics.",
        "Tel: 0755-12345678",
    )
    blocks = [
        Block(1, "Skip to main content", link=True),
        Block(2, "Home > Departments > Health", BlockKind.BREADCRUMB),
        *(Block(line, text) for line, text in enumerate(texts, start=3)),
    ]
    assert [role for _, role in _roles(blocks)] == [
        Role.FURNITURE,
        Role.FURNITURE,
        Role.NAME,
        Role.HEADING,
        Role.DUTY,
        Role.DUTY,
        Role.HEADING,
        Role.UNIT,
        Role.DUTY,
        Role.CONTACT,
    ]


def test_a_unit_and_its_duties_on_one_line() -> None:
    roles = _roles(_blocks("Futian District Health Bureau", "Planning Section: responsible for drafting plans."))
    assert roles[1][1] is Role.UNIT_DUTIES


def test_the_first_sentence_names_the_organization() -> None:
    blocks = _blocks(
        "Welcome",
        "The Changde Municipal Health Commission is a department of the city government in charge of health.",
        "1. Implement health policies of the state.",
    )
    nodes = outline_of(blocks)
    roled = assign_roles(nodes, evidence_of(nodes, cues_for("en")))
    named = next(item for item in roled if item.role is Role.NAME)
    assert named.evidence.name == "Changde Municipal Health Commission"


def test_a_chinese_page() -> None:
    roles = _roles(
        _blocks(
            "首页",
            "海曙区月湖街道办事处",
            "主要职责",
            "（一）负责辖区内的社会治安综合治理工作。",
            "内设机构",
            "党政办公室",
        ),
        "zh",
    )
    assert [role for _, role in roles] == [
        Role.FURNITURE,
        Role.NAME,
        Role.HEADING,
        Role.DUTY,
        Role.HEADING,
        Role.UNIT,
    ]


def test_a_block_that_gives_no_name_is_never_made_the_name() -> None:
    # made the name, the skip link would let the two accessibility lines under it read as duties
    roles = _roles(
        _blocks(
            "Jump to the content zone at the center",
            "• Accessibility Guidelines Approval",
            "• Please scan the code to visit the site.",
            "Lands Department Organizational Chart",
            "The Lands Department, Qinghe City Government has a commissioner and two deputies.",
        )
    )
    assert [role for _, role in roles][:4] == [Role.FURNITURE, Role.FURNITURE, Role.FURNITURE, Role.NAME]


def test_a_page_on_which_no_block_gives_a_name_reads_its_duties_as_if_the_name_were_above() -> None:
    roles = _roles(
        _blocks(
            "Main Functions:",
            "1. Draft documents in the name of the General Office of Qinghe Municipal Government.",
            "2. Supervise the execution of decisions.",
        )
    )
    assert [role for _, role in roles] == [Role.HEADING, Role.DUTY, Role.DUTY]


def test_a_unit_named_over_a_sentence_referring_back_to_it_titles_its_own_page() -> None:
    roles = _roles(
        _blocks(
            "Skip to content",
            "Gazette Affairs Division",
            "This division is responsible for:",
            "• Publishing the city's gazette",
            "• Drafting the mayor's letters",
        )
    )
    assert [role for _, role in roles] == [Role.FURNITURE, Role.NAME, Role.INTRO, Role.DUTY, Role.DUTY]


def test_a_name_that_would_cost_the_page_its_duties_is_no_name() -> None:
    # a service's page that prints no title: its numbered duties, then, at its foot, a heading over a
    # paragraph about another body; read as the name, that heading would make every duty above it furniture
    blocks = _blocks(
        "The service keeps the town's air and water clean.",
        "To carry out this service, we do the following:",
        "1. monitor the town for statutory nuisances,",
        "2. investigate complaints of noise and smoke,",
        "3. monitor the air quality within the town,",
        "4. keep a register of cooling towers in the town, and",
        "5. issue permits for certain industrial premises.",
        "Service Standards",
        "If you contact us with a problem, we aim to give you a response within five working days.",
        "The Waterways Agency",
        "The Waterways Agency is a public body set up in 2012 that looks after the waterways of the region.",
    )
    roles = dict(_roles(blocks))
    assert Role.NAME not in roles.values()
    assert roles["monitor the town for statutory nuisances,"] is Role.DUTY
    assert roles["issue permits for certain industrial premises."] is Role.DUTY


def test_a_title_over_its_duties_is_the_name_whatever_it_costs() -> None:
    blocks = _blocks(
        "Skip Content",
        "Pollution Team",
        "What the Pollution Team provides",
        "1. Air quality: we review the air quality of the borough.",
        "2. Pest control: we treat homes for rats and mice.",
    )
    roles = _roles(blocks)
    assert roles[0][1] is Role.FURNITURE
    assert roles[1] == ("Pollution Team", Role.NAME)


def test_the_names_cost_is_read_with_a_table_without_transitions() -> None:
    # a table of one's own (ORGKB_ROLE_WEIGHTS) may have no transitions: the cost is weighed all the same
    blocks = _blocks("Skip Content", "Pollution Team", "1. Air quality: we review the air quality of the borough.")
    nodes = outline_of(blocks)
    cues = cues_for("en")
    table = Weights(hand_weights().emission, {})
    roled = assign_roles(nodes, evidence_of(nodes, cues), table, name_cost=cues.name_cost)
    assert [item.role for item in roled][:2] == [Role.FURNITURE, Role.NAME]
