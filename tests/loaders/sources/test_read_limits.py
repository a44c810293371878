"""The limits of reading a page: declared once, from the environment, for one block of code."""

from __future__ import annotations

import pytest

from orgkb.errors import QueryError
from orgkb.loaders.sources.limits import SETTINGS, Limits, current_limits, use_limits


def test_every_setting_is_a_limit_with_its_default() -> None:
    assert [setting.name for setting in SETTINGS] == list(Limits.__dataclass_fields__)
    defaults = Limits()
    for setting in SETTINGS:
        assert getattr(defaults, setting.name) == setting.default
        assert setting.env.startswith("ORGKB_") and setting.help


def test_the_environment_sets_them() -> None:
    limits = Limits.from_env(
        {"ORGKB_MAX_PAGE_BYTES": "1_000", "ORGKB_PAGE_SECONDS": " 2.5 ", "ORGKB_MAX_REDIRECTS": "0"}
    )
    assert limits == Limits(max_bytes=1000, page_seconds=2.5, max_redirects=0)
    assert Limits.from_env({"ORGKB_FETCH_SECONDS": ""}) == Limits()


@pytest.mark.parametrize(
    ("env", "value", "message"),
    [
        # variable               value     what is said
        ("ORGKB_MAX_PAGE_BYTES", "2MB", "expected a whole number"),
        ("ORGKB_MAX_PAGE_BYTES", "0", "expected a positive number"),
        ("ORGKB_PAGE_SECONDS", "-1", "expected a positive number"),
        ("ORGKB_PAGE_SECONDS", "soon", "expected a number"),
        ("ORGKB_MAX_REDIRECTS", "-1", "expected a positive number"),
    ],
)
def test_bad_values_are_named(env: str, value: str, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        Limits.from_env({env: value})
    assert str(caught.value) == f"{env}={value!r}: {message}"


def test_but_changes_some_and_keeps_the_rest() -> None:
    assert Limits().but(max_bytes=10, page_seconds=None) == Limits(max_bytes=10)
    with pytest.raises(QueryError):
        Limits().but(page_seconds=0)


def test_use_limits_sets_them_for_a_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORGKB_PAGE_SECONDS", "3")
    assert current_limits().page_seconds == 3
    with use_limits(Limits(page_seconds=1)):
        assert current_limits().page_seconds == 1
    assert current_limits().page_seconds == 3
