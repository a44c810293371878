"""Real SPARQL servers for the tests: an Oxigraph server (the `oxigraph` package's CLI) on a free
port, started and stopped here, and Virtuoso where `virtuoso-t` is installed."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from benchmarks.http_load import stop_server

STARTUP_SECONDS = 60.0  # Virtuoso checkpoints a new database for ~15 s first


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_answering(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the SPARQL server for {url} exited with status {process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            httpx.get(url, params={"query": "ASK {}"}, timeout=1.0)
            return
        time.sleep(0.05)
    raise RuntimeError(f"the SPARQL server for {url} did not answer within {STARTUP_SECONDS:g} s")


@contextlib.contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """The base URL of an Oxigraph server over the directory `location`, stopped on exit."""
    beside = Path(sys.executable).parent / "oxigraph"  # the virtual environment's, when it is not on PATH
    executable = str(beside) if beside.exists() else shutil.which("oxigraph")
    if executable is None:
        raise RuntimeError("the oxigraph CLI is not installed: pip install '.[test]'")
    port = free_port()
    command = [executable, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_answering(f"http://127.0.0.1:{port}/query", process)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_server(process)


def clear(url: str) -> None:
    """Empty the server at `url` (Oxigraph's layout)."""
    httpx.post(url + "/update", data={"update": "DROP ALL"}, timeout=30.0).raise_for_status()


VIRTUOSO_INI = """[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql_port}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {folder}
[HTTPServer]
ServerPort = {http_port}
ServerRoot = {folder}
EnabledDavVSP = 0
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""
VIRTUOSO_MISSING = "virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource-7-bin)"


def virtuoso_installed() -> bool:
    return shutil.which("virtuoso-t") is not None and shutil.which("isql-vt") is not None


@contextlib.contextmanager
def virtuoso_server(folder: Path) -> Iterator[str]:
    """The SPARQL endpoint of a new Virtuoso in `folder`, its anonymous user allowed to update, stopped on exit."""
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(folder=folder, sql_port=sql_port, http_port=http_port))
    command = ["virtuoso-t", "+configfile", str(folder / "virtuoso.ini"), "+foreground"]
    process = subprocess.Popen(command, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        wait_until_answering(url, process)
        for statement in ('grant SPARQL_UPDATE to "SPARQL";', "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"):
            isql = ["isql-vt", str(sql_port), "dba", "dba", f"exec={statement}"]
            subprocess.run(isql, check=True, capture_output=True, timeout=60)
        yield url
    finally:
        stop_server(process, seconds=30)
