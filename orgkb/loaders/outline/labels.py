"""A contact label on a line of its own and its value on the next ("电话" / "(853)2838 7333",
"Fax" / "0755-1234"): read as one contact line, on the value's source line."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from orgkb.loaders.page import Block, BlockKind

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
