"""Mistakes at the command line: one line on stderr, exit status 2, nothing else printed; help for newcomers."""

from __future__ import annotations

import argparse
import io
import socket
from collections.abc import Iterator
from contextlib import redirect_stderr
from pathlib import Path

import pytest

import orgkb
import orgkb.app
from orgkb.cli import build_parser, main


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        status = main(list(argv), out=out)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield int(taken.getsockname()[1])


@pytest.fixture(autouse=True)
def no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    def serve(*args: object, **options: object) -> None:
        raise AssertionError("orgkb serve got as far as serving")

    monkeypatch.setattr(orgkb.app, "serve", serve)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["serve", "--port", "99999"], "orgkb serve: argument --port: '99999' is not a port; expected a number from 1"),
        (["serve", "--port", "http"], "orgkb serve: argument --port: 'http' is not a port"),
        (["serve", "--sparql-timeout", "-1"], "orgkb serve: argument --sparql-timeout: expected a number above 0"),
        (["serve", "--host", "no-such-host.invalid"], "orgkb serve: --host 'no-such-host.invalid' is not an address"),
        (["export", "-o", "/nonexistent/x"], "orgkb export: cannot write /nonexistent/x: no directory '/nonexistent'"),
        (["export", "-o", "/"], "orgkb export: cannot write /: it is a directory"),
        (
            ["network", "Foreign Affairs Section", "--svg", "/nonexistent/x"],
            "orgkb network: cannot write /nonexistent/x",
        ),
        (["network", "Foreign Affairs Section", "--limit", "0"], "orgkb network: argument --limit: '0' is not a count"),
        (["frobnicate"], "orgkb: argument COMMAND: invalid choice: 'frobnicate'"),
    ],
)
def test_a_mistake_is_one_line_and_exit_2(argv: list[str], message: str) -> None:
    status, out, err = _run(*argv)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith(message), err
    assert "Traceback" not in err and "serving" not in err


def test_a_busy_port_is_one_line_before_serving(busy_port: int) -> None:
    status, out, err = _run("serve", "--port", str(busy_port))
    assert (status, out) == (2, "")
    assert err == (
        f"orgkb serve: cannot listen on 127.0.0.1:{busy_port}: the port is in use (another orgkb serve?); "
        "stop it or choose another --port\n"
    )


def test_an_unwritable_output_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        status, out, err = _run("export", "-o", str(folder / "x.ttl"))
        if status == 0:  # root may write anywhere: then the file is there and whole
            assert (folder / "x.ttl").stat().st_size > 0
        else:
            assert (status, out) == (2, "") and err.endswith("permission denied\n")
    finally:
        folder.chmod(0o700)


def test_orgkb_alone_prints_help() -> None:
    status, out, err = _run()
    assert (status, err) == (0, "")
    assert out.startswith("usage: orgkb") and "ask" in out and "serve" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("--version")[0] == 0
    assert capsys.readouterr().out == f"orgkb {orgkb.__version__}\n"


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_option_and_argument_has_help() -> None:
    undescribed = [
        f"{parser.prog} {action.dest}"
        for parser in _parsers(build_parser())
        for action in parser._actions
        if not action.help and not isinstance(action, argparse._SubParsersAction)
    ]
    assert undescribed == []
