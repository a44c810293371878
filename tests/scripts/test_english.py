"""English names of Chinese places (scripts.gazetteer.english), as the gazetteer's build makes them."""

from __future__ import annotations

import pytest

pytest.importorskip("pypinyin")

from scripts.gazetteer.english import name_division, pinyin  # noqa: E402


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("静安", "Jing'an"),  # an apostrophe before a syllable that starts with a vowel
        ("西安", "Xi'an"),
        ("长宁", "Changning"),  # place readings pypinyin reads otherwise
        ("朝阳", "Chaoyang"),
        ("闵行", "Minhang"),
        ("漯河", "Luohe"),
        ("吕梁", "Lüliang"),
    ],
)
def test_pinyin(chinese: str, english: str) -> None:
    assert pinyin(chinese) == english


@pytest.mark.parametrize(
    ("chinese", "english", "bare", "chinese_bare"),
    [
        ("静安区", "Jing'an District", "Jing'an", "静安"),
        ("宁海县", "Ninghai County", "Ninghai", "宁海"),
        ("义乌市", "Yiwu City", "Yiwu", "义乌"),
        ("浦东新区", "Pudong New Area", "Pudong", "浦东"),
        ("大鹏新区", "Dapeng New District", "Dapeng", "大鹏"),
        ("曹家渡街道", "Caojiadu Sub-district", "Caojiadu", "曹家渡"),
        ("江宁路街道", "Jiangning Road Sub-district", "Jiangning Road", "江宁路"),
        ("南京东路街道", "Nanjing East Road Sub-district", "Nanjing East Road", "南京东路"),
        ("西店镇", "Xidian Town", "Xidian", "西店"),
        ("恩施土家族苗族自治州", "Enshi Tujia and Miao Autonomous Prefecture", "Enshi", "恩施"),
        ("鄂伦春自治旗", "Oroqen Autonomous Banner", "Oroqen", "鄂伦春"),
        ("哈尔滨市", "Harbin City", "Harbin", "哈尔滨"),
        ("沛县", "Pei County", "Pei County", "沛县"),  # a one-character name is never said alone
    ],
)
def test_name_division(chinese: str, english: str, bare: str, chinese_bare: str) -> None:
    named = name_division(chinese)
    assert (named.english, named.english_bare, named.chinese_bare) == (english, bare, chinese_bare)
