"""Finding an organization by what a person types: an id, an IRI, a name, or its words loosely."""

from __future__ import annotations

import pytest

from orgkb.errors import NotFoundError, QueryError
from orgkb.kb.organizations import resolve
from orgkb.kb.store import KnowledgeBase

JINGAN = "shanghai/jingan/general-office"
CAOJIADU = "shanghai/jingan/caojiadu-sub-district-office"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.builtin()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (JINGAN, JINGAN),
        ("https://w3id.org/orgkb/id/shanghai/jingan/general-office", JINGAN),
        ("General Office of People's Government of Jing'an District", JINGAN),
        # an alias the page gives ("Office for Letters and Calls")
        ("office for letters and calls", f"{CAOJIADU}/community-security-office"),
        # words in another order, with the place the office serves
        ("Jing'an General Office", JINGAN),
        ("General Office of Jingan", JINGAN),
        ("Dapeng General Office", "shenzhen/dapeng/general-office"),
        ("Caojiadu security office", f"{CAOJIADU}/community-security-office"),
        ("Jing'an foreign affairs", "shanghai/jingan/general-office/foreign-affairs-section"),
    ],
)
def test_resolve_finds_what_a_person_means(kb: KnowledgeBase, text: str, found: str) -> None:
    assert resolve(kb, text) == found


def test_a_name_two_offices_share_is_refused_with_both_ids(kb: KnowledgeBase) -> None:
    with pytest.raises(QueryError) as raised:
        resolve(kb, "General Office")
    assert JINGAN in str(raised.value) and "shenzhen/dapeng/general-office" in str(raised.value)


def test_loose_matching_can_be_turned_off(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFoundError):
        resolve(kb, "Jing'an General Office", loose=False)


@pytest.mark.parametrize("text", ["Ministry of Magic", "Jing'an Zeppelin Office", "of the"])
def test_words_nobody_is_named_by_are_not_found(kb: KnowledgeBase, text: str) -> None:
    with pytest.raises(NotFoundError):
        resolve(kb, text)
