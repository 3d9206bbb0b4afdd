#!/usr/bin/env python3
"""Checks of `smtp-explain scan` that need more than one command line: records
of every log format, gzip, standard input, several paths, unreadable paths,
binary input, over-long lines with bounded memory, escape sequences, write
errors (EPIPE with SIGPIPE ignored, /dev/full), --progress on a terminal, the
output against docs/scan-schema.json (checked by the JSON-schema subset
below, standard library only), and the same output whatever the threads, the
block size and the line search (the hidden options --threads, --block-size
and --marks).

usage: scan_checks.py --explain EXE --source DIR --work DIR CHECK"""
import gzip
import json
import os
import pty
import re
import resource
import signal
import subprocess
import sys
import threading

from check_main import Failure, expect, main

ARGS = None


def run(args, stdin=None, input_bytes=None, preexec=None, timeout=120):
    """Runs smtp-explain; returns (rc, stdout, stderr) as text."""
    p = subprocess.run([ARGS.explain] + args, input=input_bytes, stdin=stdin,
                       capture_output=True, timeout=timeout, preexec_fn=preexec)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def fixture(name):
    return os.path.join(ARGS.source, "tests", "fixtures", "logs", name)


def work(name):
    os.makedirs(ARGS.work, exist_ok=True)
    return os.path.join(ARGS.work, name)


def records_of(stdout):
    lines = [json.loads(l) for l in stdout.splitlines()]
    assert lines and "summary" in lines[-1], "the last line is not the summary"
    return lines[:-1], lines[-1]["summary"]


# --- a JSON-schema subset: the keywords docs/scan-schema.json uses -----------

TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
KNOWN = {"$schema", "$id", "$defs", "$ref", "title", "description", "type", "enum", "required",
         "properties", "additionalProperties", "propertyNames", "items", "minimum", "maximum",
         "minLength", "pattern", "oneOf", "anyOf"}


def validate(value, schema, root, path="$"):
    """Returns a list of error strings (empty when `value` is valid)."""
    unknown = set(schema) - KNOWN
    if unknown:
        return [f"{path}: schema uses unsupported keywords {sorted(unknown)}"]
    errors = []
    if "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/$defs/"), ref
        errors += validate(value, root["$defs"][ref[len("#/$defs/"):]], root, path)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(TYPES[t](value) for t in types):
            return errors + [f"{path}: {value!r} is not of type {types}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} is not one of {schema['enum']}")
    for key, test in (("minimum", lambda v, m: v >= m), ("maximum", lambda v, m: v <= m)):
        if key in schema and TYPES["number"](value) and not test(value, schema[key]):
            errors.append(f"{path}: {value!r} breaks {key} {schema[key]}")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            errors.append(f"{path}: shorter than {schema['minLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing key {key!r}")
        props = schema.get("properties", {})
        for key, item in value.items():
            if key in props:
                errors += validate(item, props[key], root, f"{path}.{key}")
            elif "additionalProperties" in schema:
                extra = schema["additionalProperties"]
                if extra is False:
                    errors.append(f"{path}: unexpected key {key!r}")
                elif isinstance(extra, dict):
                    errors += validate(item, extra, root, f"{path}.{key}")
            if "propertyNames" in schema:
                errors += validate(key, schema["propertyNames"], root, f"{path} key {key!r}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += validate(item, schema["items"], root, f"{path}[{i}]")
    if "anyOf" in schema and not any(not validate(value, s, root, path) for s in schema["anyOf"]):
        errors.append(f"{path}: matches none of anyOf")
    if "oneOf" in schema:
        matches = sum(1 for s in schema["oneOf"] if not validate(value, s, root, path))
        if matches != 1:
            errors.append(f"{path}: matches {matches} of oneOf, not exactly one")
    return errors


def check_schema():
    with open(os.path.join(ARGS.source, "docs", "scan-schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    # The validator itself must refuse what the schema forbids.
    good = {"file": "-", "line": 1, "time": None, "host": None, "program": None, "queue_id": None,
            "recipient": None, "relay": None, "delay": None, "dsn": None, "status": "sent",
            "code": 250, "enhanced": "2.0.0", "command": None, "action": "proceed",
            "reason": "none", "bounce": "none", "text": "Ok", "rule": None, "throttle": None}
    expect(validate(good, schema, schema) == [], f"a good record fails: {validate(good, schema, schema)}")
    bad = [dict(good, code="250"), dict(good, action="wait"), dict(good, extra=1),
           {k: v for k, v in good.items() if k != "text"}, dict(good, enhanced="2.0"),
           dict(good, line=0), dict(good, delay=-1), dict(good, code=True)]
    for b in bad:
        expect(validate(b, schema, schema), f"the validator accepts a bad record: {b}")
    count = 0
    for name in ("mixed.log", "formats.log"):
        for extra in ([], ["--summary"]):
            rc, out, err = run(["scan", fixture(name), "--format", "json"] + extra)
            expect(rc == 0, f"scan {name} exited {rc}: {err}")
            for n, line in enumerate(out.splitlines(), 1):
                errors = validate(json.loads(line), schema, schema)
                expect(not errors, f"{name} output line {n}: {errors}")
                count += 1
    maillog = os.path.join(ARGS.source, "tests", "fixtures", "postfix", "maillog.txt")
    rc, out, _ = run(["scan", maillog, "--format", "json"])
    for n, line in enumerate(out.splitlines(), 1):
        expect(not validate(json.loads(line), schema, schema), f"maillog.txt line {n} invalid")
        count += 1
    print(f"{count} output lines valid")


# --- records of each log format ----------------------------------------------

# line -> (status, code, enhanced, command, action, reason, bounce, recipient, relay, queue_id, delay, dsn)
FORMATS = {
    1: ("deferred", None, None, None, "retry_later", "network_error", "soft", "u@example.com",
        "none", "4Xb2c15Z8Kz9", 12, "4.4.1"),
    2: ("bounced", None, None, None, "give_up", "host_unknown", "hard", "u@nx.example", "none",
        "4Xb2c15Z8Kz9", 0.1, "5.4.4"),
    3: ("deferred", None, None, None, "retry_later", "network_error", "soft", "u@example.com",
        "mx.example.com[192.0.2.1]:25", "4Xb2c15Z8Kz9", 300, "4.4.2"),
    4: ("expired", None, None, None, "give_up", "expired", "soft", None, None, "4Xb2c15Z8Kz9",
        None, None),
    5: ("sent", None, None, None, "proceed", "none", "none", "bob@out.example", "local", "5ABCDEF",
        0.03, "2.0.0"),
    6: ("deferred", 450, "4.7.1", "rcpt", "retry_later", "greylisted", "soft", "z@Example.NET",
        "mx.example.net[198.51.100.7]:25", "6ABC", 1.5, "4.7.1"),
    7: ("bounced", 550, "5.1.1", "rcpt", "give_up", "user_unknown", "hard", "esc@example.com",
        "mx.example.com[192.0.2.1]:25", "7ABC", 1, "5.1.1"),
    8: ("deferred", None, None, None, "retry_later", "network_error", "soft", "v@example.net", None,
        "1rX2ab-000Abc-Cd", None, None),
    9: ("bounced", None, None, None, "give_up", "host_unknown", "hard", "nobody@nx.example", None,
        "1rX2ab-000Abc-Cd", None, None),
    10: ("bounced", 550, "5.1.1", "rcpt", "give_up", "user_unknown", "hard", "v@example.net",
         "mx.example.net [198.51.100.7]", "1rX2ab-000Abc-Cd", None, None),
    11: ("sent", 250, "2.0.0", None, "proceed", "none", "none", "w@example.org",
         "mx.example.org [203.0.113.9]", "1rX2ab-000Abc-Cd", 62, None),
    12: ("sent", None, None, None, "proceed", "none", "none", "local@here", None, "1rX2ab-000Abc-Cd",
         None, None),
    13: ("rejected", None, None, "rcpt", "give_up", "relay_denied", "soft", "x@y.example", None, None,
         None, None),
    14: ("bounced", None, None, None, "give_up", "user_unknown", "hard",
         "<x@example.org>,<y@example.org>", "mx.example.org. [203.0.113.9]", "2AM6x5Qm001234",
         93601, "5.1.1"),
    15: ("sent", None, None, None, "proceed", "none", "none", "x@example.org",
         "mx.example.org. [203.0.113.9]", "2AM6x5Qm001234", 1, "2.0.0"),
    16: ("rejected", 550, "5.7.1", "rcpt", "give_up", "relay_denied", "soft", "r@else.example", None,
         "2AM6x5Qm001235", None, None),
    18: ("rejected", None, None, None, "give_up", "content_error", "soft", "c@d.test", None, "8ABC",
         None, None),
    19: ("bounced", None, None, None, "give_up", "host_unknown", "hard", "v@example.net", None,
         "1rX2ab-000Abc-Cd", None, None),
    20: ("rejected", 450, "4.7.1", "rcpt", "retry_later", "require_ptr", "soft", "p@q.test", None,
         None, None, None),
    21: ("rejected", None, None, "end_of_data", "give_up", "spam_detected", "soft", "s@q.test", None,
         "9ABC", None, None),
    22: ("deferred", 421, None, "end_of_data", "retry_later", "system_error", "soft",
         "n@example.com", "mx.example.com[192.0.2.1]:25", "AAAB", 3.2, "4.0.0"),
}
KEYS = ("status", "code", "enhanced", "command", "action", "reason", "bounce", "recipient", "relay",
        "queue_id", "delay", "dsn")


def check_formats():
    rc, out, err = run(["scan", fixture("formats.log"), "--format", "json"])
    expect(rc == 0 and err == "", f"exit {rc}, stderr {err!r}")
    records, summary = records_of(out)
    by_line = {r["line"]: r for r in records}
    expect(sorted(by_line) == sorted(FORMATS), f"records for lines {sorted(by_line)}")
    for line, want in FORMATS.items():
        got = tuple(by_line[line][k] for k in KEYS)
        expect(got == want, f"line {line}: got {got}, expected {want}")
    first = by_line[1]
    expect((first["time"], first["host"], first["program"]) == ("Nov 22 06:05:01", "out", "postfix/smtp"),
           f"syslog header of line 1: {first}")
    expect(by_line[6]["time"] == "2026-11-22T06:05:01.123456+01:00", "RFC 3339 time stamp")
    expect(by_line[19]["program"] == "exim" and by_line[19]["time"] == "Nov 22 06:05:06",
           "Exim through syslog")
    expect(by_line[18]["text"] == "5.7.1 message content rejected", f"cleanup text {by_line[18]['text']!r}")
    expect(by_line[4]["text"] == "returned to sender", "expired text")
    expect(summary["records"] == 21 and summary["replies"] == 7 and summary["lines"] == 24,
           f"summary totals {summary}")
    expect(summary["status"] == {"deferred": 5, "bounced": 6, "expired": 1, "sent": 4, "rejected": 5},
           f"status totals {summary['status']}")
    expect(sum(summary["action"].values()) == 21 and sum(summary["bounce"].values()) == 21,
           "action and bounce totals add up to the records")
    expect(summary["reason"]["host_unknown"] == {"records": 3, "hard": 3, "soft": 0},
           f"host_unknown {summary['reason'].get('host_unknown')}")
    expect(summary["recipient_domains"][0] == {"domain": "example.com", "records": 4, "failures": 4},
           f"top domain {summary['recipient_domains'][0]}")
    # --summary: the same summary, alone.
    rc, out, _ = run(["scan", fixture("formats.log"), "--format", "json", "--summary"])
    expect(rc == 0 and out.count("\n") == 1 and json.loads(out) == {"summary": summary},
           "--summary --format json is the summary line alone")
    rc, out, _ = run(["scan", fixture("formats.log"), "--summary", "--top", "2"])
    expect(out.startswith("21 records (7 with an SMTP reply) in 24 lines, 4158 bytes, 1 file\n"),
           f"text summary head: {out[:120]!r}")


def check_escapes():
    rc, out, _ = run(["scan", fixture("formats.log"), "--format", "json"])
    r = [json.loads(l) for l in out.splitlines() if '"line":7,' in l][0]
    expect(r["code"] == 550 and r["text"] == "bad user unknown",
           f"the line with ESC and BEL: {r['code']} {r['text']!r}")
    rc, out, _ = run(["scan", fixture("formats.log")])
    expect("\x1b" not in out and "\x07" not in out, "escape bytes reach the terminal")
    expect("formats.log:7: bounced to esc@example.com" in out, "text record of line 7")


def check_gzip():
    plain = open(fixture("formats.log"), "rb").read()
    if ARGS.no_zlib:  # built without zlib: gzip input is refused, never read as text
        path = work("formats.log.gz")
        with open(path, "wb") as f:
            f.write(gzip.compress(plain, mtime=0))
        rc, out, err = run(["scan", path])
        expect(rc == 1 and out == "" and "built without zlib" in err, f"no zlib: {rc} {err!r}")
        return
    one = work("formats.log.gz")
    with open(one, "wb") as f:
        f.write(gzip.compress(plain, mtime=0))
    renamed = work("formats-gzip-without-suffix")
    with open(renamed, "wb") as f:
        f.write(gzip.compress(plain, mtime=0))
    members = work("members.log.gz")  # `cat a.gz b.gz`: two members
    half = plain.index(b"\n", len(plain) // 2) + 1
    with open(members, "wb") as f:
        f.write(gzip.compress(plain[:half], mtime=0) + gzip.compress(plain[half:], mtime=0))
    rc, want, _ = run(["scan", fixture("formats.log"), "--format", "json", "--summary"])
    for path in (one, renamed, members):
        rc, out, err = run(["scan", path, "--format", "json", "--summary"])
        expect(rc == 0 and out == want, f"{path}: exit {rc}, {err!r}, {out[:200]!r}")
    rc, out, _ = run(["scan", one, "--format", "json"])
    expect(json.loads(out.splitlines()[9])["line"] == 10, "line numbers in gzip input")
    truncated = work("truncated.log.gz")
    data = gzip.compress(plain, mtime=0)
    with open(truncated, "wb") as f:
        f.write(data[: len(data) // 2])
    rc, out, err = run(["scan", truncated])
    expect(rc == 1 and "gzip data ends early" in err, f"truncated gzip: exit {rc}, {err!r}")
    corrupt = work("corrupt.log.gz")
    with open(corrupt, "wb") as f:
        f.write(data[:20] + bytes(64) + data[84:])
    rc, out, err = run(["scan", corrupt])
    expect(rc == 1 and "corrupt gzip data" in err, f"corrupt gzip: exit {rc}, {err!r}")


def check_stdin():
    data = open(fixture("formats.log"), "rb").read()
    rc, want, _ = run(["scan", fixture("formats.log"), "--format", "json"])
    for args in (["scan", "-", "--format", "json"], ["scan", "--format", "json"]):
        rc, out, err = run(args, input_bytes=data)
        expect(rc == 0, f"{args}: exit {rc} {err}")
        expect(out == want.replace(json.dumps(fixture("formats.log")), '"-"'),
               f"{args}: records differ from the file's")
    if not ARGS.no_zlib:
        rc, out, _ = run(["scan", "-", "--format", "json", "--summary"],
                         input_bytes=gzip.compress(data))
        expect(json.loads(out)["summary"]["records"] == 21, "gzip on standard input")


def check_paths():
    rc, out, err = run(["scan", fixture("mixed.log"), fixture("formats.log"), "--format", "json"])
    expect(rc == 0, f"two files: exit {rc}, {err}")
    records, summary = records_of(out)
    expect(summary["files"] == 2 and summary["records"] == 26, f"two files: {summary}")
    expect({r["file"] for r in records} == {fixture("mixed.log"), fixture("formats.log")}, "file keys")
    # A directory, a missing file: exit 1, a clear message, and never "0 records" alone.
    for path, words in ((os.path.dirname(fixture("mixed.log")), "is a directory"),
                        (fixture("no-such.log"), "No such file or directory")):
        rc, out, err = run(["scan", path])
        expect(rc == 1 and out == "" and words in err, f"{path}: exit {rc}, {out!r}, {err!r}")
    # One good path and one bad: the good one is counted, the exit status is 1.
    rc, out, err = run(["scan", fixture("mixed.log"), os.path.dirname(fixture("mixed.log")),
                        "--format", "json", "--summary"])
    s = json.loads(out)["summary"]
    expect(rc == 1 and s["files"] == 1 and s["unreadable_files"] == 1 and s["records"] == 5,
           f"good and bad path: exit {rc}, {s}")


def check_binary():
    text = open(fixture("mixed.log"), "rb").read()
    lines = text.split(b"\n")
    blob = b"\n".join(lines[:2]) + b"\n" + b"\x7fELF\x02\x01\x00\x00binary\x00" + b"\n" + \
        b"\n".join(lines[2:])
    path = work("binary.log")
    with open(path, "wb") as f:
        f.write(blob)
    offset = blob.index(b"\x00")
    rc, out, err = run(["scan", path, "--format", "json", "--summary"])
    s = json.loads(out)["summary"]
    expect(rc == 0 and f"binary data (a NUL byte at offset {offset})" in err,
           f"binary warning: exit {rc}, {err!r}")
    expect(s["binary_lines"] == 1 and s["records"] == 5 and s["lines"] == 7, f"binary summary {s}")
    rc, out, err = run(["scan", "/bin/sh", "--summary"])
    expect(rc == 0 and "holds binary data" in err, f"a program file: {err!r}")


def check_long_lines():
    # One 64 MiB line on standard input: memory stays at the buffers' size.
    size = 64 << 20
    p = subprocess.Popen([ARGS.explain, "scan", "-", "--format", "json", "--summary"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    chunk = b"x" * (1 << 20)

    def feed():
        try:
            for _ in range(size // len(chunk)):
                p.stdin.write(chunk)
            p.stdin.write(b"\n" + open(fixture("mixed.log"), "rb").read())
            p.stdin.close()
        except BrokenPipeError:
            pass

    t = threading.Thread(target=feed)
    t.start()
    out = p.stdout.read()
    err = p.stderr.read()
    p.wait(timeout=120)
    t.join()
    rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    s = json.loads(out)["summary"]
    expect(p.returncode == 0 and s["long_lines"] == 1 and s["records"] == 5 and s["lines"] == 7,
           f"64 MiB line: exit {p.returncode}, {s}")
    expect(b"line 1 is longer than 65536 bytes" in err, f"long-line warning: {err!r}")
    expect(rss_kb < ARGS.rss_limit_kib, f"maximum resident set {rss_kb} KiB for a 64 MiB line")
    print(f"64 MiB line: maximum resident set {rss_kb} KiB")
    rc, out, err = run(["scan", fixture("formats.log"), "--max-line-length", "200", "--format", "json",
                        "--summary"])
    longer = sum(1 for l in open(fixture("formats.log"), "rb").read().split(b"\n") if len(l) > 200)
    s = json.loads(out)["summary"]
    expect(s["long_lines"] == longer and f"warning: {longer} lines cut at 200 bytes" in err,
           f"--max-line-length 200: {s['long_lines']} cut, {longer} longer; {err!r}")
    rc, out, err = run(["scan", fixture("formats.log"), "--max-line-length", "10"])
    expect(rc == 2 and "--max-line-length must be" in err, f"--max-line-length 10: {rc} {err!r}")


def check_sigpipe():
    # SIGPIPE ignored and a reader that stops after one line: scan must stop
    # reading, say why and exit 1, not read everything and exit 0.
    block = open(fixture("mixed.log"), "rb").read()
    total = 40000 * len(block)
    ignore = lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    p = subprocess.Popen([ARGS.explain, "scan", "-", "--format", "json"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=ignore)
    written = [0]

    def feed():
        try:
            for _ in range(40000):
                p.stdin.write(block)
                written[0] += len(block)
            p.stdin.close()
        except (BrokenPipeError, ValueError):
            pass

    t = threading.Thread(target=feed)
    t.start()
    first = p.stdout.readline()
    p.stdout.close()
    err = p.stderr.read()
    p.wait(timeout=120)
    t.join()
    expect(json.loads(first)["line"] == 1, "the first record arrives")
    expect(p.returncode == 1 and b"cannot write the output: Broken pipe" in err,
           f"exit {p.returncode}, stderr {err!r}")
    expect(written[0] < total, f"scan read all {total} bytes after its reader had gone")
    with open("/dev/full", "wb") as full:
        p = subprocess.run([ARGS.explain, "scan", fixture("formats.log")], stdout=full,
                           stderr=subprocess.PIPE)
    expect(p.returncode == 1 and b"No space left on device" in p.stderr,
           f"/dev/full: exit {p.returncode}, {p.stderr!r}")


def check_progress():
    path = work("progress.log")
    block = open(fixture("formats.log"), "rb").read()
    with open(path, "wb") as f:
        f.write(block * 2000)  # 48,000 lines: the first report comes after 8,192
    rc, out, err = run(["scan", path, "--summary", "--progress"])
    expect(rc == 0 and err == "", f"--progress without a terminal writes nothing: {err!r}")
    # Standard error on a pseudo-terminal.
    master, slave = pty.openpty()
    p = subprocess.Popen([ARGS.explain, "scan", path, "--summary", "--progress"],
                         stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    out = p.stdout.read()
    p.wait(timeout=120)
    seen = b""
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        seen += data
    os.close(master)
    expect(p.returncode == 0 and out.startswith(b"42000 records"), f"progress run: {out[:80]!r}")
    expect(re.search(rb"\rscan: [0-9.]+ of [0-9.]+ MB \([0-9]+%\), [0-9.]+ M lines/s, [0-9]+:[0-9]{2} left",
                     seen) is not None, f"progress on the terminal: {seen[:200]!r}")
    expect(b"records" not in seen, "the summary went to the terminal's stderr")


def check_odd_fields():
    # A status= with no word is no record; a dsn= that is no RFC 3463 status is null.
    text = ("Nov 22 06:05:01 out postfix/smtp[1]: ABC: to=<u@example.com>, relay=none, delay=1, "
            "delays=0/0/0/1, dsn=9.9, status= (x)\n"
            "Nov 22 06:05:01 out postfix/smtp[1]: ABC: to=<u@example.com>, relay=none, delay=1, "
            "delays=0/0/0/1, dsn=5.01.1, status=bounced (host x said: 550 no such user here)\n")
    rc, out, err = run(["scan", "-", "--format", "json"], input_bytes=text.encode())
    records, summary = records_of(out)
    expect(rc == 0 and len(records) == 1 and records[0]["line"] == 2, f"records {records}")
    r = records[0]
    expect((r["dsn"], r["status"], r["code"], r["reason"]) == (None, "bounced", 550, "user_unknown"),
           f"odd fields: {r}")


def check_top_lists():
    # More distinct recipient domains than the table holds (8192): the heavy
    # ones stay on top with exact counts, and the summary says that the lists'
    # counts are upper bounds.
    line = ("Nov 22 06:05:01 out postfix/smtp[1]: ABC{n}: to=<u@{d}>, relay=mx.{d}[192.0.2.1]:25, "
            "delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.{d}[192.0.2.1] said: "
            "550 5.1.1 unknown user {n} (in reply to RCPT TO command))\n")
    text = "".join(line.format(n=i, d="heavy.example") for i in range(300))
    text += "".join(line.format(n=i, d=f"d{i}.example") for i in range(10000))
    text += "".join(line.format(n=i, d="second.example") for i in range(200))
    rc, out, err = run(["scan", "-", "--format", "json", "--summary", "--top", "2"],
                       input_bytes=text.encode())
    s = json.loads(out)["summary"]
    expect(rc == 0 and s["records"] == 10500, f"exit {rc}, {s['records']} records")
    expect(s["recipient_domains"][0] == {"domain": "heavy.example", "records": 300, "failures": 300},
           f"top domains {s['recipient_domains']}")
    expect(s["recipient_domains"][1]["domain"] == "second.example"
           and s["recipient_domains"][1]["records"] >= 200, f"second {s['recipient_domains'][1]}")
    expect(s["counts_exact"] is False, "counts_exact after 10,202 distinct domains")
    # The failure texts: "unknown user N" differs per line, so it fills its table too.
    expect(len(s["texts"]) == 2, f"texts {s['texts']}")
    rc, out, err = run(["scan", "-", "--summary", "--top", "2"], input_bytes=text.encode())
    expect("top-list counts are upper bounds" in out, "text summary says the counts are bounds")
    rc, out, err = run(["scan", fixture("formats.log"), "--format", "json", "--summary"])
    expect(json.loads(out)["summary"]["counts_exact"] is True, "counts_exact on a small log")


# --- the same output whatever the threads, blocks and line search ------------

def cpu_has_avx2():
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            return " avx2" in f.read()
    except OSError:
        return False


def kernels():
    """The --marks values this machine runs; "none" reads every line."""
    import platform
    names = ["none", "plain"]
    if platform.machine() in ("x86_64", "AMD64"):
        names.append("sse2")
        if cpu_has_avx2():
            names.append("avx2")
    return names


def generated_log(megabytes):
    """A mixed log from bench/scan_log.py (Postfix, Exim, Sendmail)."""
    path = work(f"mixed-{megabytes}MB.log")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ARGS.source, "bench", "scan_log.py"), path,
                        "--megabytes", str(megabytes)], check=True)
    return path


def tricky_log():
    """Lines that test the line search: every fixture line at many alignments,
    look-alikes of the marks, marks split by line ends, NUL bytes, CRLF, empty
    lines and lines longer than the default --max-line-length."""
    import random
    rnd = random.Random(7)
    base = []
    for name in ("formats.log", "mixed.log"):
        base += [l for l in open(fixture(name), "rb").read().split(b"\n") if l]
    junk = [b"stat", b"sta", b"status", b"rej", b"reject", b" => ", b" =>", b" ** ", b" == ",
            b" -> ", b"=> ", b"\r", b"s at", b"r j", b" a> ", b"status=", b"stat=Sent"]
    out = []
    for i in range(3000):
        kind = rnd.random()
        if kind < 0.5:  # a record or not, at any alignment (the lines before vary in length)
            line = rnd.choice(base)
            if rnd.random() < 0.04:
                at = rnd.randrange(len(line))
                line = line[:at] + b"\x00" + line[at:]
        elif kind < 0.9:
            line = b"".join(rnd.choice(junk + [b"a", b" ", b"x" * rnd.randrange(1, 40)])
                            for _ in range(rnd.randrange(0, 30)))
        elif kind < 0.97:
            line = b""
        else:
            line = rnd.choice(base) + b" " + b"y" * rnd.randrange(60000, 140000) + b" status=sent"
        if rnd.random() < 0.1:
            line += b"\r"
        out.append(line)
    path = work("tricky.log")
    with open(path, "wb") as f:
        f.write(b"\n".join(out))  # no line end after the last line
    return path


def same_output(path, variants, extra=()):
    """Runs scan on `path` (JSON records and summary, then the text form) with
    each list of options in `variants`; every run must print exactly what the
    first one printed, on standard output and on standard error."""
    for form in (["--format", "json"], []):
        want = None
        for v in variants:
            rc, out, err = run(["scan", path] + form + list(extra) + v)
            got = (rc, out, err)
            if want is None:
                want = got
                expect(rc == 0 and out.count("\n") > 1, f"{path} {v}: exit {rc}, {err!r}")
                continue
            if got != want:
                a, b = want[1].splitlines(), out.splitlines()
                first = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
                raise Failure(f"{os.path.basename(path)} {form} {v} differs from {variants[0]}: "
                              f"exit {rc} vs {want[0]}, stderr {err!r} vs {want[2]!r}, first differing "
                              f"output line {first + 1}: {b[first] if first < len(b) else None!r} vs "
                              f"{a[first] if first < len(a) else None!r}")
    return want


def check_marks():
    # Every kernel finds the lines that reading every line finds.
    names = kernels()
    variants = [["--marks", k] for k in names]
    for path in (fixture("formats.log"), fixture("mixed.log"), tricky_log(), generated_log(2)):
        same_output(path, variants)
    rc, out, err = run(["scan", fixture("mixed.log"), "--marks", "mmx"])
    expect(rc == 2 and "--marks must be" in err, f"--marks mmx: {rc} {err!r}")
    print(f"kernels {names}: the same records")


def check_blocks():
    # Blocks from 1 byte up: lines split across blocks and lines longer than a
    # block give the same records, line numbers, warnings and summary.
    tricky = tricky_log()
    sizes = [["--block-size", str(n)] for n in (1048576, 1, 7, 64, 100, 4096, 65536)]
    same_output(fixture("formats.log"), sizes)
    # tricky.log is 9 MB: blocks of 1 and 7 bytes would take minutes there.
    same_output(tricky, sizes[:1] + sizes[3:])
    # Lines cut by the reader (longer than a block) and by the worker (inside one).
    for limit in ("200", "100000"):
        same_output(tricky, sizes[:1] + [["--block-size", "64"], ["--block-size", "150"],
                                         ["--block-size", "300000"]], ["--max-line-length", limit])
    rc, out, err = run(["scan", tricky, "--format", "json", "--summary", "--max-line-length", "200"])
    s = json.loads(out)["summary"]
    lines = open(tricky, "rb").read().split(b"\n")
    longer = sum(1 for l in lines if len(l) > 200 and b"\x00" not in l[:200])
    binary = sum(1 for l in lines if b"\x00" in l[:200])
    expect((s["lines"], s["long_lines"], s["binary_lines"]) == (len(lines), longer, binary),
           f"tricky.log: {s['lines']} lines, {s['long_lines']} cut, {s['binary_lines']} binary; "
           f"expected {len(lines)}, {longer}, {binary}")
    # Standard input in 1-byte blocks, as a slow pipe gives them.
    data = open(fixture("formats.log"), "rb").read()
    rc, want, _ = run(["scan", "-", "--format", "json"], input_bytes=data)
    rc, out, err = run(["scan", "-", "--format", "json", "--block-size", "1"], input_bytes=data)
    expect(rc == 0 and out == want, "standard input in 1-byte blocks")
    print("block sizes 1 to 1 MiB: the same output")


def check_threads():
    # Several threads judge blocks at once; the records keep their order and
    # every total and top list equals one thread's.
    big = generated_log(3)
    variants = [["--threads", "1"], ["--threads", "2"], ["--threads", "4", "--block-size", "4096"],
                ["--threads", "3", "--block-size", "333"]]
    for path in (fixture("formats.log"), tricky_log(), big):
        same_output(path, variants)
    if not ARGS.no_zlib:
        packed = work("mixed-3MB.log.gz")
        with open(packed, "wb") as f:
            f.write(gzip.compress(open(big, "rb").read(), mtime=0))
        rc, want, _ = run(["scan", big, "--format", "json", "--summary"])
        for v in variants:
            rc, out, err = run(["scan", packed, "--format", "json", "--summary"] + v)
            expect(rc == 0 and out == want, f"gzip with {v}: {err!r}")
    rc, out, err = run(["scan", "--help"])
    expect(rc == 0 and "\n  --threads N " in out and "--marks" not in out and "--block-size" not in out,
           f"scan --help lists --threads and hides --marks and --block-size: {out!r}")
    rc, out, err = run(["scan", fixture("mixed.log"), "--threads", "0"])
    expect(rc == 2 and "--threads must be" in err, f"--threads 0: {rc} {err!r}")
    print(f"threads 1 to 4: the same output")


def check_threads_rules():
    # Operator rules, regex conditions and the provider profiles are read by
    # every thread at once: the same records, rule names and hits per rule.
    rules = os.path.join(ARGS.source, "examples", "rules.toml")
    extra = ["--rules", rules, "--remote-host", "gmail-smtp-in.l.google.com"]
    variants = [["--threads", "1"], ["--threads", "3", "--block-size", "5000"]]
    same_output(generated_log(3), variants, extra)
    rc, out, err = run(["scan", generated_log(3), "--format", "json", "--summary"] + extra)
    hits = json.loads(out)["summary"]["rules"]
    expect(rc == 0 and len(hits) > 1 and sum(hits.values()) == json.loads(out)["summary"]["records"],
           f"rules counted: {hits}")
    print(f"threads 1 and 3 with rules: the same output, {hits}")


def check_statuses():
    # The first 32 status words, then "other" (more words used to recurse without end).
    line = ("Nov 22 06:05:01 out postfix/smtp[1]: ABC: to=<u@example.com>, relay=none, delay=1, "
            "delays=0/0/0/1, dsn=4.4.1, status=word{n} (connect to x[192.0.2.1]:25: Connection refused)\n")
    text = "".join(line.format(n=i % 40) for i in range(80))
    rc, out, err = run(["scan", "-", "--format", "json", "--summary", "--block-size", "300",
                        "--threads", "3"], input_bytes=text.encode())
    s = json.loads(out)["summary"]
    want = {f"word{i}": 2 for i in range(32)}
    want["other"] = 16
    expect(rc == 0 and s["status"] == want and list(s["status"])[:3] == ["word0", "word1", "word2"],
           f"exit {rc}, statuses {s.get('status')}")


if __name__ == "__main__":
    sys.exit(main("scan", globals()))
