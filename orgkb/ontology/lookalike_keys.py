"""The keys under which pages that may look alike meet (`orgkb.kb.identity.lookalikes`), from the IRI of
the organization a page is about: the loader writes them into the page's graph
(`orgkb:lookalikeKey`), so that a write finds a new page's lookalikes by a query bound to them.

A page is found under its place, its slug, its slug in a place of its place's name, and its slug
again when its place is unsure; it looks under its place, its slug in its place's name, and its
slug among the unsure pages (among every page when its own place is unsure).

>>> found_under("https://w3id.org/orgkb/id/changde/taoyuan/civil-affairs-bureau")
['place:changde/taoyuan', 'slug:civil-affairs-bureau', 'named:taoyuan/civil-affairs-bureau']
>>> looks_under("https://w3id.org/orgkb/id/changde/taoyuan/civil-affairs-bureau")
['place:changde/taoyuan', 'unsure:civil-affairs-bureau', 'named:taoyuan/civil-affairs-bureau']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from orgkb.ontology.ids import id_of

UNSURE_PLACES = ("unplaced/", "site/")  # the ids of organizations whose place is unsure start so
UNSURE = "unsure:"  # the keys of the pages whose place is unsure, by slug


def place(organization: str) -> str:
    """The id of the place an organization's id is under: "changde/taoyuan"."""
    return id_of(organization).rpartition("/")[0]


def slug(organization: str) -> str:
    """The last segment of an organization's IRI: its name as a slug."""
    return organization.rpartition("/")[2]


def place_name(organization: str) -> str:
    """The last segment of its place's path: "taoyuan" of "changde/taoyuan"."""
    return place(organization).rpartition("/")[2]


def unsure(organization: str) -> bool:
    """Whether the organization's place was taken from its site, or not found at all."""
    return id_of(organization).startswith(UNSURE_PLACES)


def found_under(organization: str, also: Sequence[str] = ()) -> list[str]:
    """The keys a page about `organization` is found under (what the loader writes); `also`, the
    kinds the name of a page whose place is unsure is in a region's rows of the table of office
    kinds (`orgkb.loaders.identity.identifiers.regional_slugs`), are found among the unsure pages' slugs.

    >>> found_under("https://w3id.org/orgkb/id/unplaced/a/social-welfare-department", ["social-welfare-bureau"])[-2:]
    ['unsure:social-welfare-department', 'unsure:social-welfare-bureau']
    """
    name = slug(organization)
    keys = ["place:" + place(organization), "slug:" + name, f"named:{place_name(organization)}/{name}"]
    if not unsure(organization):
        return keys
    return [*keys, "unsure:" + name, *(UNSURE + other for other in also if other != name)]


def looks_under(organization: str, also: Sequence[str] = ()) -> list[str]:
    """The keys under which the pages that may look like a page about `organization` are found
    (with `also`, as in `found_under`: the pages of those kinds too)."""
    name = slug(organization)
    named = ("slug:" if unsure(organization) else "unsure:") + name
    keys = ["place:" + place(organization), named, f"named:{place_name(organization)}/{name}"]
    return [*keys, *("slug:" + other for other in also if other != name)] if unsure(organization) else keys


def also_of(organization: str, keys: Iterable[str]) -> tuple[str, ...]:
    """The kinds (`found_under`'s `also`) a page's stored keys give it besides its own slug.

    >>> also_of("https://w3id.org/orgkb/id/unplaced/a/x", ["slug:x", "unsure:x", "unsure:social-welfare-bureau"])
    ('social-welfare-bureau',)
    """
    name = slug(organization)
    return tuple(key.removeprefix(UNSURE) for key in keys if key.startswith(UNSURE) and key != UNSURE + name)
