"""How much one page may cost to read: its size, its time, a URL's answer and redirects.

The limits are declared once, as data (`SETTINGS`); each has an environment variable, and the
command line sets them for one run with `use_limits`. `read_source` takes explicit `Limits`,
else the ones in force.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from orgkb.errors import QueryError


@dataclass(frozen=True)
class Setting:
    """One limit: its field in `Limits`, its environment variable, its default and what it bounds."""

    name: str
    env: str
    default: int | float
    help: str


SETTINGS = (
    Setting("max_bytes", "ORGKB_MAX_PAGE_BYTES", 2 * 1024 * 1024, "the largest page read, in bytes"),
    Setting("page_seconds", "ORGKB_PAGE_SECONDS", 10.0, "the time one page may take, from its bytes to its facts"),
    Setting("fetch_seconds", "ORGKB_FETCH_SECONDS", 15.0, "the time a URL's server may take to connect and answer"),
    Setting("max_redirects", "ORGKB_MAX_REDIRECTS", 5, "how many redirects a URL may take"),
)
_BY_NAME = {setting.name: setting for setting in SETTINGS}
_DEFAULTS = {setting.name: setting.default for setting in SETTINGS}


@dataclass(frozen=True)
class Limits:
    """The bounds of reading one page.

    >>> Limits().max_bytes
    2097152
    >>> Limits.from_env({"ORGKB_PAGE_SECONDS": "2.5"}).page_seconds
    2.5
    """

    max_bytes: int = int(_DEFAULTS["max_bytes"])
    page_seconds: float = float(_DEFAULTS["page_seconds"])
    fetch_seconds: float = float(_DEFAULTS["fetch_seconds"])
    max_redirects: int = int(_DEFAULTS["max_redirects"])

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The defaults, overridden by the settings' environment variables; `QueryError` for a bad value."""
        environ = os.environ if environ is None else environ
        values: dict[str, int | float] = {}
        for setting in SETTINGS:
            raw = environ.get(setting.env)
            if raw is not None and raw.strip():
                values[setting.name] = _number(setting, raw)
        return cls(**values)  # type: ignore[arg-type]

    def but(self, **changes: int | float | None) -> Limits:
        """These limits with the given ones changed (None keeps a limit as it is)."""
        kept = {
            name: _checked(_BY_NAME[name], value, name, value) for name, value in changes.items() if value is not None
        }
        return replace(self, **kept)  # type: ignore[arg-type]


def _number(setting: Setting, raw: str) -> int | float:
    kind = int if isinstance(setting.default, int) else float
    try:
        value = kind(raw.strip().replace("_", ""))
    except ValueError:
        raise QueryError(setting.env, raw, f"expected a {'whole ' if kind is int else ''}number") from None
    return _checked(setting, value, setting.env, raw)


def _checked(setting: Setting, value: int | float, name: str, given: object) -> int | float:
    """`value` when it is a bound this setting can take (redirects may be 0; the rest must be above 0)."""
    if value < 0 or (value == 0 and setting.name != "max_redirects"):
        raise QueryError(name, given, "expected a positive number")
    return value


_CURRENT: contextvars.ContextVar[Limits | None] = contextvars.ContextVar("orgkb_read_limits", default=None)


def current_limits() -> Limits:
    """The limits in force: those set by `use_limits`, else the environment's."""
    return _CURRENT.get() or Limits.from_env()


@contextlib.contextmanager
def use_limits(limits: Limits) -> Iterator[Limits]:
    """Read with `limits` inside the block (the command line's options for one run)."""
    token = _CURRENT.set(limits)
    try:
        yield limits
    finally:
        _CURRENT.reset(token)
