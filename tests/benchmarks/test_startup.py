from __future__ import annotations

import sys

import pytest

from benchmarks.startup import BARE_APP, HOST, free_port, seconds_to_first_healthz


def test_times_a_server_until_it_answers_healthz() -> None:
    port = free_port()
    seconds = seconds_to_first_healthz([sys.executable, "-c", BARE_APP.format(host=HOST, port=port)], port)
    assert seconds > 0  # measured until it answered (how long: the benchmark's figure, not a test's)


def test_a_server_that_dies_is_reported_not_waited_for() -> None:
    with pytest.raises(SystemExit, match="exited with status 3"):
        seconds_to_first_healthz([sys.executable, "-c", "raise SystemExit(3)"], free_port())
