"""A matter and the broader matters above it in the thesaurus: a duty about foreign guests is half
about foreign affairs. Shared-matter links, the alignment of translations and compare weigh a duty's
matters so."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from orgkb.ontology.ids import public_id

BROADER_WEIGHT = 0.5  # a duty about foreign guests is half about foreign affairs


def broader_matters(rows: Iterable[Mapping[str, object]]) -> dict[str, set[str]]:
    """The broader matters of each matter (public ids) from the rows of `matter_broader.rq`."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        found[public_id(str(row["matter"]))].add(public_id(str(row["broader"])))
    return found


def weighted_matters(matters: Iterable[str], broader: Mapping[str, Iterable[str]]) -> dict[str, float]:
    """`matters` (weight 1) and the broader matters above them (weight `BROADER_WEIGHT`).

    >>> weighted_matters(["matter/foreign-guests"], {"matter/foreign-guests": {"matter/foreign-affairs"}})
    {'matter/foreign-affairs': 0.5, 'matter/foreign-guests': 1.0}
    """
    matters = tuple(matters)
    found = {above: BROADER_WEIGHT for matter in matters for above in broader.get(matter, ())}
    found.update(dict.fromkeys(matters, 1.0))
    return found
