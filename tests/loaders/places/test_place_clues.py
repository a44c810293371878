"""Where an organization is when its page's jurisdiction does not say (orgkb.loaders.places.place_clues)."""

from __future__ import annotations

import pytest

from orgkb.loaders.places.place_clues import address_clue, name_clue, served_in_name, site_slug, typed_find
from orgkb.ontology.places import default_gazetteer


@pytest.mark.parametrize(
    ("name", "phrase", "path"),
    [
        # a place the gazetteer knows, with its type
        ("General Office of Hefei Municipal People's Government", "Hefei", "anhui/hefei"),
        # one it does not know: the name as printed
        ("General Office of Qingshuiwan City People's Government", "Qingshuiwan City", None),
        # a Chinese name begins with its place
        ("上海市静安区民政局", "上海市静安区", "shanghai/jingan"),
        # "the People's Government" is no place
        ("General Office of the People's Government", None, None),
    ],
)
def test_a_name_names_its_place(name: str, phrase: str | None, path: str | None) -> None:
    clue = name_clue(name, default_gazetteer())
    assert (clue.name if clue else None) == phrase
    assert (clue.place.path if clue and clue.place else None) == path


@pytest.mark.parametrize(
    ("name", "within", "city_known", "served"),
    [
        # a city it opens with, without its type, and the district of it that follows
        ("Hangzhou Civil Affairs Bureau", None, False, ("zhejiang/hangzhou", None, None)),
        ("Shanghai Putuo Health Supervision Institute", None, False, ("shanghai", "shanghai/putuo", None)),
        # a city named with its type, a municipality too
        ("General Office of Changde City Government", None, False, ("hunan/changde", None, None)),
        ("Beijing Municipal Commission of Education", None, False, ("beijing", None, None)),
        # a county-level city, read as one only in the city the name states
        (
            "People's Government of Tongcheng City, Anqing",
            "Anqing",
            False,
            ("anhui/anqing", "anhui/anqing/tongcheng", None),
        ),
        (
            "People's Government of Tongcheng City, Anqing",
            "Anqing",
            True,
            ("anhui/anqing", "anhui/anqing/tongcheng", None),
        ),
        ("People's Government of Tongcheng City", None, False, (None, None, None)),
        # a province's department serves the province, as a province
        ("Zhejiang Provincial Department of Commerce", None, False, (None, None, "zhejiang")),
        ("Department of Commerce of Zhejiang Province", None, False, (None, None, "zhejiang")),
        # with the city known, only a county-level city is looked for
        ("Zhejiang Provincial Department of Commerce", None, True, (None, None, None)),
        ("Hangzhou Civil Affairs Bureau", None, True, (None, None, None)),
        # places the gazetteer does not know, and no place at all
        ("General Office of Qingshuiwan City People's Government", None, False, (None, None, None)),
        ("General Office of the People's Government", None, False, (None, None, None)),
    ],
)
def test_a_name_says_which_known_places_it_serves(
    name: str, within: str | None, city_known: bool, served: tuple[str | None, str | None, str | None]
) -> None:
    gazetteer = default_gazetteer()
    found = served_in_name(name, gazetteer, gazetteer.find(within) if within else None, city_known)
    paths = tuple(place.path if place else None for place in (found.city, found.district, found.province))
    assert paths == served


def test_the_reader_and_the_ids_read_a_name_place_alike() -> None:
    """One reading of places in names: the city a name states is the clue the ids fall back on."""
    gazetteer = default_gazetteer()
    name = "General Office of Changde City Government"
    clue, served = name_clue(name, gazetteer), served_in_name(name, gazetteer)
    assert clue is not None and clue.place is not None and served.city is not None
    assert clue.place.path == served.city.path


def test_an_address_names_its_most_specific_place_of_the_type_it_says() -> None:
    clue = address_clue("8 Renmin Road, Jiaxing City, Zhejiang Province", default_gazetteer())
    assert clue is not None and clue.place is not None and clue.place.path == "zhejiang/jiaxing"
    # Mapo Township is no city: "Mapo City" is a place the gazetteer does not know
    clue = address_clue("2 Renmin Road, Mapo City", default_gazetteer())
    assert clue is not None and (clue.name, clue.place) == ("Mapo City", None)
    assert typed_find("Mapo City", "City", default_gazetteer()) is None
    assert address_clue("2 Renmin Road", default_gazetteer()) is None


def test_a_sites_slug_drops_www_and_english() -> None:
    assert site_slug("WWW.Qingshui.gov.cn") == "qingshui-gov-cn"
    assert site_slug("english.sz.gov.cn") == "sz-gov-cn"
