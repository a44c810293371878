"""The examples in docstrings run and print what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import orgkb

FINDER = doctest.DocTestFinder()


def examples(name: str) -> list[doctest.DocTest]:
    """The docstrings of module `name` that hold at least one `>>>` example."""
    return [test for test in FINDER.find(importlib.import_module(name)) if test.examples]


MODULES = sorted(
    info.name for info in pkgutil.walk_packages(orgkb.__path__, prefix="orgkb.") if not info.name.endswith("__main__")
)
WITH_EXAMPLES = [name for name in MODULES if examples(name)]


def test_the_public_api_shows_examples() -> None:
    assert {"orgkb.kb.store.knowledge_base", "orgkb.loaders.reading.reader"} <= set(WITH_EXAMPLES)


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_docstring_examples(name: str) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in examples(name):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0
