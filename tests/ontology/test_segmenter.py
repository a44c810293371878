"""segmenter: Chinese cut into words, and whether a stretch of text lies inside one of them."""

from __future__ import annotations

import pytest

from orgkb.ontology.segmenter import within
from orgkb.ontology.thesaurus import default_thesaurus


def test_the_words_of_each_chinese_run_in_place() -> None:
    text = "Who: 区民政局负责低保"
    spans = default_thesaurus().segmenter.word_spans(text)
    assert [text[start:end] for start, end in spans] == ["区", "民政局", "负责", "低保"]


@pytest.mark.parametrize(
    ("text", "label", "inside"),
    [
        ("长沙市人民政府公报由谁编辑", "民政", True),  # 人民政府 holds 民政 in its middle
        ("区民政局负责低保", "民政", False),  # the beginning of 民政局
        ("低保户去哪里申请", "低保", False),  # the beginning of 低保户
        ("有9人具有大专以上学历", "上学", True),
    ],
)
def test_a_label_inside_a_longer_word(text: str, label: str, inside: bool) -> None:
    start = text.index(label)
    assert within(default_thesaurus().segmenter.word_spans(text), start, start + len(label)) is inside
