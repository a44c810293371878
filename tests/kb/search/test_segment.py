"""segment: Chinese cut into the words the text model compares, the thesaurus's labels kept whole."""

from __future__ import annotations

import re

import pytest

from orgkb.kb.search.segment import CHINESE_STOPWORDS, chinese_words, inside_a_word
from orgkb.ontology.thesaurus import default_thesaurus


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("谁负责接待外宾", ["接待", "外宾", "接待外宾"]),  # asking words out, the label whole after its parts
        ("哪个部门管城管", ["城管"]),
        ("上访去哪里", ["上访"]),
        ("的和与及", []),
    ],
)
def test_chinese_words(run: str, expected: list[str]) -> None:
    assert chinese_words(run) == expected


def test_every_chinese_label_of_the_thesaurus_is_one_word() -> None:
    labels = {label for matter in default_thesaurus() for label in (matter.label_zh, *matter.alt_labels_zh) if label}
    whole = {label for label in labels if re.fullmatch(r"[\u4e00-\u9fff0-9]+", label)}  # not "因公出国（境）"
    split = sorted(label for label in whole if label not in CHINESE_STOPWORDS and label not in chinese_words(label))
    assert split == []


@pytest.mark.parametrize(
    ("text", "label", "inside"),
    [
        ("长沙市人民政府公报由谁编辑", "民政", True),  # 人民政府 holds 民政 in its middle
        ("人民政府", "民政", True),
        ("区民政局负责低保", "民政", False),  # the beginning of 民政局
        ("低保户去哪里申请", "低保", False),  # the beginning of 低保户
        ("市人民政府和民政部门", "民政", False),  # once inside 人民政府, once a word
        ("谁负责信访", "民政", False),  # not in the text at all
    ],
)
def test_a_label_inside_a_longer_word(text: str, label: str, inside: bool) -> None:
    assert inside_a_word(text, label) is inside
