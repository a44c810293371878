"""Chinese pages in the layouts the fifteenth pass found on development pages of two sites or more
(docs/zh-reader.md, "Fifteenth pass: names over their duties, joined headings"), each written for this
test (no text of a real page); tests/data/zh/fifteenth/README.md says what each page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.document import Document
from orgkb.loaders.files import read_page

PAGES = Path(__file__).parent.parent / "data" / "zh" / "fifteenth"


def _read(name: str) -> Document:
    return read_page(PAGES / name)


@pytest.mark.parametrize(
    ("page", "name", "kind", "duties"),
    [
        # `(一)X主要职能。` over the duties: no duty, and the only place the page prints its name
        ("qingtan-town-budget.txt", "青潭县柳湾镇人民政府", "government", "贯彻执行 加强党的 统筹区域 强化基层"),
        # `X的主要职责是:`, while the duties speak of another body twice
        (
            "heqiao-district-office-profile.txt",
            "青河市河桥区人民政府办公室",
            "general-office",
            "协助区政 负责区政 督促检查 完成区委",
        ),
    ],
)
def test_the_name_leading_in_to_the_duties_names_the_page(page: str, name: str, kind: str, duties: str) -> None:
    document = _read(page)
    # before: the first page loaded under its file's name with its lead-in as a duty; the second was
    # named after the body its duties speak of (区委外事工作委员会)
    assert (document.name, document.name_source, document.kind) == (name, None, kind)
    assert [duty.text[:4] for duty in document.duties] == duties.split()
    assert any("the name printed in the text was taken" in warning for warning in document.warnings)
