"""Cue patterns written once in simplified characters match traditional ones too."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from orgkb.loaders.reading.roles.cues.zh_script import compile_either, either_script, to_simplified


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("主要职责", "主要職責"),  # each character widened
        ("办事处", "辦事處"),
        ("联系方式", "聯繫方式"),  # 系 has three forms
        ("台北", "臺北"),  # a form a character-by-character conversion misses
        ("周一", "週一"),
        ("[^职]+", "辦公室"),  # a negated class keeps both forms out
    ],
)
def test_a_simplified_pattern_matches_both_scripts(pattern: str, text: str) -> None:
    compiled = compile_either(pattern)
    assert compiled.fullmatch(text)
    assert compiled.fullmatch(to_simplified(text))


def test_escapes_and_classes_are_kept() -> None:
    assert either_script(r"\d+号") == r"\d+[号號]"
    assert either_script("[职责]") == "[职職责責]"
    assert not re.fullmatch(either_script("[^职]"), "職")


def test_text_is_folded_to_simplified_characters() -> None:
    assert to_simplified("臺北市政府民政局") == "台北市政府民政局"


_TRADITIONAL = "辦事處職責聯繫週臺北後著乾發於區鄉鎮內設機構"
_SEPARATORS = " \n、，。：（）-.—"


@given(st.text(alphabet=_TRADITIONAL + _SEPARATORS + "ab1", max_size=40))
@settings(max_examples=300, deadline=None)
def test_a_text_converted_run_by_run_reads_as_opencc_converts_it_whole(text: str) -> None:
    assert to_simplified(text) == OpenCC("t2s").convert(text)
