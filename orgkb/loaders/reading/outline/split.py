"""Blocks that hold more than one block: a heading run on into its first item, a list that lost its
line breaks. Each part keeps the block's source line; the heading reader comes from the language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from orgkb.loaders.reading.lines.numbering import chinese_value, split_inline_items
from orgkb.loaders.reading.page import Block, BlockKind
from orgkb.ontology.script import HAN

SplitHeading = Callable[[str], "tuple[object, str] | None"]
# Where a list starts inside a paragraph: "... of the district. 1. Be a good ..." (a first item after a stop).
# A Chinese lead-in runs on into its first item with no space: "主要职能是:1、……", "……2月。主要职能是:(1)……".
_FIRST_ITEM = re.compile(
    r"(?<=[.;:。；：])\s+(?=(?:1\s*[.、)．]|\(1\)|（1）|\(一\)|（一）|一、)\s*\S)|"
    r"(?<=[:：])(?=(?:1\s*、|\(1\)|（1）|\(一\)|（一）|一、)\s*\S)"
)
# A first item that is a heading followed by the list's own first item: "1. Main Responsibilities 1. Be ...".
_HEADED_ITEM = re.compile(
    r"^(?:\d{1,2}\s*[.、)．]|\(\d{1,2}\)|（\d{1,2}）)?\s*(?P<head>.{3,60}?)\s+(?=1\s*[.、)．]\s*\S|\(1\)|（1）)"
)


# A regulation's lead-in run on into items numbered by a Chinese numeral and a space, not 、 (a law site's copy):
# "本處設下列各組,分別掌理各有關事項: 一 總務組:……。 二 文書組:……。"; each later item after a space.
_SPACED_FIRST = re.compile(rf"(?<=[:：])\s+(?=一\s+[{HAN}])")
_NUMERALS = "一二三四五六七八九十"
_SPACED_NEXT = re.compile(rf"(?<=\s)([一二三四五六七八九十]{{1,3}})\s+(?=[{HAN}])")


def _spaced_items(text: str) -> list[tuple[str, str | None]] | None:
    """A lead-in and its items numbered `一 ` `二 ` ..., each given the usual marker (`一、`); None unless two
    or more follow in order."""
    start = _SPACED_FIRST.search(text)
    if start is None:
        return None
    rest = text[start.end() :]
    bounds, expected = [(0, 1)], 2
    for match in _SPACED_NEXT.finditer(rest, 2):
        if chinese_value(match.group(1)) == expected:
            bounds.append((match.start(), expected))
            expected += 1
    if len(bounds) < 2:
        return None
    # the next item's number with nothing after it, where an excerpt is cut ("四 組長。 五"): no part of the item
    cut = re.search(rf"\s+{_NUMERALS[expected - 1]}$", rest) if expected <= len(_NUMERALS) else None
    ends = [start for start, _ in bounds[1:]] + [cut.start() if cut else len(rest)]
    items = [
        (f"{rest[begin:end].strip()[:1]}、{rest[begin:end].strip()[1:].lstrip()}", "items")
        for (begin, _), end in zip(bounds, ends, strict=True)
    ]
    return [(text[: start.start()].strip(), "items"), *items]


def _parts(text: str, split_heading: SplitHeading, heading: Callable[[str], object]) -> list[tuple[str, str | None]]:
    """The parts of a block's text: a paragraph's lead, a heading run into a list, the list's items."""
    if (spaced := _spaced_items(text)) is not None:
        return spaced
    lead: list[tuple[str, str | None]] = []
    start = _FIRST_ITEM.search(text)
    if start is not None and len(split_inline_items(text[start.end() :])) >= 2:
        lead, text = [(text[: start.start()].strip(), "items")], text[start.end() :]
    elif (
        start is not None
        and (headed := _HEADED_ITEM.match(text[start.end() :]))
        and heading(headed.group("head")) is not None
    ):
        lead, text = [(text[: start.start()].strip(), "heading")], text[start.end() :]
    headed = _HEADED_ITEM.match(text)
    if headed and heading(headed.group("head")) is not None and len(split_inline_items(text[headed.end() :])) >= 2:
        return [*lead, (headed.group("head"), "heading"), *_items(text[headed.end() :])]
    parted = split_heading(text)
    if parted is not None and parted[1] and parted[1] != text:
        head = text[: len(text) - len(parted[1])].rstrip(" :：")
        return [*lead, (head, "heading"), *_items(parted[1])]
    return [*lead, *_items(text)] if lead else _items(text)


def _items(text: str) -> list[tuple[str, str | None]]:
    items = split_inline_items(text)
    return [(text, None)] if len(items) == 1 else [(item, "items") for item in items]


def split_blocks(
    blocks: Iterable[Block], split_heading: SplitHeading, heading: Callable[[str], object] = lambda text: None
) -> Iterator[tuple[Block, str | None]]:
    """Every block, parted where it holds several; with each part, why it was parted (None when whole).

    >>> from orgkb.loaders.reading.page import Block
    >>> def duties(text):
    ...     return ("duties", text[8:]) if text.startswith("Duties: ") else None
    >>> parts = split_blocks([Block(3, "Duties: (1) Draft plans. (2) File archives.")], duties)
    >>> [(block.line, block.text) for block, _ in parts]
    [(3, 'Duties:'), (3, '(1) Draft plans.'), (3, '(2) File archives.')]
    """
    for block in blocks:
        if block.kind is BlockKind.ROW:
            yield block, None
            continue
        parts = _parts(block.text, split_heading, heading)
        if len(parts) == 1:
            yield block, None
            continue
        for index, (text, why) in enumerate(parts):
            yield replace(block, text=text, gap=block.gap and index == 0), why
