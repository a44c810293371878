"""A provisional name for a page that prints no name of its own, and where it came from.

About one real page in ten prints its duties and units but never its own name: the name is in the
site's banner or in the address, which a saved file or an excerpt does not carry. Such a page is
loaded under a provisional name instead of being refused, taken from the best source there is:

1. a name the user gives (`orgkb load FILE --name "..."`, or the page's sidecar): applied after
   reading, by `orgkb.loaders.load.corrections.apply`, which records it as `NameSource.GIVEN`;
2. the HTML `<title>`, else `og:site_name`, when a part of it names a body (ends in an
   organization's noun: "Bureau", "局"); the part nearest the front, which names the page, wins
   over the site's name after it;
3. the file's name, or the URL path's last name, de-slugged ("civil-affairs-units.txt" ->
   "Civil Affairs Units").

A name is never made up from the duties. The document records the source (`Document.name_source`,
`orgkb:nameSource` in the graph) and its identity comes from the document, not from the name
(`orgkb.loaders.identity.identifiers.organization_slug`): two pages that print no name never become one
organization, and the same page loaded again replaces itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from orgkb.loaders.document import NameSource
from orgkb.loaders.reading.page import BlockKind, Page
from orgkb.loaders.reading.roles import Role, Roled
from orgkb.loaders.reading.roles.cues import Cues

# A title's parts: "Duties - Civil Affairs Bureau | Portal", "机构职能_民政局_某某区人民政府".
_TITLE_PARTS = re.compile(r"\s+[-–—|·:]\s+|\s*[|_｜—–]+\s*|\s*--+\s*|\s*－\s*")
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|xhtml|php|aspx?|jsp|txt|text|md)$", re.IGNORECASE)
# A file or path name that says nothing of the page ("index.html"): the folder above it names it.
_GENERIC_STEMS = frozenset({"index", "default", "home", "main", "page", "content", "list", "detail", "article"})
_SLUG_PARTS = re.compile(r"[-_+.\s]+")


def phrase(source: NameSource | str) -> str:
    """How the load report and `show` say where a provisional name came from ("named 'X' after its file
    name"); a source this orgkb does not know (a store another wrote) as it is.

    >>> phrase(NameSource.FILE_NAME), phrase("title"), phrase("banner")
    ('after its file name', 'after its HTML <title>', 'after its banner')
    """
    known = next((member for member in NameSource if member.value == source), None)
    return _PHRASES[known] if known is not None else f"after its {source}"


_PHRASES = {
    NameSource.GIVEN: "after the name given to orgkb load (--name or the sidecar)",
    NameSource.TITLE: "after its HTML <title>",
    NameSource.SITE_NAME: "after its og:site_name",
    NameSource.FILE_NAME: "after its file name",
    NameSource.URL_PATH: "after its address's path",
}


@dataclass(frozen=True)
class Provisional:
    """A provisional name, where it came from, and the line it was read on (None for a file name)."""

    name: str
    source: NameSource
    line: int | None = None


def provisional_name(page: Page, cues: Cues) -> Provisional:
    """The best provisional name of a page that prints none: its title or site name when either
    names a body, else its file's (or URL path's) name.

    >>> from orgkb.loaders.reading.roles.cues import cues_for
    >>> page = Page("pages/civil-affairs-units.txt", "civil-affairs-units.txt", "0", (), "text/plain", "utf-8")
    >>> provisional_name(page, cues_for("en"))
    Provisional(name='Civil Affairs Units', source=<NameSource.FILE_NAME: 'file-name'>, line=None)
    """
    title = next((block for block in page.blocks if block.kind is BlockKind.TITLE), None)
    for block, source in ((title, NameSource.TITLE), (page.site_name, NameSource.SITE_NAME)):
        if block is not None and (name := body_named(block.text, cues)) is not None:
            return Provisional(name, source, block.line)
    if _is_url(page.source):
        return Provisional(deslug(_url_stem(page.source)), NameSource.URL_PATH)
    return Provisional(deslug(_file_stem(page.source, page.name)), NameSource.FILE_NAME)


def reads_as_an_organizations(roled: list[Roled], cues: Cues) -> bool:
    """Whether a page without a name reads as an organization's page: it has a unit, or a duty that is
    marked as an item, stands under a section heading, opens with a duty's verb, or ran on after a
    sentence leading in to the duties on its line ("The responsibilities ... include: A; B; C"). A
    sentence alone ("Nothing here to read.") is not enough to load a page under its file's name."""
    for previous, item in zip([None, *roled], roled, strict=False):
        if item.role in (Role.UNIT, Role.UNIT_DUTIES):
            return True
        if item.role is Role.DUTY and (
            item.node.marker is not None
            or item.evidence.section is not None
            or cues.duty_start.match(item.node.text)
            or _run_on_after_lead_in(previous, item, cues)
        ):
            return True
    return False


def _run_on_after_lead_in(previous: Roled | None, item: Roled, cues: Cues) -> bool:
    return (
        previous is not None
        and previous.node.line == item.node.line
        and cues.duties_lead_in is not None
        and bool(cues.duties_lead_in.search(previous.node.text + ":"))
    )


def body_named(title: str, cues: Cues) -> str | None:
    """The first part of a title that names a body (ends in an organization's noun), or None.

    >>> from orgkb.loaders.reading.roles.cues import cues_for
    >>> body_named("Duties - Civil Affairs Bureau | City Portal", cues_for("en"))
    'Civil Affairs Bureau'
    >>> body_named("机构职能_某某区民政局_某某区人民政府", cues_for("zh")), body_named("Home | Welcome", cues_for("en"))
    ('某某区民政局', None)
    """
    for part in _TITLE_PARTS.split(title):
        name = cues.clean_name(part.strip()).strip(" :：")
        if name and len(name) <= cues.max_name_length and cues.organization_end.search(name):
            return name
    return None


def deslug(stem: str) -> str:
    """A file or path name as words: hyphens, underscores and dots as spaces, lower-case words capitalized.

    >>> deslug("civil-affairs_bureau.units"), deslug("民政局-职能"), deslug("HR-Dept")
    ('Civil Affairs Bureau Units', '民政局 职能', 'HR Dept')
    """
    words = [word for word in _SLUG_PARTS.split(stem) if word]
    shown = " ".join(word[:1].upper() + word[1:] if word.islower() else word for word in words)
    return shown or stem


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _file_stem(source: str, name: str) -> str:
    """The stem of a page's file name, or of its folder's name when the file's says nothing ("index.html")."""
    path = PurePosixPath(source.replace("\\", "/"))
    stem = _PAGE_SUFFIX.sub("", name or path.name)
    if stem.lower() in _GENERIC_STEMS and path.parent.name:
        return path.parent.name
    return stem


def _url_stem(url: str) -> str:
    """The last name of a URL's path that says something of the page, else its host."""
    parts = urlsplit(url)
    segments = [_PAGE_SUFFIX.sub("", unquote(segment)) for segment in parts.path.split("/") if segment]
    telling = [segment for segment in segments if segment and segment.lower() not in _GENERIC_STEMS]
    return telling[-1] if telling else (parts.hostname or url)
