"""Item 7 of issue 11: a known page in many layouts, and the reader recovers its name, duties and units."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings

from orgkb.loaders.document import Document
from orgkb.loaders.reading.reader import parse_page
from orgkb.loaders.sources.read import Raw, page_of
from tests.loaders.reading.layouts import Known, Layout, layouts, pages, render


def _plain(text: str) -> str:
    """A duty's text compared without case or its closing full stop."""
    return re.sub(r"[.;。；]+$", "", text.strip()).lower()


def read(known: Known, layout: Layout) -> Document:
    text, media_type = render(known, layout)
    name = "page.html" if media_type == "text/html" else "page.txt"
    return parse_page(page_of(Raw(name, name, text.encode("utf-8"), media_type)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(known=pages(), layout=layouts)
def test_the_reader_recovers_a_known_page_in_any_layout(known: Known, layout: Layout) -> None:
    document = read(known, layout)
    assert document.name == known.name
    assert [_plain(duty.text) for duty in document.duties] == [_plain(duty) for duty in known.duties]
    assert [unit.name for unit in document.units] == [name for name, _ in known.units]
    listed = layout.units in ("listed", "typed")  # a sentence names the units and says nothing of their duties
    assert [[_plain(duty.text) for duty in unit.duties] for unit in document.units] == [
        [] if listed else [_plain(duty) for duty in duties] for _, duties in known.units
    ]
