"""The README is the front door: its commands run and print what it shows."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shlex
from pathlib import Path

import pytest

from orgkb.cli import main
from orgkb.graphql.execution import run
from orgkb.kb.store import KnowledgeBase

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


GRAPHQL = re.findall(r"```graphql\n(.*?)```\n\n```json\n(.*?)```", README, re.DOTALL)
OPERATIONS = ROOT / "orgkb" / "graphql" / "operations"


def is_excerpt(shown: object, actual: object) -> bool:
    """Whether `shown` is `actual` with lists cut short and long strings cut to a prefix and "..."."""
    if isinstance(shown, dict):
        return isinstance(actual, dict) and all(key in actual and is_excerpt(shown[key], actual[key]) for key in shown)
    if isinstance(shown, list):
        return isinstance(actual, list) and len(shown) <= len(actual) and all(map(is_excerpt, shown, actual))
    if isinstance(shown, str) and shown.endswith("...") and isinstance(actual, str):
        return " ".join(actual.split()).startswith(shown.removesuffix("..."))
    return shown == actual


def test_readme_shows_every_example_operation() -> None:
    shown = {operation for operation, _ in GRAPHQL}
    assert shown == {path.read_text("utf-8") for path in OPERATIONS.glob("*.graphql")}


@pytest.mark.parametrize(("operation", "response"), GRAPHQL, ids=[op.split("\n")[0] for op, _ in GRAPHQL])
def test_readme_graphql_answers_are_excerpts_of_the_real_ones(operation: str, response: str) -> None:
    actual = run(KnowledgeBase.builtin(), operation)
    assert "errors" not in actual
    assert is_excerpt(json.loads(response), actual)


def test_is_excerpt_refuses_what_the_answer_does_not_say() -> None:
    actual = {"data": {"items": [{"name": "Foreign Affairs Section", "score": 1.2}, {"name": "General Office"}]}}
    assert is_excerpt({"data": {"items": [{"name": "Foreign Affairs..."}]}}, actual)
    assert not is_excerpt({"data": {"items": [{"name": "Legal Affairs Section"}]}}, actual)
    assert not is_excerpt({"data": {"items": [{"score": 1.3}]}}, actual)
    assert not is_excerpt({"data": {"items": [{}, {}, {}]}}, actual)
    assert not is_excerpt({"data": {"other": 1}}, actual)


SPARQL = re.findall(r"```bash\n(curl -s \S+/sparql (?:.*\\\n)*.*)\n((?:.*\n)*?)```", README)


def test_readme_sparql_example_prints_what_it_shows() -> None:
    from orgkb.app import create_app
    from tests.asgi import Client

    assert len(SPARQL) == 1
    command, shown = SPARQL[0]
    argv = shlex.split(command.replace("\\\n", " "))
    query = argv[argv.index("--data-urlencode") + 1].removeprefix("query=")
    accept = argv[argv.index("-H") + 1].removeprefix("Accept: ")
    response = Client(create_app(KnowledgeBase.builtin())).post(
        "/sparql", data={"query": query}, headers={"accept": accept}
    )
    assert response.status_code == 200
    assert response.text.splitlines() == shown.splitlines()
