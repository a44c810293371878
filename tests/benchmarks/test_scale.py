"""benchmarks.scale's options: the steps --skip may leave out."""

from __future__ import annotations

import argparse

import pytest

from benchmarks.scale import STEPS, steps_of


def test_skip_names_steps_separated_by_commas() -> None:
    assert steps_of("bulk, writes-bare") == {"bulk", "writes-bare"}
    assert steps_of("") == set()
    assert steps_of(",".join(STEPS)) == set(STEPS)


def test_skip_refuses_a_step_it_does_not_know() -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="unknown step.*load.*expected some of bulk"):
        steps_of("bulk,load")
