"""The write token: from the environment, else the first line of a file; unreadable or empty files named."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.errors import OrgkbError
from orgkb.tokens import matches, write_token


def test_the_environment_wins_over_the_file(tmp_path: Path) -> None:
    (tmp_path / "token").write_text("from-file\n")
    assert write_token({"ORGKB_WRITE_TOKEN": "from-env"}, str(tmp_path / "token")) == "from-env"
    assert write_token({}, str(tmp_path / "token")) == "from-file"
    assert write_token({"ORGKB_WRITE_TOKEN": "  "}, "") is None


def test_a_token_file_is_read_to_its_first_line(tmp_path: Path) -> None:
    (tmp_path / "token").write_text("  first  \nsecond\n")
    assert write_token({}, str(tmp_path / "token")) == "first"


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read the write token file .*: No such file"), ("\n\n", "is empty")],
)
def test_a_bad_token_file_is_named(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "token"
    if content is not None:
        path.write_text(content)
    with pytest.raises(OrgkbError, match=message):
        write_token({}, str(path))


def test_matches() -> None:
    assert matches("abc", "abc") and not matches("abc", "abd") and not matches("", "abc")
    assert matches("é", "é")
