"""Document keys: which page a document is, computed once when the page is read.

A key is a readable slug path, the tail of the document's IRI (`source/<key>`), and it names
one page only: two files of one name in two folders are two documents.

- a page of the built-in corpus: its file's stem (`jingan-general-office`), the same on every
  machine and the id stores have always given it;
- any other file: `file/` and its full resolved path (`file/home/ann/pages/a/general-office.txt`);
- a URL: its site and path (`www-qingshui-gov-cn/zwgk/index`);
- a page given by name alone (`parse_text`, a `Document` built in code): the name as a file's
  stem or a URL.

A path segment that is already a slug is kept as it is; any other (capitals, spaces, Chinese)
is written as a slug followed by eight hex digits of its SHA-256, so that no two names share a key.
"""

from __future__ import annotations

import functools
import hashlib
import re
from importlib import resources
from pathlib import Path, PurePath
from urllib.parse import urlsplit

from orgkb.loaders.identity.slugs import slugify

FILE = "file"
_URL = re.compile(r"(?i)https?://")
_SEGMENT = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|xhtml|php|aspx?|jsp|txt)$", re.IGNORECASE)


def source_key(source: str | PurePath) -> str:
    """The key of a page named by a path (resolved here) or an http(s) URL.

    >>> source_key("https://www.qingshui.gov.cn/zwgk/index.html")
    'www-qingshui-gov-cn/zwgk/index'
    >>> source_key("/srv/pages/a/general-office.txt"), source_key("/srv/pages/b/general-office.txt")
    ('file/srv/pages/a/general-office.txt', 'file/srv/pages/b/general-office.txt')
    """
    if isinstance(source, str) and _URL.match(source):
        return url_key(source)
    return file_key(Path(source).resolve())


def file_key(path: PurePath) -> str:
    """The key of a file at the absolute `path`: its stem for a built-in page, else `file/` and the path.

    >>> file_key(PurePath("/srv/Pages/general office.txt"))
    'file/srv/pages-9046da16/general-office-txt-053642ac'
    """
    if str(path.parent) == _builtin_folder():
        return name_key(path.name)
    return "/".join([FILE, *(_segment(part) for part in path.parts if part not in (path.anchor, "/", "\\"))])


def url_key(url: str) -> str:
    """The key of a URL: its host and path, a page's suffix dropped, its query kept."""
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    if segments:
        segments[-1] = _PAGE_SUFFIX.sub("", segments[-1])
    if parts.query:
        segments.append(parts.query)
    return "/".join([slugify(parts.hostname or "site"), *(slugify(segment) for segment in segments)])


def name_key(name: str) -> str:
    """The key of a page known only by a name: a URL's, or the slug of a file name's stem.

    >>> name_key("pages/jingan-general-office.txt")
    'jingan-general-office'
    """
    if _URL.match(name):
        return url_key(name)
    stem = name.rsplit("/", 1)[-1]
    return slugify(re.sub(r"\.(?:txt|text|md)$", "", stem))


def _segment(part: str) -> str:
    if _SEGMENT.match(part):
        return part
    return f"{slugify(part)}-{hashlib.sha256(part.encode('utf-8')).hexdigest()[:8]}"


@functools.cache
def _builtin_folder() -> str:
    return str(Path(str(resources.files("orgkb.sources"))).resolve())
