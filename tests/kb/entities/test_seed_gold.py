"""The built-in corpus, loaded into the knowledge base, reproduces every fact of seed_gold.json.

The gold file is the project's acceptance record for the three seed pages (a copy of
shared/eval/seed_gold.json, checked against the original when it is beside the repo).
Names are compared after folding case, curly quotes and runs of white space.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import URIRef

from orgkb.kb.entities import organizations, sources
from orgkb.kb.entities.duties import responsibilities
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths, read_page
from orgkb.loading import builtin_knowledge_base
from orgkb.ontology.namespace import SOURCE
from orgkb.ontology.places import fold_name

GOLD_COPY = Path(__file__).parents[2] / "data" / "seed_gold.json"
GOLD_SHARED = Path(__file__).parents[4] / "shared" / "eval" / "seed_gold.json"
GOLD = json.loads(GOLD_COPY.read_text("utf-8"))


def fold(text: str | None) -> str:
    return " ".join(fold_name(text or "").split())


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


def organization_id(kb: KnowledgeBase, file: str) -> str:
    document = str(SOURCE[file.removesuffix(".txt")])
    ids = [record.id for record in organizations.organizations(kb) if record.document == file]
    assert len(ids) == 1, (document, ids)
    return ids[0]


@pytest.mark.skipif(not GOLD_SHARED.exists(), reason="shared/ is not beside this checkout")
def test_the_copy_is_the_shared_gold() -> None:
    assert json.loads(GOLD_SHARED.read_text("utf-8")) == GOLD


def test_every_seed_ships_in_the_package() -> None:
    assert sorted(path.name for path in builtin_paths()) == sorted(entry["file"] for entry in GOLD["documents"])


@pytest.mark.parametrize("gold", GOLD["documents"], ids=[entry["file"] for entry in GOLD["documents"]])
def test_seed_reproduces_gold(kb: KnowledgeBase, gold: dict[str, Any]) -> None:
    org_id = organization_id(kb, gold["file"])
    org = organizations.organization(kb, org_id)
    source = sources.source(kb, str(SOURCE[gold["file"].removesuffix(".txt")]))

    # the organization: names, kind, parent, place, date, site
    assert fold(org.name) == fold(gold["organization"])
    assert {fold(alias) for alias in gold.get("organization_aliases", [])} <= {fold(a) for a in org.alt_names}
    assert org.kind == gold["kind"].replace(" ", "-")
    assert fold(org.parent_name) == fold(gold["parent"])
    assert org.relation_to_parent == gold.get("relation_to_parent")
    assert fold(org.district) == fold(gold["district"])
    assert fold(org.city) == fold(gold["city"])
    assert source.issued is not None and source.issued.isoformat() == gold["released"]
    if "publisher_site" in gold:
        assert source.site == gold["publisher_site"]

    # the numbered responsibilities: how many, and their text
    duties = responsibilities(kb, org_id)
    assert len(duties) == gold["responsibility_count"]
    assert [duty.number for duty in duties] == list(range(1, len(duties) + 1))
    for key, start in gold.items():
        if key.startswith("responsibility_") and key.endswith("_starts"):
            number = int(key.split("_")[1])
            assert fold(duties[number - 1].text).startswith(fold(start)), key
    assert all(duty.source.document == gold["file"] and duty.source.line > 0 for duty in duties)

    # units, in order, with their aliases
    units = organizations.units(kb, org_id)
    assert [fold(unit.name) for unit in units] == [fold(name) for name in gold["units"]]
    for name, aliases in gold["unit_aliases"].items():
        unit = next(unit for unit in units if fold(unit.name) == fold(name))
        assert {fold(alias) for alias in aliases} <= {fold(alias) for alias in unit.alt_names}

    # contact details
    contact = organizations.own_contact(kb, org_id)
    if gold["contact"]:
        assert contact is not None
        for field, value in gold["contact"].items():
            assert fold(getattr(contact, field)) == fold(value), field
    else:
        assert contact is None

    # named bodies mentioned, partner regions, centres administered
    mentioned = {
        fold(str(row["name"]))
        for row in kb.select("mentioned_bodies", document=URIRef(str(SOURCE[gold["file"].removesuffix(".txt")])))
    }
    for body in gold.get("named_bodies_mentioned", []):
        assert fold(body) in mentioned, body
    regions = {
        fold(str(row["name"]))
        for row in kb.select(
            "document_partner_regions", document=URIRef(str(SOURCE[gold["file"].removesuffix(".txt")]))
        )
    }
    for description in gold.get("partner_region_kinds_mentioned", []):
        alternatives = {fold(part.split(" (")[0]) for part in description.split(" / ")}
        assert alternatives & regions, description
    for unit_name, centres in gold.get("centers_administered", {}).items():
        unit = next(unit for unit in units if fold(unit.name) == fold(unit_name))
        links = {(fold(link.name), link.relation) for link in organizations.bodies(kb, unit.id)}
        for centre in centres:
            relation = "assists" if centre.endswith("(assists)") else "administers"
            assert (fold(centre.removesuffix(" (assists)")), relation) in links, centre

    # repairs are recorded, noise is dropped
    originals = {original for _, original, _ in source.repairs}
    for defect in gold.get("text_defects_to_repair", []):
        assert defect in originals, defect
    document = read_page(next(path for path in builtin_paths() if path.name == gold["file"]))
    texts = [document.name, *(duty.text for duty in document.all_duties())]
    for noise in gold.get("noise_to_drop", []):
        assert noise in document.dropped
        assert not any(noise in text for text in texts)
