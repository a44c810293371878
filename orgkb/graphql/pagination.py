"""Opaque cursors and pages of lists for the Relay connections."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import TypeVar

from orgkb.errors import QueryError
from orgkb.graphql.limits import check_first
from orgkb.graphql.types.connection import Connection
from orgkb.graphql.types.edge import Edge
from orgkb.graphql.types.page_info import PageInfo

Item = TypeVar("Item")


def encode_cursor(list_name: str, offset: int) -> str:
    """An opaque cursor for the item at `offset` of the list `list_name`.

    >>> decode_cursor("organizations", encode_cursor("organizations", 4))
    4
    """
    return base64.urlsafe_b64encode(f"{list_name}:{offset}".encode()).decode("ascii")


def decode_cursor(list_name: str, cursor: str, argument: str = "after") -> int:
    """The offset a cursor of `list_name` points at; raises `QueryError` for anything else."""
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8")
        name, _, offset = text.partition(":")
        if name == list_name and offset.isdigit():
            return int(offset)
    except (binascii.Error, UnicodeError, ValueError):
        pass
    raise QueryError(
        argument, cursor, f"is not a cursor of the {list_name} list; use a `cursor` or `endCursor` from it"
    )


def paginate(
    list_name: str,
    items: Sequence[Item],
    first: int | None,
    after: str | None,
) -> Connection[Item]:
    """The page of `items` (kb records) that `first` and `after` ask for, as a connection."""
    count = check_first(first)
    start = decode_cursor(list_name, after) + 1 if after is not None else 0
    chosen = items[start : start + count]
    edges = [Edge(cursor=encode_cursor(list_name, start + i), node=item) for i, item in enumerate(chosen)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=start + len(chosen) < len(items),
            has_previous_page=start > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=len(items),
    )
