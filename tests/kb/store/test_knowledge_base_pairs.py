"""The English and Chinese pages of one office across the regions: Taiwan's city governments,
Hong Kong's departments, Macao's bureaus and mainland kinds beyond the common ones become one
organization through the table of office kinds; different kinds, places or regions stay apart.

The pages are tests/data/pairs/ (written for these tests; see its README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.entities import duties, organizations
from orgkb.kb.store.knowledge_base import BatchReport, KnowledgeBase
from orgkb.loaders.identity.identifiers import organization_iri
from orgkb.loaders.load.files import read_page
from orgkb.loading import load_paths
from orgkb.ontology.ids import id_of
from orgkb.report import page_report

PAIRS = Path(__file__).parents[2] / "data" / "pairs"


@pytest.fixture(scope="module")
def loaded() -> tuple[KnowledgeBase, BatchReport]:
    kb = KnowledgeBase()
    return kb, load_paths(kb, [PAIRS])


@pytest.mark.parametrize(
    ("stem", "organization"),
    [
        # Taiwan: "<kind>, <City> City Government" or "<City> City Government <kind>" / 臺X市政府 + 局 or 處
        ("taipei-social-welfare", "taipei/social-welfare-bureau"),
        ("tainan-public-works", "tainan/public-works-bureau"),
        ("taichung-civil-affairs", "taichung/civil-affairs-bureau"),
        ("kaohsiung-environmental-protection", "kaohsiung/environmental-protection-bureau"),
        ("keelung-public-works", "keelung/public-works-bureau"),
        ("maolin-district-office", "kaohsiung/maolin/district-office"),
        # a city's bureau whose English page gives an address in one of the city's districts
        ("kaohsiung-water-resources", "kaohsiung/water-resources-bureau"),
        # Hong Kong's departments, 衞 and all
        ("hk-drainage-services", "hong-kong/drainage-services-department"),
        ("hk-food-hygiene", "hong-kong/food-and-environmental-hygiene-department"),
        # a yearbook's Chinese page printed with a space between its characters ("政 府 新 闻 处")
        ("hk-information-services", "hong-kong/information-services-department"),
        # Macao's bureaus
        ("macao-social-welfare", "macao/social-welfare-bureau"),
        ("macao-transport", "macao/transport-bureau"),
        ("macao-public-information", "macao/public-information-centre"),
        # the mainland's kinds beyond the common ones
        ("anji-forestry", "huzhou/anji/forestry-bureau"),
        ("jiangbei-civil-air-defense", "ningbo/jiangbei/civil-air-defense-office"),
        ("wuqing-administrative-approval", "tianjin/wuqing/administrative-approval-bureau"),
        # a province's general office (办公厅) and department (厅), whose addresses are in its capital
        ("hainan-general-office", "hainan/general-office"),
        ("hunan-civil-affairs", "hunan/department-of-civil-affairs"),
        # Hong Kong's departments and Macao's services beyond the first ones; "Macao SAR Government ..."
        ("hk-marine", "hong-kong/marine-department"),
        ("macao-statistics-census", "macao/statistics-and-census-service"),
    ],
)
def test_the_english_and_chinese_pages_of_one_office_are_one_organization(
    loaded: tuple[KnowledgeBase, BatchReport], stem: str, organization: str
) -> None:
    kb, _ = loaded
    english, chinese = read_page(PAIRS / f"{stem}-en.txt"), read_page(PAIRS / f"{stem}-zh.txt")
    assert id_of(str(organization_iri(english))) == id_of(str(organization_iri(chinese))) == organization
    (record,) = [record for record in organizations.organizations(kb) if record.id == organization]
    assert dict(record.names) == {"en": english.name, "zh": chinese.name}
    found = duties.responsibilities(kb, organization)
    assert len(found) == len(english.duties) + len(chinese.duties) > 0
    assert {Path(duty.source.document).name for duty in found} == {f"{stem}-en.txt", f"{stem}-zh.txt"}


def test_a_page_joining_its_other_language_says_so() -> None:
    kb = KnowledgeBase()
    load_paths(kb, [PAIRS / "tainan-public-works-en.txt"])
    result = load_paths(kb, [PAIRS / "tainan-public-works-zh.txt"]).results[0]
    assert result.joined and not result.superseded and not result.alike
    assert "the same organization in another language" in "\n".join(page_report(result, "loaded").lines)


def _organization(stem: str) -> str:
    return id_of(str(organization_iri(read_page(PAIRS / f"{stem}.txt"))))


def _alike(report: BatchReport, stem: str) -> str:
    return "\n".join(line for result in report.results if Path(result.source).stem == stem for line in result.alike)


@pytest.mark.parametrize(
    ("english", "chinese", "alike"),
    [
        # two kinds in one city: the table translates both names, into two kinds: nothing alike
        ("tainan-public-works-en", "tainan-social-affairs-zh", ""),
        # one kind in two cities
        ("taichung-civil-affairs-en", "tainan-civil-affairs-zh", ""),
        # Taiwan's Taoyuan City and Hunan's Taoyuan County: one kind, two places of one name
        (
            "taoyuan-civil-affairs-en",
            "taoyuan-county-civil-affairs-zh",
            "looks like taoyuan-civil-affairs-en.txt (taoyuan/civil-affairs-bureau: the same name in another place "
            "called taoyuan); kept as two organizations",
        ),
    ],
)
def test_different_offices_stay_apart_and_lookalikes_are_reported(
    loaded: tuple[KnowledgeBase, BatchReport], english: str, chinese: str, alike: str
) -> None:
    kb, report = loaded
    assert _organization(english) != _organization(chinese)
    ids = {record.id for record in organizations.organizations(kb)}
    assert {_organization(english), _organization(chinese)} <= ids
    assert _alike(report, chinese) == alike


def test_the_taiwan_and_mainland_bureaus_of_one_kind_in_places_of_one_name_are_placed_apart() -> None:
    assert _organization("taoyuan-civil-affairs-en") == "taoyuan/civil-affairs-bureau"
    assert _organization("taoyuan-county-civil-affairs-zh") == "changde/taoyuan/civil-affairs-bureau"


def test_two_departments_of_one_place_whose_names_only_one_translates_stay_apart_and_are_reported(
    loaded: tuple[KnowledgeBase, BatchReport],
) -> None:
    # 政府統計處 and the Information Services Department: two 處 of Hong Kong, one in the table
    kb, report = loaded
    english, chinese = _organization("hk-information-services-en"), _organization("hk-census-statistics-zh")
    assert english == "hong-kong/information-services-department" != chinese
    assert {english, chinese} <= {record.id for record in organizations.organizations(kb)}
    # the page loaded later says so (the folder is loaded in the order of its file names)
    assert _alike(report, "hk-information-services-en") == (
        "looks like hk-census-statistics-zh.txt (hong-kong/zhengfutongjichu: the same place and kind in zh, a name "
        "the table of office kinds does not translate; too few duties to compare (4 English, 2 Chinese));"
        " kept as two organizations"
    )
