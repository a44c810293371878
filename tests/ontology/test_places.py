"""The gazetteer (orgkb.ontology.places): a place by any of its names, inside a city when asked."""

from __future__ import annotations

import pytest

from orgkb.ontology.places import default_gazetteer


@pytest.mark.parametrize(
    ("name", "within", "path"),
    [
        ("Huangpu District", None, "shanghai/huangpu"),  # by name alone: the one the gazetteer has
        ("Huangpu", "Shanghai", "shanghai/huangpu"),
        ("黄浦区", "Shanghai Municipality", "shanghai/huangpu"),
        ("Huangpu District", "Guangzhou", None),  # the gazetteer does not know Guangzhou's Huangpu
        ("Huangpu District", "Shenzhen", None),  # Shenzhen has none
        ("Futian District", "Guangdong", "guangdong/shenzhen/futian"),  # a province holds its cities' districts
        ("Caojiadu Sub-district", "Jing'an District", "shanghai/jingan/caojiadu"),
        ("Caojiadu Sub-district", "Xuhui District", None),
        ("Shanghai", "Shanghai", "shanghai"),  # a place lies within itself
    ],
)
def test_find_within(name: str, within: str | None, path: str | None) -> None:
    place = default_gazetteer().find(name, within=within)
    assert (place.path if place else None) == path


def test_find_within_a_place() -> None:
    gazetteer = default_gazetteer()
    jingan = gazetteer.find("Jing'an")
    assert jingan is not None
    caojiadu = gazetteer.find("Caojiadu", within=jingan)
    assert caojiadu is not None and caojiadu.label == "Caojiadu Sub-district"
