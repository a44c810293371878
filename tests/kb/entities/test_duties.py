"""Duties (orgkb.kb.entities.duties): one record per duty, made in one place."""

from __future__ import annotations

import pytest

from orgkb.kb.entities import duties
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths, read_page

SECTION = "shanghai/jingan/general-office/foreign-affairs-section"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add_documents([read_page(path) for path in builtin_paths()])
    return kb


def test_an_owners_duties_are_the_records_every_read_shares(kb: KnowledgeBase) -> None:
    found = duties.responsibilities(kb, SECTION)
    assert found and found == list(duties.responsibilities_by_owner(kb)[SECTION])
    assert [duty.position for duty in found] == sorted(duty.position for duty in found)
    assert all(duty.owner_id == SECTION and duty.source.line > 0 for duty in found)
    assert any("matter/foreign-affairs" in duty.matters for duty in found)  # with their matters, as the others
    assert duties.responsibility(kb, found[0].id) == found[0]


def test_every_owners_duties_read_alone_are_those_of_the_whole_table(kb: KnowledgeBase) -> None:
    table = duties.responsibilities_by_owner(kb)
    assert len(table) > 20
    for owner, found in table.items():
        assert duties.responsibilities(kb, owner) == list(found), owner


def test_an_unknown_owner_has_no_duties(kb: KnowledgeBase) -> None:
    assert duties.responsibilities(kb, "shanghai/nowhere/office") == []
