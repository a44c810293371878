"""Rules of the loader found on pages it had not seen, each on a small inline page."""

from __future__ import annotations

import pytest

from orgkb.loaders.identity.identifiers import organization_iri, parent_iri
from orgkb.loaders.reading.lines.header import is_noise
from orgkb.loaders.reading.reader import parse_text

_DUTIES = """Main Responsibilities
1. Implement the laws and policies of the state.
2. Complete other tasks assigned by the district government.
"""


def test_footer_and_button_rows_are_noise() -> None:
    for line in (
        "Print      Close",
        "[Print] [Close]",
        "Copyright © 2023 Chaoyang District People's Government. All Rights Reserved.",
        "京ICP备05083328号   京公网安备11010502035218号",
        "苏ICP备12345678号-1   Website Identification Code: 3205080001",
        "Sponsored by: Chaoyang District People's Government   Maintained by: Big Data Center",
        "Technical support: Hangzhou Xihu District Data Resources Bureau",
        # footers of unseen pages: link rows, a language switch, sponsors with their own telephone
        "About Us | Contact us | Site Map | Disclaimer",
        "简体 | 繁體 | English",
        "Sponsor: Yanta District People's Government   Tel: 029-85520000",
        "Organizer: Shapingba District People's Government   Undertaker: Big Data Development Center",
        "ICP Record No.: 12001234-1   Public Network Security Record No.: 50010602500123",
        "Public Network Security Record No. 50010602500123",
        "Guangdong ICP No. 05012345",
    ):
        assert is_noise(line), line
    for line in (
        "Print and distribute the documents of the bureau.",
        "Be responsible for ICP licence filing.",
        "Office | Handle documents, meetings and archives.",
        "No. | Department | Main Duties",
    ):
        assert not is_noise(line), line


def test_footer_after_the_last_unit_is_not_a_duty() -> None:
    page = (
        "Futian District Health Bureau\n"
        + _DUTIES
        + "Internal Organization\n(I) Office\nHandle documents; manage archives.\n"
        + "Print   Close\nCopyright©2025 Futian District People's Government\n粤ICP备12345678号-1\n"
        + "Sponsored by: Futian District People's Government\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.units[0].duties] == ["Handle documents", "Manage archives"]
    assert "Print Close" in document.dropped


def test_a_name_colon_duties_line_is_a_unit_even_when_it_says_including() -> None:
    page = (
        "Chaoyang District Ecology and Environment Bureau\n"
        + _DUTIES
        + "Internal Departments\n"
        + "Office: Responsible for the daily operation of the bureau, including documents, meetings and archives.\n"
        + "Comprehensive Planning Section: Draft plans; manage statistics.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Office", "Comprehensive Planning Section"]
    assert [duty.text for duty in document.units[1].duties] == ["Draft plans", "Manage statistics"]
    assert not any("names the unit listed as" in warning for warning in document.warnings)


def test_a_list_of_matters_is_no_list_of_units() -> None:
    page = (
        "Xihu District Commerce Bureau\n"
        + _DUTIES
        + "Internal Organization\n"
        + "The offices handle matters including documents, meetings and archives.\n"
        + "(I) Office\nHandle documents.\n(II) Market Section\nMonitor the market.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Office", "Market Section"]


def test_units_with_their_own_numbered_lists() -> None:
    page = (
        "Yuexiu District Human Resources and Social Security Bureau\n"
        + _DUTIES
        + "Internal Structure\n"
        + "（一）Office\n1、Handle documents and archives.\n2、Be responsible for finance; manage assets.\n"
        + "（二）Employment Promotion Section\n1、Formulate employment policies.\n2、Organize\ntraining.\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Office", "Employment Promotion Section"]
    assert [duty.text for duty in document.units[0].duties] == [
        "Handle documents and archives.",
        "Be responsible for finance; manage assets.",
    ]
    assert [duty.text for duty in document.units[1].duties] == ["Formulate employment policies.", "Organize training."]
    assert [duty.position for duty in document.units[1].duties] == [1, 2]
    assert [duty.line for duty in document.units[1].duties] == [10, 11]


def test_units_a_sentence_lists_are_sections_when_named_so() -> None:
    page = (
        "Jinjiang District Commerce Bureau\n"
        + _DUTIES
        + "Internal Organization\n"
        + "The Bureau has three internal sections: Office, Market Operation Section and Foreign Trade Division.\n"
    )
    units = parse_text(page, "page.txt").units
    assert [(unit.name, unit.kind.value) for unit in units] == [
        ("Office", "internal-office"),
        ("Market Operation Section", "section"),
        ("Foreign Trade Division", "section"),
    ]


def test_a_function_word_glued_onto_a_name_is_split_and_reported() -> None:
    page = "Chaoyang District Ecology Bureau\nMain Responsibilities\n1. Protect the environment of theDistrict.\n"
    document = parse_text(page, "page.txt")
    assert document.duties[0].text == "Protect the environment of the District."
    assert [(repair.original, repair.replacement) for repair in document.repairs] == [("theDistrict", "the District")]


def test_a_city_before_the_district_is_the_city() -> None:
    document = parse_text("Beijing Chaoyang District Ecology and Environment Bureau\n" + _DUTIES, "page.txt")
    assert (document.jurisdiction.district, document.jurisdiction.city) == ("Chaoyang District", "Beijing")
    assert document.parent == "Chaoyang District People's Government"
    assert str(organization_iri(document)).endswith("/beijing/chaoyang/ecology-and-environment-bureau")


def test_a_city_after_the_titles_last_of() -> None:
    document = parse_text("Jinjiang District Commerce Bureau of Chengdu\n" + _DUTIES, "page.txt")
    assert (document.jurisdiction.district, document.jurisdiction.city) == ("Jinjiang District", "Chengdu")
    # "of" a district is no city: the city is the gazetteer's for Jinjiang District
    document = parse_text("Commerce Bureau of Jinjiang District\n" + _DUTIES, "page.txt")
    assert (document.jurisdiction.district, document.jurisdiction.city) == ("Jinjiang District", "Chengdu")


def test_a_title_ending_in_its_city_keeps_the_city_out_of_the_id() -> None:
    document = parse_text("Yuexiu District Human Resources Bureau, Guangzhou\n" + _DUTIES, "page.txt")
    assert str(organization_iri(document)).endswith("/guangzhou/yuexiu/human-resources-bureau")


def test_a_town_government_is_under_its_district_government_not_the_same_node() -> None:
    document = parse_text("People's Government of Shuangpu Town, Xihu District, Hangzhou\n" + _DUTIES, "page.txt")
    assert document.kind.value == "government"
    assert document.parent == "Xihu District People's Government"
    assert str(organization_iri(document)).endswith("/hangzhou/xihu/shuangpu-town")
    assert str(parent_iri(document)).endswith("/hangzhou/xihu/government")
    # and the district's government is under its city's, not the same node either
    district = parse_text("Xihu District People's Government\n" + _DUTIES, "page.txt")
    assert district.parent == "Hangzhou Municipal People's Government"
    assert str(organization_iri(district)).endswith("/hangzhou/xihu/government")
    assert str(parent_iri(district)).endswith("/hangzhou/government")


def test_an_including_item_whose_gerund_is_followed_by_a_name() -> None:
    page = (
        "Pingjiang Sub-district Office\n"
        + _DUTIES
        + "Internal Organization\n(I) Party and Government Office\n"
        + "The office is responsible for coordination, including: handling documents, "
        + "managing finance and personnel, and organizing Party building.\n"
    )
    duties = parse_text(page, "page.txt").units[0].duties
    assert [duty.text for duty in duties] == [
        "The office is responsible for coordination",
        "Handling documents",
        "Managing finance and personnel",
        "Organizing Party building",
    ]


def test_an_english_page_with_chinese_names_is_no_chinese_page() -> None:
    page = (
        "首页 > English > 政府机构\nTianhe District Commerce Bureau (天河区商务局)\n"
        + _DUTIES
        + "Internal Organization\n1. Office (办公室)\n2. Market Section (市场科)\n粤ICP备12345678号\n"
    )
    document = parse_text(page, "page.txt")
    units = [(unit.name, unit.aliases) for unit in document.units]
    assert units == [("Office", ["办公室"]), ("Market Section", ["市场科"])]
    assert (document.name, document.aliases) == ("Tianhe District Commerce Bureau", ["天河区商务局"])


_LEADERS_PAGE = """Nanshan District Education Bureau
Updated: March 5, 2021
Main Functions and Responsibilities
1. Implement the education policies of the state.
2. Complete other tasks assigned by the district government.
Internal Institutions
1. Office: handle documents and archives.
2. Basic Education Section: guide primary and secondary schools.
Leadership
Director: Wang Wei
Deputy Director: Li Ming
Tel/Fax: 0755-26661234
Consultation hotline: 12345
"""


def test_a_leadership_list_is_skipped_not_read_as_units() -> None:
    document = parse_text(_LEADERS_PAGE, "page.txt")
    assert [unit.name for unit in document.units] == ["Office", "Basic Education Section"]
    assert document.units[1].duties[-1].text == "Guide primary and secondary schools"
    assert "Director: Wang Wei" in document.dropped
    assert any("leadership" in warning for warning in document.warnings)


def test_posts_are_no_units_even_without_a_leadership_heading() -> None:
    document = parse_text(_LEADERS_PAGE.replace("Leadership\n", ""), "page.txt")
    assert [unit.name for unit in document.units] == ["Office", "Basic Education Section"]
    assert document.units[1].duties[-1].text == "Guide primary and secondary schools"
    assert "Deputy Director: Li Ming" in document.dropped


def test_dates_with_month_names() -> None:
    assert parse_text(_LEADERS_PAGE, "page.txt").released.isoformat() == "2021-03-05"  # type: ignore[union-attr]
    page = _LEADERS_PAGE.replace("Updated: March 5, 2021", "Posted on 23 November 2022")
    assert parse_text(page, "page.txt").released.isoformat() == "2022-11-23"  # type: ignore[union-attr]


def test_a_tel_fax_number_is_both_and_a_hotline_is_a_telephone() -> None:
    contact = parse_text(_LEADERS_PAGE, "page.txt").contact
    assert (contact.telephone, contact.fax) == ("0755-26661234", "0755-26661234")
    page = _LEADERS_PAGE.replace("Tel/Fax: 0755-26661234\n", "")
    assert parse_text(page, "page.txt").contact.telephone == "12345"


_WATER_PAGE = """Departments
Luohu District Water Affairs Bureau
Date: 2021-07-15
【Main Responsibilities】
① Implement the laws and regulations on water affairs.
② Be responsible for the protection of water resources, including:
(1) the protection of drinking water sources;
(2) water saving.
③ Complete other tasks assigned by the district government.
Internal Organization and Functions
Ⅰ. Office
Handle documents; manage finance.
Ⅱ. Water Resources Section
Protect water sources.
Directly Affiliated Institutions
1. Luohu District Water Affairs Service Center
2. Luohu District River Management Station
Address: 1 Wenjin Road, Luohu District
"""


def test_circled_numbers_and_an_item_with_its_own_list() -> None:
    document = parse_text(_WATER_PAGE, "page.txt")
    assert [duty.number for duty in document.duties] == [1, 2, 3]
    assert document.duties[1].text == (
        "Be responsible for the protection of water resources, including: "
        "(1) the protection of drinking water sources; (2) water saving."
    )
    assert not document.warnings


def test_a_section_label_above_the_title_and_other_headings() -> None:
    document = parse_text(_WATER_PAGE, "page.txt")
    assert document.name == "Luohu District Water Affairs Bureau"
    assert "Departments" in document.dropped
    assert [unit.name for unit in document.units][:2] == ["Office", "Water Resources Section"]
    assert [duty.text for duty in document.units[0].duties] == ["Handle documents", "Manage finance"]
    assert document.contact.address == "1 Wenjin Road, Luohu District"


def test_affiliated_institutions_are_listed_after_the_units_as_affiliated_bodies() -> None:
    units = parse_text(_WATER_PAGE, "page.txt").units
    assert [(unit.name, unit.kind.value, unit.position) for unit in units[2:]] == [
        ("Luohu District Water Affairs Service Center", "affiliated-body", 3),
        ("Luohu District River Management Station", "affiliated-body", 4),
    ]
    assert not units[1].duties[-1].text.endswith("Institutions")


def test_a_heading_naming_its_office() -> None:
    page = _WATER_PAGE.replace("【Main Responsibilities】", "The main responsibilities of the Bureau are:")
    assert len(parse_text(page, "page.txt").duties) == 3


def test_a_heading_that_runs_on_into_its_first_item() -> None:
    page = (
        "Longgang District Civil Affairs Bureau\n"
        "Main Responsibilities: 1. Implement the laws and policies on civil affairs.\n"
        "2. Be responsible for social assistance.\n"
        "Internal Organization: The Bureau has two sections: Office and Social Assistance Section.\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.duties] == [
        "Implement the laws and policies on civil affairs.",
        "Be responsible for social assistance.",
    ]
    assert [unit.name for unit in document.units] == ["Office", "Social Assistance Section"]


def test_a_list_that_lost_its_line_breaks() -> None:
    page = (
        "Longgang District Civil Affairs Bureau\nMain Responsibilities\n"
        "(1) Implement the laws on civil affairs. (2) Be responsible for social assistance, including (1) relief; "
        "(2) subsidies. (3) Complete other tasks.\n"
        "Internal Organization\n1. Office 2. Social Assistance Section\n"
    )
    document = parse_text(page, "page.txt")
    # the second item's own "(1) ... (2)" breaks the count, so the duties line is left whole
    assert len(document.duties) == 1
    assert [(unit.name, unit.line) for unit in document.units] == [("Office", 5), ("Social Assistance Section", 5)]
    fixed = page.replace("including (1) relief; (2) subsidies", "including relief and subsidies")
    assert [duty.text for duty in parse_text(fixed, "page.txt").duties] == [
        "Implement the laws on civil affairs.",
        "Be responsible for social assistance, including relief and subsidies.",
        "Complete other tasks.",
    ]


def test_several_contact_fields_on_one_line() -> None:
    page = _DUTIES.join(["Longgang District Civil Affairs Bureau\n", "Add: 1 Longcheng Avenue Tel: 0755-28941234\n"])
    contact = parse_text(page, "page.txt").contact
    assert (contact.address, contact.telephone) == ("1 Longcheng Avenue", "0755-28941234")


_WRAPPED_PAGE = """Bao'an District Health Bureau

Main Responsibilities

Implement the laws, regulations and policies on health, and draft the health development
plans of the district.

Be responsible for the prevention and control of diseases and the handling of public health
emergencies in the district.

Complete other tasks assigned by the district government.

Internal Organization

1. Office (Office of Administrative Examination and Approval)
Handle documents and archives.
2. Office for Coordination with Hong Kong and Macao
Handle exchanges with Hong Kong and Macao.
"""


def test_hard_wrapped_paragraphs_of_an_unnumbered_list() -> None:
    duties = parse_text(_WRAPPED_PAGE, "page.txt").duties
    assert [duty.line for duty in duties] == [5, 8, 11]
    assert duties[0].text.endswith("the health development plans of the district.")
    # without blank lines, a line starting in lower case after one without a stop carries on
    unspaced = "\n".join(line for line in _WRAPPED_PAGE.splitlines() if line)
    assert [duty.line for duty in parse_text(unspaced, "page.txt").duties] == [3, 5, 7]


def test_unit_headings_with_another_name_in_brackets_and_small_words() -> None:
    units = parse_text(_WRAPPED_PAGE, "page.txt").units
    assert [(unit.name, unit.aliases) for unit in units] == [
        ("Office", ["Office of Administrative Examination and Approval"]),
        ("Office for Coordination with Hong Kong and Macao", []),
    ]


_FURNITURE_PAGE = """Current Location: Home > Government > Departments
Xicheng District Market Supervision Administration
Updated: 2023-09-01   Hits: 1,532
Font: Large Medium Small   [Print]   [Close]
Main Responsibilities
1. Be responsible for the supervision of the market in the district.
2. Be responsible for food safety and the health QR code of market stalls.
Internal Organization
1. Office
2. Food Safety Section
Tel: 010-88061234
Editor: Zhang San
Related Links
State Administration for Market Regulation
Scan the QR code to share this page
"""


def test_more_furniture_and_related_links() -> None:
    document = parse_text(_FURNITURE_PAGE, "page.txt")
    assert document.name == "Xicheng District Market Supervision Administration"
    assert document.duties[-1].text.endswith("the health QR code of market stalls.")
    assert [unit.name for unit in document.units] == ["Office", "Food Safety Section"]
    assert document.contact.telephone == "010-88061234"
    for line in ("Editor: Zhang San", "State Administration for Market Regulation", "Font: Large Medium Small"):
        assert any(dropped.startswith(line) for dropped in document.dropped), line
    assert any("related links" in warning for warning in document.warnings)


def test_a_chinese_title_on_its_own_line_is_an_alias_not_intro() -> None:
    page = (
        "Nanshan District Education Bureau\n深圳市南山区教育局\nPublish Time: 2023年5月8日\n"
        + _DUTIES
        + "Internal Organization\n1. Office (办公室)\n"
    )
    document = parse_text(page, "page.txt")
    assert (document.name, document.aliases) == ("Nanshan District Education Bureau", ["深圳市南山区教育局"])
    assert document.units[0].aliases == ["办公室"]
    assert str(organization_iri(document)).endswith("/shenzhen/nanshan/education-bureau")


def test_a_page_in_chinese_under_an_english_title_is_read_as_chinese() -> None:
    page = (
        "Nanshan District Education Bureau\n深圳市南山区教育局\n主要职责\n"
        "1. 贯彻执行国家和省、市有关教育工作的方针政策和法律法规，拟订全区教育发展规划。\n"
        "2. 负责全区各级各类学校的管理和指导工作，推进教育综合改革。\n"
        "3. 完成区委、区政府交办的其他任务。\n"
    )
    document = parse_text(page, "page.txt")  # refused before the staged reader read Chinese
    assert (document.language, document.name, document.name_line) == ("zh", "深圳市南山区教育局", 2)
    assert [duty.number for duty in document.duties] == [1, 2, 3]
    assert "Nanshan District Education Bureau" in document.dropped


# Site furniture printed above the title, in the layouts seen: a site name, a language switch, a
# tab bar, a side menu (with words that head blocks elsewhere) and a site banner naming a government.
_ABOVE_THE_TITLE = (
    "Baiyun District Portal\nEnglish | 中文\nHome | About Baiyun | News | Services\n"
    "Baiyun District People's Government of Guangzhou\nLeaders\nDepartments\nDistrict Finance Bureau\n"
)


def test_the_title_names_its_place_where_a_menu_of_bureaus_and_the_date_come_first() -> None:
    page = (
        "Xinjian District Portal | Nanchang\nDepartments\nDistrict Finance Bureau\nDistrict Audit Bureau\n"
        "Updated: 2023-06-30\nXinjian District Agriculture and Rural Affairs Bureau\n" + _DUTIES
    )
    document = parse_text(page, "page.txt")
    assert document.name == "Xinjian District Agriculture and Rural Affairs Bureau"
    assert document.released is not None and document.released.isoformat() == "2023-06-30"


@pytest.mark.parametrize(
    ("furniture", "title"),
    [
        # the side menu ends in a bureau; the title is the last name before the date
        (_ABOVE_THE_TITLE, "Baiyun District Emergency Management Bureau"),
        # a site name with a comma, then the title
        ("Anji, China\nHome | Government | Tourism\n", "Dipu Sub-district Office of Anji County"),
        # nothing above the title
        ("", "Baiyun District Emergency Management Bureau"),
        # the title with the site's name after a bar, under a side menu of bureaus
        (_ABOVE_THE_TITLE, "Baiyun District Emergency Management Bureau | Baiyun District Portal"),
    ],
)
def test_the_title_is_the_name_before_the_date_not_the_furniture_above(furniture: str, title: str) -> None:
    page = furniture + title + "\nRelease Date: 2023-04-18\n" + _DUTIES
    document = parse_text(page, "page.txt")
    assert document.name == title.partition(" | ")[0]
    assert document.released is not None and document.released.isoformat() == "2023-04-18"
    assert not document.units
    assert all(line in document.dropped for line in furniture.splitlines())


@pytest.mark.parametrize(
    "line",
    [
        "Office —— Handle documents; manage archives.",  # spaced double dash
        "Office——Handle documents; manage archives.",  # unspaced
        "【Office】Handle documents; manage archives.",  # the name in lenticular brackets
        "Office:Handle documents; manage archives.",  # a colon and no space
        "Office: Handle documents; manage archives.",  # the form read before
        "Office – Handle documents; manage archives.",  # a spaced en dash
        "【Office】\nHandle documents; manage archives.",  # the bracketed name on a line of its own
    ],
)
def test_a_unit_and_its_duties_on_one_line(line: str) -> None:
    page = "Yanta District Culture Bureau\n" + _DUTIES + "Internal Organization\n" + line + "\n"
    units = parse_text(page, "page.txt").units
    assert [unit.name for unit in units] == ["Office"]
    assert [duty.text for duty in units[0].duties] == ["Handle documents", "Manage archives"]


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # a heading that runs on into names parted by the Chinese enumeration comma
        (
            "Subordinate Units：Dipu Cultural Station、Dipu Community Health Service Center",
            ["Dipu Cultural Station", "Dipu Community Health Service Center"],
        ),
        # "A, B and C", the last name without a unit noun
        (
            "Affiliated institutions: Wuchang District E-government Service Center, "
            "Wuchang District Hotline Service Center and Wuchang District Archives",
            [
                "Wuchang District E-government Service Center",
                "Wuchang District Hotline Service Center",
                "Wuchang District Archives",
            ],
        ),
        # names with an "and" of their own, the list's "and" after a unit noun
        (
            "Affiliated institutions: Culture and Sports Station, Agricultural and Rural Service Center "
            "and Community Health Service Center",
            ["Culture and Sports Station", "Agricultural and Rural Service Center", "Community Health Service Center"],
        ),
        # one name, ended by a full stop as a sentence is
        (
            "Affiliated Institutions: Xinjian District Agricultural Technology Extension Station.",
            ["Xinjian District Agricultural Technology Extension Station"],
        ),
        # the heading on a line of its own, the names on the next
        (
            "Affiliated Units\nYanta District Cultural Center、Yanta District Library Station",
            ["Yanta District Cultural Center", "Yanta District Library Station"],
        ),
    ],
)
def test_affiliated_bodies_listed_by_name_on_one_line(block: str, names: list[str]) -> None:
    page = "Wuchang District Culture Bureau\n" + _DUTIES + "Internal Organization\n(I) Office\nHandle documents.\n"
    units = parse_text(page + block + "\n", "page.txt").units
    assert [(unit.name, unit.kind.value) for unit in units] == [
        ("Office", "internal-office"),
        *((name, "affiliated-body") for name in names),
    ]
    assert [len(unit.duties) for unit in units] == [1] + [0] * len(names)


def test_a_leadership_block_under_another_heading_is_skipped() -> None:
    page = (
        "Wuchang District Culture Bureau\n"
        + _DUTIES
        + "Internal Organization\n(I) Office\nHandle documents.\n"
        + "Leader Information\nLiu Jianhua   Director\nZhou Min   Deputy Director\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Office"]
    assert [duty.text for duty in document.units[0].duties] == ["Handle documents"]
    assert "Liu Jianhua Director" in document.dropped


def test_meta_lines_and_chinese_date_labels_are_no_intro() -> None:
    page = (
        "Dipu Sub-district Office\n发布日期：2023-03-09   Source: Anji County People's Government   Views: 865\n"
        "Source: Dipu Sub-district Office\nInstitutional Functions\n1. Implement the laws.\n2. Serve enterprises.\n"
        "Internal Organization\n(I) Office\nHandle documents.\nPublic Institutions\n(I) Dipu Cultural Station\n"
    )
    document = parse_text(page, "page.txt")
    assert document.released is not None and document.released.isoformat() == "2023-03-09"
    assert [duty.text for duty in document.duties] == ["Implement the laws.", "Serve enterprises."]
    assert [(unit.name, unit.kind.value) for unit in document.units] == [
        ("Office", "internal-office"),
        ("Dipu Cultural Station", "affiliated-body"),
    ]
    assert [duty.text for duty in document.units[0].duties] == ["Handle documents"]
    assert not document.warnings


def test_a_footer_after_the_units_is_no_unit_duty_or_contact() -> None:
    page = (
        "Yanta District Culture Bureau\n"
        + _DUTIES
        + "Internal Organization\nOffice —— Handle documents; manage archives.\n"
        + "About Us | Contact us | Site Map\nSponsor: Yanta District People's Government   Tel: 029-85520000\n"
        + "ICP Record No. 05001234   Website identification code: 6101130001\n"
    )
    document = parse_text(page, "page.txt")
    assert [unit.name for unit in document.units] == ["Office"]
    assert [duty.text for duty in document.units[0].duties] == ["Handle documents", "Manage archives"]
    assert document.contact.telephone is None
    assert len(document.dropped) == 3


@pytest.mark.parametrize(
    ("title", "address", "district", "subdistrict", "city"),
    [
        # a street in a bureau's address is no sub-district of the bureau
        (
            "Shapingba District Health Commission",
            "6 Xiaolongkan New Street, Shapingba District, Chongqing",
            "Shapingba District",
            None,
            "Chongqing",
        ),
        # an industrial area named before the district in the address is no district
        (
            "Yaqian Town People's Government",
            "8 Yaqian Road, Qianjiang Industrial Area, Yaqian Town, Xiaoshan District, Hangzhou",
            "Xiaoshan District",
            "Yaqian Town",
            "Hangzhou",
        ),
        # a county at the address's end is no city: the city is the gazetteer's for Anji County
        (
            "Dipu Sub-district Office of Anji County",
            "88 Changshuo Street, Anji County",
            "Anji County",
            "Dipu Sub-district",
            "Huzhou",
        ),
    ],
)
def test_an_address_names_no_sub_district_and_changes_no_district(
    title: str, address: str, district: str, subdistrict: str | None, city: str | None
) -> None:
    page = title + "\nAddress: " + address + "\n" + _DUTIES
    where = parse_text(page, "page.txt").jurisdiction
    assert (where.district, where.subdistrict, where.city) == (district, subdistrict, city)


def test_chinese_publisher_and_counter_labels_and_a_time_of_day_are_no_intro() -> None:
    page = "Jiangning District Sports Bureau\n发布时间：2024-02-19 09:30   来源：区体育局   浏览次数：312\n" + _DUTIES
    document = parse_text(page, "page.txt")
    assert document.released is not None and document.released.isoformat() == "2024-02-19"
    assert not document.warnings and not document.aliases


def test_a_link_row_parted_by_spaces_and_a_units_contact_label_are_no_blocks() -> None:
    page = (
        "Baiyun District Development and Reform Bureau\n"
        + _DUTIES
        + "Internal Organization\nPlanning Section: Draft the development plans.\n"
        + "   Contact: Ms. Wu   Tel: 020-36201002\n"
        + "Affiliated institutions: Baiyun District Price Monitoring Center\n"
        + "Contact Us\nTel: 020-36201234\nAbout Us   Contact Us   Site Map\n"
        + "Office   Planning Section   Finance Section\n"
    )
    document = parse_text(page, "page.txt")
    assert [(unit.name, unit.contact.telephone) for unit in document.units] == [
        ("Planning Section", "020-36201002"),
        ("Baiyun District Price Monitoring Center", None),
    ]
    assert document.contact.telephone == "020-36201234"
    assert "About Us Contact Us Site Map" in document.dropped
    # a row of unit names parted by spaces is not taken for links (here it is out of place)
    assert "Office Planning Section Finance Section" not in document.dropped


def test_contact_lines_under_the_copyright_line_are_the_sites() -> None:
    page = (
        "Yanta District Culture Bureau\n"
        + _DUTIES
        + "Internal Organization\nOffice: Handle documents.\nContact Us\nTel: 029-85521234\n"
        + "Copyright © 2023 Yanta District People's Government\n"
        + "Address: 1 Government Road, Yanta District   Tel: 029-85520000\n"
    )
    document = parse_text(page, "page.txt")
    assert (document.contact.telephone, document.contact.address) == ("029-85521234", None)
    assert not any("second" in warning for warning in document.warnings)
