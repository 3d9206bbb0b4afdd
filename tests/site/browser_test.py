#!/usr/bin/env python3
"""Renders pages of a site written by `smtp-explain site` in headless Chromium.

  browser_test.py SITE_DIR --chromium PATH --shots DIR --port N --langs en,de,...

Serves SITE_DIR on 127.0.0.1:N (a thread of this process, stopped at the end),
starts Chromium with a fresh profile and talks to it over the DevTools protocol
on a pipe (--remote-debugging-pipe: no debugging port). For a sample of pages
in every language, at 375 px (mobile emulation) and 1280 px wide, it checks:
  - no console error, no uncaught exception, no failed or 4xx/5xx request;
  - no request outside the local server (no CDN, no font service);
  - no horizontal scrolling (the document is not wider than the viewport);
  - the text of the first paragraph is drawn with an installed system font,
    a CJK font for ja, ko and zh-Hans (no missing glyphs);
and keeps a screenshot of each page and width in DIR.
Exit status 0 when every check passed, 1 otherwise.
"""

import argparse
import base64
import functools
import http.server
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time

SAMPLE = ["index.html", "codes/550.html", "compare/421-vs-455.html", "compare/250-vs-530.html",
          "status/x-7-1.html"]
WIDTHS = [(375, 812, True), (1280, 900, False)]
CJK = {"ja", "ko", "zh-Hans"}


class Chromium:
    """A Chromium process and one page session, over the DevTools pipe."""

    def __init__(self, executable, profile):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def wire_fds():  # the browser reads commands on fd 3 and writes replies on fd 4
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        args = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--hide-scrollbars", "--mute-audio", f"--user-data-dir={profile}",
                "--remote-debugging-pipe", "about:blank"]
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, preexec_fn=wire_fds,
                                     close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        self.next_id = 0
        self.replies = {}
        self.events = queue.Queue()
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.session = None

    def _read(self):
        buf = b""
        while True:
            chunk = os.read(self.from_child, 1 << 16)
            if not chunk:
                with self.cond:
                    self.replies[None] = "closed"
                    self.cond.notify_all()
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                if "id" in msg:
                    with self.cond:
                        self.replies[msg["id"]] = msg
                        self.cond.notify_all()
                else:
                    self.events.put(msg)

    def call(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self.to_child, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        with self.cond:
            while self.next_id not in self.replies:
                if None in self.replies:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise RuntimeError(f"no reply to {method} in {timeout} s")
                self.cond.wait(left)
            reply = self.replies.pop(self.next_id)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def open_page(self):
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)
        self.session = self.call("Target.attachToTarget",
                                 {"targetId": target["targetId"], "flatten": True},
                                 session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network", "DOM", "CSS"):
            self.call(f"{domain}.enable")

    def drain(self):
        out = []
        while True:
            try:
                out.append(self.events.get_nowait())
            except queue.Empty:
                return out

    def wait_event(self, method, timeout=30):
        """Events until `method` arrives (returned, with the others seen on the way)."""
        seen = []
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise RuntimeError(f"no {method} event in {timeout} s")
            try:
                e = self.events.get(timeout=left)
            except queue.Empty:
                continue
            seen.append(e)
            if e.get("method") == method and e.get("sessionId") == self.session:
                return seen

    def close(self):
        try:
            self.call("Browser.close", session=False, timeout=5)
        except RuntimeError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_child)
        os.close(self.from_child)


def problems_in(events, origin):
    """Console errors, exceptions, failed and foreign requests among DevTools events."""
    found = []
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
            found.append(f"console.{p['type']}: {text}")
        elif m == "Runtime.exceptionThrown":
            found.append(f"exception: {p.get('exceptionDetails', {}).get('text')}")
        elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
            entry = p["entry"]
            found.append(f"console error: {entry.get('text')} {entry.get('url', '')}")
        elif m == "Network.requestWillBeSent":
            url = p.get("request", {}).get("url", "")
            if not (url.startswith(origin) or url.startswith("data:") or url == "about:blank"):
                found.append(f"request outside the site: {url}")
        elif m == "Network.loadingFailed":
            found.append(f"request failed: {p.get('errorText')} ({p.get('type')})")
        elif m == "Network.responseReceived":
            status = p.get("response", {}).get("status", 0)
            if status >= 400:
                found.append(f"HTTP {status} for {p['response'].get('url')}")
    return found


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site")
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--shots", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--langs", required=True)
    args = parser.parse_args()
    started = time.monotonic()
    langs = args.langs.split(",")
    os.makedirs(args.shots, exist_ok=True)

    handler = functools.partial(QuietHandler, directory=os.path.abspath(args.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    server_thread = threading.Thread(target=server.serve_forever, daemon=True)
    server_thread.start()
    origin = f"http://127.0.0.1:{args.port}/"

    profile = tempfile.mkdtemp(prefix="smtpcodes-chromium-")
    browser = None
    failures = []
    checked = 0
    try:
        browser = Chromium(args.chromium, profile)
        browser.open_page()
        for width, height, mobile in WIDTHS:
            browser.call("Emulation.setDeviceMetricsOverride",
                         {"width": width, "height": height, "deviceScaleFactor": 1,
                          "mobile": mobile})
            for lang in langs:
                for path in SAMPLE:
                    url = f"{origin}{lang}/{path}"
                    where = f"{lang}/{path} at {width} px"
                    browser.drain()
                    browser.call("Page.navigate", {"url": url})
                    events = browser.wait_event("Page.loadEventFired")
                    state = browser.call("Runtime.evaluate", {
                        "expression": "JSON.stringify({w: document.documentElement.scrollWidth,"
                                      " v: document.documentElement.clientWidth,"
                                      " lang: document.documentElement.lang,"
                                      " sheets: document.styleSheets.length})",
                        "returnByValue": True})
                    page = json.loads(state["result"]["value"])
                    time.sleep(0.05)  # late console messages
                    events += browser.drain()
                    for p in problems_in(events, origin):
                        failures.append(f"{where}: {p}")
                    if page["w"] > page["v"]:
                        failures.append(f"{where}: horizontal scrolling, document {page['w']} px "
                                        f"wide in a {page['v']} px viewport")
                    if page["lang"] != lang:
                        failures.append(f"{where}: <html lang> is {page['lang']!r}")
                    if page["sheets"] != 1:
                        failures.append(f"{where}: {page['sheets']} stylesheets loaded, expected 1")
                    doc = browser.call("DOM.getDocument", {"depth": 0})
                    node = browser.call("DOM.querySelector",
                                        {"nodeId": doc["root"]["nodeId"], "selector": "main p"})
                    if node.get("nodeId"):
                        fonts = browser.call("CSS.getPlatformFontsForNode",
                                             {"nodeId": node["nodeId"]})["fonts"]
                        names = [f["familyName"] for f in fonts]
                        if not fonts:
                            failures.append(f"{where}: no font drew the first paragraph")
                        elif lang in CJK and not any("CJK" in n or "Han" in n for n in names):
                            failures.append(f"{where}: CJK text drawn with {names}, no CJK font")
                    else:
                        failures.append(f"{where}: no paragraph in <main>")
                    shot = browser.call("Page.captureScreenshot", {"format": "png"})
                    name = f"{lang}-{path.replace('/', '-').replace('.html', '')}-{width}.png"
                    with open(os.path.join(args.shots, name), "wb") as f:
                        f.write(base64.b64decode(shot["data"]))
                    checked += 1
    except (RuntimeError, OSError) as e:
        failures.append(f"browser: {e}")
    finally:
        if browser is not None:
            browser.close()
        server.shutdown()
        server.server_close()
        shutil.rmtree(profile, ignore_errors=True)
    for f in failures:
        print(f)
    print(f"browser: {checked} page renders ({len(langs)} languages x {len(SAMPLE)} pages x "
          f"{len(WIDTHS)} widths), {len(failures)} failure(s), screenshots in {args.shots}, "
          f"{time.monotonic() - started:.1f} s")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
