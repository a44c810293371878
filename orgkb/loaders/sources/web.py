"""Fetch a page by its http(s) URL with httpx: bounded in time, size and redirects, one clear line per failure.

The size cap is enforced while the body streams in (a server's Content-Length is believed only
when it says too much), the time limit covers the whole exchange (httpx's own timeouts bound
each step), and only http and https are followed, also through redirects.
"""

from __future__ import annotations

import re
import ssl
import time
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import httpx

from orgkb.errors import LoadError

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# How resolvers say that a host name does not exist.
_NO_HOST = (
    "name or service not known",
    "nodename nor servname",
    "no address associated",
    "getaddrinfo failed",
    "temporary failure in name resolution",
    "name does not resolve",
    "no such host",
)
_USER_AGENT = "orgkb (a reader of government responsibilities pages)"


@dataclass(frozen=True)
class Fetched:
    """A page's bytes as the server sent them, its media type and charset (if said), and the final URL."""

    data: bytes
    media_type: str | None
    charset: str | None
    url: str


def is_url(source: str) -> bool:
    """Whether `source` is written as a URL (any scheme; `fetch` takes http and https only).

    >>> is_url("https://www.qinghe.gov.cn/jgsz/"), is_url("pages/qinghe.html"), is_url("ftp://host/page")
    (True, False, True)
    """
    return bool(_SCHEME.match(source))


def url_name(url: str) -> str:
    """The last segment of a URL's path (decoded), or its host when the path has none.

    >>> url_name("https://www.qinghe.gov.cn/zwgk/jgsz/index.html"), url_name("http://qinghe.gov.cn/jgsz/")
    ('index.html', 'jgsz')
    >>> url_name("https://www.qinghe.gov.cn"), url_name("https://x.gov.cn/%E6%9C%BA%E6%9E%84.html")
    ('www.qinghe.gov.cn', '机构.html')
    """
    parts = urlsplit(url)
    segments = [unquote(segment) for segment in parts.path.split("/") if segment]
    return segments[-1] if segments else (parts.hostname or url)


def fetch(url: str, *, max_bytes: int, seconds: float, max_redirects: int) -> Fetched:
    """GET `url` and return its body; `LoadError` naming the URL for every way that can fail."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise LoadError(url, "only http and https URLs are fetched; expected an http(s) URL or a file")
    deadline = time.monotonic() + seconds
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=max_redirects,
                timeout=httpx.Timeout(seconds),
                headers={"User-Agent": _USER_AGENT, "Accept": "text/html, application/xhtml+xml, text/plain;q=0.9"},
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise LoadError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            media_type, charset = _content_type(url, response)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise LoadError(url, f"too large: {int(declared):,} bytes (the limit for a page is {max_bytes:,})")
            data = _body(url, response, max_bytes, deadline, seconds)
            return Fetched(data, media_type, charset, str(response.url))
    except httpx.TooManyRedirects:
        raise LoadError(url, f"more than {max_redirects} redirects") from None
    except httpx.UnsupportedProtocol as error:
        raise LoadError(url, f"redirected to a URL that is not http(s) ({error})") from None
    except httpx.TimeoutException:
        raise LoadError(url, f"no answer within {seconds:g} s (timeout)") from None
    except httpx.InvalidURL as error:
        raise LoadError(url, f"not a valid URL: {error}") from None
    except httpx.HTTPError as error:
        raise LoadError(url, _failure(url, error)) from None


def _content_type(url: str, response: httpx.Response) -> tuple[str | None, str | None]:
    header = response.headers.get("content-type")
    if not header:
        return None, None
    media_type = header.split(";", 1)[0].strip().lower()
    if media_type not in HTML_TYPES + TEXT_TYPES:
        raise LoadError(url, f"the server sent {media_type!r}; expected text/html or text/plain")
    return ("text/html" if media_type in HTML_TYPES else "text/plain"), response.charset_encoding


def _body(url: str, response: httpx.Response, max_bytes: int, deadline: float, seconds: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise LoadError(url, f"too large: over {max_bytes:,} bytes, the limit for a page")
        if time.monotonic() > deadline:
            raise LoadError(url, f"no whole answer within {seconds:g} s (timeout)")
        chunks.append(chunk)
    return b"".join(chunks)


def _failure(url: str, error: httpx.HTTPError) -> str:
    """One line for a transport failure: no such host, TLS, refused, broken."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            reason = getattr(cause, "reason", None) or _one_line(str(cause))
            return f"TLS error: {str(reason).replace('_', ' ').lower()}"
        cause = cause.__cause__ or cause.__context__
    text = str(error).lower()
    if any(phrase in text for phrase in _NO_HOST):
        return f"no such host {urlsplit(url).hostname!r}"
    if "ssl" in text or "certificate" in text:
        return f"TLS error: {_one_line(str(error))}"
    if isinstance(error, httpx.ConnectError):
        return f"could not connect: {_one_line(str(error)) or 'connection failed'}"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"the server broke off the answer: {_one_line(str(error))}"
    if isinstance(error, httpx.DecodingError):
        return f"the answer could not be decompressed: {_one_line(str(error))}"
    return f"could not fetch: {_one_line(str(error)) or type(error).__name__}"


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]
