"""Duties aligned across languages: an office's English and Chinese pages, each duty with its translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.coordination.translations import THRESHOLD, align, pair_score
from orgkb.kb.entities.translations import translations, translations_of
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Duty, Role
from orgkb.loaders.reading.reader import parse_text
from orgkb.loading import load_path, load_paths

BILINGUAL = Path(__file__).parents[2] / "data" / "bilingual"
ENGLISH, CHINESE = BILINGUAL / "lucheng-civil-affairs-en.txt", BILINGUAL / "lucheng-civil-affairs-zh.txt"
BUREAU = "wenzhou/lucheng/civil-affairs-bureau"


def pairs(kb: KnowledgeBase) -> set[tuple[int, int]]:
    """(English duty number, Chinese duty number) of every alignment of the bureau."""
    found = set()
    for duty, aligned in translations(kb).items():
        if duty.startswith(f"{BUREAU}/duty/") and "/zh/" not in duty:
            found |= {(int(duty.rsplit("/", 1)[1]), int(t.duty.id.rsplit("/", 1)[1])) for t in aligned}
    return found


# the English page leaves out the Chinese page's seventh duty (老年人福利): the Chinese eighth,
# the closing duty, is the English seventh
EXPECTED = {(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 8)}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    assert all(result.ok for result in load_paths(kb, [ENGLISH, CHINESE]).results)
    return kb


def test_each_duty_is_linked_to_its_translation_in_order(kb: KnowledgeBase) -> None:
    assert pairs(kb) == EXPECTED
    assert translations_of(kb, f"{BUREAU}/duty/zh/7") == ()  # on one page only: nothing guessed


def test_an_alignment_keeps_its_evidence(kb: KnowledgeBase) -> None:
    (hotline,) = translations_of(kb, f"{BUREAU}/duty/5")
    assert hotline.duty.text.startswith("负责12345热线") and hotline.duty.source.line == 9
    assert hotline.tokens == ("12345",) and THRESHOLD <= hotline.score <= 1
    (allowance,) = translations_of(kb, f"{BUREAU}/duty/zh/2")  # and from the other side
    assert allowance.duty.id == f"{BUREAU}/duty/2"
    assert "matter/social-assistance" in allowance.matters
    assert 0 < allowance.position <= 1 and 0 < allowance.length <= 1


def test_alignments_follow_the_pages_loaded_and_removed(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "store")
    load_path(kb, ENGLISH)
    assert pairs(kb) == set()  # one language: nothing to align
    load_path(kb, CHINESE)
    assert pairs(kb) == EXPECTED
    kb.flush()
    del kb
    reopened = KnowledgeBase(tmp_path / "store")
    generation = reopened.generation
    assert pairs(reopened) == EXPECTED and reopened.generation == generation  # reading writes nothing
    assert reopened.remove_document(str(CHINESE))
    assert pairs(reopened) == set()


def test_two_offices_pages_in_two_languages_are_not_aligned() -> None:
    kb = KnowledgeBase()
    other = ENGLISH.read_text("utf-8").replace("Civil Affairs Bureau of Lucheng", "Civil Affairs Bureau of Ouhai")
    load_path(kb, CHINESE)
    assert kb.add_document(parse_text(other, "ouhai-civil-affairs-en.txt")).ok
    assert translations(kb) == {}


def duty(name: str, text: str, *matters: str) -> Duty:
    return Duty(text, text, 1, 1, Role.UNDERTAKES, id=name, matters=tuple(matters))


@pytest.mark.parametrize(
    ("english", "chinese", "aligned"),
    [
        # a shared matter, the same place, a fitting length
        (
            duty("e", "Manage marriage registration in the district.", "m/marriage"),
            duty("z", "负责婚姻登记工作。", "m/marriage"),
            True,
        ),
        # a shared number alone is evidence of content
        (
            duty(
                "e",
                "Run the 12345 hotline of the city.",
            ),
            duty("z", "负责12345热线工作。"),
            True,
        ),
        # the same place and length but nothing of content in common: never a guess
        (
            duty("e", "Manage marriage registration.", "m/marriage"),
            duty("z", "负责殡葬管理工作。", "m/funerals"),
            False,
        ),
        (duty("e", "Guide the work of the district."), duty("z", "指导全区工作。"), False),
    ],
)
def test_a_pair_needs_content_in_common(english: Duty, chinese: Duty, aligned: bool) -> None:
    found = pair_score(english, chinese, (0.5, 0.5), {})
    assert (found is not None and found.score >= THRESHOLD) is aligned


def test_the_alignment_keeps_the_order_of_both_lists() -> None:
    english = [duty("e1", "Manage funerals.", "m/funerals"), duty("e2", "Manage marriages.", "m/marriage")]
    # the Chinese page lists them the other way round: only one pair can keep the order
    chinese = [duty("z1", "负责婚姻登记。", "m/marriage"), duty("z2", "负责殡葬管理。", "m/funerals")]
    assert len(align(english, chinese, {})) == 1
    assert [(p.first, p.second) for p in align(english, list(reversed(chinese)), {})] == [("e1", "z2"), ("e2", "z1")]
