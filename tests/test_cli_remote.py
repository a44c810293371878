"""`--store URL`: every command on a SPARQL 1.1 server (a real Oxigraph server), and one line when it fails."""

from __future__ import annotations

import io
from contextlib import redirect_stderr

import pytest

from orgkb.cli import main
from orgkb.loaders.load.files import builtin_paths
from tests.sparql_servers import free_port


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        status = main(list(argv), out=out)
    return status, out.getvalue(), err.getvalue()


def test_load_ask_show_and_export_on_a_server(oxigraph_url: str) -> None:
    pages = [str(path) for path in sorted(builtin_paths())]
    status, out, _ = _run("load", *pages, "--store", oxigraph_url)
    assert status == 0 and f"{len(pages)} of {len(pages)} pages loaded" in out
    status, out, _ = _run("ask", "foreign guests", "--store", oxigraph_url)
    assert status == 0 and "Foreign Affairs Section" in out
    memory_status, memory_out, _ = _run("ask", "foreign guests")
    assert (status, out) == (memory_status, memory_out)
    status, out, _ = _run("export", "--format", "nquads", "--store", oxigraph_url)
    assert status == 0 and out.count("\n") > 1000


def test_the_explicit_form_names_each_endpoint(oxigraph_url: str) -> None:
    location = f"query={oxigraph_url}/query update={oxigraph_url}/update engine=oxigraph"
    status, out, _ = _run("load", str(sorted(builtin_paths())[0]), "--store", location)
    assert status == 0 and "1 of 1 pages loaded" in out


@pytest.mark.parametrize(
    ("store", "said"),
    [
        (f"http://127.0.0.1:{free_port()}", "cannot be reached"),
        ("query=http://127.0.0.1:1/query", "expected at least query=URL and update=URL"),
    ],
)
def test_a_store_that_fails_is_one_line(store: str, said: str) -> None:
    status, out, err = _run("ask", "foreign guests", "--store", store)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and said in err and err.startswith("orgkb ask: ")
