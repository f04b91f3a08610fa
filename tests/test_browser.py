"""Every document type's standalone HTML and every picture, opened in a real headless Chromium.

Issue 10's "Must show": from the browser's own layout (not from our estimates),
at 800 px wide nothing overflows the page, numeric table cells are right-aligned
with tabular figures, and no two texts of a picture overlap (nor does a text
touch the benchmark chart's median line). The pages are driven from the
registry: each kind's example, in Swedish and English, and each kind written
as SVG; plus pictures made to be hard (a long title, long legend entries).

One Chromium process serves every page, over the DevTools protocol (a small
WebSocket client below: the standard library is enough, no new dependency).
Screenshots at 800 and 1 600 px are saved in the test's tmp dir; keep them with
``--basetemp`` to look at them. Skipped only when Chromium is absent and the
run is not CI (``CI`` set); ``.ci/run`` installs Debian's ``chromium``.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vardservice.planning import Activity, AnnualWheel
from vardservice.render import DOCUMENTS, render_annual_wheel

BROWSER = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
        if (found := shutil.which(name))
    ),
    None,
)
if BROWSER is None and not os.environ.get("CI"):
    pytest.skip("no chromium here (CI installs it)", allow_module_level=True)

# One Chromium serves the module (the fixtures below): under pytest-xdist (`-n auto --dist
# loadgroup`, the README's command) its tests run in one worker, not one browser per worker.
pytestmark = pytest.mark.xdist_group("browser")

NARROW, WIDE = 800, 1600

# --- a minimal DevTools client: WebSocket (RFC 6455) over a socket, one JSON call at a time ----


class _WebSocket:
    def __init__(self, url: str) -> None:
        match = re.fullmatch(r"ws://([^:/]+):(\d+)(/.*)", url)
        assert match, url
        host, port, path = match.group(1), int(match.group(2)), match.group(3)
        self.sock = socket.create_connection((host, port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            assert chunk, "the browser closed the connection"
            head += chunk
        assert head.startswith(b"HTTP/1.1 101"), head

    def _exact(self, n: int) -> bytes:
        data = bytearray()
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            assert chunk, "the browser closed the connection"
            data += chunk
        return bytes(data)

    def send(self, text: str) -> None:
        payload = text.encode()
        mask = os.urandom(4)
        n = len(payload)
        if n < 126:
            header = struct.pack("!BB", 0x81, 0x80 | n)
        elif n < 1 << 16:
            header = struct.pack("!BBH", 0x81, 0x80 | 126, n)
        else:
            header = struct.pack("!BBQ", 0x81, 0x80 | 127, n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def receive(self) -> str:
        message = b""
        while True:
            first, second = self._exact(2)
            n = second & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._exact(8))[0]
            payload = self._exact(n)
            opcode = first & 0x0F
            if opcode in (0x1, 0x0):
                message += payload
                if first & 0x80:
                    return message.decode()
            elif opcode == 0x8:
                raise ConnectionError("the browser closed the connection")
            # ping/pong frames: the browser sends none unasked; ignore any.


class Browser:
    """One headless Chromium, one tab, driven over the DevTools protocol."""

    def __init__(self, executable: str, profile: Path) -> None:
        log = profile / "chromium.log"  # a file, not a pipe: a full pipe would stall the browser
        self.log = log.open("wb")
        self.process = subprocess.Popen(
            [
                executable,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--remote-debugging-port=0",
                f"--user-data-dir={profile / 'data'}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )
        url = ""
        deadline = time.monotonic() + 60
        while not url and time.monotonic() < deadline and self.process.poll() is None:
            found = re.search(r"DevTools listening on (ws://\S+)", log.read_text(errors="replace"))
            url = found.group(1) if found else ""
            time.sleep(0.05)
        assert url, f"chromium did not start: {log.read_text(errors='replace')[-500:]}"
        self.ws = _WebSocket(url)
        self.next_id = 0
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        self.call("Page.enable", session=True)

    def call(self, method: str, *, session: bool = False, **params: Any) -> Any:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self.ws.send(json.dumps(message))
        while True:
            reply = json.loads(self.ws.receive())
            if reply.get("id") == self.next_id:
                assert "error" not in reply, (method, reply["error"])
                return reply["result"]

    def open(self, path: Path, width: int) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            session=True,
            width=width,
            height=900,
            deviceScaleFactor=1,
            mobile=False,
        )
        self.call("Page.navigate", session=True, url=path.resolve().as_uri())
        for _ in range(200):
            if self.evaluate("document.readyState") == "complete":
                return
            time.sleep(0.02)
        raise AssertionError(f"{path} did not load")

    def evaluate(self, expression: str) -> Any:
        result = self.call(
            "Runtime.evaluate", session=True, expression=expression, returnByValue=True
        )
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def screenshot(self, out: Path) -> None:
        data = self.call(
            "Page.captureScreenshot", session=True, format="png", captureBeyondViewport=True
        )["data"]
        out.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.call("Browser.close")
        self.ws.sock.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - a hung browser
            self.process.kill()
            self.process.wait()
        self.log.close()


# --- what is measured in the page: the browser's own boxes --------------------------------------

MEASURE = r"""
(() => {
  const root = document.scrollingElement || document.documentElement;
  const width = window.innerWidth;
  const describe = (el) => {
    const text = (el.textContent || "").trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${el.getAttribute("class") || ""} "${text}"`;
  };
  const overflow = [];
  if (root.scrollWidth > width) overflow.push(`page ${root.scrollWidth} px wide`);
  for (const el of (document.body || document.documentElement).querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width && r.right > width + 0.5) overflow.push(`${describe(el)} ends at ${r.right.toFixed(1)}`);
  }
  const misaligned = [];
  let numbers = 0;
  for (const cell of document.querySelectorAll("td.number, th.number")) {
    numbers += 1;
    const style = getComputedStyle(cell);
    if (style.textAlign !== "right") misaligned.push(`${describe(cell)}: text-align ${style.textAlign}`);
    if (!style.fontVariantNumeric.includes("tabular-nums")) misaligned.push(`${describe(cell)}: ${style.fontVariantNumeric}`);
    if (!cell.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(cell);
    const content = range.getBoundingClientRect();
    const edge = cell.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    if (Math.abs(edge - content.right) > 1.5) misaligned.push(`${describe(cell)}: ends ${content.right.toFixed(1)}, cell edge ${edge.toFixed(1)}`);
  }
  const overlaps = [];
  const pictures = [...document.querySelectorAll("svg")];
  for (const svg of pictures) {
    const boxes = [];
    for (const text of svg.querySelectorAll("text")) {
      const parts = text.querySelectorAll("tspan");
      for (const part of (parts.length ? parts : [text])) {
        const r = part.getBoundingClientRect();
        if (r.width && r.height && part.textContent.trim()) boxes.push([part, r]);
      }
    }
    const hit = (a, b, slack) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (hit(boxes[i][1], boxes[j][1], 0.5)) overlaps.push(`${describe(boxes[i][0])} × ${describe(boxes[j][0])}`);
      }
      const svgBox = svg.getBoundingClientRect();
      const r = boxes[i][1];
      if (r.left < svgBox.left - 0.5 || r.right > svgBox.right + 0.5) overlaps.push(`${describe(boxes[i][0])} outside the picture`);
    }
    for (const line of svg.querySelectorAll("line.median")) {
      const l = line.getBoundingClientRect();
      for (const [el, r] of boxes) if (hit(l, r, 0)) overlaps.push(`the median line × ${describe(el)}`);
    }
  }
  return {width, overflow, misaligned, numbers, overlaps, pictures: pictures.length};
})()
"""

# --- the pages ---------------------------------------------------------------------------------


def _hard_wheel() -> AnnualWheel:
    """A wheel made to push the layout: a long name, long titles, crowded months."""
    long = "Nationella servicenätverkets arbetsgrupp för gemensamma nyckeltal och uppföljning"
    return AnnualWheel(
        name=long + " i hela Sverige, med alla regioner och deras förvaltningar",
        activities=[
            Activity(title=f"{long} ({i})", date=f"2025-03-{i + 1:02d}", illustrative=i % 2 == 0)
            for i in range(14)
        ]
        + [Activity(title="Samverkansöverenskommelseuppföljningsmötesprotokoll", month=9)],
    )


def _pages(folder: Path) -> list[Path]:
    pages = []
    for kind, entry in DOCUMENTS.items():
        assert entry.example is not None
        for lang in ("sv", "en"):
            for fmt in ("html", "svg"):
                if fmt in entry.formats:
                    page = folder / f"{kind}-{lang}.{fmt}"
                    page.write_text(entry.render(entry.example(), format=fmt, lang=lang))
                    pages.append(page)
    for fmt in ("svg", "html"):
        page = folder / f"hard-wheel.{fmt}"
        page.write_text(render_annual_wheel(_hard_wheel(), 2025, format=fmt))  # type: ignore[arg-type]
        pages.append(page)
    return pages


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    if BROWSER is None:
        pytest.fail("chromium is required in CI: .ci/run installs Debian's chromium")
    driver = Browser(BROWSER, tmp_path_factory.mktemp("profile"))
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture(scope="module")
def measured(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Open every page at 800 and 1 600 px: its measurements, and a screenshot of each."""
    folder = tmp_path_factory.mktemp("pages")
    shots = tmp_path_factory.mktemp("screenshots")
    results: dict[str, Any] = {}
    for page in _pages(folder):
        for width in (NARROW, WIDE):
            browser.open(page, width)
            results[f"{page.name}@{width}"] = browser.evaluate(MEASURE)
            browser.screenshot(shots / f"{page.stem}-{page.suffix[1:]}-{width}.png")
    results["screenshots"] = shots
    return results


def test_every_kind_and_picture_was_opened(measured: dict[str, Any]) -> None:
    html_kinds = [kind for kind, entry in DOCUMENTS.items() if "html" in entry.formats]
    for kind in html_kinds:
        assert f"{kind}-sv.html@{NARROW}" in measured
    assert any(key.endswith(f".svg@{NARROW}") for key in measured)
    shots = measured["screenshots"]
    assert len(list(shots.glob("*.png"))) == len(measured) - 1


def test_nothing_overflows_the_page_at_800_px(measured: dict[str, Any]) -> None:
    problems = {
        key: found["overflow"][:5]
        for key, found in measured.items()
        if key.endswith(f"@{NARROW}") and found["overflow"]
    }
    assert problems == {}


def test_numeric_cells_are_right_aligned_with_tabular_figures(measured: dict[str, Any]) -> None:
    problems = {
        key: found["misaligned"][:5]
        for key, found in measured.items()
        if key != "screenshots" and found["misaligned"]
    }
    assert problems == {}
    # The tables with numbers were measured: the fees, the regions, the budget ...
    assert measured[f"fees-sv.html@{NARROW}"]["numbers"] > 10
    assert measured[f"check-run-sv.html@{NARROW}"]["numbers"] >= 4


@pytest.mark.parametrize("width", [NARROW, WIDE])
def test_no_two_texts_of_a_picture_overlap(measured: dict[str, Any], width: int) -> None:
    problems = {
        key: found["overlaps"][:5]
        for key, found in measured.items()
        if key.endswith(f"@{width}") and found["overlaps"]
    }
    assert problems == {}
    assert measured[f"annual-wheel-sv.svg@{width}"]["pictures"] == 1
    assert measured[f"benchmark-sv.html@{width}"]["pictures"] == 1


def test_a_long_title_does_not_widen_the_picture(measured: dict[str, Any]) -> None:
    assert measured[f"hard-wheel.svg@{NARROW}"]["overflow"] == []
    assert measured[f"hard-wheel.html@{NARROW}"]["overflow"] == []


BROKEN = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>x</title></head><body>
<div style="width: 1200px">wide</div>
<table><tr><td class="number">1 234</td></tr></table>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50" width="200">
<text x="10" y="20">Halland</text><text x="20" y="22">Skåne</text>
<line class="median" x1="150" y1="0" x2="150" y2="50" stroke="#000"/><text x="140" y="40">310</text>
</svg></body></html>"""


def test_the_measurements_find_what_they_look_for(browser: Browser, tmp_path: Path) -> None:
    # The checks above pass only if they can fail: a page with each fault, each fault found.
    page = tmp_path / "broken.html"
    page.write_text(BROKEN, encoding="utf-8")
    browser.open(page, NARROW)
    found = browser.evaluate(MEASURE)
    assert any("wide" in problem for problem in found["overflow"])
    assert any("text-align start" in problem for problem in found["misaligned"])
    assert any(problem.endswith(": normal") for problem in found["misaligned"])  # figures
    assert any('"Halland"' in p and '"Skåne"' in p for p in found["overlaps"])
    assert any(p.startswith("the median line") and '"310"' in p for p in found["overlaps"])


def test_printed_each_file_and_subproject_of_a_check_starts_a_page(
    browser: Browser, tmp_path: Path
) -> None:
    from vardservice.io.documents import check_files
    from vardservice.render import render_check_run

    examples = Path(__file__).resolve().parent.parent / "examples" / "subprojects"
    run = check_files(examples, as_of="2025-06-01")
    page = tmp_path / "check.html"
    page.write_text(render_check_run(run, format="html"), encoding="utf-8")
    browser.open(page, NARROW)
    pdf = base64.b64decode(
        browser.call("Page.printToPDF", session=True, printBackground=False)["data"]
    )
    (tmp_path / "check.pdf").write_bytes(pdf)
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    subprojects = sum(len(f.subprojects) for f in run.files)
    assert pages >= 1 + subprojects  # the summary, then at least a page per subproject
    # On paper the severities read without colour: their signs stay, in black.
    browser.call("Emulation.setEmulatedMedia", session=True, media="print")
    try:
        signs = browser.evaluate(
            "[...document.querySelectorAll('ul.severity > li')].slice(0, 3).map(li => {"
            " const s = getComputedStyle(li, '::before'); return [s.content, s.color]; })"
        )
    finally:
        browser.call("Emulation.setEmulatedMedia", session=True, media="")
    assert signs and all(color == "rgb(0, 0, 0)" for _, color in signs)
    assert {content for content, _ in signs} <= {'"✖"', '"▲"', '"ℹ"'}
