"""The reader's input stage: a file, an HTML page or an http(s) URL -> bytes -> text -> a `Page` of clean blocks.

Modules, in the order a page passes through them: `local` and `web` (bytes, bounded),
`encoding` (text), `plain` and `markup` (blocks), `clean` (invisible characters out),
`read` (the whole way, within the page's time budget from `deadline`); `limits` declares
the bounds, `trails` tells breadcrumbs.
"""

from orgkb.loaders.sources.clean import comparable_name
from orgkb.loaders.sources.limits import Limits, current_limits, use_limits
from orgkb.loaders.sources.read import read_source

__all__ = ["Limits", "comparable_name", "current_limits", "read_source", "use_limits"]
