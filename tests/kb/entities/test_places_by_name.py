"""`find_place` resolves a name of the gazetteer by queries bound to its few places: the same
record as when every place's record is read, without reading them."""

from __future__ import annotations

import pytest

from orgkb.errors import QueryError
from orgkb.kb.entities.places import _resolve, find_place, places
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import builtin_knowledge_base
from orgkb.ontology.places import default_gazetteer

NAMES = [
    "Jing'an",
    "静安区",
    "Jing'an, Shanghai",
    "上海市静安区",
    "Shanghai",
    "Caojiadu Sub-district",
    "Dapeng New District",
]


@pytest.fixture(scope="module")
def listed() -> KnowledgeBase:
    """A store whose every place's record was read before any name was resolved."""
    kb = builtin_knowledge_base()
    places(kb)
    return kb


@pytest.mark.parametrize("name", NAMES)
def test_a_gazetteer_name_is_found_without_every_place(listed: KnowledgeBase, name: str) -> None:
    fresh = builtin_knowledge_base()
    assert find_place(fresh, name) == find_place(listed, name)
    assert fresh.derived_if_built("places") == (False, None)


def test_a_place_the_store_does_not_describe_is_looked_for_among_every_place(listed: KnowledgeBase) -> None:
    fresh = builtin_knowledge_base()  # a loaded page could describe a place of that name
    assert find_place(fresh, "Huangpu, Shanghai") == find_place(listed, "Huangpu, Shanghai")
    assert find_place(fresh, "Huangpu, Shanghai").id == "place/shanghai/huangpu"
    assert fresh.derived_if_built("places")[0]


def test_a_name_no_gazetteer_place_has_reads_every_place() -> None:
    fresh = builtin_knowledge_base()
    with pytest.raises(QueryError):
        find_place(fresh, "Atlantis")
    assert fresh.derived_if_built("places")[0]


def _loaded(*paths: str) -> set[str]:
    gazetteer = default_gazetteer()
    return {
        place.iri for path in paths for place in gazetteer.candidates(path.rpartition("/")[2]) if place.path == path
    }


def test_a_district_is_meant_before_the_towns_of_its_name() -> None:
    # a national store describes Guangzhou's Tianhe District and towns and sub-districts called Tianhe
    loaded = _loaded("guangdong/guangzhou/tianhe", "chongqing/kaizhou/tianhe", "hubei/wuhan/huangpi/tianhe")
    assert len(loaded) == 3
    found = _resolve("Tianhe", {}, loaded, lambda: "")
    assert found == next(iter(_loaded("guangdong/guangzhou/tianhe")))


def test_two_districts_of_one_name_are_still_asked_apart() -> None:
    loaded = _loaded("sichuan/chengdu/jinjiang", "fujian/quanzhou/jinjiang", "sichuan/meishan/pengshan/jinjiang")
    assert len(loaded) == 3
    with pytest.raises(QueryError, match="names several places"):
        _resolve("Jinjiang", {}, loaded, lambda: "")


def test_towns_of_one_name_are_still_asked_apart() -> None:
    loaded = _loaded("chongqing/kaizhou/tianhe", "hubei/wuhan/huangpi/tianhe")
    with pytest.raises(QueryError, match="names several places"):
        _resolve("Tianhe", {}, loaded, lambda: "")
