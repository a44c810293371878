"""`orgkb compare`, `orgkb network` and `orgkb export --format graphml`."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from orgkb.cli import main
from orgkb.kb.store.knowledge_base import KnowledgeBase
from tests.chinese_pages import SOCIAL_ASSISTANCE_DUTY, civil_affairs_bureau, putuo_civil_affairs_bureau

JINGAN = "shanghai/jingan/general-office"
DAPENG = "shenzhen/dapeng/general-office"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_compare_table() -> None:
    status, text = run("compare", JINGAN, DAPENG)
    assert status == 0
    assert "Shared duties" in text and "Only right" in text and "Matter coverage" in text
    assert "Be responsible for press, publication and film management." in text.split("Only right")[1]


def test_compare_json_and_names() -> None:
    status, text = run("compare", "General Office of Dapeng New District", JINGAN, "--format", "json")
    assert status == 0
    document = json.loads(text)
    assert document["left"]["id"] == DAPENG
    assert any(row["left"] == f"{DAPENG}/duty/13" and row["right"] == f"{JINGAN}/duty/10" for row in document["shared"])
    assert document["coverage"]


def test_compare_csv() -> None:
    status, text = run("compare", JINGAN, DAPENG, "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["kind"] for row in rows} == {"shared", "only left", "only right"}


def test_compare_districts_by_name() -> None:
    status, text = run("compare", "Jing'an District", "Dapeng New District")
    assert status == 0
    assert "left:  Jing'an District" in text


def test_compare_unknown_is_one_line_and_status_2(capsys: object) -> None:
    status, _ = run("compare", "nowhere at all", DAPENG)
    assert status == 2


def test_network_lists_links_with_evidence_and_draws(tmp_path: Path) -> None:
    picture = tmp_path / "office.svg"
    status, text = run(
        "network", f"{JINGAN}/section-for-reform-of-administrative-approval-system", "--svg", str(picture)
    )
    assert status == 0
    assert "Jing'an District Administrative Service Center  [stated: coordinates with, guides]" in text
    assert "evidence, its own: duty 4 (jingan-general-office.txt, line 65)" in text
    ET.parse(picture)


def test_network_path() -> None:
    status, text = run("network", f"{JINGAN}/legal-affairs-section", "--path-to", JINGAN)
    assert status == 0
    office = "General Office of People's Government of Jing'an District"
    assert text.strip() == f"Legal Affairs Section  --is a unit of-->  {office}"


def test_export_graphml(tmp_path: Path) -> None:
    target = tmp_path / "orgkb.graphml"
    status, _ = run("export", "--format", "graphml", "--output", str(target))
    assert status == 0
    assert nx.read_graphml(target).number_of_nodes() > 50


def test_compare_takes_loose_names_and_bare_district_names() -> None:
    status, text = run("compare", "Jing'an General Office", "Dapeng General Office", "--format", "json")
    assert status == 0
    document = json.loads(text)
    assert (document["left"]["id"], document["right"]["id"]) == (JINGAN, DAPENG)
    # "Dapeng" is the district (all its organizations), not the one office whose name holds the word
    status, text = run("compare", "Jing'an", "Dapeng", "--format", "json")
    assert status == 0
    assert json.loads(text)["right"]["id"].startswith("place/")


def test_compare_an_english_page_with_a_chinese_page(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "store")
    kb.add_documents([civil_affairs_bureau(), putuo_civil_affairs_bureau()])
    kb.flush()
    del kb  # closed, for the command to open
    status, text = run(
        "compare", "Civil Affairs Bureau of Putuo District", "静安区民政局", "--store", str(tmp_path / "store")
    )
    assert status == 0
    assert "right: 静安区民政局 / Civil Affairs Bureau of Jing'an District" in text
    shared = text.split("Shared duties (2)")[1].split("Only left")[0]
    assert "L: Be responsible for subsistence allowances" in shared and f"R: {SOCIAL_ASSISTANCE_DUTY}" in shared
    coverage = text.split("Matter coverage")[1]
    assert "     1     1  Social assistance / 社会救助" in coverage
    assert "     0     1  Funeral management / 殡葬管理" not in coverage  # its units' duties: only with --units
    status, text = run(
        "compare",
        "Civil Affairs Bureau of Putuo District",
        "静安区民政局",
        "--units",
        "--store",
        str(tmp_path / "store"),
        "--format",
        "json",
    )
    rows = {row["matter"]: row for row in json.loads(text)["coverage"]}
    assert rows["matter/funeral-management"] == {
        "matter": "matter/funeral-management",
        "name": "Funeral management",
        "chineseName": "殡葬管理",
        "left": 0,
        "right": 1,
    }


# -- many organizations: the coverage matrix ------------------------------------------------------

PAGES = Path(__file__).parent / "data" / "coverage"
SHANGHAI = [f"shanghai/{name}/general-office" for name in ("changning", "huangpu", "jingan", "xuhui")]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store with the built-in pages and three more Shanghai general offices."""
    from orgkb.loaders.load.files import builtin_paths

    path = str(tmp_path_factory.mktemp("coverage") / "kb")
    pages = [str(page) for page in [*builtin_paths(), *sorted(PAGES.glob("*.txt"))]]
    assert run("load", *pages, "--store", path)[0] == 0
    return path


def test_coverage_csv_of_a_kind_in_a_place(store: str) -> None:
    status, text = run(
        "compare", "--kind", "general-office", "--district", "Shanghai", "--format", "csv", "--store", store
    )
    assert status == 0
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["matter", "name", "covered", *SHANGHAI]
    seals = next(row for row in rows if row[0] == "matter/seals")
    assert seals == ["matter/seals", "Seals", "1", "0", "1", "0", "0"]


def test_coverage_json_has_gaps_and_clusters(store: str) -> None:
    status, text = run(
        "compare", "--kind", "general-office", "--district", "上海", "--format", "json", "--store", store
    )
    assert status == 0
    document = json.loads(text)
    assert [org["id"] for org in document["organizations"]] == SHANGHAI
    assert {"organization": SHANGHAI[3], "matter": "matter/confidentiality", "covered": 3, "of": 4} in document["gaps"]
    assert document["clusters"][0]["organizations"] == [SHANGHAI[1], SHANGHAI[3]]
    assert document["alone"] == [SHANGHAI[0], SHANGHAI[2]]


def test_coverage_table_of_named_organizations(store: str) -> None:
    status, text = run(
        "compare", "Huangpu General Office", "Xuhui General Office", "Changning General Office", "--store", store
    )
    assert status == 0
    assert "3 organizations" in text and "Duties about each matter" in text
    assert "shanghai/changning/general-office: no duty about Letters and calls (2 of 3 have one)" in text
    assert "2 alike" in text


def test_coverage_svg_heatmap(store: str) -> None:
    status, text = run(
        "compare", "--district", "Shanghai", "--kind", "general-office", "--format", "svg", "--store", store
    )
    assert status == 0
    svg = ET.fromstring(text)
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Xuhui District: 0 duties about Confidentiality (most of the others have it)" in text


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["compare", JINGAN], "give two organizations to compare side by side"),
        (["compare"], "give two organizations to compare side by side"),
        (["compare", "--kind", "general-offices"], "is not a kind of organization"),
        (["compare", "--kind", "department"], "no department is loaded"),
        (["compare", "--district", "Hainan"], "no organization serving Hainan is loaded"),
        (["compare", JINGAN, DAPENG, "--kind", "general-office"], "not both"),
    ],
)
def test_coverage_mistakes_are_one_line_and_status_2(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = run(*argv)
    err = capsys.readouterr().err
    assert status == 2
    assert words in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_load_into_a_store_saves_the_model_its_first_compare_reads(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    def refuse(kb: KnowledgeBase) -> list[tuple[str, tuple[str, ...]]]:
        raise AssertionError("the model was built at the first compare, not read back")

    monkeypatch.setattr(importlib.import_module("orgkb.kb.coordination.compare"), "duty_words_and_matters", refuse)
    status, text = run("compare", JINGAN, DAPENG, "--store", store)
    assert status == 0 and "Shared duties" in text
