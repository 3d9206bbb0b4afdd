#!/usr/bin/env python3
"""Checks of `smtp-explain bounce` that need more than one command line: memory
bounded by --max-line-length and --max-message-size whatever the input (a
pipe or a file, one endless line or one huge message), the exact edges of
both limits, mbox separators, gzip input and write errors.

usage: bounce_checks.py --explain EXE --source DIR --work DIR CHECK"""
import gzip
import json
import os
import resource
import subprocess
import sys
import threading

from check_main import expect, main

ARGS = None


def fixture(name):
    return os.path.join(ARGS.source, "tests", "fixtures", "bounces", name)


def work(name):
    os.makedirs(ARGS.work, exist_ok=True)
    return os.path.join(ARGS.work, name)


def run(args, input_bytes=None, timeout=120):
    """Runs smtp-explain; returns (rc, stdout, stderr) as text."""
    p = subprocess.run([ARGS.explain] + args, input=input_bytes, capture_output=True,
                       timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def summary(out):
    lines = out.splitlines()
    return json.loads(lines[-1])["summary"], [json.loads(l) for l in lines[:-1]]


def separator(n):
    return f"From MAILER-DAEMON Mon Mar 11 10:0{n}:00 2024\n".encode()


def bounce_bytes(name):
    data = open(fixture(name), "rb").read()
    return data if data.endswith(b"\n") else data + b"\n"


def feed_and_measure(args, parts):
    """Runs smtp-explain with `parts` (bytes, or (chunk, count) to repeat a
    chunk) written to its standard input by a thread, so that the whole input
    never exists at once; returns (rc, out, err, max RSS of the child in KiB)."""
    p = subprocess.Popen([ARGS.explain] + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)

    def feed():
        try:
            for part in parts:
                if isinstance(part, tuple):
                    for _ in range(part[1]):
                        p.stdin.write(part[0])
                else:
                    p.stdin.write(part)
            p.stdin.close()
        except BrokenPipeError:
            pass

    t = threading.Thread(target=feed)
    t.start()
    out = p.stdout.read()
    err = p.stderr.read()
    p.wait(timeout=300)
    t.join()
    rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return p.returncode, out.decode("utf-8"), err.decode("utf-8", "replace"), rss_kb


def check_long_line():
    # An mbox on a pipe: a bounce, a message whose body is one 64 MiB line, a bounce.
    mib = b"x" * (1 << 20)
    parts = [separator(1), bounce_bytes("postfix_two_recipients.eml"), b"\n", separator(2),
             b"From: someone@example.org\nSubject: long\n\n", (mib, 64), b"\nend\n\n",
             separator(3), bounce_bytes("yahoo_style.eml")]
    rc, out, err, rss = feed_and_measure(["bounce", "--format", "json", "-"], parts)
    s, records = summary(out)
    expect(rc == 0, f"exit {rc}: {err!r}")
    expect((s["messages"], s["records"], s["long_lines"], s["cut_messages"]) == (3, 3, 1, 0),
           f"summary {s}")
    expect([r.get("recipient") for r in records] ==
           ["bob@example.com", "carol@nowhere.example", None, "jon@example.com"],
           f"records {records}")
    expect([r.get("message") for r in records] == [1, 1, None, 3], f"numbering {records}")
    expect(err == "smtp-explain: warning: '-' message 2 has a line longer than 65536 bytes; "
           "only its start is read (--max-line-length)\n", f"warning {err!r}")
    expect(rss < ARGS.rss_limit_kib, f"maximum resident set {rss} KiB for a 64 MiB line")
    print(f"64 MiB line on a pipe: maximum resident set {rss} KiB")


def check_big_message():
    # One 64 MiB message of ordinary 77-byte lines between two bounces, on a
    # pipe and from a file: only its first MiB is held.
    line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n"
    count = (64 << 20) // len(line)
    parts = [separator(1), bounce_bytes("qmail_two_recipients.eml"), b"\n", separator(2),
             b"From: someone@example.org\nSubject: big\n\n", (line, count), b"\n",
             separator(3), bounce_bytes("postfix_delayed.eml")]
    args = ["bounce", "--format", "json", "--max-message-size", "1048576"]
    rc, out, err, rss = feed_and_measure(args + ["-"], parts)
    s, records = summary(out)
    expect(rc == 0, f"pipe: exit {rc}: {err!r}")
    expect((s["messages"], s["records"], s["long_lines"], s["cut_messages"]) == (3, 3, 0, 1),
           f"pipe: summary {s}")
    # The cut message holds no report: {"file", "kind"} only, as for any such message.
    expect([(r.get("message"), r.get("recipient"), r["kind"]) for r in records] ==
           [(1, "zack@example.com", "delivery_status"), (1, "abe@gone.example", "delivery_status"),
            (None, None, "not_a_report"), (3, "erin@slow.example", "delivery_status")],
           f"pipe: records {records}")
    expect(err == "smtp-explain: warning: '-' message 2 is longer than 1048576 bytes; only its "
           "first part is read (--max-message-size)\n", f"pipe: warning {err!r}")
    expect(rss < ARGS.rss_limit_kib, f"pipe: maximum resident set {rss} KiB for a 64 MiB message")
    print(f"64 MiB message on a pipe: maximum resident set {rss} KiB")
    # The same bytes from a file, read by a child of a fresh Python (its own RUSAGE_CHILDREN).
    path = work("big.mbox")
    with open(path, "wb") as f:
        for part in parts:
            f.write(part[0] * part[1] if isinstance(part, tuple) else part)
    probe = ("import resource,subprocess,sys;"
             "p=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.PIPE);"
             "sys.stdout.write(p.stdout.decode());sys.stderr.write(p.stderr.decode());"
             "print('RSS',resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,file=sys.stderr);"
             "sys.exit(p.returncode)")
    p = subprocess.run([sys.executable, "-c", probe, ARGS.explain] + args + [path],
                       capture_output=True, timeout=300)
    err = p.stderr.decode()
    s, records2 = summary(p.stdout.decode())
    rss = int(err.rsplit("RSS ", 1)[1])
    expect(p.returncode == 0 and s["cut_messages"] == 1 and s["records"] == 3, f"file: {s} {err!r}")
    expect([r.get("recipient") for r in records2] == [r.get("recipient") for r in records],
           f"file and pipe differ: {records2}")
    expect(rss < ARGS.rss_limit_kib, f"file: maximum resident set {rss} KiB for a 64 MiB message")
    print(f"64 MiB message in a file: maximum resident set {rss} KiB")
    os.remove(path)


def check_limit_edges():
    # --max-line-length 64: a line of exactly 64 bytes is whole, one of 65 is cut.
    head = b"From: a@example.org\nSubject: edges\n\n"
    for size, cut in ((64, 0), (65, 1), (200, 1)):
        rc, out, err = run(["bounce", "--format", "json", "--max-line-length", "64", "-"],
                           input_bytes=head + b"y" * size + b"\nlast line\n")
        s, _ = summary(out)
        expect(rc == 0 and s["long_lines"] == cut and s["cut_messages"] == 0,
               f"a {size}-byte line: exit {rc}, {s}, {err!r}")
        expect(("line longer than 64 bytes" in err) == (cut == 1), f"a {size}-byte line: {err!r}")
    # Two cut lines in one message: one warning for the file, a total at the end.
    rc, out, err = run(["bounce", "--format", "json", "--max-line-length", "64", "-"],
                       input_bytes=head + b"y" * 100 + b"\n" + b"z" * 100 + b"\n")
    s, _ = summary(out)
    expect(s["long_lines"] == 2 and err.count("warning:") == 2 and
           err.endswith("smtp-explain: warning: 2 lines cut at 64 bytes\n"), f"two cut lines: {err!r}")
    # --max-message-size 1024: a message of 1,024 bytes is whole; one more line cuts it.
    body = head + b"a" * (1024 - len(head) - 1) + b"\n"
    for extra, cut in ((b"", 0), (b"more\n", 1)):
        rc, out, err = run(["bounce", "--format", "json", "--max-message-size", "1024", "-"],
                           input_bytes=body + extra)
        s, _ = summary(out)
        expect(rc == 0 and s["cut_messages"] == cut, f"{len(body + extra)} bytes: {s} {err!r}")
    # A cut line keeps its start: the bounce is still read.
    data = bounce_bytes("postfix_two_recipients.eml").replace(
        b"\r\n\r\n", b"\r\nX-Padding: " + b"p" * 5000 + b"\r\n\r\n", 1)
    rc, out, err = run(["bounce", "--format", "json", "--max-line-length", "1000", "-"],
                       input_bytes=data)
    s, records = summary(out)
    expect(s["long_lines"] == 1 and [r["recipient"] for r in records] ==
           ["bob@example.com", "carol@nowhere.example"], f"cut header: {s} {records}")
    # Usage errors.
    for option, value, want in (("--max-line-length", "63", "64"),
                                ("--max-message-size", "1023", "1024"),
                                ("--max-message-size", "lots", "1024")):
        rc, out, err = run(["bounce", option, value, fixture("yahoo_style.eml")])
        expect(rc == 2 and out == "" and
               f"{option} must be a number of bytes from {want} to 1073741824" in err,
               f"{option} {value}: exit {rc}, {err!r}")


def check_mbox_separators():
    one = bounce_bytes("yahoo_style.eml")
    # CRLF line ends: "\r\n\r\nFrom " separates; "From " after a non-empty line does not.
    crlf = (separator(1) + one + b"\n" + separator(2) + one).replace(b"\n", b"\r\n")
    rc, out, err = run(["bounce", "--format", "json", "-"], input_bytes=crlf)
    s, records = summary(out)
    expect(rc == 0 and s["messages"] == 2 and [r.get("message") for r in records] == [1, 2],
           f"CRLF mbox: {s} {records}")
    glued = separator(1) + one + separator(2) + one
    rc, out, err = run(["bounce", "--format", "json", "-"], input_bytes=glued)
    s, _ = summary(out)
    expect(s["messages"] == 1, f"'From ' after a non-empty line: {s}")
    # A separator split across the reader's 64 KiB reads, and an mbox of one message.
    pad = b"From: x@example.org\n\n" + b"q" * (65536 - 3 - len(separator(1)) - 21) + b"\n\n"
    rc, out, err = run(["bounce", "--format", "json", "-"],
                       input_bytes=separator(1) + pad + separator(2) + one)
    s, records = summary(out)
    expect(s["messages"] == 2 and records[-1]["message"] == 2 and
           records[-1]["recipient"] == "jon@example.com", f"separator across reads: {s}")
    rc, out, err = run(["bounce", "--format", "json", "-"], input_bytes=separator(1) + one)
    s, records = summary(out)
    expect(s["messages"] == 1 and "message" not in records[0], f"one-message mbox: {records}")
    # An empty input is one message that is not a report.
    rc, out, err = run(["bounce", "--format", "json", "-"], input_bytes=b"")
    s, records = summary(out)
    expect(rc == 0 and s["messages"] == 1 and records == [{"file": "-", "kind": "not_a_report"}],
           f"empty input: {out!r}")


def check_gzip():
    data = separator(1) + bounce_bytes("qmail_two_recipients.eml") + b"\n" + separator(2) + \
        bounce_bytes("yahoo_style.eml")
    path = work("bounces.mbox.gz")
    with gzip.open(path, "wb") as f:
        f.write(data)
    rc, out, err = run(["bounce", "--format", "json", path])
    if ARGS.no_zlib:
        expect(rc == 1 and "gzip" in err, f"without zlib: exit {rc}, {err!r}")
        return
    s, records = summary(out)
    expect(rc == 0 and s["messages"] == 2 and [r["recipient"] for r in records] ==
           ["zack@example.com", "abe@gone.example", "jon@example.com"], f"gzip mbox: {s} {err!r}")


def check_write_errors():
    with open("/dev/full", "wb") as full:
        p = subprocess.run([ARGS.explain, "bounce", fixture("yahoo_style.eml")], stdout=full,
                           stderr=subprocess.PIPE, timeout=60)
    expect(p.returncode == 1 and b"No space left on device" in p.stderr,
           f"/dev/full: exit {p.returncode}, {p.stderr!r}")


if __name__ == "__main__":
    sys.exit(main("bounce", globals()))
