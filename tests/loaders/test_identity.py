"""Who a page is about (orgkb.loaders.identity): name, kind, parent and place."""

from __future__ import annotations

import pytest

from orgkb.loaders.identity import read_identity


@pytest.mark.parametrize(
    ("intro", "parent", "alias"),
    [
        (
            "Beiyuan Sub-district Office is a dispatched agency of the Yiwu Municipal People's Government"
            " and exercises the administrative functions of the sub-district.",
            "Yiwu Municipal People's Government",
            "Beiyuan Sub-district Office",
        ),
        (
            "Beiyuan Office is a Detached Agency of Yiwu Municipal People's Government.",
            "Yiwu Municipal People's Government",
            "Beiyuan Office",
        ),
    ],
)
def test_the_parent_from_an_is_a_detached_agency_of_sentence(intro: str, parent: str, alias: str) -> None:
    identity = read_identity("Beiyuan Sub-district Office of Yiwu City", intro, intro)
    assert identity.parent == parent
    assert identity.parent_relation in ("dispatched agency", "detached agency")
    assert alias in identity.aliases


def test_a_lower_case_subject_gives_no_alias() -> None:
    intro = "The office is a dispatched agency of the Yiwu Municipal People's Government."
    identity = read_identity("Beiyuan Sub-district Office of Yiwu City", intro, intro)
    assert identity.parent == "Yiwu Municipal People's Government"
    assert identity.aliases == ["Beiyuan Sub-district Office"]


@pytest.mark.parametrize(
    ("title", "district", "city"),
    [
        # the gazetteer's Huangpu District is Shanghai's; the page says Guangzhou
        ("Huangpu District People's Government, Guangzhou", "Huangpu District", "Guangzhou"),
        ("Chaoyang District Education Bureau of Changchun", "Chaoyang District", "Changchun"),
        # agreeing with the gazetteer, or stating no city: the gazetteer's place and city
        ("Huangpu District Civil Affairs Bureau, Shanghai", "Huangpu District", "Shanghai"),
        ("Huangpu District Civil Affairs Bureau", "Huangpu District", "Shanghai"),
    ],
)
def test_the_city_the_page_states_wins_over_the_gazetteers(title: str, district: str, city: str) -> None:
    identity = read_identity(title, "", title)
    assert (identity.jurisdiction.district, identity.jurisdiction.city) == (district, city)
    assert bool(identity.warnings) == (city != "Shanghai")
