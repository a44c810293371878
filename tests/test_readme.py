"""The README and docs/ are the front door: their commands run and print what they show.

Every ```console block of README.md and docs/*.md is run, every GraphQL example is compared
with the real answer, the SPARQL example is sent to the app, the table of the schema's root
fields is compared with the schema, and every relative link leads somewhere. The tables of
settings are checked by tests/test_settings.py.
"""

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
from orgkb.loading import builtin_knowledge_base

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text("utf-8")
DOCS = {
    path.relative_to(ROOT).as_posix(): path.read_text("utf-8")
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
}


def examples(text: str) -> list[tuple[str, list[str]]]:
    """The commands of the ```console blocks of `text`, each with the lines it is shown to print."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", text, re.DOTALL):
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


CONSOLE = [(doc, command, expected) for doc, text in DOCS.items() for command, expected in examples(text)]


def test_readme_and_docs_show_examples() -> None:
    assert len(examples(README)) >= 1
    assert len(examples(DOCS["docs/cli.md"])) >= 5


@pytest.mark.parametrize(("doc", "command", "expected"), CONSOLE, ids=[f"{d}: {c}" for d, c, _ in CONSOLE])
def test_example_prints_what_it_shows(
    doc: str, command: str, expected: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
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


def test_readme_is_short() -> None:
    assert len(README.splitlines()) <= 150


GRAPHQL = [
    (doc, operation, response)
    for doc, text in DOCS.items()
    for operation, response in re.findall(r"```graphql\n(.*?)```\n\n```json\n(.*?)```", text, re.DOTALL)
]
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


def test_graphql_guide_shows_every_example_operation() -> None:
    shown = {operation for doc, operation, _ in GRAPHQL if doc == "docs/graphql.md"}
    assert shown == {path.read_text("utf-8") for path in OPERATIONS.glob("*.graphql")}


@pytest.mark.parametrize(
    ("doc", "operation", "response"), GRAPHQL, ids=[f"{d}: {op.splitlines()[0]}" for d, op, _ in GRAPHQL]
)
def test_graphql_answers_are_excerpts_of_the_real_ones(doc: str, operation: str, response: str) -> None:
    actual = run(builtin_knowledge_base(), operation)
    assert "errors" not in actual
    assert is_excerpt(json.loads(response), actual)


def test_is_excerpt_refuses_what_the_answer_does_not_say() -> None:
    actual = {"data": {"items": [{"name": "Foreign Affairs Section", "score": 1.2}, {"name": "General Office"}]}}
    assert is_excerpt({"data": {"items": [{"name": "Foreign Affairs..."}]}}, actual)
    assert not is_excerpt({"data": {"items": [{"name": "Legal Affairs Section"}]}}, actual)
    assert not is_excerpt({"data": {"items": [{"score": 1.3}]}}, actual)
    assert not is_excerpt({"data": {"items": [{}, {}, {}]}}, actual)
    assert not is_excerpt({"data": {"other": 1}}, actual)


def test_graphql_guide_lists_every_root_field() -> None:
    from orgkb.graphql.schema import get_schema

    query_type = get_schema()._schema.query_type
    assert query_type is not None
    listed = re.findall(r"^\| `(\w+)[(`]", DOCS["docs/graphql.md"], re.MULTILINE)
    assert listed == list(query_type.fields)


SPARQL = [
    example
    for text in DOCS.values()
    for example in re.findall(r"```bash\n(curl -s \S+/sparql (?:.*\\\n)*.*)\n((?:.*\n)*?)```", text)
]


def test_sparql_example_prints_what_it_shows() -> None:
    from orgkb.app import create_app
    from tests.asgi import Client

    assert len(SPARQL) == 1
    command, shown = SPARQL[0]
    argv = shlex.split(command.replace("\\\n", " "))
    query = argv[argv.index("--data-urlencode") + 1].removeprefix("query=")
    accept = argv[argv.index("-H") + 1].removeprefix("Accept: ")
    response = Client(create_app(builtin_knowledge_base())).post(
        "/sparql", data={"query": query}, headers={"accept": accept}
    )
    assert response.status_code == 200
    assert response.text.splitlines() == shown.splitlines()


LINK = re.compile(r"\]\(([^)\s]+)\)")


def anchors(text: str) -> set[str]:
    """The anchors GitHub gives the headings of `text`: lower case, punctuation dropped, spaces as hyphens."""
    headings = re.findall(r"^#+ (.+)$", re.sub(r"```.*?```", "", text, flags=re.DOTALL), re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_relative_links_lead_somewhere(doc: str) -> None:
    for target in LINK.findall(DOCS[doc]):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (ROOT / doc).parent / path if path else ROOT / doc
        assert file.exists(), f"{doc}: {target}"
        if anchor:
            assert anchor in anchors(file.read_text("utf-8")), f"{doc}: {target}"
