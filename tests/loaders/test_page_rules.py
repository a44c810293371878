"""Rules of the loader found on pages it had not seen, each on a small inline page."""

from __future__ import annotations

from orgkb.loaders.header import is_noise
from orgkb.loaders.text import parse_text

_DUTIES = """Main Responsibilities
1. Implement the laws and policies of the state.
2. Complete other tasks assigned by the district government.
"""


def test_footer_and_button_rows_are_noise() -> None:
    for line in (
        "Print      Close",
        "[Print] [Close]",
        "Copyright © 2023 Chaoyang District People's Government. All Rights Reserved.",
        "京ICP备05083328号   京公网安备11010502035218号",
        "苏ICP备12345678号-1   Website Identification Code: 3205080001",
        "Sponsored by: Chaoyang District People's Government   Maintained by: Big Data Center",
        "Technical support: Hangzhou Xihu District Data Resources Bureau",
    ):
        assert is_noise(line), line
    for line in ("Print and distribute the documents of the bureau.", "Be responsible for ICP licence filing."):
        assert not is_noise(line), line


def test_footer_after_the_last_unit_is_not_a_duty() -> None:
    page = (
        "Futian District Health Bureau\n"
        + _DUTIES
        + "Internal Organization\n(I) Office\nHandle documents; manage archives.\n"
        + "Print   Close\nCopyright©2025 Futian District People's Government\n粤ICP备12345678号-1\n"
        + "Sponsored by: Futian District People's Government\n"
    )
    document = parse_text(page, "page.txt")
    assert [duty.text for duty in document.units[0].duties] == ["Handle documents", "Manage archives"]
    assert "Print Close" in document.dropped
