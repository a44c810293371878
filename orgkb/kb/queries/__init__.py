"""Named SPARQL queries, run by KnowledgeBase.select with bound parameters."""

from __future__ import annotations

import functools
from importlib import resources

from orgkb import errors

__all__ = ["named_query"]


@functools.cache
def named_query(name: str) -> str:
    """The text of the named query `kb/queries/<name>.rq`."""
    try:
        return resources.files("orgkb.kb.queries").joinpath(f"{name}.rq").read_text("utf-8")
    except FileNotFoundError:
        raise errors.OrgkbError(f"no named query {name!r}") from None
