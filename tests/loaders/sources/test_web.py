"""Pages by URL, from a server on this machine: what loads, and one clear line for each way a fetch fails."""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from orgkb.cli import main
from orgkb.errors import LoadError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import read_page
from orgkb.loaders.sources import Limits, read_source
from orgkb.loaders.sources.web import fetch
from orgkb.loading import load_paths

HTML = Path(__file__).parents[2] / "data" / "html"
ENGLISH = (HTML / "qinghe-general-office-en.html").read_bytes()
GBK = (HTML / "county-bureau-gbk.html").read_bytes()
TEXT = (Path(__file__).parents[3] / "orgkb" / "sources" / "dapeng-general-office.txt").read_bytes()
SHORT_BIG5 = "<p>青河區公所</p>".encode("big5")

# path -> (status, headers, body); a body of None is answered by a special handler below.
ROUTES: dict[str, tuple[int, dict[str, str], bytes | None]] = {
    "/offices/general-office.html": (200, {"Content-Type": "text/html; charset=utf-8"}, ENGLISH),
    "/county/minzheng.html": (200, {"Content-Type": "text/html"}, GBK),
    "/county/general-office.html": (200, {"Content-Type": "text/html"}, GBK),
    "/short.html": (200, {"Content-Type": "text/html; charset=big5"}, SHORT_BIG5),
    "/dapeng.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, TEXT),
    "/untyped": (200, {}, ENGLISH),
    "/moved": (302, {"Location": "/offices/general-office.html"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/to-ftp": (302, {"Location": "ftp://127.0.0.1/page.txt"}, b""),
    "/missing": (404, {"Content-Type": "text/html"}, b"<h1>Not here</h1>"),
    "/broken": (500, {"Content-Type": "text/html"}, b"<h1>Oops</h1>"),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4"),
    "/declared-huge": (200, {"Content-Type": "text/html", "Content-Length": "99999999"}, b""),
    "/huge": (200, {"Content-Type": "text/html"}, None),
    "/slow": (200, {"Content-Type": "text/html"}, None),
    "/drip": (200, {"Content-Type": "text/html"}, None),
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        status, headers, body = ROUTES.get(self.path, (404, {}, b"no such page"))
        if self.path == "/slow":
            time.sleep(2)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if body is None:  # streamed: no Content-Length, the connection closes at the end
            self.send_header("Connection", "close")
            self.end_headers()
            self.stream()
            return
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def stream(self) -> None:
        try:
            if self.path == "/huge":
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>\n")
            elif self.path == "/drip":
                for _ in range(40):
                    self.wfile.write(b"<p>x</p>\n")
                    self.wfile.flush()
                    time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LIMITS = Limits(max_bytes=1024 * 1024, fetch_seconds=1.0, max_redirects=3)


def test_an_html_page_by_url(server: str) -> None:
    url = f"{server}/offices/general-office.html"
    page = read_source(url, limits=LIMITS)
    assert (page.source, page.name, page.media_type, page.encoding) == (
        url,
        "general-office.html",
        "text/html",
        "utf-8",
    )
    assert page.site == "127.0.0.1"  # the URL's host, before the page's own og:url
    assert page.blocks == read_source(HTML / "qinghe-general-office-en.html").blocks


@pytest.mark.parametrize(
    ("path", "media_type", "encoding", "first"),
    [
        # path                    media type     encoding   first block
        ("/county/minzheng.html", "text/html", "gb18030", "青河县民政局--机构职能"),  # charset from <meta>
        ("/short.html", "text/html", "big5", "青河區公所"),  # charset from the header
        ("/dapeng.txt", "text/plain", "utf-8", "首页 > English > Government"),
        ("/untyped", "text/html", "utf-8", "General Office of Qinghe District"),  # no Content-Type: sniffed
        ("/moved", "text/html", "utf-8", "General Office of Qinghe District"),  # a redirect followed
    ],
)
def test_pages_by_url(server: str, path: str, media_type: str, encoding: str, first: str) -> None:
    page = read_source(server + path, limits=LIMITS)
    assert (page.media_type, page.encoding) == (media_type, encoding)
    assert page.blocks[0].text.startswith(first)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        # path               the one line after the URL
        ("/missing", "HTTP 404 Not Found"),
        ("/broken", "HTTP 500 Internal Server Error"),
        ("/report.pdf", "the server sent 'application/pdf'; expected text/html or text/plain"),
        ("/declared-huge", "too large: 99,999,999 bytes (the limit for a page is 1,048,576)"),
        ("/huge", "too large: over 1,048,576 bytes, the limit for a page"),
        ("/loop", "more than 3 redirects"),
        ("/to-ftp", "redirected to a URL that is not http(s)"),
        ("/slow", "no answer within 1 s (timeout)"),
        ("/drip", "no whole answer within 1 s (timeout)"),
    ],
)
def test_failures_are_one_line(server: str, path: str, message: str) -> None:
    url = server + path
    with pytest.raises(LoadError) as caught:
        read_source(url, limits=LIMITS)
    assert str(caught.value).startswith(f"{url}: {message}")  # the limit that stopped it: size, redirects, 1 s
    assert "\n" not in str(caught.value)


def test_tls_error(server: str) -> None:
    url = server.replace("http://", "https://") + "/offices/general-office.html"
    with pytest.raises(LoadError, match=r"^https://127\.0\.0\.1:\d+/offices/general-office\.html: TLS error: "):
        read_source(url, limits=LIMITS)


def test_no_such_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def unknown(host: str, *args: object, **kwargs: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", unknown)  # no name is looked up on any network
    with pytest.raises(LoadError) as caught:
        read_source("http://no-such-host.invalid/page.html", limits=LIMITS)
    assert str(caught.value) == "http://no-such-host.invalid/page.html: no such host 'no-such-host.invalid'"


def test_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(LoadError, match=rf"^http://127\.0\.0\.1:{port}/: could not connect: "):
        read_source(f"http://127.0.0.1:{port}/", limits=LIMITS)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/page.txt", "file:///etc/passwd", "javascript://alert(1)"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(LoadError) as caught:
        fetch(url, max_bytes=100, seconds=1, max_redirects=0)
    assert str(caught.value) == f"{url}: only http and https URLs are fetched; expected an http(s) URL or a file"


def test_read_page_and_the_knowledge_base_load_urls(server: str) -> None:
    url = f"{server}/offices/general-office.html"
    document = read_page(url)
    assert (document.name, document.source, document.site) == (
        "General Office of Qinghe District People's Government",
        "general-office.html",
        "127.0.0.1",
    )
    kb = KnowledgeBase()
    report = load_paths(kb, [url, HTML / "haidian-general-office.html", f"{server}/missing"])
    assert [result.error is None for result in report.results] == [True, True, False]
    assert str(report.results[2].error) == f"{server}/missing: HTTP 404 Not Found"


def test_two_urls_whose_paths_end_in_one_name_are_two_documents(server: str) -> None:
    urls = [f"{server}/offices/general-office.html", f"{server}/county/general-office.html"]
    assert [read_page(url).key for url in urls] == [
        "127-0-0-1/offices/general-office",
        "127-0-0-1/county/general-office",
    ]
    kb = KnowledgeBase()
    report = load_paths(kb, urls)
    assert [result.ok and not result.superseded for result in report.results] == [True, True]
    assert len(kb.documents()) == 2


def test_orgkb_load_url(server: str, tmp_path: Path) -> None:
    out = io.StringIO()
    status = main(["load", f"{server}/offices/general-office.html", "--store", str(tmp_path / "kb")], out=out)
    lines = out.getvalue().splitlines()
    assert status == 0, lines
    assert lines[0].startswith(f"loaded    {server}/offices/general-office.html: General Office of Qinghe District")
    assert lines[-1] == "1 of 1 pages loaded"
    out = io.StringIO()
    assert main(["show", "General Office of Qinghe District", "--store", str(tmp_path / "kb")], out=out) == 0
    assert "Letters and Calls Section" in out.getvalue()
