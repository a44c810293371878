"""Pages that print no name load under a provisional name, from the best source there is, and say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.errors import LoadError
from orgkb.loaders.document import Kind, NameSource
from orgkb.loaders.identity.provisional import body_named, deslug, phrase, provisional_name
from orgkb.loaders.load.corrections import Correction
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.page import Block, BlockKind, Page
from orgkb.loaders.reading.reader import parse_page, parse_text
from orgkb.loaders.reading.roles.cues import cues_for

PAGES = Path(__file__).parents[2] / "data" / "unnamed"


def test_an_english_page_of_duties_and_a_unit_loads_under_its_file_name() -> None:
    document = read_page(PAGES / "civil-defence-duties.txt")
    assert (document.name, document.name_source) == ("Civil Defence Duties", NameSource.FILE_NAME)
    assert document.name_line == 5  # no line gives the name: the page's first fact stands as its evidence
    assert [duty.line for duty in document.duties] == [5, 6, 7]
    assert [(unit.name, len(unit.duties)) for unit in document.units] == [("Shelter Management Section", 1)]
    # the file's name says nothing of the kind or the place: "Duties" makes no office, nothing is placed
    assert document.kind is Kind.OTHER
    assert document.jurisdiction.district is None and document.jurisdiction.city is None


def test_a_chinese_page_of_units_loads_under_its_file_name() -> None:
    document = read_page(PAGES / "jiedao-neishe-jigou.txt")
    assert (document.name, document.name_source) == ("Jiedao Neishe Jigou", NameSource.FILE_NAME)
    assert [unit.name for unit in document.units] == ["党政办公室", "社区管理办公室", "平安建设办公室"]
    assert document.duties == []


def test_a_chinese_html_page_is_named_by_the_part_of_its_title_that_names_a_body() -> None:
    document = read_page(PAGES / "minzhengju-zhize.html")
    assert (document.name, document.name_source, document.name_line) == ("清河区民政局", NameSource.TITLE, 5)
    assert document.kind is Kind.DEPARTMENT  # the title is the page's own text: its kind and place are read
    assert document.jurisdiction.district == "Qinghe District"
    assert len(document.duties) == 3


def test_an_html_page_whose_title_names_no_body_is_named_by_its_og_site_name() -> None:
    document = read_page(PAGES / "site-name-only.html")
    assert (document.name, document.name_source) == ("Qinghe District Archives Bureau", NameSource.SITE_NAME)
    assert document.name_line == 6  # the line of its <meta property="og:site_name">


def test_an_html_page_whose_title_and_site_name_name_no_body_is_named_by_its_file() -> None:
    document = read_page(PAGES / "title-names-no-body.html")
    assert (document.name, document.name_source) == ("Title Names No Body", NameSource.FILE_NAME)


def test_a_title_that_names_the_organization_is_its_printed_name_not_a_provisional_one() -> None:
    document = read_page(PAGES / "title-names-a-body.html")
    assert (document.name, document.name_source) == ("Qinghe District Parks Bureau", None)


def test_a_url_is_named_by_the_last_telling_name_of_its_path() -> None:
    blocks = (Block(1, "主要职责"), Block(2, "一、负责全区应急管理工作。"), Block(3, "二、组织编制全区总体应急预案。"))
    url = "https://www.qinghe.gov.cn/yingjiju/jgzn/index.html"
    page = Page(url, "index.html", "0", blocks, "text/html", "utf-8", key="www-qinghe-gov-cn/yingjiju/jgzn/index")
    document = parse_page(page)
    assert (document.name, document.name_source) == ("Jgzn", NameSource.URL_PATH)
    assert len(document.duties) == 2


def test_a_name_the_user_gives_replaces_the_provisional_one_and_is_recorded_as_given() -> None:
    correction = Correction(name="Civil Defence Office of Qinghe District")
    document = read_page(PAGES / "civil-defence-duties.txt", correction=correction)
    assert (document.name, document.name_source) == ("Civil Defence Office of Qinghe District", NameSource.GIVEN)
    assert [repair.reason for repair in document.repairs] == ["load option"]


def test_a_name_the_user_gives_a_page_that_prints_one_is_a_correction_not_a_provisional_name() -> None:
    document = read_page(PAGES / "title-names-a-body.html", correction=Correction(name="Parks Bureau"))
    assert (document.name, document.name_source) == ("Parks Bureau", None)


@pytest.mark.parametrize(
    "page",
    [
        "contact-only.txt",  # English: a contact block, no duty and no unit
        "lianxi-women.txt",  # Chinese: the same
    ],
)
def test_a_page_with_neither_a_name_nor_a_duty_nor_a_unit_is_still_refused(page: str) -> None:
    with pytest.raises(LoadError, match=r"found no organization's name \(a title or a sentence naming it\)"):
        read_page(PAGES / page)


@pytest.mark.parametrize(
    ("title", "language", "name"),
    [
        ("Duties - Civil Affairs Bureau | City Portal", "en", "Civil Affairs Bureau"),  # the page's part first
        ("Welcome | Qinghe Health Commission", "en", "Qinghe Health Commission"),  # the site's part when only it does
        ("Home | Welcome", "en", None),  # no organization's noun
        ("主要职责_清河区民政局_清河区人民政府网", "zh", "清河区民政局"),
        ("机构职能－清河区卫生健康委员会", "zh", "清河区卫生健康委员会"),
        ("首页", "zh", None),
    ],
)
def test_a_title_names_a_body_when_a_part_of_it_ends_in_an_organizations_noun(
    title: str, language: str, name: str | None
) -> None:
    assert body_named(title, cues_for(language)) == name


@pytest.mark.parametrize(
    ("stem", "words"),
    [
        ("civil-defence-duties", "Civil Defence Duties"),
        ("jiedao_neishe_jigou", "Jiedao Neishe Jigou"),
        ("HR-dept", "HR Dept"),  # a word in capitals is kept as it is
        ("民政局-职能", "民政局 职能"),
        ("2024", "2024"),
    ],
)
def test_a_file_name_is_de_slugged(stem: str, words: str) -> None:
    assert deslug(stem) == words


def test_a_generic_file_name_gives_way_to_its_folders() -> None:
    blocks = (Block(1, "Main Responsibilities"), Block(2, "1. Keep the archives of the district."))
    page = Page("/srv/pages/archives-bureau/index.html", "index.html", "0", blocks, "text/html", "utf-8")
    assert provisional_name(page, cues_for("en")).name == "Archives Bureau"


def test_a_title_block_is_read_for_a_provisional_name_before_the_site_name() -> None:
    title = Block(3, "Duties | Qinghe Parks Bureau", BlockKind.TITLE)
    page = Page("p.html", "p.html", "0", (title,), "text/html", "utf-8", site_name=Block(4, "Qinghe Online Bureau"))
    found = provisional_name(page, cues_for("en"))
    assert (found.name, found.source, found.line) == ("Qinghe Parks Bureau", NameSource.TITLE, 3)


@pytest.mark.parametrize(
    ("source", "said"),
    [
        (NameSource.FILE_NAME, "after its file name"),
        (NameSource.GIVEN, "after the name given to orgkb load (--name or the sidecar)"),
        ("banner", "after its banner"),  # a source another orgkb wrote
    ],
)
def test_each_source_is_said_in_words(source: NameSource | str, said: str) -> None:
    assert phrase(source) == said


@pytest.mark.parametrize(
    "text",
    [
        "Nothing here to read.\n",  # a sentence that nothing marks as a duty
        "本页面暂时没有内容，请稍后再来。\n",
    ],
)
def test_a_page_whose_only_duty_is_a_sentence_nothing_marks_is_still_refused(text: str) -> None:
    with pytest.raises(LoadError, match=r"found no organization's name"):
        parse_text(text, "empty.txt")


def test_a_sidecars_name_names_a_page_that_prints_none_as_given(tmp_path: Path) -> None:
    page = tmp_path / "civil-defence-duties.txt"
    page.write_text((PAGES / page.name).read_text("utf-8"), "utf-8")
    (tmp_path / "civil-defence-duties.txt.orgkb.toml").write_text('name = "Qinghe Civil Defence Office"\n', "utf-8")
    document = read_page(page)
    assert (document.name, document.name_source) == ("Qinghe Civil Defence Office", NameSource.GIVEN)
    assert [repair.reason for repair in document.repairs] == ["sidecar"]
