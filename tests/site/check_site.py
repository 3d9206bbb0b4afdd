#!/usr/bin/env python3
"""Checks a site written by `smtp-explain site`: links, pages, sitemap, HTML.

  check_site.py links SITE_DIR --base-url URL --langs en,de,...
      Walks the whole site from its root index by following links, and checks
      every page: each link and stylesheet resolves to a file (and each #fragment
      to an id in it); no page requests anything outside the site; <html lang> is
      the page's language; the canonical URL is the page's own; hreflang
      alternates name every language (and x-default) and point at existing
      pages; the sitemap lists exactly the pages of the site. Every HTML file
      must be reached from the root.
  check_site.py tidy SITE_DIR [--jobs N]
      Every page parses as HTML: `tidy -errors -q` reports no error and no
      warning except those listed in TIDY_ACCEPTED (HTML that tidy 5.6 does
      not know yet).
Exit status 0 when clean, 1 with one line per finding.
"""

import argparse
import concurrent.futures
import html.parser
import os
import re
import subprocess
import sys
import time
import urllib.parse
import xml.etree.ElementTree as ET


class Page(html.parser.HTMLParser):
    """The parts of a page the checks need."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.ids = set()
        self.duplicate_ids = set()
        self.links = []  # (tag, attribute, value)
        self.canonical = None
        self.alternates = {}
        self.title = ""
        self.in_title = False
        self.viewport = False
        self.h1 = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if "id" in a:
            if a["id"] in self.ids:
                self.duplicate_ids.add(a["id"])
            self.ids.add(a["id"])
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            self.h1 += 1
        if tag == "meta" and a.get("name") == "viewport":
            self.viewport = True
        if tag == "link":
            rel = (a.get("rel") or "").split()
            if "canonical" in rel:
                self.canonical = a.get("href")
            elif "alternate" in rel and "hreflang" in a:
                self.alternates[a["hreflang"]] = a.get("href")
            elif "href" in a:
                self.links.append((tag, "href", a["href"]))
        for attr in ("href", "src", "action", "poster", "data"):
            if attr in a and tag != "link":
                self.links.append((tag, attr, a[attr]))
        if "style" in a and "url(" in a["style"]:
            self.links.append((tag, "style", a["style"]))

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def parse(path):
    p = Page()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return p


def check_links(args):
    root = os.path.abspath(args.site)
    base = args.base_url if args.base_url.endswith("/") else args.base_url + "/"
    langs = args.langs.split(",")
    problems = []
    started = time.monotonic()

    def rel(path):
        return os.path.relpath(path, root).replace(os.sep, "/")

    def url_to_file(url):
        if not url.startswith(base):
            return None
        return os.path.join(root, *url[len(base):].split("/"))

    all_html = set()
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(".html"):
                all_html.add(os.path.join(d, f))
    pages = {}
    queue = [os.path.join(root, "index.html")]
    seen = set(queue)
    links_checked = 0
    while queue:
        path = queue.pop()
        page = pages[path] = parse(path)
        where = rel(path)
        parts = where.split("/")
        page_lang = parts[0] if len(parts) > 1 else None
        if not page.lang:
            problems.append(f"{where}: no <html lang>")
        elif page_lang and page.lang != page_lang:
            problems.append(f"{where}: <html lang=\"{page.lang}\"> in the {page_lang} directory")
        if not page.title.strip():
            problems.append(f"{where}: empty <title>")
        if not page.viewport:
            problems.append(f"{where}: no viewport meta element")
        if page.h1 != 1:
            problems.append(f"{where}: {page.h1} h1 elements")
        for i in sorted(page.duplicate_ids):
            problems.append(f"{where}: duplicate id {i!r}")
        if page.canonical != base + where:
            problems.append(f"{where}: canonical {page.canonical!r}, expected {base + where!r}")
        want = set(langs) | {"x-default"}
        if set(page.alternates) != want:
            problems.append(f"{where}: hreflang alternates {sorted(page.alternates)} != {sorted(want)}")
        for hreflang, url in page.alternates.items():
            target = url_to_file(url or "")
            links_checked += 1
            if target is None or not os.path.isfile(target):
                problems.append(f"{where}: hreflang {hreflang} -> {url}: no such page")
            elif hreflang != "x-default" and rel(target).split("/")[0] != hreflang and page_lang:
                problems.append(f"{where}: hreflang {hreflang} -> {url}: another language")
        for tag, attr, value in page.links:
            links_checked += 1
            if attr == "style":
                problems.append(f"{where}: inline style with url(): {value!r}")
                continue
            parsed = urllib.parse.urlsplit(value)
            if parsed.scheme == "data":
                continue
            if parsed.scheme or value.startswith("//"):
                problems.append(f"{where}: <{tag} {attr}> requests {value} outside the site")
                continue
            if parsed.path == "":
                target = path
            else:
                target = os.path.normpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(parsed.path)))
            if not target.startswith(root + os.sep) and target != root:
                problems.append(f"{where}: {value} leaves the site")
                continue
            if not os.path.isfile(target):
                problems.append(f"{where}: broken link {value}")
                continue
            if target.endswith(".html"):
                if parsed.fragment:
                    if target not in pages:
                        pages[target] = parse(target)
                    if parsed.fragment not in pages[target].ids:
                        problems.append(f"{where}: {value}: no id {parsed.fragment!r} there")
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
    unreached = sorted(rel(p) for p in all_html - seen)
    for p in unreached[:20]:
        problems.append(f"{p}: no link from the site reaches this page")
    if len(unreached) > 20:
        problems.append(f"... and {len(unreached) - 20} more unreached pages")

    sitemap = os.path.join(root, "sitemap.xml")
    try:
        tree = ET.parse(sitemap)
        ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
        locs = [e.text for e in tree.getroot().findall("s:url/s:loc", ns)]
        files = set()
        for loc in locs:
            target = url_to_file(loc or "")
            if target is None or not os.path.isfile(target):
                problems.append(f"sitemap.xml: {loc}: no such page")
            else:
                files.add(target)
        if len(locs) != len(set(locs)):
            problems.append("sitemap.xml: a URL is listed twice")
        for p in sorted(all_html - files)[:20]:
            problems.append(f"sitemap.xml: {rel(p)} is not listed")
    except (ET.ParseError, OSError) as e:
        problems.append(f"sitemap.xml: {e}")

    for p in problems[:200]:
        print(p)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    print(f"links: {len(seen)} pages reached of {len(all_html)}, {links_checked} links checked, "
          f"{len(problems)} problem(s), {time.monotonic() - started:.1f} s")
    return 1 if problems else 0


# Warnings of tidy 5.6 about valid HTML it does not know: aria-current (WAI-ARIA 1.1).
TIDY_ACCEPTED = [re.compile(r'Warning: <a> proprietary attribute "aria-current"')]


def tidy_chunk(files):
    out = subprocess.run(["tidy", "-errors", "-q", "-utf8"] + files, capture_output=True, text=True)
    findings = [l for l in out.stderr.splitlines()
                if l.strip() and not any(r.search(l) for r in TIDY_ACCEPTED)]
    if out.returncode not in (0, 1) or findings:
        # Attribute the findings to files: run them one by one.
        per_file = []
        for f in files:
            one = subprocess.run(["tidy", "-errors", "-q", "-utf8", f], capture_output=True, text=True)
            for l in one.stderr.splitlines():
                if l.strip() and not any(r.search(l) for r in TIDY_ACCEPTED):
                    per_file.append(f"{f}: {l}")
            if one.returncode not in (0, 1) and not one.stderr.strip():
                per_file.append(f"{f}: tidy exit status {one.returncode}")
        return per_file
    return []


def check_tidy(args):
    started = time.monotonic()
    files = []
    for d, _, names in os.walk(args.site):
        files += [os.path.join(d, n) for n in names if n.endswith(".html")]
    files.sort()
    chunks = [files[i:i + 400] for i in range(0, len(files), 400)]
    problems = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for found in pool.map(tidy_chunk, chunks):
            problems += found
    for p in problems[:100]:
        print(p)
    print(f"tidy: {len(files)} pages, {len(problems)} finding(s), {time.monotonic() - started:.1f} s")
    return 1 if problems or not files else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("links")
    p.add_argument("site")
    p.add_argument("--base-url", required=True)
    p.add_argument("--langs", required=True)
    p.set_defaults(run=check_links)
    p = sub.add_parser("tidy")
    p.add_argument("site")
    p.add_argument("--jobs", type=int, default=2)
    p.set_defaults(run=check_tidy)
    args = parser.parse_args()
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
