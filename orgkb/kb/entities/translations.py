"""Duties and their translations: the duty on an office's page in the other language that says the
same, aligned when the pages were loaded (`kb/coordination/translations.py`), with the evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef

from orgkb.kb.entities.duties import all_responsibilities, responsibilities
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.kb.store.values import Value
from orgkb.loaders.document import Duty
from orgkb.ontology.ids import id_of, iri_of, public_id


@dataclass(frozen=True)
class TranslationRecord:
    """A duty's translation: the aligned duty, how sure the alignment is (0-1) and why."""

    duty: Duty
    score: float
    matters: tuple[str, ...]  # matter ids both duties concern
    position: float  # how alike their places in their pages' lists are, 0-1
    length: float  # how near their lengths are to the usual ratio of the two languages, 0-1
    tokens: tuple[str, ...]  # numbers and Latin names both hold


def translations(kb: KnowledgeBase) -> dict[str, tuple[TranslationRecord, ...]]:
    """Every aligned duty's translations, by duty id (built once per state of the store)."""
    return kb.derived("translations", lambda: _translations(kb))


def translations_of(kb: KnowledgeBase, duty_id: str) -> tuple[TranslationRecord, ...]:
    """The translations of one duty (none when it was aligned with nothing).

    >>> translations_of(KnowledgeBase(), "shanghai/jingan/general-office/duty/1")
    ()
    """
    return translations(kb).get(duty_id, ())


def translations_among(kb: KnowledgeBase, duty_ids: Iterable[str]) -> dict[str, tuple[TranslationRecord, ...]]:
    """The translations of the duties `duty_ids` (those that have any), as `translations` has them,
    read for those duties alone (bound queries) unless every translation is already at hand."""
    built, every = kb.derived_if_built("translations")
    if built:
        return {duty: every[duty] for duty in duty_ids if duty in every}
    rows = [row for duty in duty_ids for row in kb.select("duty_translations", duty=URIRef(iri_of(duty)))]
    by_id: dict[str, Duty] = {}
    for other in sorted({id_of(str(row["other"])) for row in rows}):
        if other in by_id:
            continue  # read with an earlier duty's owner
        if found := kb.select("responsibility", duty=URIRef(iri_of(other))):
            by_id.update((duty.id, duty) for duty in responsibilities(kb, id_of(str(found[0]["owner"]))))
    return _records(rows, by_id)


def _translations(kb: KnowledgeBase) -> dict[str, tuple[TranslationRecord, ...]]:
    return _records(kb.select("duty_translations"), {duty.id: duty for duty in all_responsibilities(kb)})


def _records(rows: list[dict[str, Value]], by_id: dict[str, Duty]) -> dict[str, tuple[TranslationRecord, ...]]:
    found: dict[tuple[str, str], dict[str, Value]] = {}
    matters: dict[tuple[str, str], list[str]] = defaultdict(list)
    tokens: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows:
        pair = (id_of(str(row["duty"])), id_of(str(row["other"])))
        found.setdefault(pair, row)
        if row.get("matter") is not None and (matter := public_id(str(row["matter"]))) not in matters[pair]:
            matters[pair].append(matter)
        if row.get("token") is not None and (token := str(row["token"])) not in tokens[pair]:
            tokens[pair].append(token)
    result: dict[str, list[TranslationRecord]] = defaultdict(list)
    for (duty, other), row in sorted(found.items(), key=lambda item: item[0]):
        if other not in by_id:
            continue
        result[duty].append(
            TranslationRecord(
                by_id[other],
                float(str(row["score"])),
                tuple(sorted(matters[(duty, other)])),
                float(str(row["position"])),
                float(str(row["length"])),
                tuple(sorted(tokens[(duty, other)])),
            )
        )
    return {duty: tuple(sorted(found, key=lambda t: -t.score)) for duty, found in result.items()}
