"""The property test in Chinese: a known Chinese page in many layouts, scripts and encodings, and
the reader recovers its name, duties, units and language."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings

from orgkb.loaders.document import Document
from orgkb.loaders.reading.reader import parse_page
from orgkb.loaders.sources.read import Raw, page_of
from tests.loaders.reading.layouts_zh import LISTED, Known, Layout, layouts, pages, render, script


def _plain(text: str) -> str:
    """A duty's text compared without its closing stop."""
    return re.sub(r"[.;。；]+$", "", text.strip())


def read(known: Known, layout: Layout) -> Document:
    data, media_type = render(known, layout)
    name = "page.html" if media_type == "text/html" else "page.txt"
    return parse_page(page_of(Raw(name, name, data, media_type)))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(known=pages(), layout=layouts)
def test_the_reader_recovers_a_known_chinese_page_in_any_layout(known: Known, layout: Layout) -> None:
    document = read(known, layout)
    assert (document.name, document.language) == (script(known.name, layout), "zh")
    assert [_plain(duty.text) for duty in document.duties] == [_plain(script(duty, layout)) for duty in known.duties]
    assert [unit.name for unit in document.units] == [script(name, layout) for name, _ in known.units]
    listed = layout.units in LISTED
    assert [[_plain(duty.text) for duty in unit.duties] for unit in document.units] == [
        [] if listed else [_plain(script(duty, layout)) for duty in duties] for _, duties in known.units
    ]
    assert all(duty.line > 0 for duty in document.all_duties())
