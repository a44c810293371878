"""The parser's parts: one-line usage errors, the value types and the options several commands share."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import NoReturn

from orgkb.commands.base import EXIT_INPUT


def add_store(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        default=os.environ.get("ORGKB_STORE"),
        metavar="DIR|URL",
        help=(
            "a persistent store directory, or a SPARQL 1.1 server's URL (docs/deploy.md) "
            "(default: $ORGKB_STORE, else the built-in corpus in memory)"
        ),
    )


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, with where to read more."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_INPUT, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port; expected a number from 1 to 65535")
    return int(text)


def count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count; expected a whole number of 1 or more")
    return int(text)


def positive(kind: Callable[[str], float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"expected a number above 0, got {text!r}")
        return value

    parse.__name__ = kind.__name__  # argparse names the type in its message
    return parse


def add_read_limits(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-page-bytes",
        type=positive(int),
        metavar="N",
        help="refuse a page larger than N bytes (default: $ORGKB_MAX_PAGE_BYTES, else 2 MB)",
    )
    parser.add_argument(
        "--page-seconds",
        type=positive(float),
        metavar="S",
        help="refuse a page that takes longer than S seconds to read (default: $ORGKB_PAGE_SECONDS, else 10)",
    )
