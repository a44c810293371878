"""The table of office kinds (orgkb.ontology.office_kinds): one slug for a kind in both languages."""

from __future__ import annotations

import pytest

from orgkb.ontology.office_kinds import REGIONS, fold_words, office_kinds, parse_table
from orgkb.ontology.script import simplified


@pytest.mark.parametrize("region", [None, *REGIONS])
def test_in_each_region_a_name_in_either_language_is_one_kind(region: str | None) -> None:
    kinds = office_kinds()
    assert len(kinds) >= 150
    slugs: dict[str, set[str]] = {}
    for kind in kinds.kinds:
        if kind.holds_in(region):
            for name in (simplified(kind.chinese), *(fold_words(name) for name in (kind.english, *kind.variants))):
                slugs.setdefault(name, set()).add(kind.slug)
    assert {name: found for name, found in slugs.items() if len(found) > 1} == {}


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
    with pytest.raises(ValueError, match=r"office_kinds.tsv:2: expected 4 or 5 tab-separated columns"):
        parse_table("# comment\n民政局\tcivil-affairs-bureau\n")
    with pytest.raises(ValueError, match=r"office_kinds.tsv:1: unknown region 'tw', expected one of mainland"):
        parse_table("民政處\tcivil-affairs-bureau\tDepartment of Civil Affairs\t\ttw\n")


@pytest.mark.parametrize(
    ("name", "region", "slug", "prefix"),
    [
        # Taiwan: a special municipality's 局 and a county's 處 are one kind; the government's 政府 is no prefix
        ("政府民政局", "taiwan", "civil-affairs-bureau", ""),
        ("新竹縣政府民政處", "taiwan", "civil-affairs-bureau", "新竹縣"),
        ("政府工務局", "taiwan", "public-works-bureau", ""),
        ("中山區戶政事務所", "taiwan", "household-registration-office", "中山區"),
        # Hong Kong's 衞 and Macao's traditional script fold to the table's names
        ("食物環境衞生署", "hong-kong", "food-and-environmental-hygiene-department", ""),
        ("食物环境卫生署", "hong-kong", "food-and-environmental-hygiene-department", ""),
        ("民政總署", "macao", "civic-and-municipal-affairs-bureau", ""),
        ("社會工作局", "macao", "social-welfare-bureau", ""),
        # the mainland's kinds beyond the common ones
        ("林业局", "mainland", "forestry-bureau", ""),
        ("人民防空办公室", "mainland", "civil-air-defense-office", ""),
        ("石泉街道党工委", "mainland", "sub-district-working-committee", "石泉"),
        # a province's or a province-level city's general office (办公厅) and departments (厅)
        ("人民政府办公厅", "mainland", "general-office", ""),
        ("省委办公厅", "mainland", "party-committee-general-office", ""),
        ("民政厅", "mainland", "department-of-civil-affairs", ""),
        ("人力资源和社会保障厅", "mainland", "department-of-human-resources-and-social-security", ""),
        # Hong Kong's departments and Macao's bureaus beyond the first ones
        ("政府差餉物業估價署", "hong-kong", "rating-and-valuation-department", ""),
        ("政府产业署", "hong-kong", "government-property-agency", ""),
        ("行政公職局", "macao", "public-administration-and-civil-service-bureau", ""),
    ],
)
def test_a_chinese_name_is_read_with_its_regions_rows(name: str, region: str, slug: str, prefix: str) -> None:
    found = office_kinds().chinese(name, region)
    assert found is not None and (found.kind.slug, found.prefix) == (slug, prefix)


@pytest.mark.parametrize(
    ("name", "region", "slug"),
    [
        ("Department of Civil Affairs", "taiwan", "civil-affairs-bureau"),
        ("City Government Civil Affairs Bureau", "taiwan", "civil-affairs-bureau"),
        ("Department of Health", "taiwan", "health-bureau"),
        ("Department of Health", "hong-kong", "department-of-health"),
        ("Health Bureau", "hong-kong", "health-bureau"),
        ("Social Welfare Department", "hong-kong", "social-welfare-bureau"),
        ("IACM", "macao", "civic-and-municipal-affairs-bureau"),
        ("Forestry Bureau", "mainland", "forestry-bureau"),
        # on the mainland "Department of Civil Affairs" is a province's 民政厅, not Taiwan's 民政處
        ("Department of Civil Affairs", "mainland", "department-of-civil-affairs"),
        ("Rating and Valuation Department", "hong-kong", "rating-and-valuation-department"),
        ("Public Administration and Civil Service Bureau", "macao", "public-administration-and-civil-service-bureau"),
    ],
)
def test_an_english_name_is_read_with_its_regions_rows(name: str, region: str, slug: str) -> None:
    found = office_kinds().english(name, region)
    assert found is not None and (found.kind.slug, found.prefix) == (slug, "")


@pytest.mark.parametrize(
    ("chinese", "english", "region"),
    [
        # a region's words elsewhere: no kind, the name keeps its own slug
        ("主計處", "Department of Budget, Accounting and Statistics", "mainland"),
        ("渠務署", "Drainage Services Department", "taiwan"),
        ("林业局", "Forestry Bureau", "hong-kong"),
        ("區公所", "Department of Public Works", None),
    ],
)
def test_a_regions_row_holds_nowhere_else(chinese: str, english: str, region: str | None) -> None:
    assert office_kinds().chinese(chinese, region) is None
    assert office_kinds().english(english, region) is None
