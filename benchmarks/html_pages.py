"""Text pages as the HTML of a site, for the benchmarks and tests that read HTML."""

from __future__ import annotations

import html

_MENU = '<div class="nav"><a href="/">Home</a> | <a href="/gov/">Government</a></div>'


def as_html(text: str, furniture: bool = True) -> str:
    """A text page as HTML: a paragraph a line, each on the line it had.

    With `furniture`, a `<title>` and a menu come first, on the first line.

    >>> as_html("Office\\n\\n1. Handle.", furniture=False)
    '<p>Office</p>\\n\\n<p>1. Handle.</p>'
    """
    lines = "\n".join(f"<p>{html.escape(line)}</p>" if line.strip() else "" for line in text.split("\n"))
    if not furniture:
        return lines
    return f"<!DOCTYPE html><html><head><title>Office</title></head><body>{_MENU}{lines}</body></html>"
