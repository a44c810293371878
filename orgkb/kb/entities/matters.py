"""The matters of government work: the thesaurus as the graph holds it."""

from __future__ import annotations

from collections import defaultdict

from orgkb.errors import NotFoundError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.ontology.ids import public_id
from orgkb.ontology.script import has_chinese
from orgkb.ontology.thesaurus import MatterRecord


def label_kind(label: str, label_type: str) -> str:
    return f"zh-{label_type}" if has_chinese(label) else label_type


def chinese_label(labels: dict[str, list[str]]) -> str | None:
    found = [*labels.get("zh-pref", []), *labels.get("zh-alt", [])]
    return found[0] if found else None


def matters(kb: KnowledgeBase) -> list[MatterRecord]:
    """The matters of the thesaurus loaded in the graph, by English name (empty when none is loaded)."""
    return kb.derived("matters", lambda: _matters(kb))


def _matters(kb: KnowledgeBase) -> list[MatterRecord]:
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    definitions: dict[str, str] = {}
    for row in kb.select("matters"):
        iri = str(row["matter"])
        label = str(row["label"])
        names[iri][label_kind(label, str(row["type"]))].append(label)
        if row.get("definition"):
            definitions[iri] = str(row["definition"])
    found = [
        MatterRecord(
            id=public_id(iri),
            name=(labels.get("pref") or labels.get("alt") or [*labels["zh-pref"], *labels["zh-alt"]])[0],
            alt_names=tuple(sorted(set(labels.get("alt", [])) | set(labels.get("pref", [])[1:]))),
            chinese_name=chinese_label(labels),
            definition=definitions.get(iri),
        )
        for iri, labels in names.items()
    ]
    return sorted(found, key=lambda matter: matter.name.lower())


def matters_by_id(kb: KnowledgeBase) -> dict[str, MatterRecord]:
    """Every matter of the thesaurus by id."""
    return kb.derived("matters_by_id", lambda: {record.id: record for record in matters(kb)})


def matter(kb: KnowledgeBase, identifier: str) -> MatterRecord:
    """One matter by id (`matter/<slug>`); raises `NotFoundError` when there is none."""
    found = matters_by_id(kb).get(identifier)
    if found is None:
        raise NotFoundError("matter", identifier)
    return found
