"""The one exception hierarchy of orgkb.

OrgkbError                 anything orgkb raises on purpose
├── LoadError              a page could not be read or understood (source, line, reason)
├── NotFoundError          an identifier names nothing in the knowledge graph
├── QueryError             a question or argument is malformed (argument, value, reason)
├── LimitError             a request went over one of the server's limits (setting, value)
└── StoreError             the store could not be opened or written
    ├── StoreInUseError    another process holds the store directory (path)
    └── RemoteStoreError   a SPARQL endpoint could not be reached or refused a request (url, reason)
"""

from __future__ import annotations


class OrgkbError(Exception):
    """Base class of every error orgkb raises on purpose."""


class LoadError(OrgkbError):
    """A page could not be read or understood; nothing from it was written."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type[LoadError], tuple[str, str, int | None]]:
        # pickled as its parts (a page read in a worker process: `orgkb.loaders.load.pages`)
        return (type(self), (self.source, self.reason, self.line))


class NotFoundError(OrgkbError):
    """An identifier names nothing in the knowledge graph."""

    def __init__(self, kind: str, identifier: str) -> None:
        self.kind = kind
        self.identifier = identifier
        super().__init__(f"no {kind} with id {identifier!r}")


class QueryError(OrgkbError):
    """A question or one of its arguments is malformed."""

    def __init__(self, argument: str, value: object, reason: str) -> None:
        self.argument = argument
        self.value = value
        self.reason = reason
        shown = repr(value)
        if len(shown) > 60:
            shown = shown[:57] + "...'"
        super().__init__(f"{argument}={shown}: {reason}")


def checked_text(argument: str, value: object, limit: int, empty: str) -> str:
    """`value` stripped; raises `QueryError` (saying `empty` when it is blank) unless it is text of at
    most `limit` characters.

    >>> checked_text("matter", "  petitions ", 500, "is empty")
    'petitions'
    """
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise QueryError(argument, value, empty)
    if len(text) > limit:
        raise QueryError(argument, value, f"is {len(text)} characters long; the limit is {limit}")
    return text


class LimitError(OrgkbError):
    """A request went over one of the server's limits and was stopped; the message says how to change it."""

    def __init__(self, setting: str, value: object, message: str) -> None:
        self.setting = setting
        self.value = value
        super().__init__(message)


class StoreError(OrgkbError):
    """The store could not be opened, read or written."""


class StoreInUseError(StoreError):
    """Another process (`orgkb serve`, another load) has the store directory open."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"the store {path} is in use by another orgkb process (orgkb serve, or another load)")


class RemoteStoreError(StoreError):
    """A remote SPARQL store could not be reached, did not answer in time, or refused a request."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"the SPARQL store at {url} {reason}")
