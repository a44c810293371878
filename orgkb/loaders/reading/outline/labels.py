"""Labels on lines of their own and what they label on the next, read as one block on the second's
source line: a contact label and its value ("电话" / "(853)2838 7333", "Fax" / "0755-1234"), a
regulation's article number and its text ("第 4 條" / "本所設下列課室……")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from orgkb.loaders.reading.page import Block, BlockKind

ContactFields = Callable[[str], list[tuple[str, str]]]
_LONGEST_LABEL = 12  # characters


def join_labels(blocks: Iterable[Block], contact_fields: ContactFields) -> Iterator[Block]:
    """Every block, a contact label alone on its line joined to the value on the next.

    >>> fields = lambda text: [("fax", text[5:])] if text.startswith("Fax: ") and len(text) > 5 else []
    >>> [(block.line, block.text) for block in join_labels([Block(3, "Fax"), Block(4, "0755-1234")], fields)]
    [(4, 'Fax: 0755-1234')]
    """
    pending: Block | None = None
    for block in blocks:
        if pending is not None:
            joined = f"{pending.text}: {block.text}"
            fields = contact_fields(joined) if block.kind is not BlockKind.ROW else []
            if fields and block.text.strip().startswith(fields[0][1]) and not contact_fields(pending.text):
                yield replace(block, text=joined, gap=pending.gap)
                pending = None
                continue
            yield pending
            pending = None
        if _label_like(block):
            pending = block
        else:
            yield block
    if pending is not None:
        yield pending


def _label_like(block: Block) -> bool:
    text = block.text.strip()
    if block.kind is BlockKind.ROW or any(mark in text for mark in ":："):
        return False
    return 0 < len(text) <= _LONGEST_LABEL


def join_articles(blocks: Iterable[Block], article: re.Pattern[str] | None) -> Iterator[Block]:
    """Every block, an article's number alone on its line ("第 4 條") joined to the text on the next.

    >>> article = re.compile(r"^第\\s*\\d+\\s*條\\s*")
    >>> blocks = [Block(3, "第 4 條"), Block(4, "本所設會計室。")]
    >>> [(block.line, block.text) for block in join_articles(blocks, article)]
    [(4, '第 4 條 本所設會計室。')]
    """
    pending: Block | None = None
    for block in blocks:
        if pending is not None:
            if block.kind is BlockKind.ROW or (article is not None and article.match(block.text)):
                yield pending
            else:
                block = replace(block, text=f"{pending.text.strip()} {block.text}", gap=pending.gap)
            pending = None
        if article is not None and block.kind is not BlockKind.ROW and _only(article, block.text):
            pending = block
        else:
            yield block
    if pending is not None:
        yield pending


def _only(pattern: re.Pattern[str], text: str) -> bool:
    match = pattern.match(text.strip())
    return match is not None and match.end() == len(text.strip())
