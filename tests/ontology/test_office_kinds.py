"""The table of office kinds (orgkb.ontology.office_kinds): one slug for a kind in both languages."""

from __future__ import annotations

import pytest

from orgkb.ontology.office_kinds import office_kinds, parse_table


def test_the_table_holds_the_common_kinds_each_chinese_name_once() -> None:
    kinds = office_kinds()
    assert len(kinds) >= 40
    chinese = [kind.chinese for kind in kinds.kinds]
    assert len(chinese) == len(set(chinese))


@pytest.mark.parametrize(
    ("chinese", "english", "slug"),
    [
        ("人民政府办公室", "General Office of the People's Government", "general-office"),
        ("街道办事处", "Sub-district Office", "sub-district-office"),
        ("民政局", "Bureau of Civil Affairs", "civil-affairs-bureau"),
        ("卫生健康委员会", "Health Commission", "health-commission"),
        ("市场监督管理局", "Administration for Market Regulation", "market-supervision-and-administration-bureau"),
        ("信访办公室", "Office for Letters and Calls", "letters-and-calls-office"),
    ],
)
def test_a_kind_has_one_slug_in_both_languages(chinese: str, english: str, slug: str) -> None:
    by_chinese, by_english = office_kinds().chinese(chinese), office_kinds().english(english)
    assert by_chinese is not None and by_english is not None
    assert (by_chinese.kind.slug, by_english.kind.slug) == (slug, slug)


def test_the_longest_chinese_kind_wins_and_what_comes_before_it_is_kept() -> None:
    found = office_kinds().chinese("马桥镇人民政府")
    assert found is not None and (found.kind.slug, found.prefix) == ("town", "马桥")
    found = office_kinds().chinese("静安区人民政府办公室")
    assert found is not None and (found.kind.slug, found.prefix) == ("general-office", "静安区")


def test_a_name_the_table_does_not_know_is_not_guessed() -> None:
    assert office_kinds().chinese("文物保护中心") is None
    assert office_kinds().english("Heritage Centre") is None
    # "Bureau" alone is no kind: a kind is matched whole, or at the end after a locality's name
    assert office_kinds().english("Bureau") is None


def test_a_malformed_row_names_its_line() -> None:
    with pytest.raises(ValueError, match=r"office_kinds.tsv:2: expected 4 tab-separated columns"):
        parse_table("# comment\n民政局\tcivil-affairs-bureau\n")
