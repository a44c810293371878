"""Responsibility.translations: a duty of an English page with its Chinese original, and why they align."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from orgkb.graphql.execution import run
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import load_paths

BILINGUAL = Path(__file__).parents[1] / "data" / "bilingual"
BUREAU = "wenzhou/lucheng/civil-affairs-bureau"

QUERY = """query Translations($id: ID!) {
  organization(id: $id) {
    name(lang: "zh")
    responsibilities {
      number text
      translations {
        score position length sharedTokens
        matters { id chineseName }
        responsibility { id text source { document line } organization { id } }
      }
    }
  }
}"""


@pytest.fixture(scope="module")
def duties() -> list[dict[str, Any]]:
    kb = KnowledgeBase()
    assert all(result.ok for result in load_paths(kb, sorted(BILINGUAL.glob("*.txt"))).results)
    response = run(kb, QUERY, {"id": BUREAU})
    assert "errors" not in response, response.get("errors")
    found: list[dict[str, Any]] = response["data"]["organization"]["responsibilities"]
    return found


def test_each_duty_names_its_translation_with_its_source(duties: list[dict[str, Any]]) -> None:
    hotline = next(duty for duty in duties if "12345 hotline" in duty["text"])
    (translation,) = hotline["translations"]
    assert translation["responsibility"]["text"] == "负责12345热线民政类诉求的办理和答复工作。"
    assert translation["responsibility"]["source"] == {"document": "lucheng-civil-affairs-zh.txt", "line": 9}
    assert translation["responsibility"]["organization"]["id"] == BUREAU  # one organization, two pages
    assert translation["sharedTokens"] == ["12345"] and 0.55 <= translation["score"] <= 1


def test_a_translation_says_the_matters_both_concern(duties: list[dict[str, Any]]) -> None:
    allowance = next(duty for duty in duties if "minimum living allowances" in duty["text"])
    (translation,) = allowance["translations"]
    assert "社会救助" in [matter["chineseName"] for matter in translation["matters"]]


def test_a_duty_on_one_page_only_has_no_translation(duties: list[dict[str, Any]]) -> None:
    elderly = next(duty for duty in duties if "老年人福利" in duty["text"])
    assert elderly["translations"] == []
    assert sum(bool(duty["translations"]) for duty in duties) == 14  # seven pairs, seen from both sides
