"""Where an organization is when its page's jurisdiction does not say (orgkb.loaders.place_clues)."""

from __future__ import annotations

import pytest

from orgkb.loaders.place_clues import address_clue, name_clue, site_slug, typed_find
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
