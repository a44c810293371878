"""load_pages: many pages read and parsed, in worker processes for a large batch, as one process reads them."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from benchmarks.national import write_corpus
from orgkb.loaders.load import pages
from orgkb.loaders.load.files import expand_paths, read_page
from orgkb.loaders.load.pages import load_pages
from orgkb.loaders.rdf.triples import document_ntriples
from orgkb.loaders.sources.limits import current_limits, use_limits
from orgkb.ontology.thesaurus import default_matcher

BAD = Path(__file__).parents[2] / "data" / "bad"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty national pages and the bad pages of tests/data, in one folder."""
    folder = tmp_path_factory.mktemp("pages")
    write_corpus(folder / "national", 40, seed=3)
    shutil.copytree(BAD, folder / "bad")
    return folder


def test_workers_read_what_one_process_reads_in_the_same_order(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "PARALLEL_FROM", 4)
    files = list(expand_paths([corpus]))
    alone = list(load_pages(files, workers=1))
    together = list(load_pages(files, workers=2))
    assert [read.source for read in together] == [str(path) for path in files]
    assert [repr(read.document) for read in together] == [repr(read.document) for read in alone]
    assert [str(read.error) for read in together] == [str(read.error) for read in alone]
    failed = [read for read in together if read.error is not None]
    assert failed and all(read.document is None and read.ntriples is None for read in failed)
    assert all(read.ntriples is None for read in alone)  # this process writes its own triples


def test_workers_write_the_triples_the_thesaurus_matcher_writes(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "PARALLEL_FROM", 4)
    reads = [read for read in load_pages([corpus / "national"], workers=2) if read.document is not None]
    assert len(reads) == 40
    for read in reads[:10]:
        assert read.document is not None and read.ntriples is not None
        assert _timeless(read.ntriples) == _timeless(document_ntriples(read.document, default_matcher()))


def _timeless(lines: Sequence[str]) -> list[str]:
    """The lines but the time they were written (`prov:generatedAtTime`), sorted: a name's hidden
    labels come in the order of a set, which differs between processes (string hashing)."""
    return sorted(line for line in lines if "#generatedAtTime>" not in line)


def test_the_read_limits_hold_in_the_workers(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "PARALLEL_FROM", 4)
    with use_limits(current_limits().but(max_bytes=200)):
        reads = list(load_pages([corpus / "national"], workers=2))
    assert len(reads) == 40 and all(read.error is not None for read in reads)
    assert all("bytes" in str(read.error) for read in reads)


def test_a_small_batch_is_read_here() -> None:
    page = next(BAD.iterdir())
    [read] = load_pages([page])
    assert read.source == str(page) and read.ntriples is None
    try:
        expected = repr(read_page(page))
    except Exception as error:  # noqa: BLE001 - the same failure, named alike
        expected = str(error)
        assert str(read.error) == expected
    else:
        assert repr(read.document) == expected
