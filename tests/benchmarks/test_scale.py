"""benchmarks.scale's options: the steps --skip may leave out."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from benchmarks.scale import STEPS, steps_of, work_folder


def test_skip_names_steps_separated_by_commas() -> None:
    assert steps_of("bulk, writes-bare") == {"bulk", "writes-bare"}
    assert steps_of("") == set()
    assert steps_of(",".join(STEPS)) == set(STEPS)


def test_skip_refuses_a_step_it_does_not_know() -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="unknown step.*loading.*expected some of load, bulk"):
        steps_of("bulk,loading")


def test_work_folder_reuses_a_store_only_when_the_load_is_skipped(tmp_path: Path) -> None:
    with work_folder(tmp_path) as folder:  # a new store goes here
        assert folder == tmp_path
    (tmp_path / "kb").mkdir()
    with work_folder(tmp_path, reuse=True) as folder:  # --skip load: the store an earlier run left
        assert folder == tmp_path
    with pytest.raises(SystemExit, match="needs a folder without a store"), work_folder(tmp_path):
        pass
    with pytest.raises(SystemExit, match="needs a store an earlier"), work_folder(tmp_path / "new", reuse=True):
        pass
    with pytest.raises(SystemExit, match="give its folder with --work"), work_folder(None, reuse=True):
        pass
