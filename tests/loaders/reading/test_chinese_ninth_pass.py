"""Chinese pages in the layouts the ninth pass found on pages nobody had read (docs/zh-reader.md),
each written for this test (no text of a real page); tests/data/zh/ninth/README.md says what each
page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document, Kind
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.lines.header import Heading
from orgkb.loaders.reading.roles.cues.zh import _heading
from orgkb.loaders.reading.roles.cues.zh_qualify import qualified_name_zh
from orgkb.ontology.office_kinds import office_kinds
from orgkb.ontology.places import default_gazetteer

PAGES = Path(__file__).parents[2] / "data" / "zh" / "ninth"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


def test_this_departments_duties_head_the_offices_own_duties() -> None:
    # "一、本部门职责" was read as a unit that took every duty; "二、机构设置情况" as a duty
    document = _read("qinghe-general-office-own-duties.txt")
    assert (document.name, document.kind) == ("青禾区人民政府办公室", Kind.GENERAL_OFFICE)
    assert [duty.quote[:8] for duty in document.duties] == [
        "负责区政府全体会",
        "协助区政府领导同",
        "负责区政府总值班",
        "完成区委区政府交",
    ]
    # the units listed in a sentence whose count follows a space ("等 4个科室"): the last one too
    assert [unit.name for unit in document.units] == ["秘书科", "督查室", "信息科", "应急值守室"]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("本部门职责", Heading.DUTIES),
        ("一、本部门职责", None),
        ("机构设置情况", Heading.UNITS),
        ("内置机构", Heading.UNITS),
    ],
)
def test_chinese_headings(heading: str, section: Heading | None) -> None:
    assert _heading(heading) is section  # a numbered heading is read by the outline, its marker first


def test_a_page_with_no_title_lists_its_units_in_sentences_and_is_named_with_its_city() -> None:
    document = _read("zhuzhou-general-office-no-title.txt")
    assert document.name == "株洲市政府办公室"  # "市政府办公室" qualified by the city whose gazette it edits
    assert [unit.name for unit in document.units] == [
        "秘书处", "文电处", "督查处", "信息处", "建议提案处", "机关党委", "老干部服务处",
    ]  # fmt: skip
    assert len(document.duties) == 3  # the bare "(四)" at the excerpt's end is neither a duty nor a unit


@pytest.mark.parametrize(
    ("name", "texts", "qualified"),
    [
        ("市政府办公室", ["编辑《株洲市人民政府公报》。"], "株洲市政府办公室"),
        ("市政府办公室", ["株洲市人民政府", "湘潭市人民政府"], "市政府办公室"),  # two cities: no guess
        ("区政府办公室", ["株洲市人民政府"], "区政府办公室"),  # another level's place
        ("市政府办公室", ["指导全市政府信息公开工作"], "市政府办公室"),  # "全市" is no place
        ("株洲市政府办公室", ["湘潭市人民政府"], "株洲市政府办公室"),  # a name with its place keeps it
    ],
)
def test_a_name_without_its_place_takes_the_one_its_page_names(name: str, texts: list[str], qualified: str) -> None:
    assert qualified_name_zh(name, texts) == qualified


def test_the_sentence_setting_a_bureau_up_is_no_duty_and_an_empty_units_heading_no_duty() -> None:
    document = _read("nanling-forestry-bureau-former.txt")
    assert document.name == "南岭市林业局"
    assert [duty.quote[:10] for duty in document.duties] == ["主要职能是负责全市森"]
    assert document.units == []


def test_a_reports_title_names_the_bureau_and_its_profile_lists_the_units_it_counts() -> None:
    document = _read("taoyuan-water-bureau-report.txt")
    assert (document.name, document.kind) == ("桃源县水利局", Kind.DEPARTMENT)  # not "X2021年度……报告"
    assert [unit.name for unit in document.units] == [
        "办公室", "规划计划股", "水政监察大队", "联合工会",  # "等4个股室": the count vouches for 联合工会
        "机关党支部",  # "另按规定设立了X"
        "灌区管理所", "水库管理站", "防汛物资公司",  # "下辖A、B、C3个二级单位"
    ]  # fmt: skip


def test_a_county_named_with_one_character_is_a_place() -> None:
    document = _read("shaxian-civil-affairs-bureau.txt")  # 沙县: "全县" in its duties is no county
    assert (document.jurisdiction.district, document.jurisdiction.city) == ("Shaxian District", "Sanming")


def test_two_cities_of_one_english_name_keep_their_provinces() -> None:
    zhejiang = _read("taizhou-zhejiang-general-office.txt").jurisdiction.city
    jiangsu = _read("taizhou-jiangsu-general-office.txt").jurisdiction.city
    assert (zhejiang, jiangsu) == ("Taizhou, Zhejiang", "Taizhou")  # the gazetteer's "Taizhou" is Jiangsu's
    gazetteer = default_gazetteer()
    assert gazetteer.find(zhejiang) == gazetteer.find("台州市") != gazetteer.find(jiangsu)


def test_a_taiwan_city_council_is_a_kind_of_office_in_both_languages() -> None:
    kinds = office_kinds()
    chinese = kinds.chinese("臺中市議會", "taiwan")
    english = kinds.english("City Council", "taiwan")
    assert chinese is not None and english is not None
    assert chinese.kind.slug == english.kind.slug == "council"
    assert kinds.english("City Council") is None  # a UK or US council is no kind of the table


def test_schools_a_sentence_counts_before_naming_them_are_units() -> None:
    document = _read("donghu-education-bureau-schools.txt")  # 3 + 1 counted, 4 named
    assert [unit.name for unit in document.units] == ["东湖中心校", "西岭中心校", "南塘中心校", "区第一中学"]
    assert len(document.duties) == 2


def test_a_title_framing_the_name_with_its_self_governments_profile_names_it() -> None:
    document = _read("hsinchu-city-government-profile.txt")  # "新竹市政府組織自治簡介"
    assert (document.name, document.kind) == ("新竹市政府", Kind.GOVERNMENT)
