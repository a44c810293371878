"""`orgkb load`: a locked store, progress when piped, an interrupted load's summary, pages sent to a server."""

from __future__ import annotations

import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from orgkb.cli import build_parser, main
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths

ROOT = Path(__file__).parent.parent
BATCH = ROOT / "tests" / "data" / "batch"
TOKEN = "s3cret"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        status = main(list(argv), out=out)
    return status, out.getvalue(), err.getvalue()


def _copies(folder: Path, count: int) -> Path:
    """`count` copies of a built-in page under different names (each replaces the one before)."""
    folder.mkdir()
    page = builtin_paths()[0]
    for number in range(count):
        shutil.copy(page, folder / f"copy-{number:04}.txt")
    return folder


def _orgkb(*argv: str, **options: object) -> subprocess.Popen[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("ORGKB_")}
    environment.update(options.pop("env", {}))  # type: ignore[call-overload]
    return subprocess.Popen(
        [sys.executable, "-m", "orgkb", *argv],
        env=environment,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        **options,  # type: ignore[call-overload]
    )


def test_a_store_another_process_has_open_is_refused_in_one_line(tmp_path: Path) -> None:
    store = tmp_path / "kb"
    assert _run("load", str(BATCH / "good-xuhui-archives-bureau.txt"), "--store", str(store))[0] == 0
    held = KnowledgeBase(store)  # as orgkb serve holds it
    try:
        status, out, err = _run("load", str(BATCH), "--store", str(store))
        assert (status, out) == (2, "")
        assert err == (
            f"orgkb load: the store {store} is in use by another orgkb process (orgkb serve, or another load); "
            "stop it, or send the pages to the server that has it with 'orgkb load --server URL PAGE...'\n"
        )
        status, _, err = _run("show", "Archives Bureau of Xuhui District", "--store", str(store))
        assert status == 2 and err.count("\n") == 1 and "in use by another orgkb process" in err
        assert "IO error" not in err and "LOCK" not in err
    finally:
        del held


def test_load_help_documents_its_exit_status() -> None:
    load = build_parser()._subparsers._group_actions[0].choices["load"]  # type: ignore[union-attr]
    text = " ".join(load.format_help().split())
    assert "exit status: 0 when every page loaded; 2 when some page failed" in text and "130 when interrupted" in text


def test_progress_lines_on_stderr_when_piped(tmp_path: Path) -> None:
    process = _orgkb("load", str(_copies(tmp_path / "pages", 45)), "--store", str(tmp_path / "kb"))
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0
    assert err.splitlines() == [f"orgkb: {done} of 45 pages done" for done in (20, 40, 45)]
    assert out.splitlines()[-1] == "45 of 45 pages loaded"


def test_an_interrupted_load_says_what_was_committed(tmp_path: Path) -> None:
    store = tmp_path / "kb"
    process = _orgkb("load", str(_copies(tmp_path / "pages", 400)), "--store", str(store))
    assert process.stderr is not None
    assert process.stderr.readline() == "orgkb: 20 of 400 pages done\n"
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130
    committed = int(out.splitlines()[-1].split()[0])
    assert 20 <= committed < 400 and committed % 20 == 0
    assert out.splitlines()[-1] == f"{committed} of {committed} pages loaded"
    assert len([line for line in out.splitlines() if line.startswith(("loaded ", "replaced "))]) == committed
    assert err.splitlines()[-1] == (
        f"orgkb load: interrupted; the {committed} pages reported above were committed, "
        f"the other {400 - committed} were not loaded"
    )
    assert "Traceback" not in err
    assert len(KnowledgeBase(store).documents()) == 1  # every copy replaced the one before


# -- orgkb load --server ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("served") / "kb"
    assert _run("load", str(builtin_paths()[0]), "--store", str(store))[0] == 0
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = _orgkb("serve", "--store", str(store), "--port", str(port), env={"ORGKB_WRITE_TOKEN": TOKEN})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=2):
                    break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "orgkb serve did not start"
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_pages_sent_to_a_server_print_what_a_local_load_prints(server: str, tmp_path: Path) -> None:
    local = _orgkb("load", str(BATCH), "--store", str(tmp_path / "local"))
    remote = _orgkb("load", "--server", server, str(BATCH), env={"ORGKB_WRITE_TOKEN": TOKEN})
    local_out, _ = local.communicate(timeout=120)
    remote_out, remote_err = remote.communicate(timeout=120)
    assert remote.returncode == local.returncode == 2  # one page of the batch fails
    assert remote_out == local_out and remote_err == ""
    with urllib.request.urlopen(server + "/healthz", timeout=10) as response:
        assert b'"documents":3' in response.read()


def test_a_wrong_token_is_refused_in_one_line(server: str) -> None:
    process = _orgkb("load", "--server", server, str(BATCH), env={"ORGKB_WRITE_TOKEN": "wrong"})
    out, err = process.communicate(timeout=120)
    assert process.returncode == 2 and out == ""
    assert err == f"orgkb load: the server at {server} refused the pages: the write token is not this server's\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ((), "--server needs the server's write token: set ORGKB_WRITE_TOKEN or pass --token-file FILE"),
        (("--token-file", "/nonexistent/token"), "cannot read the write token file /nonexistent/token"),
    ],
)
def test_a_missing_token_is_one_line(argv: tuple[str, ...], message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORGKB_WRITE_TOKEN", raising=False)
    status, out, err = _run("load", "--server", "http://127.0.0.1:9", *argv, str(BATCH))
    assert (status, out) == (2, "") and err.count("\n") == 1 and message in err


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:9", "cannot reach orgkb serve at http://127.0.0.1:9: "),
        ("127.0.0.1:8000", "expected the URL of orgkb serve, such as http://127.0.0.1:8000"),
    ],
)
def test_a_server_that_is_not_there_is_one_line(url: str, message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORGKB_WRITE_TOKEN", TOKEN)
    status, out, err = _run("load", "--server", url, str(BATCH))
    assert (status, out) == (2, "") and err.count("\n") == 1 and message in err
