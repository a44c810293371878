"""The page's own title where the best name is the site's owner: a council's department page.

A council prints its own name on every page ("Ashcombe Borough Council", "City of Glenwood"); on
the page of one of its departments, services or teams that name is the site's, and the page's
subject is the title printed next to it ("Planning Policy Team", "Library Service"). Where the
best name a page gives is such a whole government (`Cues.site_owner`, fullmatch), a short title
line near it that names a body of its own is the name instead, and the owner's line is furniture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from orgkb.loaders.outline import Node
from orgkb.loaders.roles.cues import Cues

# How far from the owner's line (in blocks) the page's title is looked for: a breadcrumb may part them.
_NEAR = 5
# A title has at most this many words.
_TITLE_WORDS = 8


def page_title_under_owner(
    nodes: Sequence[Node],
    names: Sequence[str | None],
    cues: Cues,
    names_body: Callable[[str], bool],
) -> tuple[list[int], int | None] | None:
    """Where the page's names include its site's owner: (the owner's blocks, the index of the page's title
    that names the page instead, or None where another block's name does), else None (the owner stays
    a name: the page is the council's own, or nothing else names it)."""
    if cues.site_owner is None:
        return None
    site_owner = cues.site_owner
    owners = [index for index, name in enumerate(names) if name and site_owner.fullmatch(name)]
    if not owners:
        return None
    owner = owners[0]
    owner_name = names[owner] or ""
    near = range(max(0, owner - _NEAR), min(len(nodes), owner + _NEAR + 1))
    for index in sorted(near, key=lambda at: abs(at - owner)):
        text = cues.clean_name(nodes[index].text)
        if index in owners or not _titles(nodes[index], text, cues) or site_owner.fullmatch(text):
            continue
        if owner_name in text or text in owner_name:
            continue  # the owner's name again, or part of it
        if names_body(text) or (index == owner - 1 and _echoed(text, nodes[owner + 1 :])):
            return owners, index
    if any(name and index not in owners for index, name in enumerate(names)):
        return owners, None  # another block names the page
    return None


def _titles(node: Node, text: str, cues: Cues) -> bool:
    """Whether a block can be a page's title: short, unmarked, no sentence, heading or furniture."""
    return bool(
        text
        and node.marker is None
        and not node.block.link
        and not node.block.cells
        and cues.words(text) <= _TITLE_WORDS
        and text[-1] not in cues.sentence_end
        and text[:1].isupper()
        and cues.heading(text) is None
        and not cues.furniture.fullmatch(text)
        and not cues.duty_start.search(text)
        and not cues.contact_fields(text)
    )


def _echoed(title: str, below: Sequence[Node]) -> bool:
    """Whether a later block opens with the title ("Building Control makes sure ..."): the page's subject."""
    return any(node.text.startswith(f"{title} ") or node.text.startswith(f"The {title} ") for node in below)
