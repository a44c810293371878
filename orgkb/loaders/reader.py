"""The staged reader: a `Page` -> outline -> roles -> `Document`.

Each stage is a module of its own: `orgkb.loaders.outline` (blocks to a tree, whatever the
markers), `orgkb.loaders.roles` (each block's role from scored evidence, the language's cue words
in `orgkb.loaders.roles.cues`), `orgkb.loaders.assembly` (roles to a `Document`).
"""

from __future__ import annotations

from orgkb.errors import LoadError
from orgkb.loaders.assembly import assemble
from orgkb.loaders.document import Document
from orgkb.loaders.outline import outline_of
from orgkb.loaders.page import Page
from orgkb.loaders.roles import assign_roles, evidence_of
from orgkb.loaders.roles.cues import cues_for, language_of


def read_staged(page: Page) -> Document:
    """The `Document` the staged reader reads from `page`.

    Raises `LoadError` naming the page when it has no text, no organization's name, or no duty or unit.
    """
    if not page.blocks:
        raise LoadError(page.source, "the page has no text", line=None)
    cues = cues_for(language_of([block.text for block in page.blocks]))
    nodes = outline_of(page.blocks)
    return assemble(page, assign_roles(nodes, evidence_of(nodes, cues)), cues)
