"""The server's settings, declared once as data: each field's name, default and help.

A setting `sparql_timeout` is read from the flag `--sparql-timeout`, else the environment
variable `ORGKB_SPARQL_TIMEOUT`, else its default. `Settings.load()` reads the environment;
`add_flags` and `from_flags` give `orgkb serve` one flag per setting, with its help.

>>> Settings.load({"ORGKB_SPARQL_TIMEOUT": "2.5"}).sparql_timeout
2.5
>>> Settings.load({"ORGKB_SPARQL_WORKERS": "none"})
Traceback (most recent call last):
...
orgkb.errors.OrgkbError: ORGKB_SPARQL_WORKERS='none': expected a whole number of 1 or more
"""

from __future__ import annotations

import argparse
import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from orgkb.errors import OrgkbError

_T = TypeVar("_T", int, float, str)


def _setting(default: _T, help: str, unit: str) -> _T:
    """A setting: its default, its help text and the word for its value in `--help`."""
    made: _T = field(default=default, metadata={"help": help, "unit": unit})
    return made


@dataclass(frozen=True)
class Settings:
    """Limits of `orgkb serve`; every field is one setting (see the module's docstring)."""

    sparql_timeout: float = _setting(10.0, "how long one SPARQL query may run before it is stopped", "SECONDS")
    sparql_memory: int = _setting(1024, "how much memory one SPARQL query may take before it is stopped", "MIB")
    sparql_workers: int = _setting(2, "how many SPARQL queries run at once (each in a worker process of its own)", "N")
    sparql_max_rows: int = _setting(10_000, "the most rows (or triples) one SPARQL answer may have", "N")
    write_token_file: str = _setting(
        "", "a file holding the token that POST /pages requires (or set ORGKB_WRITE_TOKEN); none: no writes", "FILE"
    )

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Settings from `overrides` (those not None), else the environment, else the defaults.

        Raises `OrgkbError` naming the variable or flag whose value is not valid.
        """
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for setting in dataclasses.fields(cls):
            given = overrides.get(setting.name)
            if given is not None:
                values[setting.name] = _parsed(setting, str(given), flag_name(setting.name))
            elif env_name(setting.name) in environ:
                values[setting.name] = _parsed(setting, environ[env_name(setting.name)], env_name(setting.name))
        return cls(**values)  # type: ignore[arg-type]


def env_name(name: str) -> str:
    """The environment variable of a setting: `ORGKB_SPARQL_TIMEOUT` for `sparql_timeout`."""
    return "ORGKB_" + name.upper()


def flag_name(name: str) -> str:
    """The command-line flag of a setting: `--sparql-timeout` for `sparql_timeout`."""
    return "--" + name.replace("_", "-")


def _parsed(setting: dataclasses.Field[object], text: str, where: str) -> float | int | str:
    if isinstance(setting.default, str):
        return text
    kind: Callable[[str], float | int] = float if isinstance(setting.default, float) else int
    try:
        value = kind(text)
    except ValueError:
        value = 0
    if value > 0 and value == value and value != float("inf"):
        return value
    expected = "a number above 0" if kind is float else "a whole number of 1 or more"
    raise OrgkbError(f"{where}={text!r}: expected {expected}")


def add_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per setting on `parser`, with its help, its default and its environment variable."""
    for setting in dataclasses.fields(Settings):

        def checked(text: str, setting: dataclasses.Field[object] = setting) -> float | int | str:
            try:
                return _parsed(setting, text, flag_name(setting.name))
            except OrgkbError as error:
                raise argparse.ArgumentTypeError(str(error).split(": ", 1)[1]) from None

        parser.add_argument(
            flag_name(setting.name),
            type=checked,
            default=None,
            metavar=setting.metadata["unit"],
            help=f"{setting.metadata['help']} (default: ${env_name(setting.name)}, else {shown_default(setting)})",
        )


def shown_default(setting: dataclasses.Field[object]) -> str:
    """A setting's default as `--help` and the README show it."""
    return f"{setting.default:g}" if isinstance(setting.default, (int, float)) else "none"


def from_flags(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> Settings:
    """The settings a parsed command line asks for: its flags, else the environment, else the defaults."""
    flags = {setting.name: getattr(args, setting.name, None) for setting in dataclasses.fields(Settings)}
    return Settings.load(environ, **flags)
