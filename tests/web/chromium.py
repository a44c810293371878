"""Debian's headless chromium, driven over the Chrome DevTools protocol for the staff-page tests.

`Chromium.visit(url, width)` opens a page in a fresh tab at that window width and returns what
a person would notice: console errors and uncaught exceptions, every URL the page requested,
whether it scrolls sideways, and the smallest text on it. No selenium or driver binary: one
websocket to the browser (websockets' sync client), flat sessions per tab.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

EXECUTABLE = "/usr/bin/chromium"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
)
# The page's measurements, taken after it loaded: sideways scrolling, and the smallest text a
# person has to read (HTML by its computed size, SVG text by the height it is drawn at).
_MEASURE = """(() => {
  const sizes = [];
  for (const node of document.querySelectorAll('body *')) {
    if (node instanceof SVGElement) continue;
    const own = [...node.childNodes].some(child => child.nodeType === 3 && child.textContent.trim());
    if (own && node.offsetParent !== null) sizes.push(parseFloat(getComputedStyle(node).fontSize));
  }
  for (const text of document.querySelectorAll('svg text')) {
    const size = parseFloat(text.getAttribute('font-size'));
    const svg = text.ownerSVGElement;
    sizes.push(size * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
  }
  return JSON.stringify({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    smallestText: Math.min(...sizes),
    text: document.body.innerText,
  });
})()"""


@dataclass
class Visit:
    """What one page load showed."""

    url: str
    status: int | None = None
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    scroll_width: int = 0
    inner_width: int = 0
    smallest_text: float = 0.0
    text: str = ""


class Chromium:
    """A headless chromium of its own (fresh profile), for as long as the `with` block lasts."""

    def __init__(self, executable: str = EXECUTABLE) -> None:
        self.executable = executable
        self._profile = Path(tempfile.mkdtemp(prefix="orgkb-chromium-"))
        self._process: subprocess.Popen[bytes] | None = None
        self._socket: ClientConnection | None = None
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> Chromium:
        self._process = subprocess.Popen(
            [self.executable, *FLAGS, f"--user-data-dir={self._profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        announced = self._profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (announced.exists() and len(announced.read_text().splitlines()) >= 2):
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.05)
        port, path = announced.read_text().splitlines()[:2]
        self._socket = self._stack.enter_context(
            connect(f"ws://127.0.0.1:{port}{path}", max_size=None, open_timeout=30)
        )
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        shutil.rmtree(self._profile, ignore_errors=True)

    def visit(self, url: str, width: int, height: int = 900) -> Visit:
        """Load `url` in a new tab `width` CSS pixels wide; what it showed."""
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}
            self._call("Emulation.setDeviceMetricsOverride", metrics, session)
            for domain in ("Page", "Runtime", "Log", "Network"):
                self._call(f"{domain}.enable", {}, session)
            self._events.clear()
            self._call("Page.navigate", {"url": url}, session)
            self._wait_for("Page.loadEventFired", session)
            measured = json.loads(
                self._call("Runtime.evaluate", {"expression": _MEASURE, "returnByValue": True}, session)["result"][
                    "value"
                ]
            )
            return self._visit(url, session, measured)
        finally:
            self._call("Target.closeTarget", {"targetId": target})

    def _visit(self, url: str, session: str, measured: dict[str, Any]) -> Visit:
        visit = Visit(
            url,
            scroll_width=measured["scrollWidth"],
            inner_width=measured["innerWidth"],
            smallest_text=measured["smallestText"],
            text=measured["text"],
        )
        for event in self._events:
            if event.get("sessionId") != session:
                continue
            method, params = event["method"], event.get("params", {})
            if method == "Network.requestWillBeSent":
                visit.requests.append(params["request"]["url"])
            elif method == "Network.responseReceived" and params.get("type") == "Document":
                visit.status = params["response"]["status"]
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                visit.errors.append(" ".join(str(arg.get("value", arg.get("description"))) for arg in params["args"]))
            elif method == "Runtime.exceptionThrown":
                visit.errors.append(params["exceptionDetails"].get("text", "an exception"))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                visit.errors.append(params["entry"].get("text", ""))
        return visit

    def _call(self, method: str, params: dict[str, Any], session: str | None = None) -> dict[str, Any]:
        assert self._socket is not None
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        self._socket.send(json.dumps(message))
        while True:
            reply = json.loads(self._socket.recv(timeout=60))
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self._events.append(reply)

    def _wait_for(self, method: str, session: str, seconds: float = 60) -> None:
        assert self._socket is not None
        deadline = time.monotonic() + seconds
        while not any(event["method"] == method and event.get("sessionId") == session for event in self._events):
            reply = json.loads(self._socket.recv(timeout=max(0.1, deadline - time.monotonic())))
            if "method" in reply:
                self._events.append(reply)
