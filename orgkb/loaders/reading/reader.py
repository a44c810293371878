"""The staged reader: a `Page` -> outline -> roles -> `Document`.

Each stage is a module of its own: `orgkb.loaders.reading.outline` (blocks to a tree, whatever the
markers), `orgkb.loaders.reading.roles` (each block's role from scored evidence, the language's cue words
in `orgkb.loaders.reading.roles.cues`), `orgkb.loaders.reading.assembly` (roles to a `Document`).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace

from orgkb.errors import LoadError
from orgkb.loaders.document import Document
from orgkb.loaders.reading.assembly import assemble
from orgkb.loaders.reading.lines.header import is_link_bar
from orgkb.loaders.reading.lines.normalize import fold_typography
from orgkb.loaders.reading.lines.unit_listings import list_item, name_like
from orgkb.loaders.reading.outline import outline_of
from orgkb.loaders.reading.outline.broken_names import join_broken_names
from orgkb.loaders.reading.outline.contents import split_contents
from orgkb.loaders.reading.outline.labels import join_articles, join_labels
from orgkb.loaders.reading.outline.lead_in_lists import mark_counted_units, name_set_up_units
from orgkb.loaders.reading.outline.lead_in_units import name_lead_in_units
from orgkb.loaders.reading.outline.split import split_blocks
from orgkb.loaders.reading.outline.unit_sentences import part_unit_sentences
from orgkb.loaders.reading.outline.wrapped_han import join_wrapped_han
from orgkb.loaders.reading.page import Block, Page
from orgkb.loaders.reading.roles import Roled, assign_roles, evidence_of
from orgkb.loaders.reading.roles.cues import Cues, cues_for, language_of
from orgkb.loaders.reading.roles.evidence import names_body
from orgkb.loaders.reading.roles.list_end import after_lists
from orgkb.loaders.sources.plain import split_lines, text_blocks
from orgkb.loaders.sources.read import clean_blocks


def parse_page(page: Page) -> Document:
    """The `Document` the staged reader reads from `page`.

    Raises `LoadError` naming the page when it has no text, no organization's name, or no duty or unit.
    """
    roled, cues, warnings, contents = _roles_and_contents(page)
    document = assemble(page, roled, cues)
    if contents:
        document.dropped[0:0] = [block.text for block in contents]
        warnings.append(f"lines {contents[0].line}-{contents[-1].line}: a table of contents was dropped")
    document.warnings[len(page.warnings) : len(page.warnings)] = warnings
    return document


def roles_of(page: Page) -> tuple[list[Roled], Cues, list[str]]:
    """The roled outline of a page, the cue table of its language, and what parting its blocks did."""
    roled, cues, warnings, _ = _roles_and_contents(page)
    return roled, cues, warnings


def _roles_and_contents(page: Page) -> tuple[list[Roled], Cues, list[str], list[Block]]:
    """`roles_of`, and the blocks of the page's table of contents, which no role reads."""
    if not page.blocks:
        raise LoadError(page.source, "the page has no text", line=None)
    language = language_of([block.text for block in page.blocks])
    cues = cues_for(language)
    blocks, contents = split_contents(
        page.blocks if language != "en" else tuple(_folded(block) for block in page.blocks), cues.contents_heading
    )
    labelled = join_articles(join_labels(blocks, cues.contact_fields), cues.article)
    if language == "zh":
        labelled = join_wrapped_han(labelled, cues.duty_start, cues.organization_end, cues.heading)
    owner = cues.site_owner
    joined = join_broken_names(
        labelled, cues.unit_end, cues.heading, cues.joins_name, lambda text: bool(owner and owner.fullmatch(text))
    )
    parted = list(
        split_blocks(
            part_unit_sentences(joined, cues.prose_unit, cues.announced_unit), cues.split_heading, cues.heading
        )
    )
    warnings = [
        f"line {line}: {count} list items on one line were read apart"
        for line, count in Counter(block.line for block, why in parted if why == "items").items()
    ]
    nodes = outline_of(block for block, _ in parted)
    name_lead_in_units(nodes, cues.unit_lead_in)
    name_set_up_units(
        nodes,
        cues.unit_list_lead_in,
        lambda name: names_body(name, cues),
        lambda text: bool(cues.duty_start.search(text)),
    )
    mark_counted_units(
        nodes,
        cues.stated_count,
        lambda text: name_like(text, cues),
        cues.plural_lead_in,
        lambda text: list_item(text, cues),
    )
    roled = after_lists(assign_roles(nodes, evidence_of(nodes, cues), name_cost=cues.name_cost), cues)
    return roled, cues, warnings, contents


_TRAILING_MARK = re.compile(r"(?<=\w)\s+\*+$")


def _folded(block: Block) -> Block:
    """A block of an English page with its typography folded (curly quotes, full-width commas, dashes)."""
    text = _TRAILING_MARK.sub("", fold_typography(block.text))  # "Personnel Office *": a name, its mark
    cells = tuple(folded for folded in map(fold_typography, block.cells) if folded)
    # a row of links parted by runs of spaces ("About Us   Contact Us   Site Map") is links
    link = block.link or (("  " in block.text or "\t" in block.text) and is_link_bar(block.text))
    if text == block.text and cells == block.cells and link == block.link:
        return block
    return replace(block, text=text or block.text, cells=cells, link=link)


def parse_text(text: str, source: str, checksum: str | None = None) -> Document:
    """The `Document` of a page's text, read as a text file is; `LoadError` naming `source` when it cannot be read.

    >>> page = "Futian District Health Bureau\\nMain Responsibilities\\n1. Implement the laws.\\n"
    >>> document = parse_text(page, "page.txt")
    >>> document.name, [duty.text for duty in document.duties]
    ('Futian District Health Bureau', ['Implement the laws.'])
    """
    blocks, repairs, warnings = clean_blocks(tuple(text_blocks(split_lines(text))))
    digest = checksum or hashlib.sha256(text.encode("utf-8")).hexdigest()
    page = Page(source, source, digest, blocks, "text/plain", "utf-8", None, tuple(repairs), tuple(warnings))
    return parse_page(page)
