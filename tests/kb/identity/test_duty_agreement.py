"""The duties of two pages in two languages as evidence that they are one office
(`orgkb/kb/identity/duty_agreement.py`) and how a load uses it beside the names (`KnowledgeBase.add_documents`):
our own bilingual pages of made-up offices in places the gazetteer knows."""

from __future__ import annotations

import dataclasses

import pytest

from orgkb.kb.coordination.broader import broader_matters
from orgkb.kb.entities import duties
from orgkb.kb.entities.translations import translations_of
from orgkb.kb.identity.duty_agreement import (
    MIN_DUTIES,
    THRESHOLD,
    DutyAgreement,
    agreement,
    anchored_gaps,
    document_duties,
)
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Document, Duty, Jurisdiction, Kind, Role
from orgkb.loaders.identity.identifiers import organization_iri
from orgkb.loaders.reading.reader import parse_text
from orgkb.ontology.thesaurus import default_matcher
from orgkb.report import page_report
from tests.chinese_pages import chinese_page
from tests.kb.store.test_knowledge_base_identity import _labels

HERITAGE_EN = """Longgang District Heritage Centre, Shenzhen
Main Responsibilities
1. Manage the archives of historic buildings and cultural relics.
2. Compile statistics on visitors to heritage sites.
3. Organize publicity and education on heritage protection.
4. Handle letters and calls from the public about heritage.
5. Complete other tasks assigned by the district.
"""
HERITAGE_ZH = [
    "负责文物和历史建筑档案的管理。",
    "负责文物遗址游客的统计工作。",
    "组织开展文物保护宣传教育。",
    "办理群众关于文物的来信来访。",
    "完成区政府交办的其他任务。",
]
PARKS_ZH = [
    "负责全区公园绿地管理。",
    "负责餐饮食品安全监督。",
    "组织体育赛事和全民健身活动。",
    "完成区政府交办的其他任务。",
]


def english() -> Document:
    return parse_text(HERITAGE_EN, "heritage-en.txt")


def chinese(name: str, texts: list[str], source: str, kind: Kind, district: str = "龙岗区") -> Document:
    """A Chinese page of Shenzhen built in code, `texts` its duties."""
    return chinese_page(name, texts, source, kind, Jurisdiction(district=district, city="深圳市"))


def _agreement(first: Document, second: Document) -> DutyAgreement:
    matcher = default_matcher()
    broader = broader_matters(KnowledgeBase().select("matter_broader"))
    return agreement(document_duties(first, matcher), first.language, document_duties(second, matcher), broader)


def test_a_translation_agrees_and_two_offices_do_not() -> None:
    page = english()
    translated = _agreement(page, chinese("龙岗区文物保护中心", HERITAGE_ZH, "heritage-zh.txt", page.kind))
    assert (translated.aligned, translated.english, translated.chinese) == (4, 4, 4)  # the closing duty left out
    assert translated.one_office
    other = _agreement(page, chinese("龙岗区公园管理中心", PARKS_ZH, "parks-zh.txt", page.kind))
    assert other.score < THRESHOLD and not other.one_office
    # the order of the two pages does not matter
    assert _agreement(chinese("龙岗区文物保护中心", HERITAGE_ZH, "heritage-zh.txt", page.kind), page) == translated


# A list whose first and last duties align on their content (the hotline's number, archives), the three
# between them on nothing the thesaurus knows in both languages: the order of the list pairs them.
MAPPING_EN = """Longgang District Mapping Centre, Shenzhen
Main Responsibilities
1. Handle the 12345 hotline's requests about addresses and house numbers.
2. Establish and maintain the network of geodetic control points.
3. Produce and revise maps and plans at different scales.
4. Calibrate the satellite positioning reference stations.
5. Manage the archives of survey records and aerial photographs.
6. Complete other tasks assigned by the district.
"""
MAPPING_ZH = [
    "负责办理12345热线有关门牌地址的诉求。",
    "建立及保存大地测量控制点网络。",
    "绘制、修订各类比例的地图。",
    "校准卫星定位基准站。",
    "负责测量记录和航空照片档案的管理。",
    "完成区政府交办的其他任务。",
]


def test_duties_between_two_aligned_duties_align_in_the_order_of_their_lists() -> None:
    page = parse_text(MAPPING_EN, "mapping-en.txt")
    found = _agreement(page, chinese("龙岗区测绘中心", MAPPING_ZH, "mapping-zh.txt", page.kind))
    assert (found.aligned, found.english, found.chinese) == (5, 5, 5)  # 2 on their content, 3 between them
    assert found.one_office
    kb = KnowledgeBase()
    kb.add_document(page)
    result = kb.add_document(chinese("龙岗区测绘中心", MAPPING_ZH, "mapping-zh.txt", page.kind))
    assert result.alike[0] == (
        "joins mapping-en.txt: the same office in another language, though the names do not say so"
        " (their duties align: 1.00 (5 pairs, of 5 English and 5 Chinese duties)); both pages kept"
    )
    # the archives moved up the Chinese list: one duty between the two aligned ones there, three in English
    shuffled = [MAPPING_ZH[0], MAPPING_ZH[1], MAPPING_ZH[4], MAPPING_ZH[2], MAPPING_ZH[3], MAPPING_ZH[5]]
    found = _agreement(page, chinese("龙岗区测绘中心", shuffled, "mapping-zh.txt", page.kind))
    assert found.aligned == 2 and not found.one_office


def _duties(*texts: str) -> list[Duty]:
    return [Duty(text, "", line, 1, Role.UNDERTAKES) for line, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("english", "chinese", "anchors", "paired"),
    [
        # one duty between the two aligned pairs on each page: paired
        (
            ("Run the 110 line.", "Map the coast.", "Run the 120 line."),
            ("负责110。", "测绘海岸。", "负责120。"),
            [(0, 0), (2, 2)],
            [(1, 1)],
        ),
        # two duties on one page, one on the other: nothing paired
        (
            ("Run the 110 line.", "Map the coast.", "Map the hills.", "Run the 120 line."),
            ("负责110。", "测绘海岸。", "负责120。"),
            [(0, 0), (3, 2)],
            [],
        ),
        # before the first aligned pair and after the last: nothing paired, whatever the counts
        (
            ("Map the coast.", "Run the 110 line.", "Map the hills."),
            ("测绘海岸。", "负责110。", "测绘山地。"),
            [(1, 1)],
            [],
        ),
        # one pair of the gap far apart in length (a sentence of 14 words, 2 characters): none of the gap paired
        (
            (
                "Run the 110 line.",
                "Map the coast.",
                "Keep the maps, plans, charts and photographs of every survey made in the district.",
                "Run the 120 line.",
            ),
            ("负责110。", "测绘海岸。", "存档。", "负责120。"),
            [(0, 0), (3, 3)],
            [],
        ),
    ],
)
def test_anchored_gaps(
    english: tuple[str, ...], chinese: tuple[str, ...], anchors: list[tuple[int, int]], paired: list[tuple[int, int]]
) -> None:
    assert anchored_gaps(_duties(*english), _duties(*chinese), anchors) == paired


@pytest.mark.parametrize(
    ("english_matters", "chinese_matters", "english_text", "chinese_text", "paired"),
    [
        # the thesaurus found a matter in one language only: nothing says they differ
        ((), ("matter/archives",), "Map the coast.", "测绘海岸。", [(1, 1)]),
        # a shared matter among others
        (("matter/archives", "matter/transport"), ("matter/archives",), "Map the coast.", "测绘海岸。", [(1, 1)]),
        # two sets of matters that share none: two duties
        (("matter/transport",), ("matter/archives",), "Map the coast.", "测绘海岸。", []),
        # two sets of numbers that share none: two duties
        ((), (), "Map the coast of area 12.", "测绘第7区海岸。", []),
    ],
)
def test_a_gap_pairs_nothing_its_matters_or_numbers_keep_apart(
    english_matters: tuple[str, ...],
    chinese_matters: tuple[str, ...],
    english_text: str,
    chinese_text: str,
    paired: list[tuple[int, int]],
) -> None:
    english = _duties("Run the 110 line.", english_text, "Run the 120 line.")
    chinese = _duties("负责110。", chinese_text, "负责120。")
    english[1] = dataclasses.replace(english[1], matters=english_matters)
    chinese[1] = dataclasses.replace(chinese[1], matters=chinese_matters)
    assert anchored_gaps(english, chinese, [(0, 0), (2, 2)]) == paired


def test_too_few_duties_are_not_compared() -> None:
    page = english()
    short = chinese("龙岗区文物保护中心", HERITAGE_ZH[: MIN_DUTIES - 1], "heritage-zh.txt", page.kind)
    found = _agreement(page, short)
    assert not found.comparable and not found.one_office
    assert found.describe() == f"too few duties to compare (4 English, {MIN_DUTIES - 1} Chinese)"


def test_a_page_whose_name_the_table_cannot_translate_joins_by_its_duties() -> None:
    kb = KnowledgeBase()
    page = english()
    translated = chinese("龙岗区文物保护中心", HERITAGE_ZH, "heritage-zh.txt", page.kind)
    assert organization_iri(translated) != organization_iri(page)  # the names do not make them one
    kb.add_document(page)
    result = kb.add_document(translated)
    organization = str(organization_iri(page))
    lines = "\n".join(page_report(result, "loaded").lines)
    assert (
        "joins heritage-en.txt: the same office in another language, though the names do not say so"
        " (their duties align: 1.00 (4 pairs, of 4 English and 4 Chinese duties)); both pages kept"
    ) in lines
    assert "kept as two organizations" not in lines
    assert _labels(kb, organization) == {(page.name, "en"), ("龙岗区文物保护中心", "zh")}
    found = duties.responsibilities(kb, "shenzhen/longgang/heritage-centre")
    assert {(duty.source.document, duty.source.line) for duty in found if duty.text.startswith("办理群众")} == {
        ("heritage-zh.txt", 6)
    }
    assert len(found) == len(page.all_duties()) + len(HERITAGE_ZH)
    assert len(kb.documents()) == 2
    # and each duty is linked to its translation, as in a pair the names match
    linked = translations_of(kb, "shenzhen/longgang/heritage-centre/duty/zh/4")
    assert [record.duty.text for record in linked] == ["Handle letters and calls from the public about heritage."]


def test_a_page_joined_by_its_duties_and_loaded_again_stays_joined() -> None:
    kb = KnowledgeBase()
    page = english()
    kb.add_document(page)
    kb.add_document(chinese("龙岗区文物保护中心", HERITAGE_ZH, "heritage-zh.txt", page.kind))
    again = kb.add_document(chinese("龙岗区文物保护中心", HERITAGE_ZH, "heritage-zh.txt", page.kind))
    assert again.replaced and not again.superseded and again.alike[0].startswith("joins heritage-en.txt")
    assert {str(row["org"]) for row in kb.select("pages_about")} == {str(organization_iri(page))}
    assert len(kb.documents()) == 2


def test_a_misread_name_joins_by_its_duties_whichever_page_comes_first() -> None:
    kb = KnowledgeBase()
    misread = chinese("请联系我们", HERITAGE_ZH, "heritage-zh.txt", Kind.OTHER)  # the reader could not tell the kind
    results = kb.add_documents([misread, english()])  # one write: the Chinese page is not stored yet
    assert results[1].alike and results[1].alike[0].startswith("joins heritage-zh.txt: the same office")
    ids = {str(row["org"]) for row in kb.select("pages_about")}
    assert ids == {str(organization_iri(misread))}  # the organization of the page loaded first


@pytest.mark.parametrize(
    ("name", "texts", "district", "reported"),
    [
        # another office of the same place and kind: its duties do not align, the report says by how much
        ("龙岗区公园管理中心", PARKS_ZH, "龙岗区", "below 0.5); kept as two organizations"),
        # the same duties in another place: the names forbid it, the duties are never enough alone
        ("福田区文物保护中心", HERITAGE_ZH, "福田区", None),
    ],
)
def test_two_offices_in_two_languages_stay_apart(
    name: str, texts: list[str], district: str, reported: str | None
) -> None:
    kb = KnowledgeBase()
    page = english()
    kb.add_document(page)
    result = kb.add_document(chinese(name, texts, "other-zh.txt", page.kind, district))
    assert len({str(row["org"]) for row in kb.select("pages_about")}) == 2
    assert not result.joined
    if reported is None:
        assert not result.alike
    else:
        assert len(result.alike) == 1 and "their duties align: 0.00" in result.alike[0]
        assert result.alike[0].endswith(reported)


def test_an_organization_with_a_page_in_the_language_already_is_not_joined() -> None:
    kb = KnowledgeBase()
    page = english()
    kb.add_document(page)
    kb.add_document(chinese("龙岗区文物保护中心", HERITAGE_ZH, "heritage-zh.txt", page.kind))
    result = kb.add_document(chinese("龙岗区文物中心", HERITAGE_ZH, "heritage-zh-2.txt", page.kind))
    assert not result.superseded and len(kb.documents()) == 3  # nothing replaced by duties
