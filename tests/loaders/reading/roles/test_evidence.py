"""The evidence of each outline node: the features that say what a line may be."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.outline import outline_of
from orgkb.loaders.reading.page import Block
from orgkb.loaders.reading.reader import parse_text
from orgkb.loaders.reading.roles import evidence_of
from orgkb.loaders.reading.roles.cues import cues_for


def _blocks(*texts: str) -> list[Block]:
    return [Block(line, text) for line, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        # the title printed again over the contact block at the end of the page
        (
            "en",
            (
                "Harbour District Sanitation Department",
                "Main Responsibilities",
                "1. Sweep the streets and collect the rubbish.",
                "2. Manage the public toilets.",
                "Contact Us",
                "Harbour District Sanitation Department",
                "Address: 8 Seaside Road, Harbour District",
            ),
        ),
        # an encyclopaedia's article: the title, the first sentence, the title again over the infobox
        (
            "zh",
            (
                "海港区环境卫生署",
                "海港区环境卫生署是海港区政府辖下的部门,专责管理环境卫生等事务。",
                "海港区环境卫生署",
                "署长王明",
                "主要职责",
                "一、负责街道清扫和垃圾收集。",
                "二、负责公共厕所的管理。",
            ),
        ),
    ],
)
def test_the_first_line_is_no_header_repeated_though_the_page_prints_it_again(
    language: str, texts: tuple[str, ...]
) -> None:
    nodes = outline_of(_blocks(*texts))
    found = evidence_of(nodes, cues_for(language))
    again = next(position for position, node in enumerate(nodes) if position and node.text == nodes[0].text)
    assert "repeated_header" not in found[0].features  # nothing is printed before it: it is the first copy
    assert found[0].note is None
    assert found[again].features.get("repeated_header") == 1.0  # the copy after it is the one repeated


EN = cues_for("en")


def _inline(text: str) -> tuple[str, str] | None:
    nodes = outline_of([Block(1, "Harbour Works Department"), Block(3, text)])
    return evidence_of(nodes, EN)[1].inline


@pytest.mark.parametrize(
    ("text", "inline"),
    [
        # a sentence whose subject is a unit, in an item of any list: bulleted, numbered or lettered
        ("• The Dredging Division keeps the channels deep.", ("Dredging Division", "keeps the channels deep.")),
        ("1. The Dredging Division keeps the channels deep.", ("Dredging Division", "keeps the channels deep.")),
        (
            "(2) The Moorings Office, which is responsible for the moorings.",
            ("Moorings Office", "is responsible for the moorings."),
        ),
        # a duty that names no unit as its subject
        ("1. Keep the channels at their charted depth.", None),
        ("2. The department keeps the channels at their charted depth.", None),
    ],
)
def test_a_unit_and_its_duties_in_one_sentence(text: str, inline: tuple[str, str] | None) -> None:
    assert _inline(text) == inline


@pytest.mark.parametrize(
    ("dateline", "names"),
    [
        # an article's dateline names the body that published it, not the body the page is about
        ("发布时间:2024-05-06 09:12 信息来源:青河县交通运输局", False),
        ("发布时间 : 2023-03-09 18:15来源 : 青河区财政局", False),
        ("2024-05-06 作者:青河县民政局", False),
        # a title with no date is read as a name
        ("青河县交通运输局", True),
    ],
)
def test_an_articles_dateline_gives_no_name(dateline: str, names: bool) -> None:
    nodes = outline_of(_blocks(dateline, "主要职责", "一、负责全县公路的养护。"))
    assert (evidence_of(nodes, cues_for("zh"))[0].name is not None) is names


@pytest.mark.parametrize(
    ("text", "inline"),
    [
        # a listing's lead-in ending in a unit's noun, over the names: no unit and its duties
        ("内设股室:办公室、法制股、财务股、城市管理指挥中心。", None),
        ("下设科室:综合科、审批科。", None),
        # a unit's name opening with 设, and its duties
        ("设备科:负责全局设备的采购、维修和报废。", ("设备科", "负责全局设备的采购、维修和报废。")),
    ],
)
def test_a_listings_lead_in_is_no_unit(text: str, inline: tuple[str, str] | None) -> None:
    nodes = outline_of([Block(1, "青河县城市管理局"), Block(3, "内设机构"), Block(5, text)])
    assert evidence_of(nodes, cues_for("zh"))[2].inline == inline


_OFFICE_UNDER_A_LABEL = (
    "{label}\n"
    "The Harbour Affairs Office of the Qinghe Municipal People's Government\n"
    "Release time: 2020-01-01\n\n"
    "(i) To implement the laws and rules on harbour affairs in Qinghe.\n\n"
    "(ii) To guide the harbour work of the districts of Qinghe.\n"
)


def test_a_label_the_page_never_echoes_gives_way_to_the_name_under_it() -> None:
    # "Online Services" labels the site's channel: no word of it is printed again, the office's are
    document = parse_text(_OFFICE_UNDER_A_LABEL.format(label="Online Services"), "page.txt")
    assert document.name == "The Harbour Affairs Office of the Qinghe Municipal People's Government"
    assert [duty.text[:16] for duty in document.duties] == ["To implement the", "To guide the har"]


def test_a_title_the_page_echoes_stays_the_name_over_a_longer_one() -> None:
    # "Harbour Services": its word is the page's, so it stays the name
    assert parse_text(_OFFICE_UNDER_A_LABEL.format(label="Harbour Services"), "page.txt").name == "Harbour Services"


_DUTIES = "\n\n1. Collects the city's taxes and fees.\n\n2. Keeps the city's accounts and pays its bills.\n"


@pytest.mark.parametrize(
    "trail",
    [
        # the trail's links printed glued together, ending in the title printed under it
        "HomeGovernmentCity OfficesOffice of the City TreasurerFunctional Statement\n\nFunctional Statement",
        "Home > City Offices > Office of the City Treasurer > Mandate\n\nMandate",
    ],
)
def test_a_trails_last_body_names_the_page_whose_title_names_none(trail: str) -> None:
    document = parse_text(trail + _DUTIES, "page.txt")
    assert document.name == "Office of the City Treasurer"
    assert [duty.text[:12] for duty in document.duties] == ["Collects the", "Keeps the ci"]


def test_a_title_naming_a_body_under_its_trail_is_the_name() -> None:
    page = "Home > City Offices > Office of the City Treasurer > Treasury Department\n\nTreasury Department" + _DUTIES
    assert parse_text(page, "page.txt").name == "Treasury Department"


_MENU = (
    "• Officials\n    • Municipal Government\n  • Laws\n    • Local Laws\n    • City Regulations\n",
    "• Officials\n    • Municipal Government\n  • Departments\n    • Government Office\n    • Working Departments\n"
    "    • Agencies under the Government\n  • Laws\n    • Local Laws\n",
)


@pytest.mark.parametrize("menu", _MENU)
def test_the_line_holding_the_body_the_duties_lead_in_names_is_the_name_under_the_sites_menu(menu: str) -> None:
    # "The main responsibilities of Harbour Office are:" echoes the line above it: that line is the page's
    # name, the menu's links ("Municipal Government", the heading "Working Departments") are the site's header
    page = (
        menu + "Qinghe Municipal Harbour Office\nDate: 2023-07-28\n\n"
        "The main responsibilities of Harbour Office are:\n\n"
        "1. Directing the harbour work of the city.\n\n2. Being responsible for the reception of ships.\n"
    )
    document = parse_text(page, "page.txt")
    assert document.name == "Qinghe Municipal Harbour Office"
    assert [duty.text[:12] for duty in document.duties] == ["Directing th", "Being respon"]
