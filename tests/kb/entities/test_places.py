"""One place by id, read by a query bound to it: the same record as the list of every place."""

from __future__ import annotations

import pytest

from orgkb.errors import NotFoundError
from orgkb.kb.entities.places import place, place_of, places
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


def test_a_place_by_id_is_the_record_every_place_lists(kb: KnowledgeBase) -> None:
    every = places(kb)
    assert len(every) >= 5
    assert [place(kb, record.id) for record in every] == every


def test_an_organizations_place_is_read_without_every_place(kb: KnowledgeBase) -> None:
    fresh = builtin_knowledge_base()
    found = place_of(fresh, "shanghai/jingan/general-office")
    assert found is not None and (found.id, found.name, found.place_type) == (
        "place/shanghai/jingan",
        "Jing'an District",
        "district",
    )
    assert fresh.derived_if_built("places") == (False, None)


@pytest.mark.parametrize(
    "identifier",
    [
        "place/nowhere-at-all",  # no such place
        "place/shanghai/jingan/",  # a place's id, written otherwise
        "shanghai/jingan",  # an organization's id shape, not a place's
        "place/not a slug",  # text no id can be
    ],
)
def test_what_names_no_place_is_not_found(kb: KnowledgeBase, identifier: str) -> None:
    with pytest.raises(NotFoundError):
        place(kb, identifier)
