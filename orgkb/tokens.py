"""The write token: the secret that `POST /pages` requires and `orgkb load --server` sends.

Both sides read it the same way: the environment variable `ORGKB_WRITE_TOKEN`, else the file
named by `--write-token-file` (or `ORGKB_WRITE_TOKEN_FILE`), whose first line is the token.
A token is never a command-line argument, where any user of the machine could read it.

>>> write_token({"ORGKB_WRITE_TOKEN": " s3cret \\n"}, "")
's3cret'
>>> write_token({}, "") is None
True
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Mapping
from pathlib import Path

from orgkb.errors import OrgkbError

TOKEN_VARIABLE = "ORGKB_WRITE_TOKEN"


def write_token(environ: Mapping[str, str] | None, token_file: str) -> str | None:
    """The token from the environment, else from `token_file`; None when neither gives one.

    Raises `OrgkbError` for a token file that cannot be read or holds no token.
    """
    environ = os.environ if environ is None else environ
    token = environ.get(TOKEN_VARIABLE, "").strip()
    if token:
        return token
    if not token_file:
        return None
    try:
        lines = Path(token_file).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "not UTF-8 text"
        raise OrgkbError(f"cannot read the write token file {token_file}: {reason}") from None
    token = lines[0].strip() if lines else ""
    if not token:
        raise OrgkbError(f"the write token file {token_file} is empty; put the token on its first line")
    return token


def matches(given: str, token: str) -> bool:
    """Whether `given` is `token`, compared in constant time."""
    return hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))
