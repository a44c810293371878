"""The district filter of a who-handles question: a place name -> the organizations serving in it.

The place is found by `orgkb.kb.entities.places.find_place`, the one resolver every `district` argument
goes through: any of its names in the gazetteer or on a loaded page, English or Chinese, with or
without its apostrophe or "District" ("Jing'an", "Jingan", "静安区"), with its city ("Huangpu,
Guangzhou"), or its id. A city keeps everything below it ("Shanghai" keeps Jing'an and its
sub-districts).
"""

from __future__ import annotations

import numpy as np

from orgkb.kb.entities.places import find_place
from orgkb.kb.search.index import HandlerIndex
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.ontology.ids import iri_of_public


def allowed_owners(kb: KnowledgeBase, index: HandlerIndex, district: str) -> np.ndarray:
    """For every owner of `index` (built over `kb`), whether it serves the place `district` names
    or a place in it; raises `QueryError` when `district` names no place (see `find_place`)."""
    place = iri_of_public(find_place(kb, district).id)
    return index.serving(index.places_within(place))
