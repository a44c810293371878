"""The district filter of a who-handles question: a place name -> the organizations serving in it.

A place goes by any of its names in the gazetteer or on a loaded page: English or Chinese, with
or without its apostrophe, with or without "District" ("Jing'an", "Jingan", "Jing'an District",
"静安", "静安区"). A city keeps everything below it ("Shanghai" keeps Jing'an and its sub-districts).
"""

from __future__ import annotations

import numpy as np

from orgkb.errors import QueryError
from orgkb.kb.search.index import HandlerIndex
from orgkb.ontology.places import bare_name, fold_name


def find_place(index: HandlerIndex, district: str) -> str:
    """The IRI of the place `district` names; raises `QueryError` when it names none."""
    folded = fold_name(district)
    bare = bare_name(folded)
    for candidate in (folded, bare):
        place = index.place_names.get(candidate) if candidate else None
        if place is not None:
            return place
    if bare:
        # "Dapeng" for a place whose names all carry their type ("Dapeng New District", "大鹏新区")
        found = sorted({place for name, place in index.place_names.items() if bare_name(name) == bare})
        if len(found) == 1:
            return found[0]
    if not folded:
        raise QueryError("district", district, 'is empty; give a place such as "Jing\'an" or leave it out')
    raise QueryError(
        "district",
        district,
        "is not a place orgkb knows; give a district, sub-district or city by any of its names "
        f"(English or Chinese, with or without 'District'), for example {_examples(index)}",
    )


def _examples(index: HandlerIndex) -> str:
    served = {owner.place for owner in index.owners if owner.place}
    names = sorted(repr(index.place_labels[place]) for place in served if place in index.place_labels)
    return ", ".join(names[:6]) if names else "'Shanghai'"


def allowed_owners(index: HandlerIndex, district: str) -> np.ndarray:
    """For every owner of the index, whether it serves the place `district` names or a place in it."""
    return index.serving(index.places_within(find_place(index, district)))
