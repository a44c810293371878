"""The staff pages: asking who handles a matter, an organization's page, and mistakes shown on the page."""

from __future__ import annotations

import re
from html import escape, unescape
from pathlib import Path

import pytest

from orgkb.app import create_app
from orgkb.kb.entities import organizations
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base, load_paths
from tests.asgi import Client
from tests.chinese_pages import (
    CIVIL_AFFAIRS_EN,
    CIVIL_AFFAIRS_ID,
    CIVIL_AFFAIRS_ZH,
    SOCIAL_ASSISTANCE_DUTY,
    civil_affairs_bureau_in_english,
    with_civil_affairs,
)


@pytest.fixture(scope="module")
def client() -> Client:
    return Client(create_app(builtin_knowledge_base()))


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#x27;", "'")


def test_the_front_page_is_a_search_form(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert '<form action="/" method="get"' in response.text
    assert '<option value="Jing&#x27;an District">' in response.text  # places to choose from


def test_an_answer_names_the_unit_the_sentence_its_line_the_office_and_whom_to_call(client: Client) -> None:
    response = client.get("/", params={"q": "who receives foreign guests?", "district": "Jing'an"})
    assert response.status_code == 200
    first = response.text.split("<li>")[1]
    text = _text(first)
    assert "Foreign Affairs Section" in text
    assert "of General Office of People's Government of Jing'an District" in text
    assert "reception of foreign guests" in text
    assert "jingan-general-office.txt, line 81" in text
    assert 'href="tel:021-62472188"' in first
    assert 'href="/organization/shanghai/jingan/general-office/foreign-affairs-section"' in first
    assert ">who receives foreign guests?</textarea>" in response.text  # the question stays in the box, whole


def test_a_question_in_chinese(client: Client) -> None:
    text = _text(client.get("/", params={"q": "信访"}).text)
    assert "Letters and calls" in text or "letters and calls" in text


def test_mistakes_are_shown_on_the_page(client: Client) -> None:
    unknown = client.get("/", params={"q": "foreign guests", "district": "Atlantis"})
    assert unknown.status_code == 200 and 'role="alert"' in unknown.text and "Atlantis" in unknown.text
    too_long = client.get("/", params={"q": "x" * 600})
    assert too_long.status_code == 200 and "600 characters long; please say it in 500 or fewer" in too_long.text
    nothing = client.get("/", params={"q": "zzzz qqqq"})
    assert nothing.status_code == 200 and "No duty matches" in nothing.text


def test_what_the_user_typed_is_escaped(client: Client) -> None:
    response = client.get("/", params={"q": '<script>alert("x")</script>'})
    assert "<script>" not in response.text
    assert "&lt;script&gt;" in response.text


def test_an_organization_page_lists_duties_with_lines_units_and_contacts(client: Client) -> None:
    response = client.get("/organization/shanghai/jingan/general-office")
    assert response.status_code == 200
    text = _text(response.text)
    assert "General Office of People's Government of Jing'an District" in text
    assert "Under Jing'an District People's Government" in text
    duties = text.split("Responsibilities", 1)[1].split("Sections and offices", 1)[0]
    assert duties.count("jingan-general-office.txt, line") == 17  # its own numbered duties, each with its line
    assert text.count(" duties ") >= 12  # each section with its duty count
    assert "370 Changde Road" in text and "Postal code 200040" in text
    assert "released 2025-04-07" in text


def test_a_section_page_shows_its_office_and_who_it_works_with(client: Client) -> None:
    text = _text(client.get("/organization/shanghai/jingan/general-office/foreign-affairs-section").text)
    assert "Unit of General Office of People's Government of Jing'an District" in text
    assert "Works most with Organization and Personnel Section" in text
    assert "friendly exchange: foreign friendly cities and regions" in text
    assert "Contact (through its office) tel. 021-62472188" in text


@pytest.mark.parametrize("identifier", ["no/such/office", "Not An Id"])
def test_an_unknown_organization_is_a_404_page(client: Client, identifier: str) -> None:
    response = client.get(f"/organization/{identifier}")
    assert response.status_code == 404 and "Not found" in response.text


def test_a_unit_that_prints_its_own_telephone_is_reached_by_it() -> None:
    from orgkb.loaders.load.files import builtin_paths, read_page

    town = "tests/data/unseen/qingpu-zhujiajiao-town.txt"
    kb = KnowledgeBase()
    kb.add_documents([read_page(path) for path in [*builtin_paths(), town]])
    office = "shanghai/qingpu/zhujiajiao-town"
    units = [unit for unit in organizations.units(kb, office) if organizations.own_contact(kb, unit.id) is not None]
    assert units, "the page prints a telephone under some of its units"
    own = organizations.own_contact(kb, units[0].id)
    assert own is not None and own.telephone
    text = _text(Client(create_app(kb)).get(f"/organization/{units[0].id}").text)
    assert f"Contact tel. {own.telephone}" in text and "through its office" not in text


def test_answers_explain_themselves_in_plain_words(client: Client) -> None:
    response = client.get("/", params={"q": "who receives foreign guests?", "district": "Jing'an"})
    first = _text(response.text.split("<li>")[1])
    assert "Why: Its duty 2 names foreign guests." in first
    assert "score" not in response.text and "matched '" not in response.text and "->" not in response.text


def test_a_long_question_is_kept_whole(client: Client) -> None:
    question = "who should I call about " + "a very long question about foreign guests " * 9
    response = client.get("/", params={"q": question.strip()})
    assert f">{question.strip()}</textarea>" in response.text


@pytest.mark.parametrize(
    ("district", "message"),
    [
        ("Mars", "We don't know a place called Mars. Leave “Where?” empty to look everywhere"),
        ("Jingann", "We don't know a place called Jingann. Did you mean Jing'an District"),
        ("Dapen", "We don't know a place called Dapen. Did you mean Dapeng New District?"),
    ],
)
def test_an_unknown_place_is_said_in_plain_words(client: Client, district: str, message: str) -> None:
    response = client.get("/", params={"q": "foreign guests", "district": district})
    assert response.status_code == 200 and message in unescape(response.text)
    assert "district=" not in response.text and "is not a place" not in response.text


def test_an_office_page_prints_each_duty_number_once(client: Client) -> None:
    html = client.get("/organization/shanghai/jingan/general-office").text
    duties = html.split("<h2>Responsibilities</h2>", 1)[1].split("</ol>", 1)[0]
    items = re.findall(r'<li value="(\d+)">([^<]*)', duties)
    assert [int(value) for value, _ in items] == list(range(1, 18))
    assert not any(re.match(r"\s*\d+\.", text) for _, text in items)  # the list numbers them, nothing else


def test_an_office_page_draws_its_units_as_a_chart(client: Client) -> None:
    html = client.get("/organization/shanghai/jingan/general-office").text
    chart = html.split("<h2>Sections and offices</h2>", 1)[1].split("</svg>", 1)[0]
    assert chart.startswith('<svg class="chart"')
    assert chart.count('<a href="/organization/shanghai/jingan/general-office/') == 12
    assert "Foreign Affairs Section" in chart and "<script" not in html


# ---------------------------------------------------------------- names in the question's language


@pytest.fixture(scope="module")
def bilingual() -> Client:
    kb = with_civil_affairs()
    kb.add_document(civil_affairs_bureau_in_english())
    return Client(create_app(kb))


def test_a_chinese_question_names_the_answer_in_chinese_with_its_english_name_beside(bilingual: Client) -> None:
    first = bilingual.get("/", params={"q": "低保怎么申请"}).text.split("<li>")[1]
    assert f'<a href="/organization/{CIVIL_AFFAIRS_ID}" lang="zh">{CIVIL_AFFAIRS_ZH}</a>' in first
    assert f'<span class="other">{escape(CIVIL_AFFAIRS_EN)}</span>' in first
    assert f'<blockquote lang="zh">{SOCIAL_ASSISTANCE_DUTY}</blockquote>' in first  # the Chinese sentence
    assert "jingan-civil-affairs-zh.txt, line 5" in _text(first)


def test_an_english_question_names_it_in_english_with_its_chinese_name_beside(bilingual: Client) -> None:
    first = bilingual.get("/", params={"q": "Who handles subsistence allowances?"}).text.split("<li>")[1]
    assert f'<a href="/organization/{CIVIL_AFFAIRS_ID}">{escape(CIVIL_AFFAIRS_EN)}</a>' in first
    assert f'<span class="other" lang="zh">{CIVIL_AFFAIRS_ZH}</span>' in first


def test_the_organization_page_shows_both_names_and_both_pages_duties(bilingual: Client) -> None:
    page = bilingual.get(f"/organization/{CIVIL_AFFAIRS_ID}").text
    assert f'<h1>{escape(CIVIL_AFFAIRS_EN)} <span class="other" lang="zh">{CIVIL_AFFAIRS_ZH}</span></h1>' in page
    assert "jingan-civil-affairs-zh.txt, line 5" in _text(page) and "jingan-civil-affairs-en.txt, line 4" in _text(page)


def test_the_organization_page_shows_each_duty_with_its_translation() -> None:
    kb = KnowledgeBase()
    load_paths(kb, sorted((Path(__file__).parents[1] / "data" / "bilingual").glob("*.txt")))
    page = Client(create_app(kb)).get("/organization/wenzhou/lucheng/civil-affairs-bureau").text
    items = page.split("<li ")
    (hotline,) = [item for item in items if "12345" in item]  # the pair is one item of the list
    assert '<p class="translation" lang="' in hotline and "translation</span>" in hotline
    assert "lucheng-civil-affairs-zh.txt, line 9" in _text(hotline)
    assert "lucheng-civil-affairs-en.txt, line 14" in _text(hotline)
    (elderly,) = [item for item in items if "老年人福利" in item]  # on the Chinese page only
    assert 'class="translation"' not in elderly


def test_a_unit_whose_name_alone_says_it_shows_the_line_naming_it_and_no_duty() -> None:
    kb = builtin_knowledge_base()
    load_paths(kb, [Path(__file__).resolve().parents[1] / "data" / "zh" / "named-units"])
    response = Client(create_app(kb)).get("/", params={"q": "农机推广找哪个单位？"})
    first = response.text.split("<li>")[1]
    assert "县农机推广站" in first and "<blockquote" not in first  # no duty text to show
    assert "No duty on its page says this; its name does: qinghe-agriculture-bureau.txt, line 11" in _text(first)
