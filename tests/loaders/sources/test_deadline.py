"""The page's time budget stops even a backtracking regular expression, and says so in one line."""

from __future__ import annotations

import re
import threading
import time

import pytest

from orgkb.errors import LoadError
from orgkb.loaders.sources.deadline import time_budget

CATASTROPHIC = re.compile(r"(a+)+$")


def test_the_budget_interrupts_a_backtracking_regex() -> None:
    # 2**64 steps: only the budget's interruption ends the match
    with pytest.raises(LoadError) as caught, time_budget("page.txt", 0.3):
        CATASTROPHIC.match("a" * 64 + "b")
    assert str(caught.value) == "page.txt: took longer than 0.3 s to read (the limit per page)"


def test_a_quick_block_is_left_alone_and_the_timer_is_stopped() -> None:
    import signal

    with time_budget("page.txt", 5) as deadline:
        deadline.check()
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    time.sleep(0.01)


def test_an_inner_budget_leaves_the_outer_timer_alone() -> None:
    with pytest.raises(LoadError, match="outer.txt"), time_budget("outer.txt", 0.3):
        with time_budget("inner.txt", 10):
            pass
        CATASTROPHIC.match("a" * 64 + "b")


def test_outside_the_main_thread_the_budget_is_checked_between_stages() -> None:
    errors: list[LoadError] = []

    def work() -> None:
        try:
            with time_budget("page.txt", 0.05) as deadline:
                time.sleep(0.1)
                deadline.check()
        except LoadError as error:
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert [str(error) for error in errors] == ["page.txt: took longer than 0.05 s to read (the limit per page)"]
