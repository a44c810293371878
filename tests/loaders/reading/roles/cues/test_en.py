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


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the site's possessive before the first sentence's subject is no part of the name
        ("Our Roads & Drains Department is responsible for every county road.", "Roads & Drains Department"),
        ("The Roads & Drains Department is responsible for every county road.", "Roads & Drains Department"),
    ],
)
def test_the_first_sentence_names_its_subject_without_the_possessive(sentence: str, name: str) -> None:
    assert CUES.first_sentence[0].search(sentence).group("name") == name  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a team takes a verb that agrees with its people
        ("The Permits Team issue licences for street trading.", "Permits Team"),
        ("The Permits Team issues licences for street trading.", "Permits Team"),
    ],
)
def test_a_teams_name_is_a_subject_before_a_verb_in_the_plural(sentence: str, name: str) -> None:
    assert CUES.subject_name is not None
    assert CUES.subject_name.match(sentence).group("name") == name  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "sentence",
    [
        # a team's member or any other word after its name is no verb of the team's
        "The Permits Team member on duty will call you back.",
        "The Permits Office grant scheme closes in May.",
    ],
)
def test_a_name_before_a_noun_is_no_subject(sentence: str) -> None:
    assert CUES.subject_name is not None
    assert CUES.subject_name.match(sentence) is None
