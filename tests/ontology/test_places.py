"""The gazetteer (orgkb.ontology.places): a place by any of its names, inside a parent when asked."""

from __future__ import annotations

import random

import pytest

from orgkb.ontology.places import Gazetteer, bare_name, default_gazetteer, fold_name


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


@pytest.mark.parametrize(
    ("name", "within", "path"),
    [
        ("Huangpu District", None, "shanghai/huangpu"),  # two of that name: a municipality's first
        ("Huangpu", "Shanghai", "shanghai/huangpu"),
        ("黄浦区", "Shanghai Municipality", "shanghai/huangpu"),
        ("Huangpu District", "Guangzhou", "guangdong/guangzhou/huangpu"),  # 黄埔区, the other Huangpu
        ("Huangpu District", "Shenzhen", None),  # Shenzhen has none
        ("Futian District", "Guangdong", "guangdong/shenzhen/futian"),  # a province holds its cities' districts
        ("Caojiadu Sub-district", "Jing'an District", "shanghai/jingan/caojiadu"),
        ("Caojiadu Sub-district", "Xuhui District", None),
        ("Shanghai", "Shanghai", "shanghai"),  # a place lies within itself
        ("Nanshan District", None, "guangdong/shenzhen/nanshan"),  # the best-known prefecture's first
        ("Nanshan District", "Hegang", "heilongjiang/hegang/nanshan"),
    ],
)
def test_find_within(gazetteer: Gazetteer, name: str, within: str | None, path: str | None) -> None:
    place = gazetteer.find(name, within=within)
    assert (place.path if place else None) == path


def test_find_within_a_place(gazetteer: Gazetteer) -> None:
    jingan = gazetteer.find("Jing'an")
    assert jingan is not None
    caojiadu = gazetteer.find("Caojiadu", within=jingan)
    assert caojiadu is not None and caojiadu.label == "Caojiadu Sub-district"


@pytest.mark.parametrize(
    ("name", "path", "label"),
    [
        # every form of Jing'an: English with and without its type and apostrophe, Chinese likewise, its code
        ("Jing'an", "shanghai/jingan", "Jing'an District"),
        ("Jingan", "shanghai/jingan", "Jing'an District"),
        ("Jing’an District", "shanghai/jingan", "Jing'an District"),
        ("静安区", "shanghai/jingan", "Jing'an District"),
        ("静安", "shanghai/jingan", "Jing'an District"),
        ("310106", "shanghai/jingan", "Jing'an District"),
        ("上海市静安区", "shanghai/jingan", "Jing'an District"),  # a Chinese name with its city before it
        ("Xi'an", "shaanxi/xian", "Xi'an"),
        ("Xian", "shaanxi/xian", "Xi'an"),  # not 献县, Xian County, nor Shanxi for Shaanxi
        ("西安市", "shaanxi/xian", "Xi'an"),
        ("Huangpu, Guangzhou", "guangdong/guangzhou/huangpu", "Huangpu District"),
        ("广州市黄埔区", "guangdong/guangzhou/huangpu", "Huangpu District"),
        # a county and a town with and without their type word
        ("Ninghai County", "zhejiang/ningbo/ninghai", "Ninghai County"),
        ("Ninghai", "zhejiang/ningbo/ninghai", "Ninghai County"),
        ("宁海县", "zhejiang/ningbo/ninghai", "Ninghai County"),
        ("Xidian Town", "zhejiang/ningbo/ninghai/xidian", "Xidian Town"),
        ("西店镇", "zhejiang/ningbo/ninghai/xidian", "Xidian Town"),
        ("Jiangning Road Sub-district", "shanghai/jingan/jiangning-road", "Jiangning Road Sub-district"),
        # customary English names and the exceptions of pinyin
        ("Inner Mongolia", "inner-mongolia", "Inner Mongolia"),
        ("Tibet", "xizang", "Xizang"),
        ("Shaanxi", "shaanxi", "Shaanxi"),
        ("Shanxi", "shanxi", "Shanxi"),
        ("Harbin", "heilongjiang/harbin", "Harbin"),
        ("Urumqi", "xinjiang/urumqi", "Urumqi"),
        ("Chaoyang District", "beijing/chaoyang", "Chaoyang District"),  # 朝阳, not "Zhaoyang"
        ("Minhang", "shanghai/minhang", "Minhang District"),  # 闵行, not "Minxing"
        ("Enshi Tujia and Miao Autonomous Prefecture", "hubei/enshi", "Enshi Tujia and Miao Autonomous Prefecture"),
        ("Pudong New Area", "shanghai/pudong", "Pudong New Area"),
        ("Dapeng", "guangdong/shenzhen/dapeng", "Dapeng New District"),  # a functional area, no statistical unit
        # Hong Kong, Macao and Taiwan, in traditional characters too
        ("Hong Kong", "hong-kong", "Hong Kong"),
        ("Wan Chai", "hong-kong/wan-chai", "Wan Chai District"),
        ("灣仔區", "hong-kong/wan-chai", "Wan Chai District"),
        ("湾仔", "hong-kong/wan-chai", "Wan Chai District"),
        ("Macau", "macao", "Macao"),
        ("Taipa", "macao/nossa-senhora-do-carmo", "Nossa Senhora do Carmo Parish"),
        ("Da'an District, Taipei", "taiwan/taipei/daan", "Da'an District"),
        ("大安區", "taiwan/taipei/daan", "Da'an District"),
        ("臺北市", "taiwan/taipei", "Taipei City"),
        ("台北", "taiwan/taipei", "Taipei City"),
        ("Tamsui", "taiwan/new-taipei/tamsui", "Tamsui District"),
        ("Datong District, Taipei", "taiwan/taipei/datong", "Datong District"),  # the postal data's "Daton", fixed
        # elsewhere
        ("United Kingdom", "united-kingdom", "United Kingdom"),
        ("Camden", "united-kingdom/england/camden", "Camden"),
        ("London Borough of Camden", "united-kingdom/england/camden", "Camden"),
        ("Cook County, Illinois", "united-states/illinois/cook", "Cook County"),
        ("Tokyo", "japan/tokyo", "Tokyo"),
        ("新加坡", "singapore", "Singapore"),
    ],
)
def test_every_form_of_a_name(gazetteer: Gazetteer, name: str, path: str, label: str) -> None:
    place = gazetteer.find(name)
    assert place is not None, name
    assert (place.path, place.label) == (path, label)


def test_the_places_above_a_town(gazetteer: Gazetteer) -> None:
    town = gazetteer.find("Xidian Town")
    assert town is not None
    assert [place.label for place in gazetteer.ancestors(town)] == ["Ninghai County", "Ningbo", "Zhejiang", "China"]
    assert gazetteer.city_of(town) == gazetteer.find("Ningbo")
    assert gazetteer.describe(town) == "Xidian Town (Ninghai County, Ningbo, Zhejiang)"


def test_ambiguous_names_list_every_candidate(gazetteer: Gazetteer) -> None:
    found = [gazetteer.describe(place) for place in gazetteer.candidates("Huangpu District")]
    assert found[:2] == ["Huangpu District (Shanghai)", "Huangpu District (Guangzhou, Guangdong)"]
    counties = {place.path for place in gazetteer.candidates("Cook County")}
    assert {"united-states/illinois/cook", "united-states/georgia/cook", "united-states/minnesota/cook"} <= counties


@pytest.mark.parametrize(
    ("name", "nearest"),
    [
        ("Jingn", "Jing'an District (Shanghai)"),
        ("Shenzen", "Shenzhen (Guangdong)"),
        ("Wan Chia", "Wan Chai District (Hong Kong)"),
    ],
)
def test_the_closest_names_for_a_message(gazetteer: Gazetteer, name: str, nearest: str) -> None:
    assert gazetteer.find(name) is None
    assert gazetteer.describe(gazetteer.closest(name)[0]) == nearest


def test_a_place_by_its_iri_and_its_names(gazetteer: Gazetteer) -> None:
    jingan = gazetteer.get("https://w3id.org/orgkb/place/shanghai/jingan")
    assert jingan is not None
    assert (jingan.chinese, jingan.code, jingan.place_type) == ("静安区", "310106", "district")
    assert {"Jing'an", "静安"} <= set(jingan.names)
    assert gazetteer.get("https://w3id.org/orgkb/place/atlantis") is None
    assert gazetteer.get("https://example.org/shanghai") is None


# The places of the hand-written gazetteer orgkb had before: their IRIs are in stores and answers.
EARLIER_PLACES = """guangdong zhejiang shanghai shanghai/huangpu shanghai/xuhui shanghai/changning shanghai/jingan
shanghai/putuo shanghai/hongkou shanghai/yangpu shanghai/minhang shanghai/baoshan shanghai/jiading shanghai/pudong
shanghai/jinshan shanghai/songjiang shanghai/qingpu shanghai/fengxian shanghai/chongming guangdong/shenzhen
guangdong/shenzhen/futian guangdong/shenzhen/luohu guangdong/shenzhen/nanshan guangdong/shenzhen/yantian
guangdong/shenzhen/baoan guangdong/shenzhen/longgang guangdong/shenzhen/longhua guangdong/shenzhen/pingshan
guangdong/shenzhen/guangming guangdong/shenzhen/dapeng beijing beijing/dongcheng beijing/xicheng beijing/chaoyang
beijing/haidian beijing/fengtai zhejiang/hangzhou zhejiang/hangzhou/xihu zhejiang/hangzhou/yuhang
zhejiang/hangzhou/binjiang chongqing chongqing/jiangbei chongqing/yuzhong shanghai/jingan/caojiadu
shanghai/jingan/jingansi shanghai/jingan/jiangning-road""".split()  # noqa: SIM905 (46 paths)


@pytest.mark.parametrize("path", EARLIER_PLACES)
def test_the_earlier_places_keep_their_iris(gazetteer: Gazetteer, path: str) -> None:
    place = gazetteer.get(f"https://w3id.org/orgkb/place/{path}")
    assert place is not None and place.path == path


def test_the_size_of_the_gazetteer(gazetteer: Gazetteer) -> None:
    types: dict[str, int] = {}
    for place in gazetteer:
        if place.path.startswith(("china", "hong-kong", "macao", "taiwan")) or place.parent is not None:
            types[place.place_type] = types.get(place.place_type, 0) + 1
    assert types["sub-district"] + types["town"] > 38_000  # China's townships and sub-districts
    assert types["district"] > 2_800 + 18 + 300 + 3_000  # counties; Hong Kong's, Taiwan's; US counties ...
    assert len(gazetteer) > 50_000


def test_every_name_of_a_place_finds_it(gazetteer: Gazetteer) -> None:
    # the index was folded by the build with `fold_name`: a sample of places, by each of their names
    places = list(gazetteer)
    for place in random.Random(7).sample(places, 400):
        for name in (place.label, *place.names, *([place.chinese] if place.chinese else [])):
            assert place in gazetteer.candidates(name), (name, place.path)


def test_names_are_chinese_places_without_english_words(gazetteer: Gazetteer) -> None:
    names = gazetteer.names()
    assert names["jingan district"] == "https://w3id.org/orgkb/place/shanghai/jingan"
    assert "静安" in names and "ninghai" in names
    # Hong Kong's districts in English, autonomous areas spelled out and places elsewhere are not
    assert not {"central and western", "islands", "enshi tujia and miao autonomous prefecture", "camden"} & set(names)


@pytest.mark.parametrize(
    ("name", "bare"), [("dapeng new district", "dapeng"), ("静安区", "静安"), ("shanghai", "shanghai")]
)
def test_bare_name(name: str, bare: str) -> None:
    assert bare_name(fold_name(name)) == bare
