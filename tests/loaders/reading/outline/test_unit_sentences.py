"""A paragraph of sentences each opening with a unit's name, parted; other paragraphs left whole."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.outline.unit_sentences import part_unit_sentences
from orgkb.loaders.reading.page import Block
from orgkb.loaders.reading.roles.cues import cues_for

EN = cues_for("en")


def _parts(text: str) -> list[str]:
    return [block.text for block in part_unit_sentences([Block(3, text, gap=True)], EN.prose_unit, EN.announced_unit)]


def test_each_unit_sentence_is_a_block_of_its_own_on_the_paragraph_line() -> None:
    text = "The Survey Division maps the county's land. The Records Section keeps the deeds of every parcel."
    blocks = list(part_unit_sentences([Block(3, text, gap=True)], EN.prose_unit))
    assert [block.text for block in blocks] == [
        "The Survey Division maps the county's land.",
        "The Records Section keeps the deeds of every parcel.",
    ]
    assert [(block.line, block.gap) for block in blocks] == [(3, True), (3, False)]


@pytest.mark.parametrize(
    "text",
    [
        # one unit: its sentences stay its duties
        "The Survey Division maps the county's land. It also keeps the deeds of every parcel.",
        # no unit opens a sentence
        "We map the county's land. We keep the deeds of every parcel.",
        # one sentence
        "The Survey Division maps the county's land and the Records Section keeps the deeds.",
        # a lower-case noun with no capitalized name before it names no unit
        "The team maps the county's land. Lastly, the division keeps the deeds of every parcel.",
        # names with lower-case nouns that nothing announced: not read as units
        "The Survey team maps the county's land. The Records team keeps the deeds of every parcel.",
    ],
)
def test_other_paragraphs_stay_whole(text: str) -> None:
    assert _parts(text) == [text]


def test_announced_units_with_lower_case_nouns_and_an_opening_adverb_are_parted() -> None:
    text = (
        "Below the mayor sit two directorates. The Harbour directorate runs the quays and moorings. "
        "Lastly, the Library directorate lends books and runs reading clubs."
    )
    assert _parts(text) == [
        "Below the mayor sit two directorates.",
        "The Harbour directorate runs the quays and moorings.",
        "Lastly, the Library directorate lends books and runs reading clubs.",
    ]


def test_a_numbered_paragraph_is_parted_after_its_marker_not_at_it() -> None:
    text = "3. The Survey Division maps the county's land. The Records Section keeps the deeds of every parcel."
    # before: the marker alone was a part of its own, read as furniture
    assert _parts(text) == [
        "3. The Survey Division maps the county's land.",
        "The Records Section keeps the deeds of every parcel.",
    ]


def test_a_unit_named_again_is_more_of_its_paragraph() -> None:
    text = "The Survey Division maps the county's land. The Survey Division also keeps the deeds of every parcel."
    # before: two blocks, read as two units of one name
    assert _parts(text) == [text]


def test_clauses_after_a_colon_and_semicolons_each_opening_with_a_unit_are_parted() -> None:
    text = (
        "The department has three divisions: the Survey Division maps the county's land; "
        "the Records Section keeps the deeds; the Lettings Unit lets the county's halls."
    )
    assert _parts(text) == [
        "The department has three divisions:",
        "the Survey Division maps the county's land;",
        "the Records Section keeps the deeds;",
        "the Lettings Unit lets the county's halls.",
    ]


def test_clauses_of_one_units_duties_stay_whole() -> None:
    text = "The Survey Division maps the county's land; the deeds are kept by the clerk: the registers too."
    assert _parts(text) == [text]
