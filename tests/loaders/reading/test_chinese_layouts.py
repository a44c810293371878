"""Chinese pages in the common layouts of government sites, each written for this test (no text of
a real page): general offices, sub-district offices, towns, bureaus and commissions with their
内设机构; numbering 一、（一）1．1、①, 第一条; duties joined by ；; units as `办公室：负责……`,
`【办公室】`, `办公室。负责……`, headings, table rows or a sentence listing them; 联系方式 blocks;
site furniture (首页>机构设置>…, 当前位置, 字号 大 中 小, 打印本页, 关闭窗口, 来源/发布时间).
tests/data/zh/layouts/README.md says what each page shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document, Kind
from orgkb.loaders.load.files import read_page

PAGES = Path(__file__).parents[2] / "data" / "zh" / "layouts"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


@pytest.mark.parametrize(
    ("page", "name", "kind", "duties", "units"),
    [
        # (page, name, kind, (first duty line, duty count), units as (name, line, duty count))
        (
            "gongshu-general-office-furniture.txt",
            "杭州市拱墅区人民政府办公室",
            Kind.GENERAL_OFFICE,
            (7, 5),
            [("秘书科", 13, 2), ("综合调研科", 14, 2), ("督查科", 15, 1)],
        ),
        (
            "liangzhu-subdistrict-office.txt",
            "杭州市余杭区良渚街道办事处",
            Kind.SUB_DISTRICT_OFFICE,
            (3, 6),
            [
                ("党政综合办公室", 10, 3),
                ("经济发展办公室", 12, 2),
                ("社会事务办公室", 14, 3),
                ("平安建设办公室", 16, 2),
            ],
        ),
        (
            "jingshan-town-government.txt",
            "杭州市余杭区径山镇人民政府",
            Kind.GOVERNMENT,
            (4, 5),
            [
                (name, 10, 0)
                for name in ("党政办公室", "经济发展办公室", "社会事务办公室", "综合执法办公室", "平安建设办公室")
            ],
        ),
        (
            "yuhang-education-bureau-units.txt",
            "杭州市余杭区教育局",
            Kind.DEPARTMENT,
            (4, 5),
            [("办公室", 10, 2), ("基础教育科", 13, 2), ("人事科", 16, 2)],
        ),
        (
            "jiangning-health-commission-regulation.txt",  # titled by its regulation, articles 第一条……
            "南京市江宁区卫生健康委员会",
            Kind.DEPARTMENT,
            (5, 5),
            [("办公室", 11, 1), ("医政医管科", 12, 1), ("疾病预防控制科", 13, 1)],
        ),
        (
            "tianhe-civil-affairs-html.html",
            "广州市天河区民政局",
            Kind.DEPARTMENT,
            (9, 5),
            [("办公室", 15, 1), ("社会救助科", 16, 2), ("养老服务科", 17, 2)],
        ),
        ("fenshui-town-contacts-first.txt", "桐庐县分水镇人民政府", Kind.GOVERNMENT, (8, 6), []),
        (
            "wanzhou-market-bureau-brackets.txt",
            "重庆市万州区市场监督管理局",
            Kind.DEPARTMENT,
            (3, 4),
            [("办公室", 8, 2), ("登记注册科", 9, 1), ("食品安全协调科", 10, 2)],
        ),
        (
            "dongpo-water-bureau-one-paragraph.txt",
            "眉山市东坡区水利局",
            Kind.DEPARTMENT,
            (3, 6),
            [(name, 5, 0) for name in ("办公室", "规划建设股", "水资源管理股", "农村水利股")],
        ),
        (
            "kaifu-audit-bureau-units-full-stop.txt",
            "长沙市开福区审计局",
            Kind.DEPARTMENT,
            (4, 4),
            [("办公室", 9, 1), ("财政审计股", 10, 1), ("经济责任审计股", 11, 1)],
        ),
        (
            "tongzhou-statistics-bureau-unit-blocks.txt",
            "北京市通州区统计局",
            Kind.DEPARTMENT,
            (3, 4),
            [("综合科", 8, 2), ("国民经济核算科", 10, 2), ("统计执法监督科", 12, 2)],
        ),
        (
            "leaders-and-affiliates.txt",  # leaders dropped; the affiliated bodies kept as such
            "深圳市南山区商务局",
            Kind.DEPARTMENT,
            (8, 4),
            [
                ("办公室", 13, 1),
                ("贸易发展科", 14, 1),
                ("投资促进科", 15, 1),
                ("南山区投资推广服务中心", 17, 0),
                ("南山区商贸流通促进中心", 18, 0),
            ],
        ),
        (
            "tonglu-county-general-office-table.html",
            "桐庐县人民政府办公室",
            Kind.GENERAL_OFFICE,
            (6, 4),
            [("秘书科", 13, 1), ("督查科", 14, 1), ("政务公开科", 15, 2)],
        ),
        ("moling-subdistrict-heading-colon.txt", "南京市江宁区秣陵街道办事处", Kind.SUB_DISTRICT_OFFICE, (5, 5), []),
        ("xicheng-housing-commission-sub-items.txt", "北京市西城区住房和城乡建设委员会", Kind.DEPARTMENT, (3, 4), []),
        (
            "beitun-district-office.big5.txt",
            "臺中市北屯區公所",
            Kind.SUB_DISTRICT_OFFICE,
            (0, 0),
            [("民政課", 3, 1), ("社會課", 4, 1), ("經建課", 5, 1), ("人文課", 6, 1)],
        ),
        ("yuzhang-subdistrict-short.gbk.txt", "豫章街道办事处", Kind.SUB_DISTRICT_OFFICE, (3, 3), []),
        # a profile's rows: 机构名称：X, 机构职能：A；B；C, 负责人：……
        ("wuhou-justice-bureau-profile-labels.txt", "成都市武侯区司法局", Kind.DEPARTMENT, (3, 5), []),
        (
            "baiyun-town-title-site-suffix.html",  # GBK HTML, its title carrying the site's name
            "太和镇人民政府",
            Kind.GOVERNMENT,
            (7, 4),
            [("党政办公室", 12, 1), ("经济发展办公室", 13, 1), ("公共服务办公室", 14, 1)],
        ),
        (
            "haidian-leaders-division.txt",  # leaders' division of work; each unit's head and telephone
            "北京市海淀区文化和旅游局",
            Kind.DEPARTMENT,
            (6, 4),
            [("办公室", 11, 1), ("文化艺术科", 14, 1)],
        ),
        ("xiangxi-township-government.txt", "龙山县石牌镇人民政府", Kind.GOVERNMENT, (3, 6), []),  # X职能职责
        (
            "binjiang-sports-bureau-run-on.txt",  # 是……部门。主要职责是：（一）……；（二）…… in one paragraph
            "杭州市滨江区文化广电旅游体育局",
            Kind.DEPARTMENT,
            (3, 4),
            [("办公室", 5, 1), ("公共服务科", 6, 1)],
        ),
        (
            "changning-units-phones.txt",  # units listed with their telephones
            "上海市长宁区民政局",
            Kind.DEPARTMENT,
            (3, 3),
            [("办公室", 7, 0), ("社会救助科", 8, 0), ("婚姻登记科", 9, 0)],
        ),
        (
            "futian-development-reform-colon-units.txt",  # 1.办公室： over （1） duties
            "深圳市福田区发展和改革局",
            Kind.DEPARTMENT,
            (3, 3),
            [("办公室", 7, 2), ("规划科", 10, 2), ("投资科", 13, 1)],
        ),
        ("pukou-town-yishi-erji.txt", "南京市浦口区永宁街道办事处", Kind.SUB_DISTRICT_OFFICE, (3, 4), []),
        ("gulou-government-work-rules.txt", "南京市鼓楼区人民政府", Kind.GOVERNMENT, (7, 4), []),  # X工作规则, 第一章
        ("xinjie-subdistrict-intro.txt", "北京市丰台区新街街道办事处", Kind.SUB_DISTRICT_OFFICE, (5, 4), []),
        (
            "zhongshan-district-office-rules.txt",  # 組織規程: its history line, 第一條……, 第五條 本所設會計室
            "臺北市中山區公所",
            Kind.SUB_DISTRICT_OFFICE,
            (0, 0),
            [
                ("民政課", 7, 1),
                ("社會課", 8, 1),
                ("經建課", 9, 1),
                ("行政課", 10, 1),
                ("會計室", 11, 0),
                ("人事室", 12, 0),
            ],
        ),
        (
            "sanchong-district-office-rules.txt",  # "第 1 條" alone on its line over the article's text
            "新北市三重區公所",
            Kind.SUB_DISTRICT_OFFICE,
            (0, 0),
            [("民政課", 8, 1), ("社會課", 9, 1), ("農經課", 10, 1), ("人文課", 11, 1), ("主計室", 13, 0)],
        ),
        (
            "qinghe-city-council-regulation.txt",  # 法規名稱: X議會組織自治條例, a council's articles
            "青河市議會",
            Kind.LEGISLATURE,
            (0, 0),
            [("議事組", 20, 1), ("總務組", 21, 1), ("人事室", 22, 1)],
        ),
        (
            "fengshan-district-office-articles.txt",  # 本所掌理下列事項：……, then 本所設A、B、C，分別辦事
            "高雄市鳳山區公所",
            Kind.SUB_DISTRICT_OFFICE,
            (4, 4),
            [(name, 8, 0) for name in ("民政課", "社會課", "經建課", "秘書室")],
        ),
    ],
)
def test_a_page_in_a_common_layout_is_read(
    page: str, name: str, kind: Kind, duties: tuple[int, int], units: list[tuple[str, int, int]]
) -> None:
    document = _read(page)
    assert (document.name, document.kind, document.language) == (name, kind, "zh")
    first_line, count = duties
    assert (document.duties[0].line if document.duties else 0, len(document.duties)) == (first_line, count)
    assert [(unit.name, unit.line, len(unit.duties)) for unit in document.units] == units
    assert all(duty.line > 0 for duty in document.all_duties())


@pytest.mark.parametrize(
    ("page", "address", "telephone", "fax", "postal_code"),
    [
        # (page, address, telephone, fax, postal code)
        ("gongshu-general-office-furniture.txt", "杭州市拱墅区环城北路318号", "0571-85000000", None, "310005"),
        ("fenshui-town-contacts-first.txt", "桐庐县分水镇健康路2号", "0571-64200000", "0571-64200001", None),
        ("wuhou-justice-bureau-profile-labels.txt", "成都市武侯区武侯祠大街1号", "028-85000000", None, "610041"),
        ("haidian-leaders-division.txt", None, None, None, None),  # the units' telephones stay theirs
        ("tonglu-county-general-office-table.html", "桐庐县迎春南路1号", "0571-64200100", "0571-64200101", "311500"),
        ("moling-subdistrict-heading-colon.txt", "秣陵街道秣陵路1号", "025-52100000", None, None),
        ("beitun-district-office.big5.txt", "臺中市北屯區崇德路二段1號", "04-22000000", None, None),
    ],
)
def test_contact_blocks_are_read(
    page: str, address: str | None, telephone: str | None, fax: str | None, postal_code: str | None
) -> None:
    contact = _read(page).contact
    assert (contact.address, contact.telephone, contact.fax, contact.postal_code) == (
        address,
        telephone,
        fax,
        postal_code,
    )


@pytest.mark.parametrize(
    ("page", "dropped"),
    [
        (
            "gongshu-general-office-furniture.txt",
            [
                "首页 > 机构设置 > 区政府办公室",
                "当前位置：首页 > 政府信息公开 > 机构职能",
                "字号 大 中 小",
                "【打印本页】【关闭窗口】",
            ],
        ),
        (
            "leaders-and-affiliates.txt",
            ["首页>机构设置>区商务局", "字号：大 中 小", "局长：王建国", "副局长：李明、张华", "打印本页 关闭窗口"],
        ),
        ("moling-subdistrict-heading-colon.txt", ["街道概况"]),  # a section's label, no name
        ("wuhou-justice-bureau-profile-labels.txt", ["首页 > 政府信息公开 > 机构概况", "负责人：刘某"]),
        ("zhongshan-district-office-rules.txt", ["中華民國一百十年三月一日臺北市政府府法綜字第0000000000號令修正發布"]),
        ("gulou-government-work-rules.txt", ["第一章 总 则", "第二章 职 责", "第三章 会议制度"]),  # chapters
    ],
)
def test_site_furniture_is_dropped(page: str, dropped: list[str]) -> None:
    assert _read(page).dropped == dropped


@pytest.mark.parametrize(
    ("page", "released", "district", "subdistrict"),
    [
        ("gongshu-general-office-furniture.txt", "2024-04-08", "Gongshu District", None),  # 来源……发布时间 line
        ("tianhe-civil-affairs-html.html", "2024-06-12", "Tianhe District", None),  # with 字号：大 中 小
        ("liangzhu-subdistrict-office.txt", None, "Yuhang District", "Liangzhu Sub-district"),
        ("jingshan-town-government.txt", None, "Yuhang District", "Jingshan Town"),
        ("fenshui-town-contacts-first.txt", None, "Tonglu County", "Fenshui Town"),
    ],
)
def test_dates_and_places_are_read(page: str, released: str | None, district: str, subdistrict: str | None) -> None:
    document = _read(page)
    assert (document.released.isoformat() if document.released else None) == released
    assert (document.jurisdiction.district, document.jurisdiction.subdistrict) == (district, subdistrict)


def test_a_title_framing_the_name_again_heads_the_duties() -> None:
    document = _read("fenshui-town-contacts-first.txt")  # "分水镇人民政府主要职责" under the name
    assert [duty.text for duty in document.duties][:2] == [
        "负责全镇经济社会发展规划的制定和实施",
        "负责镇级财政预算的编制和执行",
    ]
    assert all(duty.line == 8 for duty in document.duties)


def test_sub_items_after_a_colon_stay_in_their_duty() -> None:
    duty = _read("xicheng-housing-commission-sub-items.txt").duties[1]
    assert (duty.line, duty.text.startswith("负责本区房屋管理工作，包括："), "（3）负责房屋安全" in duty.text) == (
        4,
        True,
        True,
    )


def test_a_units_head_and_telephone_stay_the_units() -> None:
    units = _read("haidian-leaders-division.txt").units
    assert [(unit.contact.telephone, unit.contact.line) for unit in units] == [
        ("010-88000001", 13),
        ("010-88000002", 16),
    ]


def test_a_paragraph_numbering_its_duties_inline_is_parted_at_its_numbers() -> None:
    document = _read("binjiang-sports-bureau-run-on.txt")
    assert [duty.text for duty in document.duties] == [
        "贯彻执行文化、旅游、体育工作的方针政策",  # the lead-in (是……部门。主要职责是：) left out
        "负责全区公共文化服务体系建设",
        "负责全区旅游市场的监督管理",
        "组织开展全民健身活动",
    ]
    assert document.units[0].aliases == ["政策法规科"]  # 办公室（挂政策法规科牌子）


def test_clauses_counted_in_words_lose_their_count() -> None:
    duties = _read("pukou-town-yishi-erji.txt").duties
    assert [duty.text for duty in duties] == [
        "负责辖区党的建设工作",  # 一是负责……
        "负责辖区经济发展服务工作",
        "负责辖区社会治理和平安建设",
        "协助上级部门做好征兵、统计等工作",
    ]
