"""The district filter of a who-handles question: a place name -> the organizations serving in it.

A place goes by any of its names in the gazetteer or on a loaded page: English or Chinese, with
or without its apostrophe, with or without "District" ("Jing'an", "Jingan", "Jing'an District",
"静安", "静安区"), with its parent ("Huangpu, Guangzhou", "广州市黄埔区"). A city keeps everything
below it ("Shanghai" keeps Jing'an and its sub-districts). `resolve_place` is the one resolver
every `district` argument goes through (CLI, GraphQL, the staff page).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping

import numpy as np

from orgkb.errors import QueryError
from orgkb.kb.handler_index import HandlerIndex
from orgkb.ontology.places import Gazetteer, Place, bare_name, default_gazetteer, fold_name


def resolve_place(
    district: str,
    names: Mapping[str, str],
    loaded: Container[str],
    examples: Callable[[], str],
    gazetteer: Gazetteer | None = None,
    argument: str = "district",
) -> str:
    """The IRI of the place `district` names: a loaded place of the gazetteer of that name, else a
    place a loaded page describes (`names`: folded name -> IRI), else the gazetteer's likeliest
    place of that name. `loaded` holds the places the store describes.

    Raises `QueryError` naming `argument` when several loaded places go by the name (listing
    them) or none does (with the closest names, and `examples()` of accepted ones).
    """
    gazetteer = gazetteer or default_gazetteer()
    folded = fold_name(district)
    if not folded:
        raise QueryError(argument, district, 'is empty; give a place such as "Jing\'an" or leave it out')
    candidates = gazetteer.candidates(district)
    served = [place for place in candidates if place.iri in loaded]
    if len(served) > 1:
        choices = "; ".join(gazetteer.describe(place) for place in served[:5])
        raise QueryError(
            argument,
            district,
            f"names several places: {choices}; say which, with its city after a comma "
            f"(for example {served[0].label.removesuffix(' District')!r}, {_city_hint(gazetteer, served[1])!r})",
        )
    if served:
        return served[0].iri
    if (found := _loaded_name(folded, names)) is not None:
        return found
    if candidates:
        return candidates[0].iri
    closest = [gazetteer.describe(place) for place in gazetteer.closest(district)]
    local = [_described(gazetteer, iri, name) for name, iri in _closest_loaded(folded, names)]
    suggestions = list(dict.fromkeys([*local, *closest]))[:3]
    hint = f"did you mean {' or '.join(suggestions)}? " if suggestions else ""
    raise QueryError(
        argument,
        district,
        f"is not a place orgkb knows; {hint}give a district, sub-district, county, town or city by any "
        f"of its names (English or Chinese, with or without 'District'), for example {examples()}",
    )


def _city_hint(gazetteer: Gazetteer, place: Place) -> str:
    city = next((above for above in gazetteer.ancestors(place) if above.place_type != "country"), None)
    short = place.label.removesuffix(" District")
    return f"{short}, {city.label}" if city is not None else short


def _loaded_name(folded: str, names: Mapping[str, str]) -> str | None:
    """A place a loaded page describes, by its name or its name without its type word."""
    bare = bare_name(folded)
    for candidate in (folded, bare):
        place = names.get(candidate) if candidate else None
        if place is not None:
            return place
    if bare:
        # "Dapeng" for a place whose names all carry their type ("Dapeng New District", "大鹏新区")
        found = sorted({place for name, place in names.items() if bare_name(name) == bare})
        if len(found) == 1:
            return found[0]
    return None


def _closest_loaded(folded: str, names: Mapping[str, str]) -> list[tuple[str, str]]:
    """The loaded places' names nearest to `folded` in spelling (rapidfuzz, as `Gazetteer.closest`)."""
    from rapidfuzz import fuzz, process

    found = process.extract(folded, list(names), scorer=fuzz.ratio, limit=2, score_cutoff=70)
    return [(name, names[name]) for name, _, _ in found]


def _described(gazetteer: Gazetteer, iri: str, name: str) -> str:
    place = gazetteer.get(iri)
    return gazetteer.describe(place) if place is not None else repr(name)


def find_place(index: HandlerIndex, district: str) -> str:
    """The IRI of the place `district` names; raises `QueryError` when it names none."""
    loaded = _Loaded(index)
    return resolve_place(district, index.place_names, loaded, lambda: _examples(index))


class _Loaded:
    """The places the index's store describes."""

    def __init__(self, index: HandlerIndex) -> None:
        self.index = index

    def __contains__(self, iri: object) -> bool:
        index = self.index
        return iri in index.place_labels or iri in index.place_parent or iri in index.place_children


def _examples(index: HandlerIndex) -> str:
    served = {owner.place for owner in index.owners if owner.place}
    names = sorted(repr(index.place_labels[place]) for place in served if place in index.place_labels)
    return ", ".join(names[:6]) if names else "'Shanghai'"


def allowed_owners(index: HandlerIndex, district: str) -> np.ndarray:
    """For every owner of the index, whether it serves the place `district` names or a place in it."""
    return index.serving(index.places_within(find_place(index, district)))
