"""The public surface of the orgkb package is small and deliberate."""

import orgkb


def test_all_is_sorted_and_complete() -> None:
    assert orgkb.__all__ == sorted(orgkb.__all__)
    for name in orgkb.__all__:
        assert hasattr(orgkb, name), name


def test_errors_share_one_base() -> None:
    for error in (orgkb.LimitError, orgkb.LoadError, orgkb.NotFoundError, orgkb.QueryError, orgkb.StoreError):
        assert issubclass(error, orgkb.OrgkbError)
