"""Identities that never collide: 50 general offices stay 50, a reload changes nothing, and the
English and Chinese pages of one office become one organization (issue 11 item 3, issue 13 item 4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orgkb.kb.entities import duties, organizations
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Document, Jurisdiction, Kind
from orgkb.loaders.identity.identifiers import organization_iri
from orgkb.loaders.identity.keys import source_key
from orgkb.loaders.load.files import builtin_paths, read_page
from orgkb.loading import load_path, load_paths
from orgkb.ontology.namespace import SOURCE
from orgkb.report import page_report
from tests.chinese_pages import chinese_page

DUTIES = """Main Responsibilities
1. Handle the daily administrative affairs of the {who}.
2. Coordinate the work of the departments of the {who}.
3. Complete other tasks assigned by the {who}.
"""
# cities the gazetteer knows, named in the page's title
KNOWN = [
    "Hefei",
    "Wuhu",
    "Bengbu",
    "Anqing",
    "Luoyang",
    "Kaifeng",
    "Xinxiang",
    "Zhuzhou",
    "Xiangtan",
    "Changde",
    "Yueyang",
    "Huzhou",
    "Jiaxing",
    "Shaoxing",
    "Jinhua",
    "Quzhou",
    "Wenzhou",
    "Ningbo",
    "Yangzhou",
    "Zhenjiang",
]
# made-up cities the gazetteer does not know, named in the title
UNKNOWN = [
    "Qingshuiwan",
    "Baishiling",
    "Hongyanhe",
    "Lanxiping",
    "Songtaoling",
    "Yunwuxia",
    "Jinshawan",
    "Fenghuangling",
    "Shilongba",
    "Taohuawu",
    "Liuyinzhuang",
    "Xingshuping",
    "Dongfengqiao",
    "Nanmuping",
    "Beishanwan",
]
# made-up cities whose page is titled only "General Office": told apart by their address
BY_ADDRESS = [
    "Huaiyin Lake",
    "Mapo",
    "Cuiping",
    "Yuxi Bay",
    "Longtan Gorge",
    "Heshan Ridge",
    "Guanyin Ford",
    "Shuangfeng Plain",
    "Qinglong Shore",
    "Wutai Hollow",
]
# and five more titled only "General Office", told apart by their site
BY_SITE = ["qingyuanpu", "baihetan", "zhuxiling", "heishijiao", "lianhuachi"]


def write_fifty(folder: Path) -> Path:
    """Fifty "General Office" pages of fifty cities: 20 known, 15 unknown, 10 by address, 5 by site."""
    folder.mkdir(exist_ok=True)
    for city in KNOWN:
        title = f"General Office of {city} Municipal People's Government"
        (folder / f"{city.lower()}.txt").write_text(f"{title}\n{DUTIES.format(who='municipal government')}", "utf-8")
    for city in UNKNOWN:
        title = f"General Office of {city} City People's Government"
        (folder / f"{city.lower()}.txt").write_text(f"{title}\n{DUTIES.format(who='city government')}", "utf-8")
    for number, city in enumerate(BY_ADDRESS, start=1):
        address = f"Address: {number} Renmin Road, {city} City"
        text = f"General Office\n{DUTIES.format(who='city government')}Contact Us\n{address}\n"
        (folder / f"address-{number}.txt").write_text(text, "utf-8")
    for site in BY_SITE:
        items = "".join(
            f"<li>{duty}</li>" for duty in ["Handle the daily affairs of the city.", "Complete other tasks assigned."]
        )
        html = (
            f'<html><head><title>General Office</title><link rel="canonical" href="https://www.{site}.gov.cn/'
            f'zwgk/index.html"></head><body><h1>General Office</h1><h2>Main Responsibilities</h2><ol>{items}</ol>'
            "</body></html>"
        )
        (folder / f"site-{site}.html").write_text(html, "utf-8")
    return folder


@pytest.fixture(scope="module")
def fifty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_fifty(tmp_path_factory.mktemp("fifty"))


def test_fifty_general_offices_of_fifty_cities_are_fifty_organizations(fifty: Path) -> None:
    kb = KnowledgeBase()
    report = load_paths(kb, [fifty])
    assert len(report.results) == 50 and not report.failed
    assert not [result.source for result in report.results if result.superseded or result.replaced]
    assert len(kb.documents()) == 50
    ids = {record.id for record in organizations.organizations(kb) if record.kind == "general-office"}
    assert len(ids) == 50, sorted(ids)
    # the place is in the id: the gazetteer's, the title's, the address's or the site's
    assert {"hefei/general-office", "qingshuiwan/general-office", "mapo/general-office"} <= ids
    assert "site/baihetan-gov-cn/general-office" in ids


def test_the_pages_placed_only_by_their_site_are_reported_alike_not_merged(fifty: Path) -> None:
    kb = KnowledgeBase()
    report = load_paths(kb, sorted(fifty.glob("site-*.html")))
    last = page_report(report.results[-1], "loaded")
    assert "looks like" in "\n".join(last.lines) and "kept as two organizations" in "\n".join(last.lines)
    assert len(kb.documents()) == 5


LOAD_TIME = "<http://www.w3.org/ns/prov#generatedAtTime>"
# the derived graph's fingerprint: a digest of the pages' checksums and load times
FINGERPRINT = "<https://w3id.org/orgkb/graph/derived> <https://w3id.org/orgkb/def#sha256>"


def canonical_quads(kb: KnowledgeBase) -> list[str]:
    """The store as sorted N-Quads lines, without what says when rather than what: the load time
    of each page and the derived graph's fingerprint of the load times."""
    lines = kb.dump("nquads").decode("utf-8").splitlines()
    return sorted(line for line in lines if LOAD_TIME not in line and not line.startswith(FINGERPRINT))


def test_loading_a_folder_twice_gives_the_same_store_triple_for_triple(fifty: Path) -> None:
    kb = KnowledgeBase()
    load_paths(kb, [fifty, *builtin_paths()])
    first = canonical_quads(kb)
    times = len(kb.dump("nquads").splitlines()) - len(first)
    again = load_paths(kb, [fifty, *builtin_paths()])
    assert all(result.replaced and not result.superseded for result in again.results)
    assert canonical_quads(kb) == first
    assert len(kb.dump("nquads").splitlines()) - len(first) == times == 53 + 1
    fresh = KnowledgeBase()
    load_paths(fresh, sorted([*fifty.iterdir(), *builtin_paths()], reverse=True))  # another order, the same store
    assert canonical_quads(fresh) == first


def test_a_renamed_copy_of_the_same_page_still_replaces_it(tmp_path: Path) -> None:
    old = tmp_path / "hefei-2024.txt"
    old.write_text(f"General Office of Hefei Municipal People's Government\n{DUTIES.format(who='city')}", "utf-8")
    kb = KnowledgeBase()
    load_path(kb, old)
    new = tmp_path / "hefei-2025.txt"
    new.write_text(old.read_text("utf-8").replace("city", "municipal government"), "utf-8")
    result = load_path(kb, new)
    assert result.superseded == (old.name,)
    assert kb.documents() == [str(SOURCE[source_key(new)])]


def test_two_counties_departments_of_public_works_stay_apart(tmp_path: Path) -> None:
    for county in ("Fairfax", "Loudoun"):
        text = f"Department of Public Works of {county} County\n{DUTIES.format(who='county')}"
        (tmp_path / f"{county.lower()}.txt").write_text(text, "utf-8")
    kb = KnowledgeBase()
    report = load_paths(kb, [tmp_path])
    ids = {str(organization_iri(result.document)) for result in report.results if result.document}
    assert len(ids) == 2 and all("department-of-public-works" in iri for iri in ids)
    assert len(kb.documents()) == 2


def test_two_pages_whose_place_nobody_can_tell_are_two_organizations(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Department of Public Works\n{DUTIES.format(who='council')}", "utf-8")
    kb = KnowledgeBase()
    report = load_paths(kb, [tmp_path])
    assert [str(organization_iri(r.document)).rsplit("/id/", 1)[1] for r in report.results if r.document] == [
        f"unplaced/{source_key(tmp_path / 'a.txt')}/department-of-public-works",
        f"unplaced/{source_key(tmp_path / 'b.txt')}/department-of-public-works",
    ]
    assert "looks like" in page_report(report.results[1], "loaded").lines[1]


def _alike_files(lines: tuple[str, ...]) -> list[str]:
    return [line.split(" (")[0].removeprefix("looks like ") for line in lines]


def test_pages_written_one_at_a_time_meet_every_page_written_before_them() -> None:
    # each write keeps the pages' identities for the next: those it wrote, no longer those it replaced or removed
    from orgkb.loaders.reading.reader import parse_text

    works = f"Department of Public Works\n{DUTIES.format(who='council')}"
    parks = f"Department of Parks\n{DUTIES.format(who='council')}"
    kb = KnowledgeBase()
    assert not kb.add_document(parse_text(works, "a.txt")).alike
    assert _alike_files(kb.add_document(parse_text(works, "b.txt")).alike) == ["a.txt"]
    kb.add_document(parse_text(parks, "a.txt"))  # a.txt is now about another organization
    assert _alike_files(kb.add_document(parse_text(works, "c.txt")).alike) == ["b.txt"]
    assert kb.remove_document("b.txt")
    assert _alike_files(kb.add_document(parse_text(works, "d.txt")).alike) == ["c.txt"]


# -- one organization across languages --------------------------------------------------------


def chinese(name: str, district: str, city: str, kind: Kind, source: str, parent: str | None = None) -> Document:
    """A page in Chinese, built in code, with three duties of a district general office."""
    texts = ["负责区政府日常政务工作。", "负责区政府文电、会务、机要、档案等工作。", "完成区政府交办的其他任务。"]
    return chinese_page(name, texts, source, kind, Jurisdiction(district=district, city=city), parent)


def jingan() -> Document:
    return next(read_page(path) for path in builtin_paths() if path.name == "jingan-general-office.txt")


def test_the_english_and_chinese_pages_of_one_office_are_one_organization() -> None:
    kb = KnowledgeBase()
    english = jingan()
    page = chinese("静安区人民政府办公室", "静安区", "上海市", Kind.GENERAL_OFFICE, "jingan-zh.txt", "静安区人民政府")
    assert organization_iri(page) == organization_iri(english)
    kb.add_document(english)
    result = kb.add_document(page)
    assert result.joined == (english.source,) and not result.superseded
    assert "the same organization in another language" in "\n".join(page_report(result, "loaded").lines)
    assert _labels(kb, str(organization_iri(english))) == {
        ("General Office of People's Government of Jing'an District", "en"),
        ("静安区人民政府办公室", "zh"),
    }
    found = duties.responsibilities(kb, "shanghai/jingan/general-office")
    assert len(found) == len(english.duties) + 3
    sources = {duty.source.document for duty in found}
    assert sources == {english.source, "jingan-zh.txt"}
    chinese_duty = next(duty for duty in found if duty.text.startswith("负责区政府文电"))
    assert (chinese_duty.source.document, chinese_duty.source.line) == ("jingan-zh.txt", 4)
    assert chinese_duty.id == "shanghai/jingan/general-office/duty/zh/2"
    assert len(kb.documents()) == 2
    # listed once, by its English name, with its Chinese name beside it and the English page as its source
    listed = [record for record in organizations.organizations(kb) if record.id == "shanghai/jingan/general-office"]
    assert [(record.name, record.alt_names, record.document) for record in listed] == [
        (english.name, ("静安区人民政府办公室",), english.source)
    ]


def _labels(kb: KnowledgeBase, iri: str) -> set[tuple[str, str]]:
    import pyoxigraph as ox

    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    return {
        (quad.object.value, quad.object.language or "")  # type: ignore[union-attr]
        for quad in kb.store.quads_for_pattern(ox.NamedNode(iri), label, None)
    }


@pytest.mark.parametrize(
    ("english_name", "chinese_name", "kind"),
    [
        # the table of office kinds translates the name: one organization
        ("Civil Affairs Bureau of Longgang District", "龙岗区民政局", Kind.DEPARTMENT),
        ("Longgang District Health Commission", "深圳市龙岗区卫生健康委员会", Kind.DEPARTMENT),
        ("Bureau of Commerce of Longgang District", "龙岗区商务局", Kind.DEPARTMENT),
    ],
)
def test_a_kind_in_the_table_joins_the_two_languages(english_name: str, chinese_name: str, kind: Kind) -> None:
    from orgkb.loaders.reading.reader import parse_text

    english = parse_text(f"{english_name}, Shenzhen\n{DUTIES.format(who='district')}", "en.txt")
    page = chinese(chinese_name, "龙岗区", "深圳市", kind, "zh.txt")
    assert organization_iri(page) == organization_iri(english)


def test_a_name_the_table_does_not_translate_stays_two_organizations_and_the_report_says_so() -> None:
    from orgkb.loaders.reading.reader import parse_text

    kb = KnowledgeBase()
    kb.add_document(
        parse_text(f"Longgang District Heritage Centre, Shenzhen\n{DUTIES.format(who='district')}", "en.txt")
    )
    page = chinese("龙岗区文物保护中心", "龙岗区", "深圳市", Kind.OTHER, "zh.txt")
    result = kb.add_document(page)
    assert not result.joined
    lines = "\n".join(page_report(result, "loaded").lines)
    assert re.search(r"looks like en\.txt \(shenzhen/longgang/heritage-centre: the same place and kind in en", lines)
    assert (
        len({record.id for record in organizations.organizations(kb) if record.id.startswith("shenzhen/longgang/")})
        >= 2
    )


def test_index_html_of_two_sites_are_two_documents_and_two_organizations() -> None:
    from orgkb.loaders.reading.reader import parse_text

    kb = KnowledgeBase()
    results = []
    for site in ("www.qingshuiwan.gov.cn", "www.baishiling.gov.cn"):
        document = parse_text(f"General Office\n{DUTIES.format(who='city')}", f"https://{site}/zwgk/index.html")
        document.site = site
        results.append(kb.add_document(document))
    assert kb.documents() == [
        "https://w3id.org/orgkb/source/www-baishiling-gov-cn/zwgk/index",
        "https://w3id.org/orgkb/source/www-qingshuiwan-gov-cn/zwgk/index",
    ]
    assert not results[1].superseded and results[1].alike
    assert kb.remove_document("https://www.qingshuiwan.gov.cn/zwgk/index.html")
    assert [record.id for record in organizations.organizations(kb)] == ["site/baishiling-gov-cn/general-office"]


# -- one page, one document: two files of one name in two folders ---------------------------


@pytest.fixture
def two_general_offices(tmp_path: Path) -> Path:
    """a/general-office.txt and b/general-office.txt: two councils' general offices nobody can place."""
    for folder, who in (("a", "north council"), ("b", "south council")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "general-office.txt").write_text(f"General Office\n{DUTIES.format(who=who)}", "utf-8")
    return tmp_path


def test_two_files_of_one_name_in_two_folders_are_two_documents(two_general_offices: Path) -> None:
    kb = KnowledgeBase()
    report = load_paths(kb, [two_general_offices])
    assert [result.ok and not result.superseded and not result.replaced for result in report.results] == [True, True]
    first, second = (two_general_offices / folder / "general-office.txt" for folder in ("a", "b"))
    assert kb.documents() == sorted(str(SOURCE[source_key(path)]) for path in (first, second))
    texts = {duty.text for duty in duties.all_responsibilities(kb)}
    assert {
        "Handle the daily administrative affairs of the north council.",
        "Handle the daily administrative affairs of the south council.",
    } <= texts
    assert kb.remove_document(str(first))
    assert kb.documents() == [str(SOURCE[source_key(second)])]
    assert {duty.text for duty in duties.all_responsibilities(kb)} >= {
        "Handle the daily administrative affairs of the south council."
    }


def test_loading_two_folders_with_files_of_one_name_twice_gives_the_same_store(two_general_offices: Path) -> None:
    kb = KnowledgeBase()
    load_paths(kb, [two_general_offices])
    first = canonical_quads(kb)
    again = load_paths(kb, [two_general_offices])
    assert [result.replaced and not result.superseded for result in again.results] == [True, True]
    assert canonical_quads(kb) == first
    fresh = KnowledgeBase()
    load_paths(fresh, [two_general_offices / "b", two_general_offices / "a"])  # another order, the same store
    assert canonical_quads(fresh) == first


def test_show_and_graphql_name_the_page_each_organization_was_read_from(two_general_offices: Path) -> None:
    from orgkb.kb.entities import sources

    kb = KnowledgeBase()
    load_paths(kb, [two_general_offices])
    records = [record for record in organizations.organizations(kb) if record.id.startswith("unplaced/")]
    assert len(records) == 2
    for record in records:
        assert record.document == "general-office.txt" and record.document_iri is not None
        page = sources.source(kb, record.document_iri)
        assert page.id in record.id  # the unplaced organization's id holds its page's key
