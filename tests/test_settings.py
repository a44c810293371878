"""Settings: declared once, read from flags, else the environment, else the defaults; bad values named."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

import pytest

from orgkb.errors import OrgkbError
from orgkb.settings import Settings, add_flags, env_name, flag_name, from_flags, shown_default


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="orgkb serve", exit_on_error=False)
    add_flags(parser)
    return parser


def test_defaults() -> None:
    settings = Settings.load({})
    assert (settings.sparql_timeout, settings.sparql_memory, settings.sparql_workers) == (10.0, 1024, 2)
    assert settings.sparql_max_rows == 10_000


def test_a_flag_wins_over_the_environment_which_wins_over_the_default() -> None:
    environment = {"ORGKB_SPARQL_TIMEOUT": "3", "ORGKB_SPARQL_MEMORY": "128"}
    settings = from_flags(_parser().parse_args(["--sparql-timeout", "0.5"]), environment)
    assert (settings.sparql_timeout, settings.sparql_memory, settings.sparql_workers) == (0.5, 128, 2)


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("ORGKB_SPARQL_TIMEOUT", "ten", "expected a number above 0"),
        ("ORGKB_SPARQL_TIMEOUT", "0", "expected a number above 0"),
        ("ORGKB_SPARQL_TIMEOUT", "nan", "expected a number above 0"),
        ("ORGKB_SPARQL_MEMORY", "1.5", "expected a whole number of 1 or more"),
        ("ORGKB_SPARQL_WORKERS", "-1", "expected a whole number of 1 or more"),
    ],
)
def test_a_bad_value_names_its_variable(variable: str, value: str, expected: str) -> None:
    with pytest.raises(OrgkbError) as raised:
        Settings.load({variable: value})
    assert str(raised.value) == f"{variable}={value!r}: {expected}"


def test_a_bad_flag_is_an_argparse_error_naming_the_flag() -> None:
    with pytest.raises(argparse.ArgumentError, match="expected a number above 0"):
        _parser().parse_args(["--sparql-timeout", "soon"])


def test_every_setting_has_a_flag_with_help_naming_its_variable_and_default() -> None:
    text = _parser().format_help()
    for setting in dataclasses.fields(Settings):
        assert flag_name(setting.name) in text and env_name(setting.name) in text
        assert setting.metadata["help"].split()[0] in text


def test_the_docs_list_every_setting_with_its_default() -> None:
    root = Path(__file__).parent.parent
    docs = "".join(path.read_text("utf-8") for path in [root / "README.md", *sorted((root / "docs").glob("*.md"))])
    for setting in dataclasses.fields(Settings):
        row = f"| `{flag_name(setting.name)} {setting.metadata['unit']}` | `{env_name(setting.name)}` | "
        assert docs.count(row + f"{shown_default(setting)} |") == 1, row
