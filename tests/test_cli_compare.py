"""`orgkb compare`, `orgkb network` and `orgkb export --format graphml`."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from orgkb.cli import main
from orgkb.kb.store import KnowledgeBase
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
