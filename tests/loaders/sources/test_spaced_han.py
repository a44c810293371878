"""Chinese set with a space between its characters is read as written; other lines keep their spaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.sources.read import read_source
from orgkb.loaders.sources.spaced_han import is_spaced_han, join_spaced_han


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("政 府 新 闻 处", "政府新闻处"),
        ("宣 傳 及 推 廣 科 負 責 政 府 刊 物 、 宣 傳 活 動 。", "宣傳及推廣科負責政府刊物、宣傳活動。"),
        ("截 至 年 底 , 该 处 有 员 工 536 人", "截至年底 , 该处有员工 536 人"),
        # ordinary Chinese: a label and its value, places parted by spaces, one spaced pair
        ("办公地址 鹿城区人民路1号", "办公地址 鹿城区人民路1号"),
        ("地址 香港 中环", "地址 香港 中环"),
        ("科 室", "科 室"),
        ("General Office of Qingshui City", "General Office of Qingshui City"),
    ],
)
def test_only_spaced_chinese_loses_its_spaces(printed: str, read: str) -> None:
    assert join_spaced_han(printed) == read
    assert is_spaced_han(printed) == (printed != read)


def test_a_spaced_page_is_read_with_its_lines_where_they_were(tmp_path: Path) -> None:
    page = tmp_path / "spaced.txt"
    page.write_text("政 府 新 闻 处\n\n地 址 : 香 港 示 例 道 1 号\n", encoding="utf-8")
    blocks = read_source(page).blocks
    assert [(block.line, block.text) for block in blocks] == [(1, "政府新闻处"), (3, "地址 : 香港示例道 1 号")]
