"""The page's own title where the best name is the site's owner: a council's department page.

A council prints its own name on every page ("Ashcombe Borough Council", "City of Glenwood"); on
the page of one of its departments, services or teams that name is the site's, and the page's
subject is the title printed next to it ("Planning Policy Team", "Library Service"). Where the
best name a page gives is such a whole government (`Cues.site_owner`, fullmatch), a short title
line near it that names a body of its own is the name instead, and the owner's line is furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from orgkb.loaders.reading.outline import Node
from orgkb.loaders.reading.roles.cues import Cues

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
    titles = [
        (index, text)
        for index in sorted(near, key=lambda at: abs(at - owner))
        if index not in owners
        and _titles(nodes[index], text := cues.clean_name(nodes[index].text), cues)
        and not site_owner.fullmatch(text)
        and not (owner_name in text or text in owner_name)  # the owner's name again, or part of it
    ]
    # a title naming a body first ("Library Service"); else the line right over the owner's that the text
    # under it is about ("Highways and Transport")
    for index, text in titles:
        if names_body(text):
            return owners, index
    for index, text in titles:
        if index == owner - 1 and _echoed(text, nodes[owner + 1 :], cues):
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


# Words of a title that say nothing of what the page is about.
_SMALL_WORDS = frozenset({"and", "of", "for", "the", "to", "on", "in", "at", "with", "a", "an", "&"})
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _echoed(title: str, below: Sequence[Node], cues: Cues) -> bool:
    """Whether the text under the owner's line is about the title: a block opens with it ("Building Control
    makes sure ..."), or, in English, each word of a service area's title recurs in the page's own text
    ("Highways and Transport" over duties about highways and transport), so the title is the page's
    subject and not a menu's item."""
    if any(node.text.startswith(f"{title} ") or node.text.startswith(f"The {title} ") for node in below):
        return True
    if cues.language != "en":
        return False
    words = {word.lower() for word in _WORD.findall(title)} - _SMALL_WORDS
    text = " ".join(node.text for node in below if not node.block.link).lower()
    return bool(words) and all(re.search(rf"\b{re.escape(word)}", text) for word in words)
