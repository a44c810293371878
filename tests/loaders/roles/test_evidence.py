"""The evidence read from a node: here, what says a node holds a unit's name and its duties."""

from __future__ import annotations

import pytest

from orgkb.loaders.outline import outline_of
from orgkb.loaders.page import Block
from orgkb.loaders.roles import evidence_of
from orgkb.loaders.roles.cues import cues_for

EN = cues_for("en")


def _inline(text: str) -> tuple[str, str] | None:
    nodes = outline_of([Block(1, "Harbour Works Department"), Block(3, text)])
    return evidence_of(nodes, EN)[1].inline


@pytest.mark.parametrize(
    ("text", "inline"),
    [
        # a sentence whose subject is a unit, in an item of any list: bulleted, numbered or lettered
        ("• The Dredging Division keeps the channels deep.", ("Dredging Division", "keeps the channels deep.")),
        ("1. The Dredging Division keeps the channels deep.", ("Dredging Division", "keeps the channels deep.")),
        (
            "(2) The Moorings Office, which is responsible for the moorings.",
            ("Moorings Office", "is responsible for the moorings."),
        ),
        # a duty that names no unit as its subject
        ("1. Keep the channels at their charted depth.", None),
        ("2. The department keeps the channels at their charted depth.", None),
    ],
)
def test_a_unit_and_its_duties_in_one_sentence(text: str, inline: tuple[str, str] | None) -> None:
    assert _inline(text) == inline
