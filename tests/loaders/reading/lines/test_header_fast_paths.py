"""The header readers' quick checks (a word, a colon, a bracket looked for before a pattern) change no answer."""

from __future__ import annotations

import pytest

from orgkb.loaders.identity.organization import clean_title
from orgkb.loaders.reading.lines.header import Heading, split_heading, strip_metadata
from orgkb.loaders.reading.roles.cues import cues_for, language_of


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        # a view counter in any case, with or without a colon, in English or in Chinese
        ("Luohu Water Affairs Bureau VIEWS: 1,204", "Luohu Water Affairs Bureau"),
        ("Luohu Water Affairs Bureau Hits 12", "Luohu Water Affairs Bureau"),
        ("区体育局 浏览次数：312", "区体育局"),
        ("Luohu Water Affairs Bureau  Views：88", "Luohu Water Affairs Bureau"),
        # a publisher in any case, with an ASCII or a full-width colon
        ("SOURCE: Shapingba District Health Commission", ""),
        ("Updated: 2022-10-08 来源：区体育局", ""),
        ("FROM: sz.gov.cn", ""),
        # words like the labels that are none
        ("Review the plans of the district", "Review the plans of the district"),
        ("Resources: water and land", "Resources: water and land"),
    ],
)
def test_metadata_is_found_whatever_its_case_and_script(line: str, rest: str) -> None:
    assert strip_metadata(line) == rest


@pytest.mark.parametrize(
    ("line", "parted"),
    [
        ("Main Responsibilities: 1. Implement the laws.", (Heading.DUTIES, "1. Implement the laws.")),
        ("Main Responsibilities：1. Implement the laws.", (Heading.DUTIES, "1. Implement the laws.")),
        ("Main Responsibilities 1. Implement the laws.", None),  # no colon: no heading runs on
    ],
)
def test_a_heading_runs_on_only_after_a_colon(line: str, parted: tuple[Heading, str] | None) -> None:
    assert split_heading(line) == parted


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Futian District Health Bureau - Futian Government Portal", "Futian District Health Bureau"),
        ("Futian District Health Bureau | sz.gov.cn", "Futian District Health Bureau"),
        ("Futian District Health Bureau – Official Website", "Futian District Health Bureau"),
        ("Futian District Health Bureau", "Futian District Health Bureau"),
    ],
)
def test_a_titles_site_suffix_is_cut(title: str, name: str) -> None:
    assert clean_title(title) == name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Futian District Health Bureau Organizational Chart", "Futian District Health Bureau"),
        ("Futian District Health Bureau ORGANIZATION STRUCTURE", "Futian District Health Bureau"),
        ("Welcome to the Futian District Health Bureau", "Futian District Health Bureau"),
        (
            "Futian District Health Bureau (福田区卫生健康局) Org Chart",
            "Futian District Health Bureau (福田区卫生健康局)",
        ),
        (
            "Harbin Nangang District Bureau of Justice Functional Information",
            "Harbin Nangang District Bureau of Justice",
        ),
        ("Riverside Borough Council Housing Department Overview", "Riverside Borough Council Housing Department"),
        ("Customer Information", "Customer Information"),  # no body's name before it: nothing to cut
        # what the page tells of the body, printed before it and "of"
        ("Role of Highways Department", "Highways Department"),
        ("Key Responsibilities of the Qinghe County Water Resources Bureau", "Qinghe County Water Resources Bureau"),
        ("Statutory functions of Eastfield District Sports Bureau", "Eastfield District Sports Bureau"),
        ("Function of the Drainage and Sewerage Unit", "Drainage and Sewerage Unit"),
        ("Organisation Structure of Riverside Town Office", "Riverside Town Office"),
        ("Roles and Duties of the Parks Section", "Parks Section"),
        # "of" after a body's own noun, or before no body's name: nothing to cut
        ("Department of Highways", "Department of Highways"),
        ("Office of the County Engineer", "Office of the County Engineer"),
        ("Scope of Services", "Scope of Services"),
        ("Role of Councillors", "Role of Councillors"),
    ],
)
def test_an_english_titles_frame_is_cut(title: str, name: str) -> None:
    assert cues_for("en").clean_name(title) == name


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        ([], "en"),
        (["Planning Section", "“Draft” plans."], "en"),  # not ASCII, and no Han character
        (["办公室 Office"], "en"),  # fewer Han characters than letters
        (["办公室", "负责 a"], "zh"),
    ],
)
def test_the_language_counts_letters_only_where_han_characters_are(texts: list[str], language: str) -> None:
    assert language_of(texts) == language
