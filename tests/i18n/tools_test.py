#!/usr/bin/env python3
"""The translation checks can fail: stale and lint against altered copies of the files.

Copies i18n/en.json and a hand-made translation into a scratch directory, changes
one English source text there (as a later edit of the library would) and expects
`i18n.py stale` to name exactly that entry; then breaks a placeholder, drops a
protocol token and copies an English text, and expects `lint` to name each.
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

TOOL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "i18n", "i18n.py")
ROOT_I18N = os.path.join(os.path.dirname(TOOL), "..", "..", "i18n")


def run(directory, *args):
    out = subprocess.run([sys.executable, TOOL, "--dir", directory, *args], capture_output=True,
                         text=True)
    return out.returncode, out.stdout + out.stderr


def main():
    failures = []
    with open(os.path.join(ROOT_I18N, "en.json"), encoding="utf-8") as f:
        en = json.load(f)
    with tempfile.TemporaryDirectory() as d:
        entries = {k: {"text": "«" + v["text"] + "»", "hash": v["hash"]} for k, v in en["entries"].items()}
        de = {"tag": "de", "entries": entries}
        with open(os.path.join(d, "de.json"), "w", encoding="utf-8") as f:
            json.dump(de, f, ensure_ascii=False)
        with open(os.path.join(d, "en.json"), "w", encoding="utf-8") as f:
            json.dump(en, f, ensure_ascii=False)
        rc, out = run(d, "stale", "de")
        if rc != 0 or "0 stale entries" not in out:
            failures.append(f"stale on a current file: exit {rc}: {out}")

        # The English of one entry changes later: its translation becomes stale.
        key = "code.550.how_to_fix"
        changed = json.loads(json.dumps(en))
        text = changed["entries"][key]["text"] + " Then try again."

        changed["entries"][key] = {"text": text,
                                   "hash": hashlib.sha256(text.encode()).hexdigest()[:16]}
        with open(os.path.join(d, "en.json"), "w", encoding="utf-8") as f:
            json.dump(changed, f, ensure_ascii=False)
        rc, out = run(d, "stale", "de")
        if rc != 1 or f"i18n/de.json: {key}: the English source changed" not in out or \
                "1 stale entry" not in out:
            failures.append(f"stale missed the changed source: exit {rc}: {out}")

        # lint: a lost placeholder, a lost protocol token, an untranslated text.
        with open(os.path.join(d, "en.json"), "w", encoding="utf-8") as f:
            json.dump(en, f, ensure_ascii=False)
        entries["page.code_title"]["text"] = "SMTP {code}"
        entries["code.530.how_to_fix"]["text"] = (
            "Senden Sie zuerst den Befehl für TLS; Port 587 oder 465, dann AUTH.")
        entries["page.heading_learn_more"]["text"] = "Learn More"
        with open(os.path.join(d, "de.json"), "w", encoding="utf-8") as f:
            json.dump(de, f, ensure_ascii=False)
        rc, out = run(d, "lint", "de", "--all")
        # One report per lost occurrence: the English names STARTTLS and EHLO more than once.
        source = en["entries"]["code.530.how_to_fix"]["text"]
        lost = source.count("STARTTLS") + source.count("EHLO")
        for want in ["page.code_title: placeholders ['{code}'] differ from the English ['{code}', '{name}']",
                     "code.530.how_to_fix: protocol token 'STARTTLS' of the English is missing",
                     "code.530.how_to_fix: protocol token 'EHLO' of the English is missing",
                     "page.heading_learn_more: identical to the English text",
                     f"i18n/de.json: {2 + lost} problem(s)"]:
            if want not in out:
                failures.append(f"lint did not report: {want}\n{out}")
        if rc != 1:
            failures.append(f"lint exit status {rc}, expected 1")
    for f in failures:
        print(f)
    print(f"tools_test: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
