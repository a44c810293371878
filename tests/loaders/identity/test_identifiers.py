"""Identifiers (orgkb.loaders.identity.identifiers) and the places a page's graph names."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG, SKOS

from orgkb.errors import LoadError
from orgkb.kb.entities import duties, organizations
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.identity.identifiers import organization_iri, parent_iri, place_path
from orgkb.loaders.load.files import builtin_paths, read_page
from orgkb.loaders.rdf.triples import document_graph
from orgkb.loaders.reading.reader import parse_text
from orgkb.ontology.namespace import ID, PLACE

DATA = Path(__file__).parents[2] / "data"
GUANGZHOU_HUANGPU = DATA / "unseen" / "huangpu-guangzhou-district-government.txt"
_DUTIES = """Main Responsibilities
1. Implement the laws and policies of the state.
2. Complete other tasks assigned by the district government.
"""


def test_a_district_the_gazetteer_has_in_another_city_is_the_pages_citys() -> None:
    guangzhou = read_page(GUANGZHOU_HUANGPU)
    shanghai = parse_text("Huangpu District People's Government\n" + _DUTIES, "shanghai-huangpu.txt")
    assert (place_path(guangzhou), place_path(shanghai)) == ("guangzhou/huangpu", "shanghai/huangpu")
    assert organization_iri(guangzhou) == ID["guangzhou/huangpu/government"]
    assert organization_iri(shanghai) == ID["shanghai/huangpu/government"]


def test_the_page_serves_its_own_citys_district_not_the_other_citys() -> None:
    # the gazetteer knows both Huangpu Districts: the page's is Guangzhou's (the store describes it)
    graph = document_graph(read_page(GUANGZHOU_HUANGPU))
    district = PLACE["guangdong/guangzhou/huangpu"]
    assert graph.value(ID["guangzhou/huangpu/government"], DCTERMS.spatial) == district
    shanghai = URIRef(PLACE["shanghai/huangpu"])
    assert not [triple for triple in graph if shanghai in triple]


def test_the_two_huangpu_governments_stay_apart_in_one_knowledge_base() -> None:
    kb = KnowledgeBase()
    kb.add_document(read_page(GUANGZHOU_HUANGPU))
    kb.add_document(parse_text("Huangpu District People's Government\n" + _DUTIES, "shanghai-huangpu.txt"))
    guangzhou = organizations.organization(kb, "guangzhou/huangpu/government")
    shanghai = organizations.organization(kb, "shanghai/huangpu/government")
    assert (guangzhou.district, guangzhou.city) == ("Huangpu District", "Guangzhou")
    assert (shanghai.district, shanghai.city) == ("Huangpu District", "Shanghai")
    assert len(duties.responsibilities(kb, guangzhou.id)) == 8
    assert len(duties.responsibilities(kb, shanghai.id)) == 2


def test_a_bureaus_government_serves_the_pages_district_not_the_other_citys() -> None:
    document = parse_text("Huangpu District Education Bureau, Guangzhou\n" + _DUTIES, "page.txt")
    graph = document_graph(document)
    government = ID["guangzhou/huangpu/government"]
    district = PLACE["guangdong/guangzhou/huangpu"]
    assert graph.value(ID["guangzhou/huangpu/education-bureau"], DCTERMS.spatial) == district
    assert graph.value(government, DCTERMS.spatial) == district


@pytest.mark.parametrize(
    ("title", "parent", "iri"),
    [
        # a district's government is under its city's
        ("Huangpu District People's Government, Guangzhou", "Guangzhou Municipal People's Government", "guangzhou"),
        ("Xihu District People's Government", "Hangzhou Municipal People's Government", "hangzhou"),
        # a town's under its district's; an office's under its district's
        (
            "People's Government of Maqiao Town, Minhang District",
            "Minhang District People's Government",
            "shanghai/minhang",
        ),
        ("Huangpu District Education Bureau, Guangzhou", "Huangpu District People's Government", "guangzhou/huangpu"),
        # an office of a city without districts: the city's government, as before
        ("Beiyuan Sub-district Office of Yiwu City", "Yiwu Municipal People's Government", "yiwu"),
    ],
)
def test_a_government_parent_is_the_government_of_its_own_place(title: str, parent: str, iri: str) -> None:
    intro = "Beiyuan Sub-district Office is a dispatched agency of the Yiwu Municipal People's Government.\n"
    document = parse_text(title + "\n" + (intro if "Yiwu" in title else "") + _DUTIES, "page.txt")
    assert document.parent == parent
    assert parent_iri(document) == ID[f"{iri}/government"]
    assert parent_iri(document) != organization_iri(document)


def test_the_district_government_is_under_the_citys_in_its_graph() -> None:
    graph = document_graph(read_page(GUANGZHOU_HUANGPU))
    city_government = ID["guangzhou/government"]
    assert graph.value(ID["guangzhou/huangpu/government"], ORG.subOrganizationOf) == city_government
    assert str(graph.value(city_government, SKOS.prefLabel)) == "Guangzhou Municipal People's Government"
    assert graph.value(city_government, DCTERMS.spatial) == PLACE["guangdong/guangzhou"]


_PAGES = sorted(DATA.rglob("*.txt")) + builtin_paths()


@pytest.mark.parametrize("path", _PAGES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_no_page_is_its_own_parent(path: Path) -> None:
    try:
        document = read_page(path)
    except LoadError:
        return  # tests/data/bad and the bad page of a batch
    assert parent_iri(document) != organization_iri(document)


def test_a_name_in_chinese_is_never_the_slug() -> None:
    # the shortest name is the Chinese one in brackets; the IRI takes the shortest English one
    document = read_page(DATA / "unseen" / "longgang-civil-affairs-bureau.txt")
    assert "龙岗区民政局" in document.aliases
    assert organization_iri(document) == ID["shenzhen/longgang/civil-affairs-bureau"]
    page = "Tianhe District Commerce Bureau (商务局)\n" + _DUTIES
    # Tianhe District is Guangzhou's in the gazetteer
    assert organization_iri(parse_text(page, "page.txt")) == ID["guangzhou/tianhe/commerce-bureau"]


@pytest.mark.parametrize(
    ("title", "iri"),
    [
        # the full name: "Department of Public Works", not "Department"
        ("Department of Public Works of Fairfax County", "fairfax/department-of-public-works"),
        ("Bureau of Commerce of Tianhe District", "guangzhou/tianhe/commerce-bureau"),
        # a kind named in other words is the table's kind
        ("Shanghai Municipal Commission of Commerce", "shanghai/commerce-commission"),
        # the place from the name when the reader found none
        ("General Office of Qingshuiwan City People's Government", "qingshuiwan/general-office"),
        # a district government's office is not the government
        (
            "Foreign Affairs Office of the People's Government of Xuhui District",
            "shanghai/xuhui/foreign-affairs-office",
        ),
    ],
)
def test_an_organizations_id_is_its_full_name_in_its_place(title: str, iri: str) -> None:
    assert organization_iri(parse_text(title + "\n" + _DUTIES, "page.txt")) == ID[iri]


def test_a_page_nobody_can_place_is_its_own_organization() -> None:
    first = parse_text("Department of Public Works\n" + _DUTIES, "first.txt")
    second = parse_text("Department of Public Works\n" + _DUTIES, "second.txt")
    assert organization_iri(first) == ID["unplaced/first/department-of-public-works"]
    assert organization_iri(first) != organization_iri(second)


def test_a_chinese_name_is_translated_through_the_table_or_written_in_pinyin() -> None:
    from orgkb.loaders.document import Document, Jurisdiction, Kind

    def chinese(name: str, parent: str | None = None) -> Document:
        where = Jurisdiction(district="静安区", city="上海市")
        return Document("zh.txt", "0", name, Kind.OTHER, 1, parent=parent, jurisdiction=where, language="zh")

    assert organization_iri(chinese("静安区人民政府办公室")) == ID["shanghai/jingan/general-office"]
    assert organization_iri(chinese("曹家渡街道办事处")) == ID["shanghai/jingan/caojiadu-sub-district-office"]
    assert organization_iri(chinese("上海市静安区文物保护中心")) == ID["shanghai/jingan/wenwubaohuzhongxin"]
    assert parent_iri(chinese("静安区民政局", "静安区人民政府")) == ID["shanghai/jingan/government"]
    assert parent_iri(chinese("静安区人民政府", "上海市人民政府")) == ID["shanghai/government"]


@pytest.mark.parametrize(
    ("address", "iri"),
    [
        # two cities are called Taizhou: the address says which
        ("1 Shifu Avenue, Taizhou, Zhejiang Province", "zhejiang/taizhou/general-office"),
        ("2 Fenghuang Road, Taizhou, Jiangsu", "jiangsu/taizhou/general-office"),
    ],
)
def test_two_cities_of_one_name_are_told_apart_by_their_province(address: str, iri: str) -> None:
    title = "General Office of Taizhou Municipal People's Government\n"
    assert organization_iri(parse_text(title + _DUTIES + f"Address: {address}\n", "page.txt")) == ID[iri]


def test_a_citys_chinese_name_gives_the_path_of_its_english_one() -> None:
    from orgkb.loaders.document import Document, Jurisdiction, Kind

    def chinese(name: str, city: str) -> Document:
        return Document("zh.txt", "0", name, Kind.DEPARTMENT, 1, jurisdiction=Jurisdiction(city=city), language="zh")

    assert organization_iri(chinese("杭州市民政局", "杭州市")) == ID["hangzhou/civil-affairs-bureau"]
    english = parse_text("Hangzhou Municipal Civil Affairs Bureau\n" + _DUTIES, "page.txt")
    assert organization_iri(english) == ID["hangzhou/civil-affairs-bureau"]
    assert organization_iri(chinese("台州市民政局", "台州市")) == ID["zhejiang/taizhou/civil-affairs-bureau"]


def test_a_county_level_city_is_not_read_as_its_prefecture() -> None:
    tongcheng = parse_text("General Office of People's Government of Tongcheng City, Anqing\n" + _DUTIES, "t.txt")
    anqing = parse_text("General Office of Anqing Municipal People's Government\n" + _DUTIES, "a.txt")
    assert organization_iri(tongcheng) == ID["anqing/tongcheng/general-office"]
    assert organization_iri(anqing) == ID["anqing/general-office"]
    assert (URIRef(ID["anqing/tongcheng/general-office"]), DCTERMS.spatial, PLACE["anhui/anqing/tongcheng"]) in (
        document_graph(tongcheng)
    )


def test_a_provinces_department_serves_the_province() -> None:
    document = parse_text("Civil Affairs Department of Zhejiang Province\n" + _DUTIES, "z.txt")
    iri = organization_iri(document)
    # "Civil Affairs Department" is the province's 民政厅, in the table's mainland rows
    assert iri == ID["zhejiang/department-of-civil-affairs"]
    assert (URIRef(iri), DCTERMS.spatial, PLACE["zhejiang"]) in document_graph(document)


@pytest.mark.parametrize(
    "text",
    [
        # the address names the provincial capital: the office still serves the province
        "Department of Civil Affairs of Zhejiang Province\n" + _DUTIES + "Address: 20 Shengfu Road, Hangzhou\n",
        "Zhejiang Provincial Department of Civil Affairs\n" + _DUTIES + "Address: 20 Shengfu Road, Hangzhou\n",
        "浙江省民政厅\n主要职责\n一、拟订全省民政事业发展规划。\n二、承办交办的其他事项。\n地址：杭州市省府路20号\n",
    ],
)
def test_a_provinces_department_is_not_placed_in_the_capital_of_its_address(text: str) -> None:
    document = parse_text(text, "z.txt")
    assert organization_iri(document) == ID["zhejiang/department-of-civil-affairs"]
    assert document.jurisdiction.province == "Zhejiang" and document.jurisdiction.city is None


_PAIR_EN = (
    "{name}\n\nMain Responsibilities\n\n1. Plan and carry out the policies of the office.\n"
    "2. Handle other matters assigned.\n"
)
_PAIR_ZH = "{name}\n主要职责\n一、拟订并组织实施有关政策。\n二、承办交办的其他事项。\n"


@pytest.mark.parametrize(
    ("english", "chinese", "organization"),
    [
        # Taiwan: the kind before or after "<Place> City Government", "Department of X" or "X Bureau"
        ("Department of Civil Affairs, Taipei City Government", "臺北市政府民政局", "taipei/civil-affairs-bureau"),
        ("Taipei City Government Department of Civil Affairs", "台北市政府民政局", "taipei/civil-affairs-bureau"),
        ("Civil Affairs Bureau of Taichung City Government", "臺中市政府民政局", "taichung/civil-affairs-bureau"),
        ("Taichung City Civil Affairs Bureau", "台中市民政局", "taichung/civil-affairs-bureau"),
        ("Kaohsiung City Government Police Department", "高雄市政府警察局", "kaohsiung/police-bureau"),
        ("Taoyuan City Government Department of Labor", "桃園市政府勞動局", "taoyuan/labor-bureau"),
        ("Xinyi District Office, Taipei City", "臺北市信義區公所", "taipei/xinyi/district-office"),
        # a county's or a smaller city's 處, the county governed as a city is
        (
            "Public Works Department, Hsinchu County Government",
            "新竹縣政府工務處",
            "hsinchu-county/public-works-bureau",
        ),
        ("Hsinchu City Government Department of Civil Affairs", "新竹市政府民政處", "hsinchu/civil-affairs-bureau"),
        (
            "Department of Social Affairs, Pingtung County Government",
            "屏東縣政府社會處",
            "pingtung/social-welfare-bureau",
        ),
        # Hong Kong and Macao
        ("Drainage Services Department, HKSAR Government", "香港渠務署", "hong-kong/drainage-services-department"),
        ("Hong Kong Social Welfare Department", "香港特別行政區政府社會福利署", "hong-kong/social-welfare-bureau"),
        ("Transport Bureau of the Macao SAR Government", "澳門特別行政區交通事務局", "macao/transport-bureau"),
        ("Health Bureau, Macao SAR", "澳門衛生局", "macao/health-bureau"),
        # the mainland's kinds beyond the common ones
        ("Xiangcheng District Forestry Bureau, Suzhou", "苏州市相城区林业局", "suzhou/xiangcheng/forestry-bureau"),
        ("Big Data Bureau of Guiyang", "贵阳市大数据发展管理局", "guiyang/big-data-bureau"),
        ("Civil Air Defense Office of Hangzhou", "杭州市人民防空办公室", "hangzhou/civil-air-defense-office"),
        (
            "Shiquan Sub-district Party Working Committee of Putuo District, Shanghai",
            "上海市普陀区石泉街道党工委",
            "shanghai/putuo/shiquan-sub-district-working-committee",
        ),
    ],
)
def test_an_office_named_in_either_language_has_one_id(english: str, chinese: str, organization: str) -> None:
    pages = [parse_text(_PAIR_EN.format(name=english), "en.txt"), parse_text(_PAIR_ZH.format(name=chinese), "zh.txt")]
    assert [str(organization_iri(page)) for page in pages] == [str(ID[organization])] * 2


@pytest.mark.parametrize(
    ("name", "organization"),
    [
        # a region's words elsewhere keep the name's own slug: Fairfax's department is no Taiwan bureau
        ("Department of Public Works, Fairfax County", "fairfax/department-of-public-works"),
        ("Department of Health, Camden", "camden/department-of-health"),
    ],
)
def test_a_regions_kinds_leave_other_places_names_alone(name: str, organization: str) -> None:
    assert str(organization_iri(parse_text(_PAIR_EN.format(name=name), "en.txt"))) == str(ID[organization])


@pytest.mark.parametrize(
    ("english", "chinese", "organization"),
    [
        # a province-level city's general office (办公厅), its address in one of the city's districts
        (
            "General Office of Tianjin Municipal People's Government\n"
            + _DUTIES
            + "Address: 8 Youyi Road, Hexi District, Tianjin\n",
            "天津市人民政府办公厅\n主要职责\n一、协助市政府领导处理日常工作。\n二、承办交办的其他事项。\n地址：天津市河西区友谊路8号\n",
            "tianjin/general-office",
        ),
        # a city's bureau named as the municipality's
        (
            "Civil Affairs Bureau of Chongqing Municipality\n"
            + _DUTIES
            + "Address: 3 Renmin Road, Yuzhong District, Chongqing\n",
            "重庆市民政局\n主要职责\n一、拟订全市民政事业发展规划。\n二、承办交办的其他事项。\n地址：重庆市渝中区人民路3号\n",
            "chongqing/civil-affairs-bureau",
        ),
    ],
)
def test_a_municipalitys_office_is_not_placed_in_the_district_of_its_address(
    english: str, chinese: str, organization: str
) -> None:
    assert organization_iri(parse_text(english, "en.txt")) == ID[organization]
    assert organization_iri(parse_text(chinese, "zh.txt")) == ID[organization]
