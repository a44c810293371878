"""segment: Chinese cut into the words the text model compares, the thesaurus's labels kept whole."""

from __future__ import annotations

import re

import pytest

from orgkb.kb.search.segment import CHINESE_STOPWORDS, chinese_words
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
