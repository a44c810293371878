"""What looks alike but is kept apart (orgkb.kb.identity.lookalikes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.identity.lookalikes import (
    MAX_SHOWN,
    PageIdentity,
    by_place_and_slug,
    candidates,
    lookalikes,
    may_be_one,
    why_alike,
)
from orgkb.kb.store import knowledge_base as store
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_path

ID = "https://w3id.org/orgkb/id/"
KIND = "https://w3id.org/orgkb/kind/"


def page(file: str, path: str, kind: str = "general-office", language: str = "en") -> PageIdentity:
    return PageIdentity(f"source:{file}", file, ID + path, KIND + kind, language)


def test_the_same_name_looks_alike_only_where_a_place_is_unsure() -> None:
    site = page("a.html", "site/qingshui-gov-cn/general-office")
    assert why_alike(site, page("b.html", "site/baishi-gov-cn/general-office"))
    assert why_alike(page("a.txt", "unplaced/a/bureau"), page("b.txt", "hefei/bureau"))
    # two known places: two offices, nothing to say
    assert why_alike(page("a.txt", "hefei/general-office"), page("b.txt", "wuhu/general-office")) is None


def test_the_same_place_and_kind_in_two_languages_looks_alike() -> None:
    english = page("en.txt", "shenzhen/longgang/heritage-centre", "other")
    chinese = page("zh.txt", "shenzhen/longgang/wenwubaohuzhongxin", "other", "zh")
    assert "in en" in (why_alike(chinese, english) or "")
    # the same language: two bodies of one district, not lookalikes
    assert why_alike(english, page("x.txt", "shenzhen/longgang/library", "other")) is None
    # one organization is not a lookalike of itself
    assert why_alike(english, page("en2.txt", "shenzhen/longgang/heritage-centre", "other", "zh")) is None


def test_the_report_names_a_few_and_counts_the_rest() -> None:
    others = [page(f"{n}.html", f"site/s{n}-gov-cn/general-office") for n in range(6)]
    new = page("new.html", "site/new-gov-cn/general-office")
    lines = lookalikes(new, candidates(new, by_place_and_slug(others), gone=set()))
    assert len(lines) == MAX_SHOWN + 1 and lines[-1] == f"and {6 - MAX_SHOWN} more pages that look alike"
    assert lines[0].startswith("looks like 0.html (site/s0-gov-cn/general-office: the same name")
    # a page replaced in the same load is no lookalike
    assert lookalikes(new, candidates(new, by_place_and_slug(others[:1]), gone={"source:0.html"})) == []


def test_two_names_the_table_translates_into_two_kinds_are_not_alike() -> None:
    english = page("en.txt", "tainan/public-works-bureau", "department")
    chinese = page("zh.txt", "tainan/social-welfare-bureau", "department", "zh")
    assert why_alike(chinese, english) is None
    # one of them untranslated: alike, as before
    assert why_alike(page("zh.txt", "tainan/shehuiju", "department", "zh"), english)


def test_the_same_name_in_two_places_of_one_name_looks_alike() -> None:
    taiwan = page("en.txt", "taoyuan/civil-affairs-bureau", "department")
    hunan = page("zh.txt", "changde/taoyuan/civil-affairs-bureau", "department", "zh")
    assert why_alike(hunan, taiwan) == "the same name in another place called taoyuan"
    assert lookalikes(hunan, candidates(hunan, by_place_and_slug([taiwan]), gone=set())) == [
        "looks like en.txt (taoyuan/civil-affairs-bureau: the same name in another place called taoyuan); "
        "kept as two organizations"
    ]
    # another kind there, or the same kind in a place of another name: nothing to say
    assert why_alike(page("x.txt", "changde/taoyuan/finance-bureau"), taiwan) is None
    assert why_alike(page("x.txt", "changde/wuling/civil-affairs-bureau"), taiwan) is None


def test_the_identities_a_knowledge_base_keeps_are_those_of_the_pages_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept from a large write on, page by page: after adds, a reload and a removal, they are a fresh reading."""
    monkeypatch.setattr(store, "NEAR_IDENTITIES_UP_TO", 0)  # every write reads them all, as a large one does
    kb = KnowledgeBase()
    pages = [*builtin_paths(), *sorted((Path(__file__).parents[2] / "data" / "unseen").glob("*.txt"))[:4]]
    for path in pages[:6]:
        assert load_path(kb, path).ok
    assert load_path(kb, pages[0]).replaced
    assert kb.remove_document(str(pages[1]))

    def by_key(keys: dict[str, list[PageIdentity]]) -> dict[str, set[PageIdentity]]:
        return {key: set(found) for key, found in keys.items() if found}

    assert kb._identities is not None
    assert by_key(kb._identities) == by_key(by_place_and_slug(kb._page_identities()))
    assert {key for key in kb._identities if key.startswith("graph:")} == {"graph:" + page for page in kb.documents()}


def test_a_name_of_unsure_place_the_table_reads_as_the_others_kind_looks_alike() -> None:
    unplaced = PageIdentity(
        "source:en.txt",
        "en.txt",
        ID + "unplaced/en/social-welfare-department",
        KIND + "department",
        "en",
        ("social-welfare-bureau",),
    )
    chinese = page("zh.txt", "hong-kong/social-welfare-bureau", "department", "zh-hant")
    for one, other in ((unplaced, chinese), (chinese, unplaced)):
        assert "reads as social-welfare-bureau in a region" in (why_alike(one, other) or "")
        assert may_be_one(one, other)
        assert candidates(one, by_place_and_slug([one, other]), set()) == [other]
    # the table reads it as another kind: nothing alike, and two pages of unsure place never meet
    assert why_alike(unplaced, page("zh.txt", "hong-kong/labour-department", "department", "zh")) is None
    other_unplaced = PageIdentity(
        "source:zh.txt",
        "zh.txt",
        ID + "unplaced/zh/shehuifulishu",
        KIND + "department",
        "zh",
        ("social-welfare-bureau",),
    )
    assert why_alike(unplaced, other_unplaced) is None and not may_be_one(unplaced, other_unplaced)
    assert candidates(unplaced, by_place_and_slug([unplaced, other_unplaced]), set()) == []
