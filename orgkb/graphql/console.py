"""The page a browser gets at /graphql: a small console of our own, served without the internet.

GraphiQL, as strawberry serves it, loads React and GraphiQL from a CDN: without the internet a
browser shows "Loading..." and nothing else. Bundling GraphiQL would mean fetching its npm
packages at install time, a second package manager next to pip for one page; this console is
one file of plain HTML and JavaScript (a query, variables, a run button, the response, the
example operations and a link to the schema) and loads nothing from anywhere else.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

_HERE = Path(__file__).parent


@functools.cache
def console_html() -> str:
    """The console page, with the example operations of `orgkb/graphql/operations` to choose from."""
    examples = {
        path.stem.replace("_", " "): path.read_text(encoding="utf-8")
        for path in sorted((_HERE / "operations").glob("*.graphql"))
    }
    data = json.dumps(examples, ensure_ascii=False).replace("</", "<\\/")  # never ends the script element
    return (_HERE / "console.html").read_text(encoding="utf-8").replace("__EXAMPLES__", data)
