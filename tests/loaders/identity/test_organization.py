"""Who a page is about (orgkb.loaders.identity.organization): name, kind, parent and place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orgkb.loaders.document import Kind
from orgkb.loaders.identity.organization import _NAME, _cities_in, _city_in, is_chinese_name, read_identity, read_kind


@pytest.mark.parametrize(
    ("intro", "parent", "alias"),
    [
        (
            "Beiyuan Sub-district Office is a dispatched agency of the Yiwu Municipal People's Government"
            " and exercises the administrative functions of the sub-district.",
            "Yiwu Municipal People's Government",
            "Beiyuan Sub-district Office",
        ),
        (
            "Beiyuan Office is a Detached Agency of Yiwu Municipal People's Government.",
            "Yiwu Municipal People's Government",
            "Beiyuan Office",
        ),
    ],
)
def test_the_parent_from_an_is_a_detached_agency_of_sentence(intro: str, parent: str, alias: str) -> None:
    identity = read_identity("Beiyuan Sub-district Office of Yiwu City", intro, intro)
    assert identity.parent == parent
    assert identity.parent_relation in ("dispatched agency", "detached agency")
    assert alias in identity.aliases


def test_a_lower_case_subject_gives_no_alias() -> None:
    intro = "The office is a dispatched agency of the Yiwu Municipal People's Government."
    identity = read_identity("Beiyuan Sub-district Office of Yiwu City", intro, intro)
    assert identity.parent == "Yiwu Municipal People's Government"
    assert identity.aliases == ["Beiyuan Sub-district Office"]


@pytest.mark.parametrize(
    ("title", "district", "city"),
    [
        # the gazetteer has a Huangpu District in Shanghai and in Guangzhou: the page's city decides
        ("Huangpu District People's Government, Guangzhou", "Huangpu District", "Guangzhou"),
        ("Chaoyang District Education Bureau of Changchun", "Chaoyang District", "Changchun"),
        ("Huangpu District Civil Affairs Bureau, Shanghai", "Huangpu District", "Shanghai"),
        # stating no city: the gazetteer's likeliest (a municipality's district first)
        ("Huangpu District Civil Affairs Bureau", "Huangpu District", "Shanghai"),
    ],
)
def test_the_city_the_page_states_wins_over_the_gazetteers(title: str, district: str, city: str) -> None:
    identity = read_identity(title, "", title)
    assert (identity.jurisdiction.district, identity.jurisdiction.city) == (district, city)
    assert not identity.warnings  # the gazetteer knows each district in its own city


@pytest.mark.parametrize(
    ("title", "district", "city"),
    [
        # a county-level city with the city it lies in: the county-level city is the place served
        ("General Office of People's Government of Tongcheng City, Anqing", "Tongcheng City", "Anqing"),
        ("Tongcheng City Civil Affairs Bureau, Anqing", "Tongcheng City", "Anqing"),
        # Xianning's Tongcheng is a county: "Tongcheng City, Xianning" names no county-level city of it
        ("General Office of People's Government of Tongcheng City, Xianning", None, "Xianning"),
        # a city named with its type in the middle of the name
        ("General Office of Changde City Government", None, "Changde"),
        ("Wenzhou Municipal Ecology and Environment Bureau", None, "Wenzhou"),
        ("Chengdu Municipal Commission of City Management", None, "Chengdu"),
        # a name opening with its city, and the city's district, without their types
        ("Lanzhou Civil Affairs Bureau", None, "Lanzhou"),
        ("ShenZhen Water Affairs Bureau", None, "Shenzhen"),
        ("Shanghai Minhang Health Supervision Institute", "Minhang District", "Shanghai"),
        # a province's department serves the province, which is no city (below)
        ("Civil Affairs Department of Zhejiang Province", None, None),
        ("Jiangsu Provincial Government Offices Administration", None, None),
        # a county-level city whose name states no city above it is left to the place clues, as before
        ("Yiwu Municipal Civil Affairs Bureau", None, None),
        # an autonomous county's name with the list of its peoples: all of it is the county's name
        (
            "Administrative Approval Bureau of Jiangcheng Hani and Yi Autonomous County, Pu'er",
            "Jiangcheng Hani and Yi Autonomous County",
            "Pu'er",
        ),
        (
            "Civil Affairs Bureau of Menglian Dai, Lahu and Va Autonomous County, Pu'er",
            "Menglian Dai, Lahu and Va Autonomous County",
            "Pu'er",
        ),
        ("Audit Bureau of Jingdong Yi Autonomous County, Pu'er", "Jingdong Yi Autonomous County", "Pu'er"),
        # a list of departments before a county is no people's list
        ("Bureau of Culture, Tourism and Jingdong Yi Autonomous County", "Jingdong Yi Autonomous County", "Pu'er"),
    ],
)
def test_the_place_a_name_states_with_its_type(title: str, district: str | None, city: str | None) -> None:
    identity = read_identity(title, "", title)
    assert (identity.jurisdiction.district, identity.jurisdiction.city) == (district, city)


@pytest.mark.parametrize(
    ("title", "province"),
    [
        ("Civil Affairs Department of Zhejiang Province", "Zhejiang"),
        ("Jiangsu Provincial Government Offices Administration", "Jiangsu"),
        # a city's bureau serves its city, not the province
        ("Wenzhou Municipal Ecology and Environment Bureau", None),
    ],
)
def test_a_provinces_department_serves_the_province_as_a_province(title: str, province: str | None) -> None:
    where = read_identity(title, "", title).jurisdiction
    assert where.province == province
    assert where.above_district == (province or where.city)


# The one regex `_city_in` and `_cities_in` stand for: searched over a whole page it tried the
# end-anchored branch at every comma.
_CITY_REFERENCE = re.compile(
    rf"(?:,\s*|\b)({_NAME})\s+(?:Municipality|Municipal People's Government)\b|,\s*({_NAME})\s*$"
)
_PAGES = sorted((Path(__file__).parents[2] / "data").rglob("*.txt"))


@pytest.mark.parametrize(
    "text",
    [
        "Huangpu District People's Government, Guangzhou",
        "Beiyuan Office is a dispatched agency of the Yiwu Municipal People's Government, Zhejiang",
        ", Shanghai Municipality",  # both could start at the last comma: the first branch wins
        "Office of Wuhan Municipality, Hankou",  # the municipality comes first
        "A, Municipality",  # no name before "Municipality": the name after the comma
        "Tianhe District, Guangzhou, the city",  # the last comma is not followed by a name alone
        "Guangzhou\n",
        "Bureau, Foo Bar  \n",
        "",
    ],
)
def test_the_city_is_found_as_the_one_regex_found_it(text: str) -> None:
    match = _CITY_REFERENCE.search(text)
    assert _city_in(text) == (match and (match.group(1) or match.group(2)))
    assert _cities_in(text) == [m.group(1) or m.group(2) for m in _CITY_REFERENCE.finditer(text)]


@pytest.mark.parametrize("path", _PAGES, ids=lambda path: path.name)
def test_the_city_of_every_page_is_found_as_before(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", "replace")
    match = _CITY_REFERENCE.search(text)
    assert _city_in(text) == (match and (match.group(1) or match.group(2)))


@pytest.mark.parametrize(
    ("line", "is_name"),
    [
        ("深圳市南山区城市管理和综合执法局", True),
        ("广州市黄埔区人民政府", True),
        ("中共北京市朝阳区委员会（区政府）", True),
        ("2023年5月8日", False),  # a date
        ("首页 > 政府机构", False),  # a breadcrumb
        ("南山区位于深圳市西南部，是深圳的经济中心。", False),  # a sentence
        ("Nanshan District 南山区", False),  # English too
        ("区", False),  # one character names nothing
    ],
)
def test_a_line_that_is_a_name_in_chinese(line: str, is_name: bool) -> None:
    assert is_chinese_name(line) is is_name


def test_the_chinese_title_is_an_alias_once() -> None:
    identity = read_identity(
        "Longgang District Civil Affairs Bureau (龙岗区民政局)", "", "", chinese_title="龙岗区民政局"
    )
    assert identity.name == "Longgang District Civil Affairs Bureau"
    assert identity.aliases == ["龙岗区民政局"]


def test_a_place_name_never_runs_across_a_line_break() -> None:
    # "... Audit Bureau" ends one line (a side menu) and "Jiangning District" starts the next
    identity = read_identity("Sports Bureau", "", "District Audit Bureau\nJiangning District is in Nanjing.")
    assert identity.jurisdiction.district == "Jiangning District"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # an office of a government is one of its departments, not the government
        ("Foreign Affairs Office of the People's Government of Harbin Municipality", Kind.DEPARTMENT),
        ("Letters and Calls Office of Longgang District People's Government", Kind.DEPARTMENT),
        ("Press Office of the Dalian Municipality", Kind.DEPARTMENT),
        # a council's service is one of its departments
        ("Parks and Leisure Services", Kind.DEPARTMENT),
        ("Waste Service", Kind.DEPARTMENT),
        # a division, section, team or unit is a section of a department
        ("County Road Division", Kind.SECTION),
        ("Special Affairs Division of the Department of Civil Affairs", Kind.SECTION),
        ("Planning Policy Team", Kind.SECTION),
        ("Land Charges Unit", Kind.SECTION),
        ("Department of Housing Division", Kind.DEPARTMENT),  # the head is the department
        # a city's office in one of its districts (a Taiwan 區公所), with or without its city
        ("Nanhu District Office, Qinghe City", Kind.SUB_DISTRICT_OFFICE),
        ("Beigang District Office", Kind.SUB_DISTRICT_OFFICE),
        ("Foreign Affairs Office of Beigang District", Kind.DEPARTMENT),  # the head is no district office
        # as before
        ("General Office of Wuchang District People's Government", Kind.GENERAL_OFFICE),
        ("Shipai Street Office of Tianhe District", Kind.SUB_DISTRICT_OFFICE),
        ("People's Government of Shuangpu Town, Xihu District", Kind.GOVERNMENT),
        ("Yaqian Town People's Government", Kind.GOVERNMENT),
        ("Xuhui District Administrative Service Center", Kind.OTHER),
    ],
)
def test_the_kind_is_read_from_the_names_head(name: str, kind: Kind) -> None:
    assert read_kind(name) is kind


def test_a_page_naming_no_place_of_its_own_serves_the_city_government_it_names_most() -> None:
    from orgkb.loaders.identity.organization import read_identity

    text = (
        "Publishing the Qinghe City Government Gazette.\n"
        "Drafting letters between the Qinghe City Council and Qinghe City Government.\n"
        "Answering the letters of the Longgang City Government."
    )
    assert read_identity("Gazette Affairs Division", "", text).jurisdiction.city == "Qinghe City"
    # a place of its own comes first
    named = read_identity("Gazette Affairs Division of Longgang City", "", text)
    assert named.jurisdiction.city != "Qinghe City"


@pytest.mark.parametrize(
    ("text", "city", "province"),
    [
        ("The Bomb Disposal Bureau serves the people of Hong Kong. Keeping Hong Kong safe.", "Hong Kong", None),
        ("Issuing licences for markets in the Macao SAR.", "Macao", None),
        ("Promoting the culture of Taiwan in the province.", None, "Taiwan"),
        # most named wins
        ("Exchanges with Macao. Events in Hong Kong. Hong Kong's fairs.", "Hong Kong", None),
    ],
)
def test_a_page_naming_no_place_of_its_own_serves_the_region_it_names(
    text: str, city: str | None, province: str | None
) -> None:
    from orgkb.loaders.identity.organization import read_identity

    where = read_identity("Operations Department", "", text).jurisdiction
    assert (where.city, where.province) == (city, province)
    # a place of its own comes first
    assert read_identity("Operations Department of Qinghe District", "", text).jurisdiction.city != city
