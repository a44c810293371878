"""Who a Chinese page is about: kind, parent and jurisdiction through the gazetteer's Chinese names."""

from __future__ import annotations

import pytest

from orgkb.loaders.document import Kind
from orgkb.loaders.reading.roles.cues.zh_identity import places_in, read_identity_zh, read_kind_zh


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("温州市鹿城区人民政府办公室", Kind.GENERAL_OFFICE),
        ("区政府办公室", Kind.GENERAL_OFFICE),
        ("新城街道办事处", Kind.SUB_DISTRICT_OFFICE),
        ("高雄市茂林區公所", Kind.SUB_DISTRICT_OFFICE),  # a Taiwan district office
        ("桐乡市乌镇镇人民政府", Kind.GOVERNMENT),
        ("绍兴市越城区市场监督管理局", Kind.DEPARTMENT),
        ("区卫生健康委员会", Kind.DEPARTMENT),
        ("区农业农村局(农村发展科)", Kind.SECTION),  # a section named after its bureau, in brackets
        ("区农业农村局（法规股）", Kind.SECTION),
        ("区市场监督管理局(区知识产权局)", Kind.DEPARTMENT),  # a second name in brackets is no section
        ("广东省人民政府外事办公室", Kind.DEPARTMENT),  # an office that is no general office
        ("拥军优抚科", Kind.SECTION),
        ("区政务服务中心", Kind.SERVICE_CENTER),
    ],
)
def test_the_kind_of_a_chinese_name(name: str, kind: Kind) -> None:
    assert read_kind_zh(name) is kind


def test_places_in_a_name_the_city_narrowing_the_district() -> None:
    found = places_in("温州市鹿城区人民政府办公室")
    assert [(begin, end, place.label) for begin, end, place in found] == [
        (0, 3, "Wenzhou"),
        (3, 6, "Lucheng District"),
    ]


@pytest.mark.parametrize(
    ("name", "places"),
    [
        # a development zone lies in the place its name opens with, whatever the zone's words
        ("增城经济技术开发区园区发展局", ["Zengcheng District"]),
        ("广州市增城经济技术开发区管委会", ["Guangzhou", "Zengcheng District"]),
        ("长沙经开区管委会", ["Changsha"]),
        ("大连高新技术产业开发区", ["Dalian"]),
        # the gazetteer's own zone districts are found whole
        ("苏州工业园区", ["Suzhougongyeyuan District"]),
        # a zone's words alone name no place; a sub-district called 开发区街道 is one
        ("开发区各个园区", []),
        ("开发区街道办事处", ["Kaifaqu Sub-district"]),
    ],
)
def test_a_development_zone_is_placed_by_the_place_its_name_opens_with(name: str, places: list[str]) -> None:
    assert [place.label for _, _, place in places_in(name)] == places


def test_generic_words_are_no_places() -> None:
    assert places_in("负责全区、本市城区的市容管理") == []  # 全区, 本市, 城区 name no place


@pytest.mark.parametrize(
    ("name", "intro", "parent", "relation", "district", "city", "subdistrict"),
    [
        (
            "温州市鹿城区人民政府办公室",
            "",
            "温州市鹿城区人民政府",
            None,
            "Lucheng District",
            "Wenzhou",
            None,
        ),  # from its name
        (
            "新城街道辦事處",
            "新城街道辦事處是秀洲區人民政府的派出機關,依法履行轄區行政管理職能。",
            "秀洲區人民政府",
            "dispatched agency",
            "Xiuzhou District",  # the intro's district, not the first 新城街道 in the gazetteer
            "Jiaxing",
            "Xincheng Sub-district",
        ),
        ("臺北市政府民政局", "本局隸屬於臺北市政府", "臺北市政府", None, None, "Taipei City", None),
        # a province's own office: the province is the place it serves
        ("湖南省人民政府参事室", "", "湖南省人民政府", None, None, None, None),
        # a province before its city and district: the district decides
        ("广东省广州市越秀区民政局", "", "广东省广州市越秀区人民政府", None, "Yuexiu District", "Guangzhou", None),
    ],
)
def test_parent_and_jurisdiction(
    name: str,
    intro: str,
    parent: str,
    relation: str | None,
    district: str | None,
    city: str | None,
    subdistrict: str | None,
) -> None:
    identity = read_identity_zh(name, intro, "")
    assert (identity.parent_aliases, identity.parent_relation) == ([parent], relation)
    where = identity.jurisdiction
    assert (where.district, where.city, where.subdistrict) == (district, city, subdistrict)
    # a province's own office serves the province, as a province
    assert where.province == ("Hunan" if name.startswith("湖南省人民政府") else None)


@pytest.mark.parametrize(
    ("name", "intro", "parent"),
    [
        ("温州市鹿城区人民政府办公室", "", "Lucheng District People's Government"),
        ("新城街道辦事處", "新城街道辦事處是秀洲區人民政府的派出機關。", "Xiuzhou District People's Government"),
        ("桐乡市乌镇镇人民政府", "", None),  # a government's parent is not read from its name
        ("臺北市政府民政局", "", "Taipei City Government"),
        ("区政府办公室", "", None),  # no place to name its government by
    ],
)
def test_a_government_parent_takes_the_gazetteers_english_name(name: str, intro: str, parent: str | None) -> None:
    assert read_identity_zh(name, intro, "").parent == parent


def test_a_town_is_found_in_its_county() -> None:
    where = read_identity_zh("桐乡市乌镇镇人民政府", "", "").jurisdiction
    assert (where.district, where.city, where.subdistrict) == ("Tongxiang City", "Jiaxing", "Wuzhen Town")


def test_the_name_without_its_city_and_district_is_an_alias() -> None:
    assert read_identity_zh("绍兴市越城区市场监督管理局", "", "").aliases == ["市场监督管理局"]
    assert read_identity_zh("温州市鹿城区人民政府办公室", "", "").aliases == []  # "人民政府办公室" names no one


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        # a section named after its bureau in brackets goes by its own name, and by both run together
        ("区卫生局(疾病预防控制科)", ["疾病预防控制科", "区卫生局疾病预防控制科"]),
        ("区教育局（学前教育股）", ["学前教育股", "区教育局学前教育股"]),
        # a bureau's second name in brackets is no section
        ("区市场监督管理局(区知识产权局)", []),
    ],
)
def test_a_bracketed_section_goes_by_its_own_name(name: str, aliases: list[str]) -> None:
    assert read_identity_zh(name, "", "").aliases == aliases


@pytest.mark.parametrize(
    ("name", "intro", "aliases"),
    [
        # the signboards hung in the sentence setting the office up, each a name of it
        (
            "区政府办公室",
            "设立区政府办公室,为区政府工作部门,挂区政府外事办公室、区机关事务管理局牌子,承担……",
            ["区政府外事办公室", "区机关事务管理局"],
        ),
        (
            "青川区人民政府办公室",
            "设定青川区人民政府办公室,同时挂青川区政府督查室牌子,为区政府工作部门。",
            ["青川区政府督查室"],
        ),
        # two boards joined by 和; a board whose own name holds 和 stays whole
        ("区政府办公室", "设立区政府办公室,挂区外事办公室和区侨务办公室牌子。", ["区外事办公室", "区侨务办公室"]),
        ("区卫生健康局", "组建区卫生健康局,加挂区卫生和计划生育委员会牌子。", ["区卫生和计划生育委员会"]),
        # the short name it goes by, as printed (traditional characters kept)
        ("河西地區衛生計生委員會", "設立河西地區衛生計生委員會(以下簡稱地區衛生計生委),為……", ["地區衛生計生委"]),
        # a board another body hangs, in another sentence, is none of its names
        ("区卫生健康局", "区卫生健康局负责全区卫生工作。区民政局加挂区老龄办牌子。", []),
    ],
)
def test_the_sentence_naming_it_gives_its_signboards_and_short_name(name: str, intro: str, aliases: list[str]) -> None:
    identity = read_identity_zh(name, intro, "")
    assert [alias for alias in identity.aliases if alias in intro] == aliases
