"""The keys a page is found under and looks under meet exactly where `why_alike` may say two pages look alike."""

from __future__ import annotations

import itertools

import pytest

from orgkb.kb.identity.lookalikes import PageIdentity, why_alike
from orgkb.ontology.lookalike_keys import found_under, looks_under
from orgkb.ontology.namespace import ID

ORGANIZATIONS = [
    "changde/taoyuan/civil-affairs-bureau",  # a county of Changde
    "taoyuan/civil-affairs-bureau",  # a city of Taiwan: the same name in a place of that name
    "taoyuan/finance-bureau",  # another kind there
    "changde/wuling/civil-affairs-bureau",  # the same kind in a place of another name
    "unplaced/a-txt/civil-affairs-bureau",  # the same name, its place unsure
    "site/b-gov-cn/civil-affairs-bureau",
    "site/b-gov-cn/general-office",
    "shenzhen/longgang/heritage-centre",  # one place, two kinds, two languages
    "shenzhen/longgang/wenwu-baohu-zhongxin",
]


def _page(organization: str, language: str) -> PageIdentity:
    iri = str(ID[organization])
    return PageIdentity(f"g:{organization}:{language}", "f.txt", iri, "kind:department", language)


@pytest.mark.parametrize(("one", "other"), list(itertools.permutations(ORGANIZATIONS, 2)))
def test_two_pages_that_may_look_alike_meet_under_a_key(one: str, other: str) -> None:
    for language in ("en", "zh"):
        page, seen = _page(one, "en"), _page(other, language)
        if why_alike(page, seen) is not None:
            assert set(looks_under(page.organization)) & set(found_under(seen.organization))


def test_the_keys_of_a_page_of_a_known_place() -> None:
    iri = str(ID["changde/taoyuan/civil-affairs-bureau"])
    assert found_under(iri) == [
        "place:changde/taoyuan",
        "slug:civil-affairs-bureau",
        "named:taoyuan/civil-affairs-bureau",
    ]
    assert looks_under(iri)[1] == "unsure:civil-affairs-bureau"  # the unsure pages of its name, not all


def test_a_page_whose_place_is_unsure_is_found_under_its_name_twice_and_looks_among_every_page_of_it() -> None:
    iri = str(ID["unplaced/a-txt/civil-affairs-bureau"])
    assert found_under(iri)[-1] == "unsure:civil-affairs-bureau"
    assert looks_under(iri)[1] == "slug:civil-affairs-bureau"
