"""The orgkb command: what a person sees, and exit status 2 with one line for their mistakes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from orgkb.cli import main
from orgkb.kb.store.knowledge_base import KnowledgeBase
from tests.chinese_pages import (
    CIVIL_AFFAIRS_EN,
    CIVIL_AFFAIRS_ID,
    CIVIL_AFFAIRS_ZH,
    SOCIAL_ASSISTANCE_DUTY,
    civil_affairs_bureau,
    civil_affairs_bureau_in_english,
)

DATA = Path(__file__).parent / "data"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_show_prints_an_office_as_a_tree() -> None:
    status, text = run("show", "shanghai/jingan/caojiadu-sub-district-office")
    assert status == 0
    assert text.startswith("Caojiadu Sub-district Office of Jing'an District People's Government, Shanghai")
    assert "under: Jing'an District People's Government (detached agency)" in text
    assert "8. [undertakes] Complete other tasks assigned by Jing'an District People's Government." in text
    assert "6. Community Self-governance Office (also: Community Autonomy Office)" in text
    assert "administers: community life service centers" in text
    assert "(caojiadu-subdistrict-office.txt:32)" in text


def test_show_accepts_a_name() -> None:
    status, text = run("show", "office for letters and calls")
    assert status == 0
    assert text.startswith("Community Security Office")


def test_show_contact_details() -> None:
    status, text = run("show", "shanghai/jingan/general-office")
    assert status == 0
    assert "telephone: 021-62472188" in text
    assert "address: 370 Changde Road" in text
    assert "12. Regional Cooperation Section" in text


def test_show_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run("show", "Nowhere Office")
    assert status == 2
    assert capsys.readouterr().err.strip() == "orgkb show: no organization or unit with id 'Nowhere Office'"


def test_validate_reports_each_page_and_writes_nothing(tmp_path: Path) -> None:
    status, text = run("validate", str(DATA / "batch"))
    assert status == 2
    lines = text.splitlines()
    assert any(line.startswith("FAIL") and "bad-contacts-only.txt" in line for line in lines)
    assert sum(line.startswith("valid") for line in lines) == 2
    assert lines[-1].startswith("2 of 3 pages valid; 1 failed:")


def test_load_into_a_store_then_show_and_export(tmp_path: Path) -> None:
    store = tmp_path / "kb"
    status, text = run("load", str(DATA / "batch"), "--store", str(store))
    assert status == 2  # one page of the batch is bad
    assert "2 of 3 pages loaded" in text
    status, text = run("show", "Archives Bureau of Xuhui District", "--store", str(store))
    assert status == 0
    assert "Archives Bureau of Xuhui District" in text
    target = tmp_path / "out.ttl"
    status, text = run("export", "--format", "turtle", "--output", str(target), "--store", str(store))
    assert status == 0
    assert "Archives Bureau of Xuhui District" in target.read_text("utf-8")


def test_load_says_when_a_page_replaces_another_about_the_same_organization(tmp_path: Path) -> None:
    page = DATA / "batch" / "good-xuhui-archives-bureau.txt"
    (tmp_path / "archives-old.txt").write_text(page.read_text("utf-8"), "utf-8")
    (tmp_path / "archives-new.txt").write_text(page.read_text("utf-8"), "utf-8")
    store = str(tmp_path / "kb")
    run("load", str(tmp_path / "archives-old.txt"), "--store", store)
    status, text = run("load", str(tmp_path / "archives-new.txt"), "--store", store)
    assert status == 0
    assert "replaces archives-old.txt, an earlier page about the same organization" in text
    status, text = run("show", "Archives Bureau of Xuhui District", "--store", store)
    assert "archives-new.txt" in text and "archives-old.txt" not in text


def test_load_reports_repairs() -> None:
    status, text = run("load", str(DATA / "variants" / "futian-shatou-subdistrict-office.txt"))
    assert status == 0
    assert "repaired line" in text and "'adetached' -> 'a detached'" in text
    assert "nothing was saved" in text


def test_missing_store_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run("show", "x", "--store", str(tmp_path / "absent"))
    assert status == 2
    assert "no store at" in capsys.readouterr().err


def test_usage_errors_exit_2() -> None:
    assert run("frobnicate")[0] == 2


def test_validate_passes_a_page_with_a_number_printed_twice(tmp_path: Path) -> None:
    page = tmp_path / "qingyang-statistics.txt"
    page.write_text(
        "Qingyang District Statistics Bureau\nPosted on 12 October 2023\nMain Functions\n"
        "1. Be responsiblefor the census of the district.\n2. Publish the statistical data.\n"
        "2. Guide the statistical work of the sub-districts.\n3. Complete other tasks.\n"
        "Internal Organization\nOffice: Handle documents; manage archives.\nHead: Zhou Li   Tel: 028-86151001\n",
        "utf-8",
    )
    status, text = run("validate", str(page))
    assert status == 0, text
    assert text.startswith("valid")
    assert "'responsiblefor' -> 'responsible for'" in text
    assert "1 of 1 pages valid" in text


def test_show_prints_both_names_and_both_pages_duties(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "store")
    kb.add_documents([civil_affairs_bureau(), civil_affairs_bureau_in_english()])
    kb.flush()
    del kb  # closed, for the command to open
    status, text = run("show", CIVIL_AFFAIRS_ZH, "--store", str(tmp_path / "store"))
    assert status == 0
    assert text.splitlines()[0] == f"{CIVIL_AFFAIRS_EN} / {CIVIL_AFFAIRS_ZH}  [department]  id: {CIVIL_AFFAIRS_ID}"
    assert "also:" not in text  # its other name is beside it, not repeated
    assert f"1. [responsible] {SOCIAL_ASSISTANCE_DUTY}  (jingan-civil-affairs-zh.txt:5)" in text
    assert "(jingan-civil-affairs-en.txt:4)" in text
    assert "1. Social Assistance Section / 社会救助科  [section]" in text


def test_show_says_a_provinces_department_serves_the_province(tmp_path: Path) -> None:
    store = tmp_path / "kb"
    assert run("load", str(DATA / "provinces"), "--store", str(store))[0] == 0
    status, text = run("show", "zhejiang/department-of-commerce", "--store", str(store))
    assert status == 0
    assert "  serves: Zhejiang (province)\n" in text
    status, text = run("show", "shenzhen/dapeng/general-office")
    assert "  serves: Dapeng New District, Shenzhen\n" in text


def test_show_prints_each_duty_with_its_translation_once(tmp_path: Path) -> None:
    store = str(tmp_path / "kb")
    assert run("load", str(DATA / "bilingual"), "--store", store)[0] == 0
    status, text = run("show", "wenzhou/lucheng/civil-affairs-bureau", "--store", store)
    assert status == 0
    lines = text.splitlines()
    hotline = [n for n, line in enumerate(lines) if "12345" in line]
    assert len(hotline) == 2 and hotline[1] == hotline[0] + 1  # the pair, one after the other
    assert lines[hotline[1]].lstrip().startswith("= ") and "aligned 0." in lines[hotline[1]]
    elderly = next(n for n, line in enumerate(lines) if "老年人福利" in line)
    assert not any(line.lstrip().startswith("= ") for line in lines[elderly : elderly + 2])  # none aligned
