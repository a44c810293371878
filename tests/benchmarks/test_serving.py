"""benchmarks.serving with --remote: every in-process figure on a served copy of the store, as a ratio."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from benchmarks.serving import main
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import load_paths
from tests.sparql_servers import oxigraph_server


def test_remote_figures_are_printed_as_ratios_to_the_directory_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "kb"
    kb = KnowledgeBase(store)
    assert not load_paths(kb, builtin_paths()).failed
    kb.close()
    del kb
    shutil.copytree(store, tmp_path / "copy")  # the server locks the directory it serves
    with oxigraph_server(tmp_path / "copy") as url:
        arguments = ["--store", str(store), "--remote", url, "--units", "3", "--pages", "3", "--queries", "4"]
        assert main([*arguments, "--seconds", "0"]) == 0
    printed = capsys.readouterr().out
    embedded, _, rest = printed.partition(f"-- the same on the SPARQL server at {url}")
    _, _, ratios = rest.partition("remote / directory store")
    labels = re.findall(r"^(\S.*?)\s+[\d,.]+ ms \(load average", embedded, re.MULTILINE)
    assert labels[0] == "open (read-only)" and len(labels) == 12
    assert "coordination of a unit: p50 of 3" in labels and "who handles: p99 of 4 questions" in labels
    for label in labels:  # each figure again on the server, with its ratio
        assert re.search(rf"^{re.escape(label)}\s+[\d,.]+\s+[\d.]+x$", ratios, re.MULTILINE), label
    assert "over HTTP" not in printed  # --seconds 0
