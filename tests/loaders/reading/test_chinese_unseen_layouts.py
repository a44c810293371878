"""Chinese pages in the layouts the fifth pass found on pages nobody had read (docs/zh-reader.md),
each written for this test (no text of a real page); tests/data/zh/unseen/README.md says what
each page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document, Kind, NameSource
from orgkb.loaders.load.files import read_page

PAGES = Path(__file__).parents[2] / "data" / "zh" / "unseen"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


@pytest.mark.parametrize(
    ("page", "name", "kind"),
    [
        # a disclosure index's rows (发布机构:青山县政府) name the publisher; a profile's history names the bureau
        ("qingshan-statistics-bureau-index.txt", "青山县统计局", Kind.DEPARTMENT),
        # 所属机构:X is a row of the index, not a title; the title naming the sub-district (桃园街道) defers
        # to the sentence naming its office in full
        ("taoyuan-subdistrict-index.txt", "长沙市岳麓区桃园街道办事处", Kind.SUB_DISTRICT_OFFICE),
        # 資料來源:秘書處 is the chart's source; a ministry (部) titled by its chart's caption
        ("culture-ministry-chart.txt", "文化觀光部", Kind.DEPARTMENT),
    ],
)
def test_a_disclosure_index_row_names_no_page(page: str, name: str, kind: Kind) -> None:
    document = _read(page)
    assert (document.name, document.kind) == (name, kind)


@pytest.mark.parametrize(
    ("page", "units"),
    [
        (
            "culture-ministry-chart.txt",  # rows labelled by the units' kind, a note in brackets left out
            [
                *("文化資產司", "藝術發展司", "觀光政策司", "人文出版司"),
                *("秘書處", "人事處", "會計處", "資訊處"),
                *("法規會", "訴願審議會", "國際交流組"),
                *("觀光署", "文化資產局", "影視局"),
            ],
        ),
        (
            "meishan-agriculture-bureau-count.txt",  # 共有5个下属单位:A、B……,有若干……
            ["县农业技术推广中心", "县种子管理站", "县农机事务中心", "县水产服务中心", "青石农场管理区"],
        ),
        (
            "anping-social-bureau-rules.txt",  # an article after the units: 本局下設A、B、C,其組織規程另訂之
            ["社會救助科", "老人福利科", "秘書室", "婦幼保護中心", "長青之家", "志願服務推廣中心"],
        ),
    ],
)
def test_units_listed_after_a_label_or_a_count_are_read(page: str, units: list[str]) -> None:
    document = _read(page)
    assert [unit.name for unit in document.units] == units
    assert document.duties == []


@pytest.mark.parametrize(
    ("page", "address", "telephone", "email", "hours"),
    [
        # labels parted from their values by spaces, under the unit's name that titles the page
        (
            "hongqiao-information-section.txt",
            "红桥县人民路中段政务服务中心305办公室",
            "0530-6120001",
            None,
            "8:30-12:00,14:30-17:30(法定工作日)",
        ),
        # a profile's rows, the address long enough to be taken for a line broken at the page's width;
        # 联系方式 and 咨询投诉渠道 before a telephone
        (
            "nanhu-emergency-bureau-rows.txt",
            "青州市南湖区湖滨东路1088号南湖政务中心大楼十二楼",
            "0571-86000001",
            "nh_yjj@example.gov.cn",
            "周一至周五 上午9:00-12:00、下午2:00-5:30(节假日除外)",
        ),
        # a disclosure index's 机构地址 and 联系方式 rows
        (
            "taoyuan-subdistrict-index.txt",
            "长沙市岳麓区桃园路18号桃园大厦3楼",
            "0731-88123456",
            None,
            "8:30-12:00,14:30-17:30",
        ),
    ],
)
def test_contact_rows_in_the_labels_unseen_pages_use_are_read(
    page: str, address: str, telephone: str, email: str | None, hours: str
) -> None:
    contact = _read(page).contact
    assert (contact.address, contact.telephone, contact.email, contact.hours) == (address, telephone, email, hours)


def test_a_units_name_over_its_contact_lines_names_its_page() -> None:
    document = _read("hongqiao-information-section.txt")
    assert (document.name, document.kind) == ("政务信息科", Kind.SECTION)  # not the address line, nor the welcome
    assert [duty.text[:4] for duty in document.duties] == ["负责全县", "编辑《红", "收集报送", "承担县政"]


@pytest.mark.parametrize(
    ("page", "name", "kind", "duties"),
    [
        # a title framed by 机构设置和职能; 第二条 glued to the sentence naming the bureau, a short name in brackets
        ("lishan-market-bureau-articles.txt", "黎山市市场监督管理局", Kind.DEPARTMENT, 3),
        # no title: the article number glued to the name (第二条县自然资源局是……) is no part of it
        ("fuqiao-natural-resources-articles.txt", "县自然资源局", Kind.DEPARTMENT, 3),
        # named only by the item saying what it is: X作为区政府的办事机构
        ("district-office-as-agency.txt", "区政府办公室", Kind.GENERAL_OFFICE, 1),
    ],
)
def test_an_article_or_item_naming_the_office_names_the_page(page: str, name: str, kind: Kind, duties: int) -> None:
    document = _read(page)
    assert (document.name, document.kind, len(document.duties)) == (name, kind, duties)
    assert not any(duty.text.startswith(("第一条", "根据")) for duty in document.duties)  # the regulation's basis


def test_a_list_entry_named_by_its_short_name_loads() -> None:
    document = _read("county-office-duty-list-entry.txt")  # "县政府办" over "部门职责", the list's title above
    assert (document.name, document.kind, len(document.duties)) == ("县政府办", Kind.GENERAL_OFFICE, 3)
    assert any("guessed" in warning for warning in document.warnings)


def test_untitled_rules_name_their_office_by_its_short_name() -> None:
    document = _read("qingling-district-offices-rules-untitled.txt")  # 區公所設下列各課、室 / 區公所設會計室
    assert (document.name, document.kind, document.duties) == ("區公所", Kind.SUB_DISTRICT_OFFICE, [])
    # 暫設社經課 where a condition holds: a unit set up in a clause, added after the others
    assert [unit.name for unit in document.units] == ["民政課", "社會課", "秘書室", "會計室", "人事室", "社經課"]


def test_a_profiles_labelled_fields_and_history_are_no_duties() -> None:
    document = _read("baisha-subdistrict-profile.txt")  # 名称来历  因……, 地理位置  地处……, 政区沿革  1956年……
    assert document.name == "青州市南湖区白沙街道办事处"  # the 派出机关 sentence's, not the title's 白沙街道
    assert [duty.text for duty in document.duties] == [
        "加强党的建设。落实基层党建工作责任制。",
        "组织公共服务。做好辖区社会保障和养老服务工作。",
    ]


def test_units_set_up_inside_prose_are_read() -> None:
    document = _read("qingshan-statistics-bureau-index.txt")  # ……2009年增设X调查队,2012年增设Y中心。
    assert [unit.name for unit in document.units] == ["青山县企业调查队", "青山县社情民意调查中心"]
    assert document.duties == []  # the bureau's history is no duty


def test_a_development_zone_bureau_serves_the_district_its_zone_lies_in() -> None:
    document = _read("panyu-zone-investment-bureau.txt")
    assert document.name == "番禺经济技术开发区投资促进局"
    assert (document.jurisdiction.district, document.jurisdiction.city) == ("Panyu District", "Guangzhou")
    assert document.jurisdiction.subdistrict is None
    assert len(document.duties) == 4


@pytest.mark.parametrize(
    ("page", "name", "kind"),
    [
        # a unit's duty names the bureau that never titles its page (负责区民政局主管的……)
        ("untitled-civil-affairs-units.txt", "区民政局", Kind.DEPARTMENT),
        # a duty issues papers in the office's name (以县政府、县政府办公室名义): the government is the one above
        ("untitled-county-general-office.txt", "县政府办公室", Kind.GENERAL_OFFICE),
    ],
)
def test_a_page_that_never_titles_itself_is_named_by_the_short_form_it_prints(page: str, name: str, kind: Kind) -> None:
    document = _read(page)
    assert (document.name, document.kind) == (name, kind)
    assert any("no line of the page gives the organization's name" in warning for warning in document.warnings)


def test_a_page_naming_only_the_government_above_it_is_not_named_after_it() -> None:
    document = _read("untitled-emergency-duties.txt")
    assert (document.name, document.name_source) == ("Untitled Emergency Duties", NameSource.FILE_NAME)
    assert document.parent is None and len(document.duties) == 3
