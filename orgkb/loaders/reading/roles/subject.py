"""The name a page's first paragraph gives by its subject, where no title names a body.

A page titled "Public Health" over "The Public Health Department is required by law to ..." is the
Public Health Department's: the paragraph's subject names a body (it ends in an organization's or a
unit's noun), the title names none. Only the page's first paragraph of prose is read: a body named
further down is one the page speaks of (a unit, a partner), not the page's own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from orgkb.loaders.reading.outline import Node
from orgkb.loaders.reading.page import BlockKind
from orgkb.loaders.reading.roles.cues import Cues

# A paragraph has at least this many words: a shorter block is a label, a title or a link.
_PARAGRAPH_WORDS = 8


@dataclass(frozen=True)
class Subject:
    """The block whose sentence names the page's body, the name, and whether the sentence says what the
    body does ("manages ...", "is responsible for ...") rather than what it is."""

    position: int
    name: str
    acts: bool


def subject_of_page(nodes: list[Node], within: int, cues: Cues, names_body: Callable[[str], bool]) -> Subject | None:
    """The subject of the first paragraph among the first `within` blocks, when it names a body and no
    line above it does."""
    if cues.subject_name is None:
        return None
    for position, node in enumerate(nodes[:within]):
        text, block = node.text, node.block
        if node.marker is not None or block.link or block.kind is BlockKind.BREADCRUMB or block.cells:
            continue  # a list item, a link, a breadcrumb, a table row: no paragraph
        sentence = any(mark in text for mark in cues.sentence_end) or text.endswith((":", "："))  # or a lead-in
        if cues.words(text) < _PARAGRAPH_WORDS or not sentence:
            generic = cues.generic_name is not None and cues.generic_name.fullmatch(cues.clean_name(text))
            if names_body(cues.clean_name(text)) and not generic:
                return None  # a title above the paragraph names a body ("County Road Division"): the page's
            continue
        match = cues.subject_name.match(text)
        if match is None or not names_body(match.group("name")):
            return None
        acts = cues.acts is not None and bool(cues.acts.match(text, match.end("name")))
        return Subject(position, match.group("name").strip(), acts)
    return None
