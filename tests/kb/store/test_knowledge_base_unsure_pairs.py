"""An English and a Chinese page of one office where one names no place: they meet when the table
of office kinds reads the unplaced page's name, in a region's rows, as the other page's kind, and
their duties decide (orgkb.kb.identity.lookalikes, orgkb.loaders.identity.identifiers.regional_slugs).

The pages are tests/data/unsure-pairs/ (written for these tests; see its README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.kb.entities import duties, organizations
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.identity.identifiers import organization_iri, regional_slugs
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.reader import parse_text
from orgkb.loading import load_paths
from orgkb.ontology.ids import id_of

PAIRS = Path(__file__).parents[2] / "data" / "unsure-pairs"
ENGLISH, CHINESE, OTHER = (
    PAIRS / "environmental-protection-en.txt",
    PAIRS / "environmental-protection-zh.txt",
    PAIRS / "environmental-protection-other-en.txt",
)


def test_a_page_of_unsure_place_knows_the_kinds_its_name_is_in_a_region() -> None:
    english, chinese = read_page(ENGLISH), read_page(CHINESE)
    assert id_of(str(organization_iri(english))).startswith("unplaced/")
    assert id_of(str(organization_iri(chinese))) == "hong-kong/environmental-protection-bureau"
    assert regional_slugs(english) == ("environmental-protection-bureau",)
    assert regional_slugs(chinese) == ()  # a page of a known place: its own kind only


@pytest.mark.parametrize("order", [(ENGLISH, CHINESE), (CHINESE, ENGLISH)])
@pytest.mark.parametrize("together", [True, False])
def test_the_unplaced_page_joins_the_placed_one_when_their_duties_align(
    order: tuple[Path, Path], together: bool
) -> None:
    kb = KnowledgeBase()
    results = load_paths(kb, order).results if together else [load_paths(kb, [path]).results[0] for path in order]
    assert all(result.ok for result in results)
    assert "their duties align: 1.00" in results[1].alike[0] and results[1].alike[0].startswith("joins ")
    organization = id_of(str(organization_iri(read_page(order[0]))))
    found = duties.responsibilities(kb, organization)
    assert {Path(duty.source.document).name for duty in found} == {ENGLISH.name, CHINESE.name}
    (record,) = [record for record in organizations.organizations(kb) if record.id == organization]
    assert set(dict(record.names)) == {"en", "zh"}


def test_an_unplaced_page_of_other_duties_stays_apart_and_the_report_says_why() -> None:
    kb = KnowledgeBase()
    load_paths(kb, [OTHER])
    (result,) = load_paths(kb, [CHINESE]).results
    (line,) = result.alike
    assert line.startswith("looks like environmental-protection-other-en.txt (unplaced/")
    assert "a name the table of office kinds reads as environmental-protection-bureau in a region" in line
    assert line.endswith(
        "their duties align: 0.00 (0 pairs, of 3 English and 4 Chinese duties), below 0.5); kept as two organizations"
    )
    assert len({record.id for record in organizations.organizations(kb) if "environmental" in record.id}) == 2


def test_two_pages_that_name_no_place_never_meet_through_the_table() -> None:
    kb = KnowledgeBase()
    load_paths(kb, [ENGLISH])
    # 環境保護署 of no place: Hong Kong's kind too, but two pages nobody can place are never merged
    chinese = parse_text(
        "環境保護署\n職責\n一、執行空氣污染及水污染管制法例。\n二、管制建築工地的噪音。\n三、處理有關環境污染的投訴。\n",
        "unplaced-zh.txt",
    )
    assert regional_slugs(chinese) == ("environmental-protection-bureau",)
    result = kb.add_document(chinese)
    assert result.alike == () and result.joined == ()
