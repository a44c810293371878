"""Pages that print no name, in the store: never merged into one organization, each replacing only itself."""

from __future__ import annotations

import shutil
from pathlib import Path

from orgkb.kb.entities import organizations
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.identity.identifiers import organization_iri
from orgkb.loading import load_path, load_paths
from orgkb.report import page_report
from tests.kb.store.test_knowledge_base_identity import canonical_quads

PAGES = Path(__file__).parents[2] / "data" / "unnamed"


def _copies(tmp_path: Path, page: str, folders: tuple[str, ...]) -> list[Path]:
    copies = []
    for folder in folders:
        (tmp_path / folder).mkdir()
        copies.append(Path(shutil.copy(PAGES / page, tmp_path / folder / page)))
    return copies


def test_two_unnamed_pages_of_one_file_name_and_one_text_are_two_organizations(tmp_path: Path) -> None:
    english = _copies(tmp_path, "civil-defence-duties.txt", ("a", "b"))
    chinese = _copies(tmp_path, "jiedao-neishe-jigou.txt", ("c", "d"))
    kb = KnowledgeBase()
    report = load_paths(kb, [*english, *chinese])
    assert all(result.ok and not result.superseded and not result.joined for result in report.results)
    ids = [str(organization_iri(result.document)) for result in report.results if result.document]
    assert len(set(ids)) == 4
    assert len(kb.documents()) == 4
    named = [record for record in organizations.organizations(kb) if record.name == "Civil Defence Duties"]
    assert len(named) == 2 and all(record.name_source == "file-name" for record in named)


def test_an_unnamed_page_and_a_renamed_copy_of_it_are_two_organizations(tmp_path: Path) -> None:
    # identity comes from the page: a copy under another file name may be another office's page
    first = Path(shutil.copy(PAGES / "civil-defence-duties.txt", tmp_path / "one.txt"))
    second = Path(shutil.copy(PAGES / "civil-defence-duties.txt", tmp_path / "two.txt"))
    kb = KnowledgeBase()
    load_path(kb, first)
    result = load_path(kb, second)
    assert result.ok and not result.superseded and not result.replaced
    assert len(kb.documents()) == 2


def test_loading_an_unnamed_page_again_replaces_itself_triple_for_triple(tmp_path: Path) -> None:
    pages = [*_copies(tmp_path, "civil-defence-duties.txt", ("a",)), PAGES / "minzhengju-zhize.html"]
    kb = KnowledgeBase()
    load_paths(kb, pages)
    first = canonical_quads(kb)
    again = load_paths(kb, pages)
    assert all(result.replaced and not result.superseded for result in again.results)
    assert canonical_quads(kb) == first
    assert len(kb.documents()) == 2


def test_the_load_report_says_in_one_line_where_the_name_came_from(tmp_path: Path) -> None:
    kb = KnowledgeBase()
    report = load_paths(kb, [PAGES / "civil-defence-duties.txt", PAGES / "minzhengju-zhize.html"])
    english, chinese = (page_report(result, "loaded").lines for result in report.results)
    assert english[1] == "          printed no name: named 'Civil Defence Duties' after its file name"
    assert chinese[1] == "          printed no name: named '清河区民政局' after its HTML <title>"
    assert sum("printed no name" in line for line in [*english, *chinese]) == 2


def test_a_page_with_no_duty_and_no_unit_is_refused_and_writes_nothing() -> None:
    kb = KnowledgeBase()
    report = load_paths(kb, [PAGES / "contact-only.txt"])
    lines = page_report(report.results[0], "loaded").lines
    assert lines == (
        f"FAIL {PAGES / 'contact-only.txt'}:1: found no organization's name (a title or a sentence naming it)",
    )
    assert kb.documents() == []
