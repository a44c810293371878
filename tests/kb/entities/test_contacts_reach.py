"""Whom to call (orgkb.kb.entities.organizations): a unit's own contact when its page prints one, else its office's."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.graphql.execution import run
from orgkb.kb.entities import organizations
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Contact
from orgkb.loaders.load.files import builtin_paths, read_page

ZHUJIAJIAO_PAGE = Path(__file__).parents[2] / "data" / "unseen" / "qingpu-zhujiajiao-town.txt"
TOWN = "shanghai/qingpu/zhujiajiao-town"
FOREIGN_AFFAIRS = "shanghai/jingan/general-office/foreign-affairs-section"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add_documents([read_page(path) for path in [*builtin_paths(), ZHUJIAJIAO_PAGE]])
    return kb


@pytest.mark.parametrize(
    ("identifier", "office", "own", "reached"),
    [
        # a unit with its own "Tel:" under its heading
        (f"{TOWN}/party-and-government-office", TOWN, "021-59241001", "021-59241001"),
        (f"{TOWN}/social-affairs-office", TOWN, "021-59241004", "021-59241004"),
        # the town itself
        (TOWN, None, "021-59240000", "021-59240000"),
        # a unit whose page prints no contact of its own: reached through its office
        (FOREIGN_AFFAIRS, "shanghai/jingan/general-office", None, "021-62472188"),
        ("shanghai/jingan/general-office", None, "021-62472188", "021-62472188"),
    ],
)
def test_a_unit_is_reached_by_its_own_contact_else_its_offices(
    kb: KnowledgeBase, identifier: str, office: str | None, own: str | None, reached: str
) -> None:
    found = organizations.own_contact(kb, identifier)
    assert (found.telephone if found else None) == own
    assert organizations.contact(kb, identifier) is not None
    assert organizations.contact(kb, identifier).telephone == reached  # type: ignore[union-attr]
    above, contact = organizations.office_and_contact(kb, organizations.organization(kb, identifier))
    assert (above.id if above else None) == office
    assert contact is not None and contact.telephone == reached


def test_a_units_own_contact_has_only_what_its_page_prints(kb: KnowledgeBase) -> None:
    contact = organizations.own_contact(kb, f"{TOWN}/economic-development-office")
    assert contact is not None
    assert (contact.telephone, contact.address, contact.hours) == ("021-59241002", None, None)


def test_graphql_gives_a_units_own_contact_else_its_offices(kb: KnowledgeBase) -> None:
    query = "query ($id: ID!) { organization(id: $id) { contact { telephone } } }"
    for identifier, telephone in (
        (f"{TOWN}/tourism-and-culture-office", "021-59241003"),
        (FOREIGN_AFFAIRS, "021-62472188"),
        (TOWN, "021-59240000"),
    ):
        answer = run(kb, query, {"id": identifier})
        assert "errors" not in answer
        assert answer["data"]["organization"]["contact"] == {"telephone": telephone}


def test_a_contact_is_the_loaders_record_with_every_printed_part(kb: KnowledgeBase) -> None:
    found = organizations.contact(kb, "shanghai/jingan/general-office")
    assert isinstance(found, Contact)  # one record from the loaders to GraphQL, never copied
    assert found.telephone == "021-62472188"
    assert found.website is None and found.line is None  # the store keeps neither
