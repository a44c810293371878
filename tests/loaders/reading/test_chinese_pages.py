"""Chinese pages read by the staged reader: names, sections, numbering, units, contacts, places.

The pages in tests/data/zh are written for these tests in the styles of real pages (see the README
there); each case says what the page must read as, line evidence included.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Document, Kind, NameSource, Role
from orgkb.loaders.load.files import read_page
from orgkb.loading import load_path

PAGES = Path(__file__).parents[2] / "data" / "zh"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


def test_a_general_office_with_titled_sections_and_inline_units() -> None:
    document = _read("lucheng-general-office.txt")
    assert (document.name, document.name_line, document.kind, document.language) == (
        "温州市鹿城区人民政府办公室",  # the title without 主要职责
        2,
        Kind.GENERAL_OFFICE,
        "zh",
    )
    assert (document.jurisdiction.district, document.jurisdiction.city) == ("Lucheng District", "Wenzhou")
    assert (document.parent, document.parent_aliases) == (
        "Lucheng District People's Government",
        ["温州市鹿城区人民政府"],
    )
    assert [(duty.number, duty.line) for duty in document.duties] == [(n, n + 4) for n in range(1, 7)]
    assert [duty.role for duty in document.duties] == [
        Role.RESPONSIBLE,
        Role.RESPONSIBLE,
        Role.LEADS,
        Role.SUPERVISES,
        Role.GUIDES,
        Role.UNDERTAKES,
    ]
    assert [(unit.name, unit.line, unit.kind) for unit in document.units] == [
        ("秘书科", 12, Kind.SECTION),
        ("综合科", 13, Kind.SECTION),
        ("督查科", 14, Kind.SECTION),
    ]
    assert [duty.text for duty in document.units[0].duties] == [
        "负责文电、会务、机要、档案等机关日常运转工作",  # parted at ；
        "承担信息公开、保密工作",
    ]
    assert all(duty.line == 12 for duty in document.units[0].duties)
    contact = document.contact
    assert (contact.address, contact.postal_code, contact.telephone, contact.fax) == (
        "温州市鹿城区府前街1号",
        "325000",
        "0577-88000001",
        "0577-88000002",
    )
    assert contact.hours == "周一至周五 8:30-12:00，14:00-17:30"
    assert document.released is not None and document.released.isoformat() == "2024-03-15"
    assert document.dropped == ["首页 > 政府信息公开 > 机构职能"]


def test_a_traditional_page_named_in_its_first_sentence_after_its_contacts() -> None:
    document = _read("xincheng-subdistrict-office.txt")
    assert (document.name, document.name_line, document.kind) == ("新城街道辦事處", 4, Kind.SUB_DISTRICT_OFFICE)
    assert (document.parent, document.parent_relation) == ("Xiuzhou District People's Government", "dispatched agency")
    assert document.parent_aliases == ["秀洲區人民政府"]
    where = document.jurisdiction
    assert (where.district, where.city, where.subdistrict) == ("Xiuzhou District", "Jiaxing", "Xincheng Sub-district")
    assert [duty.text[:4] for duty in document.duties] == [
        "貫徹落實",
        "負責轄區",
        "協調有關",
        "指導社區",
        "協助有關",
        "完成區委",
    ]
    assert [duty.line for duty in document.duties] == [5, 6, 7, 8, 9, 10]
    assert [duty.role for duty in document.duties][1:5] == [
        Role.RESPONSIBLE,
        Role.COORDINATES,
        Role.GUIDES,
        Role.ASSISTS,
    ]
    contact = document.contact
    assert (contact.address, contact.telephone, contact.line) == ("城南路66號", "0573-82000000", 1)
    assert contact.hours is not None and contact.hours.startswith("週一至週五8:30-12:00")


def test_a_gb18030_bureau_with_numbered_sections_and_unit_names_on_their_own_lines() -> None:
    document = _read("yuecheng-market-bureau.gbk.txt")
    assert (document.name, document.kind, document.aliases) == (
        "绍兴市越城区市场监督管理局",
        Kind.DEPARTMENT,
        ["市场监督管理局"],
    )
    assert [duty.number for duty in document.duties] == [1, 2, 3, 4]  # 1．with a full-width stop
    assert (
        document.duties[2].text == "承担食品安全监督管理综合协调职责；组织开展食品安全监督抽检。"
    )  # one numbered item
    assert [(unit.name, unit.line, len(unit.duties)) for unit in document.units] == [
        ("办公室", 8, 3),
        ("登记注册科", 10, 2),
        ("食品安全协调科", 12, 2),
    ]
    assert document.units[0].kind is Kind.INTERNAL_OFFICE
    assert {duty.line for duty in document.units[1].duties} == {11}
    assert document.units[2].duties[1].role is Role.COORDINATES


def test_a_town_with_circled_numbers_and_contact_labels_on_their_own_lines() -> None:
    document = _read("wuzhen-town-government.txt")
    assert (document.name, document.kind) == ("桐乡市乌镇镇人民政府", Kind.GOVERNMENT)
    assert document.jurisdiction.subdistrict == "Wuzhen Town"
    assert [duty.number for duty in document.duties] == [1, 2, 3, 4, 5]  # ① ... ⑤
    assert document.dropped == ["乌镇镇人民政府执行下列职责："]  # the lead-in is no duty
    contact = document.contact
    assert (contact.address, contact.telephone, contact.fax, contact.line) == (
        "桐乡市乌镇镇镇南路8号",
        "0573-88100000",
        "0573-88100001",
        11,  # the value's line, not its label's
    )


def test_one_paragraph_of_duties_is_parted_at_semicolons(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "鹿城区南汇街道办事处\n主要职责\n负责辖区党建工作；负责社区建设；协助做好征兵工作。\n", encoding="utf-8"
    )
    document = read_page(page)
    assert [(duty.text, duty.line, duty.role) for duty in document.duties] == [
        ("负责辖区党建工作", 3, Role.RESPONSIBLE),
        ("负责社区建设", 3, Role.RESPONSIBLE),
        ("协助做好征兵工作", 3, Role.ASSISTS),
    ]


def test_one_paragraph_of_sentences_each_opening_with_a_verb_is_parted_at_full_stops(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "统筹全镇农业农村工作。负责农田水利设施的日常管护。指导、督促村级开展人居环境整治。\n"
        "区农业农村局(农村发展科)\n",
        encoding="utf-8",
    )
    document = read_page(page)
    assert [(duty.text, duty.line, duty.role) for duty in document.duties] == [
        ("统筹全镇农业农村工作", 1, Role.LEADS),
        ("负责农田水利设施的日常管护", 1, Role.RESPONSIBLE),
        ("指导、督促村级开展人居环境整治", 1, Role.GUIDES),
    ]


def test_a_paragraph_of_sentences_not_all_opening_with_a_verb_stays_one_duty(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("区农业农村局\n主要职责\n负责全区农业工作。本局现有干部二十人。负责农村改革。\n", encoding="utf-8")
    assert len(read_page(page).duties) == 1


def test_contact_labels_spaced_out_or_named_for_the_office_are_read(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "青山镇人民政府\n办公室电话:0731-5550101\n传 真:0731-5550102\n办公时间:\n"
        "8:30—12:00,14:30—17:30(周一至周五)\n主要职责\n负责全镇经济社会发展工作；负责社会事务；协助征兵工作。\n",
        encoding="utf-8",
    )
    contact = read_page(page).contact
    assert (contact.telephone, contact.fax, contact.hours) == (
        "0731-5550101",
        "0731-5550102",
        "8:30—12:00,14:30—17:30(周一至周五)",
    )


def test_a_sections_own_page_is_named_by_its_title_over_the_date_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "当前位置: 首页 机构设置\n\n社会救助科\n\n发布时间:2024-05-06 10:00:00  来源:  浏览次数:\n\n"
        "    负责最低生活保障工作。承担特困人员救助供养工作。指导临时救助工作。\n",
        encoding="utf-8",
    )
    document = read_page(page)
    assert (document.name, document.kind, document.name_line) == ("社会救助科", Kind.SECTION, 3)
    assert [duty.text for duty in document.duties] == [
        "负责最低生活保障工作",
        "承担特困人员救助供养工作",
        "指导临时救助工作",
    ]
    assert any("guessed" in warning for warning in document.warnings)


def test_a_unit_name_without_a_date_line_under_it_names_no_page(tmp_path: Path) -> None:
    page = tmp_path / "shehui-jiuzhu.txt"
    page.write_text(
        "社会救助科\n\n负责最低生活保障工作。承担特困人员救助供养工作。指导临时救助工作。\n", encoding="utf-8"
    )
    document = read_page(page)  # loaded under its file's name, never under the unit's
    assert (document.name, document.name_source) == ("Shehui Jiuzhu", NameSource.FILE_NAME)
    assert [(unit.name, len(unit.duties)) for unit in document.units] == [("社会救助科", 3)]


def test_articles_about_the_organization_are_no_duties(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "第一条 为了规范江北区水利局(以下简称区水利局)职能配置和内设机构,制定本规定。\n"
        "第二条 区水利局是区人民政府工作部门,为正科级。\n"
        "第三条 本规定是区水利局机构职责权限和工作运行的基本依据。\n"
        "第四条 区水利局负责贯彻落实上级关于水利工作的方针政策。主要职责是:\n"
        "(一)负责保障水资源的合理开发利用。\n"
        "(二)负责全区水旱灾害防御工作。\n"
        "第五条 负责河湖长制的日常工作。\n",
        encoding="utf-8",
    )
    document = read_page(page)
    assert document.name == "江北区水利局"
    assert [(duty.text, duty.line) for duty in document.duties] == [
        ("负责保障水资源的合理开发利用。", 5),
        ("负责全区水旱灾害防御工作。", 6),
        ("第五条 负责河湖长制的日常工作。", 7),  # an article that opens with a duty's verb stays one
    ]


def test_a_disclosure_guide_names_the_unit_in_charge(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "石门镇人民政府\n一、本机关负责政府信息公开事务的工作机构:石门镇综合办。\n二、主要职责\n"
        "(一)负责全镇经济发展工作。\n(二)负责社会事务管理。\n",
        encoding="utf-8",
    )
    document = read_page(page)
    assert [(unit.name, unit.line) for unit in document.units] == [("石门镇综合办", 2)]
    assert [duty.line for duty in document.duties] == [4, 5]


def test_a_regulations_articles_after_the_units_set_up_more_units(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "南庄區公所組織規程\n\n本所設下列各課,分別掌理有關事項:\n"
        "一、民政課:戶政、兵役及其他民政事項。\n二、社會課:社會救助及其他社政事項。\n\n"
        "本所設會計室,置主任,依法辦理歲計事項。\n\n本所設托兒所、清潔隊,其組織規程另定之。\n\n"
        "本所置人事管理員,依法辦理人事管理事項。\n",
        encoding="utf-8",
    )
    document = read_page(page)
    assert [(unit.name, unit.line) for unit in document.units] == [
        ("民政課", 4),
        ("社會課", 5),
        ("會計室", 7),
        ("托兒所", 9),
        ("清潔隊", 9),
    ]


@pytest.mark.parametrize("name", sorted(path.name for path in PAGES.glob("*.txt")))
def test_each_page_loads_into_the_knowledge_base(name: str) -> None:
    result = load_path(KnowledgeBase(), PAGES / name)
    assert result.error is None and result.triples > 50
