#!/usr/bin/env python3
"""Translation files of smtpcodes: i18n/<tag>.json -> include/smtpcodes/locale/<name>.hpp.

i18n/en.json is the English source, written from the compiled English catalogue
(tools/i18n/dump_texts.cpp); every entry has a key, the text and the hash of the
text. A translation file has the same keys, the translated text and the hash of
the English text it was translated from, so a later change of the English shows
up as a stale entry. See i18n/FORMAT.md.

Subcommands:
  export-en --dump BIN [--check]   write (or check) i18n/en.json
  header TAG... [--check]          write (or check) the C++ header of each language
  stale [TAG...]                   translations whose English source changed since
  lint [TAG...]                    missing, unknown, stale, identical-to-English
                                   entries, placeholders and protocol tokens
  compare-dump TAG... --dump BIN   the compiled catalogue holds the file's texts
Exit status: 0 clean, 1 findings, 2 usage or file errors.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
I18N = os.path.join(ROOT, "i18n")
LOCALE = os.path.join(ROOT, "include", "smtpcodes", "locale")

# Built-in languages: tag -> C++ identifier (locale::<name>, locale/<name>.hpp).
LANGUAGES = {
    "tr": "tr", "ja": "ja", "ko": "ko", "de": "de", "es": "es", "fr": "fr",
    "pt-BR": "pt_br", "zh-Hans": "zh_hans",
}

# The English name of each language, for the comment atop its header.
ENGLISH_NAMES = {
    "tr": "Turkish", "ja": "Japanese", "ko": "Korean", "de": "German", "es": "Spanish",
    "fr": "French", "pt-BR": "Brazilian Portuguese", "zh-Hans": "Simplified Chinese",
}


def text_hash(text):
    """The hash stored with every entry: the first 16 hex digits of SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def english():
    return load(os.path.join(I18N, "en.json"))


def lang_path(tag):
    return os.path.join(I18N, tag + ".json")


# --- notes for translators: which template a phrase is inserted into ---------

NOTES = [
    (r"page\.class_names\.", "Name of a reply class, inserted as {class}, {class_a}, {class_b}."),
    (r"page\.class_gist\.", "Opening sentence about one code; {code} is the number."),
    (r"page\.class_gist_both\.", "Same sentence for two codes of one class."),
    (r"page\.class_outcome\.", "Clause inserted as {outcome_a}/{outcome_b} into page.which_by_outcome."),
    (r"page\.category_names\.", "Name of a category (second digit), inserted as {cat_a}, {category}."),
    (r"page\.retry_phrases\.", "Clause inserted as {retry_a}/{retry_b} into page.diff_retry."),
    (r"page\.spec_names\.", "Phrase inserted as {spec_a}/{spec_b} into page.diff_spec."),
    (r"page\.connection_(closes|stays_open)", "Clause inserted as {conn_a}/{conn_b} into page.diff_connection."),
    (r"page\.command_(connect|end_of_data|any)", "Inserted into a list of SMTP commands ({cmds_a}, {commands})."),
    (r"page\.list_", "Separator inside a list of commands or status codes; keep the spaces your language needs."),
    (r"page\.action_names\.", "Value of the 'Action' field of an advice."),
    (r"page\.scope_names\.", "Value of the 'Scope' field of an advice."),
    (r"page\.bounce_names\.", "Value of the 'Bounce' field: none, soft bounce, hard bounce."),
    (r"page\.delay_", "{n} is a number."),
    (r"page\.(throttle_|next_retry_in)", "{duration} is a compact duration: 90s, 15m, 2h, 1d6h."),
    (r"page\.(label_rule|label_throttle|label_next_retry|next_retry_)",
     "A line smtp-explain prints after the advice: '<label>: <value>'."),
    (r"page\.usage_names\.", "Value of the 'Used as' field of an enhanced status page."),
    (r"page\.diagnostics\.", "A finding about an enhanced status in a reply."),
    (r"reason\.", "Name of a bounce reason; shown with its token, see page.reason_line."),
    (r"why\.", "Why the advice was given; keep RFC numbers, sections and reply codes."),
    (r"provider\.", "Why a provider profile's advice was given: what the provider says its reply "
                    "means (the key names the row of detail/provider_profiles.hpp); keep provider "
                    "and product names, codes and markers."),
    (r"status\.subject\.", "Name of an enhanced-status subject (X.s.x), inserted as {subject}."),
    (r"status\.class\.", "Enhanced-status class (2.x.x, 4.x.x, 5.x.x)."),
    (r"status\.\d+\.\d+\.name", "IANA registry title of an enhanced status code, used in titles and lists."),
    (r"code\.\d+\.name", "Name of a reply code, used in titles and inserted as {name}, {name_a}."),
    (r"code\.\d+\.use_when", "Shown under 'When to Use Which': when a server sends this code rather than another."),
    (r"page\.compare_link", "Link text to a comparison page; {name_b} is the other code's name."),
    (r"page\.footer_note", "{version} is the library version, e.g. 1.2.0."),
]


def note_for(key):
    for pattern, note in NOTES:
        if re.match(pattern, key):
            return note
    return None


# --- export-en -------------------------------------------------------------------


def read_dump(binary, tag):
    out = subprocess.run([binary, tag], check=True, capture_output=True).stdout.decode("utf-8")
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def english_document(binary):
    entries = {}
    for item in read_dump(binary, "en"):
        entry = {"text": item["text"], "hash": text_hash(item["text"])}
        note = note_for(item["key"])
        if note:
            entry["note"] = note
        if item["key"] in entries:
            raise SystemExit(f"duplicate key {item['key']}")
        entries[item["key"]] = entry
    return {"tag": "en", "entries": entries}


def dumps(doc):
    """One entry per line, in the order of the English source: easy to edit and diff."""
    lines = ["{", f' "tag": {json.dumps(doc["tag"], ensure_ascii=False)},', ' "entries": {']
    items = list(doc["entries"].items())
    for i, (key, entry) in enumerate(items):
        comma = "," if i + 1 < len(items) else ""
        lines.append(f"  {json.dumps(key)}: {json.dumps(entry, ensure_ascii=False)}{comma}")
    lines += [" }", "}"]
    return "\n".join(lines) + "\n"


def cmd_export_en(args):
    text = dumps(english_document(args.dump))
    path = os.path.join(I18N, "en.json")
    if args.check:
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        if current != text:
            print("i18n/en.json is not the English of the compiled catalogue; run "
                  "tools/i18n/i18n.py export-en --dump <build>/bin/dump_texts", file=sys.stderr)
            return 1
        return 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {path}: {len(json.loads(text)['entries'])} entries")
    return 0


# --- header ----------------------------------------------------------------------


def cpp_string(s):
    """A C++ string literal (UTF-8 passes through; quotes, backslashes escaped)."""
    out = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + out + '"'


STATUS_CLASS = {"2": 0, "4": 1, "5": 2}


def cpp_assignment(key, text, en_keys_in_order):
    """The C++ statement that stores one phrase key of a catalogue `c`."""
    parts = key.split(".")
    if parts[0] == "page":
        field = parts[1]
        if len(parts) == 2:
            return f"c.{field} = {cpp_string(text)};"
        return f"c.{field}[{int(parts[2])}] = {cpp_string(text)};"
    if parts[0] == "why":
        index = [k for k in en_keys_in_order if k.startswith("why.")].index(key)
        return f"c.why_texts[{index}] = {cpp_string(text)};"
    if parts[0] == "provider":
        index = [k for k in en_keys_in_order if k.startswith("provider.")].index(key)
        return f"c.provider_why_texts[{index}] = {cpp_string(text)};"
    if parts[0] == "reason":
        index = [k for k in en_keys_in_order if k.startswith("reason.")].index(key)
        return f"c.reason_names[{index}] = {cpp_string(text)};"
    if parts[0] == "status" and parts[1] == "subject":
        return f"c.status_subject_names[{int(parts[2])}] = {cpp_string(text)};"
    if parts[0] == "status" and parts[1] == "class":
        field = {"name": "status_class_names", "description": "status_class_descriptions",
                 "what_to_do": "status_class_what_to_do"}[parts[3]]
        return f"c.{field}[{STATUS_CLASS[parts[2]]}] = {cpp_string(text)};"
    raise ValueError(f"not a phrase key: {key}")


CODE_FIELDS = ["name", "description", "when_seen", "how_to_fix", "use_when",
               "alternate.name", "alternate.description", "alternate.how_to_fix"]
STATUS_FIELDS = ["name", "description", "what_to_do"]


def header_text(tag, doc, en):
    name = LANGUAGES[tag]
    entries = doc.get("entries", {})
    en_keys = list(en["entries"].keys())
    text = lambda k: entries.get(k, {}).get("text", "")
    language = ENGLISH_NAMES[tag]
    guard = "SMTPCODES_LOCALE_" + name.upper() + "_HPP"
    lines = [
        f"// {language} catalogue ({tag}). Generated from i18n/{tag}.json by",
        "// tools/i18n/i18n.py header: edit the JSON file, not this header. Each text",
        "// was translated from the English source whose hash the JSON file stores.",
        f"#ifndef {guard}",
        f"#define {guard}",
        "",
        '#include "catalogue.hpp"',
        "",
        "namespace smtpcodes {",
        "inline namespace v1 {",
        "namespace locale {",
        "",
        "// clang-format off",
        f"namespace {name}_texts {{",
        f"/// Per-code texts of {language}, in registry order.",
        "inline constexpr code_text codes[] = {",
    ]
    codes = []
    for key in en_keys:
        m = re.match(r"code\.(\d+)\.name$", key)
        if m:
            codes.append(m.group(1))
    for code in codes:
        values = [cpp_string(text(f"code.{code}.{f}")) for f in CODE_FIELDS]
        lines.append(f"  {{{code},")
        for i, v in enumerate(values):
            lines.append(f"   {v}{',' if i + 1 < len(values) else '},'}")
    lines.append("};")
    lines.append(f"/// Enhanced-status texts of {language}, in registry order.")
    lines.append("inline constexpr status_text statuses[] = {")
    for key in en_keys:
        m = re.match(r"status\.(\d+)\.(\d+)\.name$", key)
        if not m:
            continue
        s, d = m.groups()
        values = [cpp_string(text(f"status.{s}.{d}.{f}")) for f in STATUS_FIELDS]
        lines.append(f"  {{{s}, {d},")
        for i, v in enumerate(values):
            lines.append(f"   {v}{',' if i + 1 < len(values) else '},'}")
    lines.append("};")
    lines.append(f"}}  // namespace {name}_texts")
    lines.append("")
    lines.append(f"/// {language}.")
    lines.append(f"inline constexpr catalogue {name} = [] {{")
    lines.append("  catalogue c{};")
    lines.append(f"  c.tag = {cpp_string(tag)};")
    for key in en_keys:
        if key.startswith("code.") or re.match(r"status\.\d", key):
            continue
        lines.append("  " + cpp_assignment(key, text(key), en_keys))
    lines += [
        f"  c.code_texts = {name}_texts::codes;",
        f"  c.code_text_count = sizeof({name}_texts::codes) / sizeof(code_text);",
        f"  c.status_texts = {name}_texts::statuses;",
        f"  c.status_text_count = sizeof({name}_texts::statuses) / sizeof(status_text);",
        "  return c;",
        "}();",
        "// clang-format on",
        "",
        "}  // namespace locale",
        "}  // namespace v1",
        "}  // namespace smtpcodes",
        "",
        "#endif",
        "",
    ]
    return "\n".join(lines)


def cmd_header(args):
    en = english()
    status = 0
    for tag in args.tags or sorted(LANGUAGES):
        if tag not in LANGUAGES:
            print(f"unknown language {tag}", file=sys.stderr)
            return 2
        if os.path.exists(lang_path(tag)):
            doc = load(lang_path(tag))
        else:  # not translated yet: a header whose texts are all empty
            print(f"i18n/{tag}.json: missing; the header gets empty texts", file=sys.stderr)
            doc = {"tag": tag, "entries": {}}
        out = header_text(tag, doc, en)
        path = os.path.join(LOCALE, LANGUAGES[tag] + ".hpp")
        if args.check:
            current = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
            if current != out:
                print(f"{os.path.relpath(path, ROOT)} is not generated from i18n/{tag}.json; "
                      f"run tools/i18n/i18n.py header {tag}", file=sys.stderr)
                status = 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(out)
            print(f"wrote {os.path.relpath(path, ROOT)}")
    return status


# --- stale and lint ------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# Words a translation keeps as they are: SMTP commands and protocol names
# (RCPT, STARTTLS, SPF, DKIM, TLS, MX, ...), RFC references, reply and status codes.
TOKEN = re.compile(r"(?<![A-Za-z0-9])(?:RFC \d+|[245X]\.\d{1,3}\.\d{1,3}|\d\.X\.X|"
                   r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*|§\d+(?:\.\d+)*|[1-5]\d\d)(?![A-Za-z0-9])")


def tokens(text):
    return TOKEN.findall(text)


def without_tokens(text):
    """What remains of a text without placeholders, tokens, digits and punctuation."""
    rest = PLACEHOLDER.sub(" ", text)
    rest = TOKEN.sub(" ", rest)
    return re.sub(r"[\W\d_]+", "", rest)


def load_same_as_english():
    allowed = set()
    path = os.path.join(I18N, "same_as_english.txt")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.split("#", 1)[0].strip()
            if line:
                tag, key = line.split()[:2]
                allowed.add((tag, key))
    return allowed


def stale_entries(tag, doc, en):
    out = []
    for key, entry in doc.get("entries", {}).items():
        source = en["entries"].get(key)
        if source is not None and entry.get("hash") != source["hash"]:
            out.append(key)
    return out


def cmd_stale(args):
    en = english()
    findings = 0
    for tag in args.tags or sorted(LANGUAGES):
        if not os.path.exists(lang_path(tag)):
            continue
        for key in stale_entries(tag, load(lang_path(tag)), en):
            print(f"i18n/{tag}.json: {key}: the English source changed after this translation "
                  f"was written (hash {load(lang_path(tag))['entries'][key].get('hash')} != "
                  f"{en['entries'][key]['hash']}); review it against the new English and "
                  "copy the new hash")
            findings += 1
    print(f"stale: {findings} stale entr{'y' if findings == 1 else 'ies'}")
    return 1 if findings else 0


def lint(tag, doc, en, allowed):
    problems = []
    entries = doc.get("entries", {})
    if doc.get("tag") != tag:
        problems.append(f"tag is {doc.get('tag')!r}, expected {tag!r}")
    for key in entries:
        if key not in en["entries"]:
            problems.append(f"{key}: not a key of i18n/en.json")
    for key, source in en["entries"].items():
        entry = entries.get(key)
        if entry is None or not isinstance(entry.get("text"), str) or not entry["text"].strip():
            problems.append(f"{key}: missing")
            continue
        text = entry["text"]
        if entry.get("hash") != source["hash"]:
            problems.append(f"{key}: stale (English changed since the translation)")
        if "\n" in text or text != text.strip():
            if key not in ("page.list_separator", "page.list_last_separator", "page.list_last_or"):
                problems.append(f"{key}: line break or leading/trailing space")
        want = sorted(PLACEHOLDER.findall(source["text"]))
        have = sorted(PLACEHOLDER.findall(text))
        if want != have:
            problems.append(f"{key}: placeholders {have} differ from the English {want}")
        have_tokens = set(TOKEN.findall(text))
        for t in tokens(source["text"]):
            if t not in have_tokens:
                problems.append(f"{key}: protocol token {t!r} of the English is missing")
        if text == source["text"] and without_tokens(text) and (tag, key) not in allowed:
            problems.append(f"{key}: identical to the English text")
    return problems


def cmd_lint(args):
    en = english()
    allowed = load_same_as_english()
    total = 0
    for tag in args.tags or sorted(LANGUAGES):
        if not os.path.exists(lang_path(tag)):
            print(f"i18n/{tag}.json: missing")
            total += 1
            continue
        try:
            doc = load(lang_path(tag))
        except json.JSONDecodeError as e:
            print(f"i18n/{tag}.json: not valid JSON: {e}")
            total += 1
            continue
        problems = lint(tag, doc, en, allowed)
        shown = problems if args.all else problems[:args.limit]
        for p in shown:
            print(f"i18n/{tag}.json: {p}")
        if len(shown) < len(problems):
            print(f"i18n/{tag}.json: ... and {len(problems) - len(shown)} more")
        print(f"i18n/{tag}.json: {len(problems)} problem(s), "
              f"{len(doc.get('entries', {}))}/{len(en['entries'])} entries")
        total += len(problems)
    return 1 if total else 0


def cmd_compare_dump(args):
    en = english()
    status = 0
    for tag in args.tags:
        doc = load(lang_path(tag)) if os.path.exists(lang_path(tag)) else {"entries": {}}
        compiled = {i["key"]: i["text"] for i in read_dump(args.dump, tag)}
        if list(compiled) != list(en["entries"]):
            print(f"{tag}: the compiled catalogue's keys differ from i18n/en.json")
            status = 1
        for key, value in compiled.items():
            want = doc.get("entries", {}).get(key, {}).get("text", "")
            if value != want:
                print(f"{tag}: {key}: compiled {value!r} != i18n/{tag}.json {want!r}")
                status = 1
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("export-en")
    p.add_argument("--dump", required=True)
    p.add_argument("--check", action="store_true")
    p.set_defaults(run=cmd_export_en)
    p = sub.add_parser("header")
    p.add_argument("tags", nargs="*")
    p.add_argument("--check", action="store_true")
    p.set_defaults(run=cmd_header)
    p = sub.add_parser("stale")
    p.add_argument("tags", nargs="*")
    p.set_defaults(run=cmd_stale)
    p = sub.add_parser("lint")
    p.add_argument("tags", nargs="*")
    p.add_argument("--all", action="store_true", help="print every problem")
    p.add_argument("--limit", type=int, default=40)
    p.set_defaults(run=cmd_lint)
    p = sub.add_parser("compare-dump")
    p.add_argument("tags", nargs="+")
    p.add_argument("--dump", required=True)
    p.set_defaults(run=cmd_compare_dump)
    parser.add_argument("--dir", help="the translation files' directory (default: i18n/)")
    args = parser.parse_args()
    if args.dir:
        global I18N
        I18N = os.path.abspath(args.dir)
    try:
        return args.run(args)
    except (OSError, ValueError, subprocess.CalledProcessError) as e:
        print(f"i18n.py: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
