"""The README is the front door: its commands run and print what it shows."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest

from orgkb.cli import main

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text("utf-8")
CONSOLE = re.findall(r"```console\n(.*?)```", README, re.DOTALL)


def examples() -> list[tuple[str, list[str]]]:
    found = []
    for block in CONSOLE:
        command, expected = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command:
                    found.append((command, expected))
                command, expected = line[2:], []
            elif line.strip() and line.strip() != "...":
                expected.append(line)
        if command:
            found.append((command, expected))
    return found


def test_readme_shows_examples() -> None:
    assert len(examples()) >= 2


@pytest.mark.parametrize(("command", "expected"), examples(), ids=[c for c, _ in examples()])
def test_readme_example_prints_what_it_shows(
    command: str, expected: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = shlex.split(command)
    assert argv[0] == "orgkb"
    argv = [str(tmp_path / "kb") if arg == "./kb" else arg for arg in argv[1:]]
    monkeypatch.chdir(ROOT)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        main(argv, out=out)
    printed = out.getvalue() + err.getvalue()
    for line in expected:
        assert line in printed, line


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)
    assert len(commands) == 2, "the README gives two commands: set-up and run, then the tests"
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert commands[1] in ci.splitlines()
    setup = commands[0].split(" && ")[:2]
    assert " && ".join(setup).replace(" --quiet", "") in ci.replace(" --quiet", "")
