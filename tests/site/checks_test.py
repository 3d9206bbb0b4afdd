#!/usr/bin/env python3
"""The site checks themselves: check_site.py passes a small clean site and fails,
with the expected message, on each defect planted in a copy of it (a broken
link, a missing #fragment, a request to another host, a missing hreflang
alternate, a page missing from the sitemap, a page tidy cannot parse cleanly).

  checks_test.py CHECK_SITE_PY [--tidy]   (--tidy: tidy is installed, test it too)
"""

import os
import shutil
import subprocess
import sys
import tempfile

BASE = "https://docs.example.com/smtp/"
LANGS = ["en", "de"]


def page(lang, path, body):
    """A page as the generator writes it: lang, viewport, canonical, alternates."""
    alternates = "".join(
        f'<link rel="alternate" hreflang="{l}" href="{BASE}{l}/{path}">\n' for l in LANGS)
    depth = "../" if lang else ""
    own = f"{lang}/{path}" if lang else path
    return (f'<!DOCTYPE html>\n<html lang="{lang or "en"}">\n<head>\n'
            '<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{own}</title>\n"
            f'<link rel="stylesheet" href="{depth}style.css">\n'
            f'<link rel="canonical" href="{BASE}{own}">\n{alternates}'
            f'<link rel="alternate" hreflang="x-default" href="{BASE}en/{path}">\n'
            f'</head>\n<body>\n<main>\n<h1 id="top">{own}</h1>\n{body}\n'
            "</main>\n</body>\n</html>\n")


def write_site(root, extra=None):
    files = {
        "index.html": page(None, "index.html",
                           '<p><a href="en/index.html">en</a> <a href="de/index.html">de</a></p>'),
        "style.css": "body { margin: 0; }\n",
    }
    for lang in LANGS:
        files[f"{lang}/index.html"] = page(lang, "index.html",
                                           '<p><a href="a.html#top">a</a></p>')
        files[f"{lang}/a.html"] = page(lang, "a.html", '<p><a href="index.html">index</a></p>')
    files.update(extra or {})
    sitemap = [p for p in files if p.endswith(".html") and "unlisted" not in p]
    files["sitemap.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url><loc>{BASE}{p}</loc></url>\n" for p in sorted(sitemap)) + "</urlset>\n")
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def run(check, args, site):
    p = subprocess.run([sys.executable, check] + args[:1] + [site] + args[1:],
                       capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def main():
    check = sys.argv[1]
    with_tidy = "--tidy" in sys.argv[2:]
    links = ["links", "--base-url", BASE, "--langs", ",".join(LANGS)]
    failures = []
    tmp = tempfile.mkdtemp(prefix="smtpcodes-site-checks-")
    try:
        clean = os.path.join(tmp, "clean")
        write_site(clean)
        rc, out = run(check, links, clean)
        if rc != 0:
            failures.append(f"links failed on the clean site:\n{out}")
        if with_tidy:
            rc, out = run(check, ["tidy"], clean)
            if rc != 0:
                failures.append(f"tidy failed on the clean site:\n{out}")

        en_a = lambda body: {"en/a.html": page("en", "a.html", body)}
        planted = [
            ("broken link", en_a('<p><a href="missing.html">x</a></p>'),
             "en/a.html: broken link missing.html"),
            ("missing fragment", en_a('<p><a href="index.html#nowhere">x</a></p>'),
             "en/a.html: index.html#nowhere: no id 'nowhere' there"),
            ("request to another host",
             en_a('<p><img src="https://cdn.example.net/f.png" alt=""></p>'),
             "en/a.html: <img src> requests https://cdn.example.net/f.png outside the site"),
            ("page missing from the sitemap",
             {"en/a.html": page("en", "a.html", '<p><a href="unlisted.html">x</a></p>'),
              "en/unlisted.html": page("en", "unlisted.html", "<p>x</p>")},
             "sitemap.xml: en/unlisted.html is not listed"),
            ("missing hreflang alternate",
             {"de/a.html": page("de", "a.html", "<p>x</p>").replace(
                 f'<link rel="alternate" hreflang="en" href="{BASE}en/a.html">\n', "")},
             "de/a.html: hreflang alternates ['de', 'x-default'] != ['de', 'en', 'x-default']"),
        ]
        for name, extra, expected in planted:
            site = os.path.join(tmp, name.replace(" ", "-"))
            write_site(site, extra)
            rc, out = run(check, links, site)
            if rc != 1 or expected not in out:
                failures.append(f"links on a site with a {name}: exit {rc}, expected 1 and "
                                f"{expected!r} in:\n{out}")
        if with_tidy:
            site = os.path.join(tmp, "bad-html")
            write_site(site, en_a("<p><span>unclosed</p>"))
            rc, out = run(check, ["tidy"], site)
            if rc != 1 or "en/a.html" not in out or "missing </span>" not in out:
                failures.append(f"tidy on a page with an unclosed <span>: exit {rc}:\n{out}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print(f)
    print(f"site checks: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
