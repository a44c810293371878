"""Organizations that look alike but are kept apart: what a load reports so nothing is merged by guess.

Two pages are one organization only when their ids agree (the same name, or the same kind of office
through the table of office kinds, in the same place). Pages that come close without agreeing are
kept as two organizations and the load report says so:

- the same name where one place is unsure (taken from the site, or not found at all): two
  "General Office" pages of two sites may be one office, or two; so too a name of unsure place
  that the table of office kinds translates, in one region's rows, into the other page's kind
  ("Social Welfare Department" of a page that names no place, 社會福利署 of Hong Kong);
- the same place and kind in two languages, whose names the table of office kinds does not
  translate into one another ("静安区文物保护中心" and "Jing'an District Heritage Centre"); two
  names it translates into two kinds (臺南市政府社會局, "Public Works Bureau") are two offices;
- the same name in two places of one name: the Civil Affairs Bureau of Taoyuan City (Taiwan) and
  桃源县民政局 (Taoyuan County, Hunan), the General Offices of Zhejiang's and Jiangsu's Taizhou.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from orgkb.ontology import lookalike_keys
from orgkb.ontology.ids import id_of
from orgkb.ontology.namespace import KIND
from orgkb.ontology.office_kinds import office_kinds

MAX_SHOWN = 3  # lookalikes named per page; the rest are counted
OTHER_KIND = str(KIND["other"])  # the kind of a page whose kind the reader could not tell


@dataclass(frozen=True)
class PageIdentity:
    """A page as identity sees it: its file, its organization's IRI and kind, its language, and
    for a page whose place is unsure, the kinds its name is in a region's rows of the table of
    office kinds (`orgkb.loaders.identity.identifiers.regional_slugs`)."""

    graph: str
    file: str
    organization: str
    kind: str
    language: str
    also: tuple[str, ...] = ()

    @functools.cached_property
    def place(self) -> str:
        return lookalike_keys.place(self.organization)

    @functools.cached_property
    def slug(self) -> str:
        return lookalike_keys.slug(self.organization)

    @functools.cached_property
    def place_name(self) -> str:
        """The last segment of its place's path: "taoyuan" of "changde/taoyuan"."""
        return lookalike_keys.place_name(self.organization)

    @functools.cached_property
    def unsure(self) -> bool:
        return lookalike_keys.unsure(self.organization)


def why_alike(page: PageIdentity, other: PageIdentity) -> str | None:
    """Why two pages of two organizations look alike, or None when they do not."""
    if page.organization == other.organization:
        return None
    if page.slug == other.slug and (page.unsure or other.unsure):
        return "the same name, and the place of one of them is unsure"
    if _translated(page, other):
        kind = other.slug if other.slug in page.also else page.slug
        return f"a name the table of office kinds reads as {kind} in a region, and the place of one of them is unsure"
    if (
        page.place == other.place
        and page.kind == other.kind
        and page.language != other.language
        and not _two_kinds(page, other)
    ):
        return f"the same place and kind in {other.language}, a name the table of office kinds does not translate"
    if page.slug == other.slug and page.place != other.place and page.place_name == other.place_name:
        return f"the same name in another place called {other.place_name}"
    return None


def may_be_one(page: PageIdentity, other: PageIdentity) -> bool:
    """Whether what the names say leaves two pages free to be one office if their duties align
    (`kb/identity/duty_agreement.py`): two languages, the same place (or one place unsure and the same
    name), the same kind, and names the table of office kinds does not translate into two kinds."""
    if page.organization == other.organization or _bilingual(page.language) == _bilingual(other.language):
        return False
    if page.language != "en" and other.language != "en":
        return False
    unsure = page.unsure or other.unsure
    placed = page.place == other.place or (page.slug == other.slug and unsure) or _translated(page, other)
    return placed and _compatible(page.kind, other.kind) and not _two_kinds(page, other)


def _translated(page: PageIdentity, other: PageIdentity) -> bool:
    """Whether one page's place is unsure and the table of office kinds reads its name, in a
    region's rows, as the other page's kind (the other's place sure: two unsure pages never meet)."""
    return (page.unsure and not other.unsure and other.slug in page.also) or (
        other.unsure and not page.unsure and page.slug in other.also
    )


def _two_kinds(page: PageIdentity, other: PageIdentity) -> bool:
    """Whether the table of office kinds translated both names, into two kinds: two offices."""
    return _a_kind(page.slug) and _a_kind(other.slug) and not _translated(page, other)


def _compatible(kind: str, other: str) -> bool:
    """Whether two kinds of office may be one: the same, or one the reader could not tell ("other")."""
    return kind == other or OTHER_KIND in (kind, other)


def _bilingual(language: str) -> str:
    """The language as identity tells them apart: "zh-hant" and "zh" are one."""
    return language.partition("-")[0]


@functools.cache
def _kind_slugs() -> frozenset[str]:
    return frozenset(kind.slug for kind in office_kinds().kinds)


def _a_kind(slug: str) -> bool:
    """Whether a slug is a kind of the table of office kinds: its name was translated."""
    return slug in _kind_slugs()


def lookalikes(
    page: PageIdentity, others: Iterable[PageIdentity], duties: Mapping[str, str] | None = None
) -> list[str]:
    """Report lines for the loaded pages that look like `page`, at most `MAX_SHOWN` named; `duties`
    says, by page graph, how far their duties align with the page's (`kb/identity/duty_agreement.py`)."""
    said = duties or {}
    found = [
        (other, reason + (f"; {said[other.graph]}" if other.graph in said else ""))
        for other in others
        if (reason := why_alike(page, other)) is not None
    ]
    lines = [
        f"looks like {other.file} ({id_of(other.organization)}: {reason}); kept as two organizations"
        for other, reason in sorted(found, key=lambda pair: pair[0].file)[:MAX_SHOWN]
    ]
    if len(found) > MAX_SHOWN:
        lines.append(f"and {len(found) - MAX_SHOWN} more pages that look alike")
    return lines


def by_place_and_slug(pages: Sequence[PageIdentity]) -> dict[str, list[PageIdentity]]:
    """Pages keyed by their place, by their slug, by their slug in a place's name, and by their slug
    again when their place is unsure, so that a page meets only its likely lookalikes (a page of a
    known place meets the pages of its own place, those of its name in places of its place's name,
    and the pages of its name whose place is unsure)."""
    keys: dict[str, list[PageIdentity]] = {}
    for page in pages:
        add(keys, page)
    return keys


def _keys(page: PageIdentity) -> list[str]:
    """The keys a page is found under besides its graph: one list, so adding and discarding agree
    (and the loader writes them into the page's graph)."""
    return lookalike_keys.found_under(page.organization, page.also)


def add(keys: dict[str, list[PageIdentity]], page: PageIdentity) -> None:
    """Add a page just written to `keys` (in place of what they held for its graph)."""
    discard(keys, page.graph)
    keys["graph:" + page.graph] = [page]
    for key in _keys(page):
        keys.setdefault(key, []).append(page)


def discard(keys: dict[str, list[PageIdentity]], graph: str) -> None:
    """Take the page of `graph` (removed, or about to be written again) out of `keys`."""
    for page in keys.pop("graph:" + graph, []):
        for key in _keys(page):
            found = keys.get(key)
            if found is not None and page in found:
                found.remove(page)
                if not found:
                    del keys[key]


def candidates(page: PageIdentity, keys: dict[str, list[PageIdentity]], gone: set[str]) -> list[PageIdentity]:
    """The pages that may look like `page` (each once), but those whose graphs are `gone`."""
    keyed = lookalike_keys.looks_under(page.organization, page.also)
    found = {other.graph: other for key in keyed for other in keys.get(key, [])}
    return [other for graph, other in found.items() if graph != page.graph and graph not in gone]


class NearPages:
    """The keys a write of a few pages compares each page with, read for that page alone: the
    loaded pages `near` returns for it (those found under the keys it looks under), with the pages
    written before it in the same write in place of what they replaced. What a write reads then
    grows with a place and a name, not with the store."""

    def __init__(self, near: Callable[[PageIdentity], list[PageIdentity]]) -> None:
        self._near = near
        self._written: dict[str, PageIdentity] = {}  # graph -> the page this write gave it
        self._gone: set[str] = set()  # the graphs this write superseded

    def keys(self, page: PageIdentity) -> dict[str, list[PageIdentity]]:
        """`by_place_and_slug` of the pages near `page`, as the store holds them in this write."""
        stored = [other for other in self._near(page) if other.graph not in self._gone | self._written.keys()]
        return by_place_and_slug([*stored, *self._written.values()])

    def written(self, page: PageIdentity, superseded: Iterable[str]) -> None:
        """Note a page written, and the graphs (of its organization) it superseded."""
        for graph in superseded:
            self._written.pop(graph, None)
            self._gone.add(graph)
        self._gone.discard(page.graph)
        self._written[page.graph] = page
