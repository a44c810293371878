"""The English cue table's names: a title's frame, the site's possessive, and lines that name no body."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.roles.cues.en import CUES


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # the site speaking of its own body: the possessive is no part of the name
        ("Our Parks & Gardens Department", "Parks & Gardens Department"),
        ("Your Ashcombe Borough Council", "Ashcombe Borough Council"),
        # the site's own part of a title goes first, then the possessive: the page's part is the name
        ("Our Council – Waste Services", "Waste Services"),
        # a breadcrumb's trail is furniture, never a name
        ("> County Government > County Government Office", ""),
        ("Home > About us > Planning Department", ""),
        # a section's label after a topic names no body ...
        ("QBC Background", ""),
        ("Permits service review", ""),
        ("Harbour Project History", ""),
        # ... unless the words before it end in a body's noun
        ("Qinghe Roads Department History", "Qinghe Roads Department"),
        ("Planning Office Introduction", "Planning Office"),
        # a name that only holds such a word is kept
        ("Review Board", "Review Board"),
        ("Our Heritage Team", "Heritage Team"),
    ],
)
def test_clean_name_keeps_a_body_name_only(title: str, name: str) -> None:
    assert CUES.clean_name(title) == name
