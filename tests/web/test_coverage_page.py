"""The planners' page: offices chosen by kind and place, the heatmap, gaps and alike offices in words."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from orgkb.app import create_app
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_paths
from orgkb.web.coverage_page import plural
from tests.asgi import Client

PAGES = Path(__file__).parents[1] / "data" / "coverage"


@pytest.fixture(scope="module")
def client() -> Client:
    kb = KnowledgeBase()
    assert not load_paths(kb, [*builtin_paths(), *sorted(PAGES.glob("*.txt"))]).failed
    return Client(create_app(kb))


def _text(html: str) -> str:
    spaced = unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))
    return re.sub(r" (?=[,.:;])", "", spaced)


def test_without_a_question_the_page_is_a_form(client: Client) -> None:
    response = client.get("/coverage")
    assert response.status_code == 200
    assert '<form action="/coverage" method="get">' in response.text
    assert '<option value="general-office">general offices</option>' in response.text
    assert "<svg" not in response.text and "Choose a kind of office" in response.text


def test_the_general_offices_of_shanghai(client: Client) -> None:
    response = client.get("/coverage", params={"kind": "general-office", "district": "Shanghai"})
    assert response.status_code == 200
    assert '<option value="general-office" selected>' in response.text
    text = _text(response.text)
    assert "4 offices." in text
    assert (
        "General Office of People's Government of Xuhui District has no duty about “Confidentiality”, "
        "which 3 of the 4 offices have." in text
    )
    assert "What most have and some lack (6)" in text
    assert "Offices built alike (1 group)" in text
    assert (
        "General Office of People's Government of Huangpu District, General Office of People's Government of "
        "Xuhui District: on average 60% of their matters in common" in text
    )
    assert "Unlike the others: General Office of People's Government of Changning District" in text
    assert response.text.count('<svg class="heatmap"') == 1
    assert 'href="/organization/shanghai/xuhui/general-office"' in response.text


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({"district": "Atlantis"}, "“Atlantis” is not a place orgkb knows; did you mean"),
        ({"kind": "spaceship"}, "“spaceship” is not a kind of organization"),
        ({"kind": "general-office", "district": "Haidian"}, "orgkb has read no general offices in Haidian."),
        ({"kind": "general-office", "district": "Xuhui"}, "Three offices or more are needed for this."),
    ],
)
def test_mistakes_and_empty_answers_are_said_on_the_page(client: Client, params: dict[str, str], shown: str) -> None:
    response = client.get("/coverage", params=params)
    assert response.status_code == 200
    assert shown in _text(response.text)


def test_what_staff_typed_is_escaped(client: Client) -> None:
    response = client.get("/coverage", params={"district": '<script>alert("x")</script>'})
    assert "<script>" not in response.text
    assert "&lt;script&gt;" in response.text


@pytest.mark.parametrize(
    ("kind", "words"),
    [("general-office", "general offices"), ("party-committee", "party committees"), ("other", "others")],
)
def test_plural(kind: str, words: str) -> None:
    assert plural(kind) == words


def test_long_lists_are_cut_and_say_how_many_more() -> None:
    from orgkb.kb.coordination.clusters import Cluster, Clustering
    from orgkb.kb.coordination.coverage import CoverageMatrix, Gap, MatterRow, Member
    from orgkb.kb.entities.organizations import OrganizationRecord
    from orgkb.ontology.thesaurus import MatterRecord
    from orgkb.web.coverage_page import ALONE_SHOWN, CLUSTERS_SHOWN, GAPS_SHOWN, CoverageView, coverage_page

    records = [OrganizationRecord(f"c/d{n}/general-office", f"Office {n}", "general-office") for n in range(100)]
    matter = MatterRecord("matter/archives", "Archives")
    matrix = CoverageMatrix(
        tuple(Member(record, None, 1) for record in records),
        (MatterRow(matter, (1,) * 100),),
        tuple(Gap(record, matter, 99, 100) for record in records[: GAPS_SHOWN + 3]),
    )
    clustering = Clustering(
        tuple(Cluster((records[2 * n], records[2 * n + 1]), (), 0.8) for n in range(CLUSTERS_SHOWN + 2)),
        tuple(records[60 : 60 + ALONE_SHOWN + 4]),
    )
    view = CoverageView("general-office", "", ["general-office"], [], matrix, clustering)
    text = _text(coverage_page(view))
    assert "… and 3 more." in text and "… and 2 more groups." in text and " and 4 more." in text
    assert text.count("Office 61,") == 1
