#!/usr/bin/env python3
"""Hostile peers and hostile input: each case runs smtp-probe against one of
the loopback servers in servers.py, or smtp-explain on hostile arguments and
outputs, and checks the exit status, the records and what the server received.

    cases.py --probe P --explain E --ports LO-HI --work DIR CASE
    cases.py --list

Every run of a tool is bounded (it is killed and the case fails when it does
not end in time); every server is started as a process of its own and
stopped by its pid. Exits 0 when the case passes, 1 with the differences.
"""
import argparse
import json
import os
import pathlib
import signal
import subprocess
import sys
import time
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
CASES = {}


def case(fn):
    CASES[fn.__name__] = fn
    return fn


class Failed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failed(message)


class Context:
    def __init__(self, args):
        self.probe, self.explain = args.probe, args.explain
        self.ports = args.ports
        self.work = pathlib.Path(args.work)
        self.work.mkdir(parents=True, exist_ok=True)
        self.servers = []

    # Servers ---------------------------------------------------------------

    def server(self, mode):
        """Starts servers.py MODE; returns (port, log path)."""
        log = self.work / f"{mode}-{len(self.servers)}.log"
        log.write_text("")
        proc = subprocess.Popen(
            [sys.executable, str(HERE / "servers.py"), mode, "--ports", self.ports, "--log",
             str(log)], stdout=subprocess.PIPE, text=True)
        self.servers.append(proc)
        line = proc.stdout.readline()
        check(line.startswith("port "), f"server {mode} did not start: {line!r}")
        return int(line.split()[1]), log

    def stop_servers(self):
        for proc in self.servers:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    os.kill(proc.pid, signal.SIGKILL)
                    proc.wait()
            proc.stdout.close()

    # Tools -----------------------------------------------------------------

    def run(self, argv, bound, stdout=subprocess.PIPE, ignore_sigpipe=False):
        """Runs argv, killing it after `bound` seconds; returns (rc, out, err, seconds)."""
        start = time.monotonic()
        proc = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE,
                                restore_signals=not ignore_sigpipe)
        try:
            out, err = proc.communicate(timeout=bound)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise Failed(f"{' '.join(argv[:6])} ... did not end within {bound} s")
        return proc.returncode, out or b"", err, time.monotonic() - start

    def probe_run(self, port, *extra, script=None, bound=30):
        argv = [self.probe, "127.0.0.1", str(port), "--format", "json"]
        if script is not None:
            path = self.work / f"script-{port}-{time.monotonic_ns()}.txt"
            path.write_text("\n".join(script) + "\n")
            argv += ["--script", str(path)]
        rc, out, err, seconds = self.run(argv + list(extra), bound)
        clean_output(out, "stdout")
        clean_output(err, "stderr")
        records = [json.loads(line) for line in out.decode().splitlines()]
        return rc, records, err.decode(), seconds


FORBIDDEN = {0x7F} | set(range(0x80, 0xA0)) | {0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
                                               0x2028, 0x2029, 0xFEFF}
FORBIDDEN |= set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | set(range(0xE0000, 0xE0080))


def clean_output(data, where):
    """No control bytes but LF, valid UTF-8, no bidi or invisible format characters."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Failed(f"{where} is not UTF-8: {e}")
    for ch in text:
        cp = ord(ch)
        check(not (cp < 0x20 and ch != "\n"), f"{where} holds control character {cp:#x}")
        check(cp not in FORBIDDEN and unicodedata.category(ch) != "Cf",
              f"{where} holds U+{cp:04X} ({unicodedata.name(ch, '?')})")


def replies(records):
    """(sent, code or error) of every reply record."""
    return [(r["sent"], r.get("code", r.get("error"))) for r in records if "sent" in r]


def end_of(records):
    check(records and records[-1].get("event") == "end", f"no end record last: {records[-3:]}")
    return records[-1]


def expect_end(records, rc, result, exit_status, message=None):
    check(rc == exit_status, f"exit status {rc}, expected {exit_status}; last records "
          f"{records[-2:]}")
    end = end_of(records)
    check(end["result"] == result and end["exit"] == exit_status,
          f"end record {end}, expected result {result}, exit {exit_status}")
    if message is not None:
        check(message in end.get("message", ""), f"end message {end.get('message')!r} lacks "
              f"{message!r}")


def received(log):
    return log.read_text(encoding="latin-1").splitlines()


# smtp-probe against servers ---------------------------------------------------


@case
def normal_session(ctx):
    """A well-behaved server: every reply in order, the message dot-stuffed, exit 0."""
    port, log = ctx.server("normal")
    script = ["EHLO probe.example.test", "MAIL FROM:<a@example.test>", "RCPT TO:<nobody@example.test>",
              "RCPT TO:<b@example.test>", "DATA", "Subject: t", "", ".hidden", ".", "NOOP", "QUIT"]
    rc, records, err, _ = ctx.probe_run(port, script=script)
    check(replies(records) == [
        ("(connect)", 220), ("EHLO probe.example.test", 250), ("MAIL FROM:<a@example.test>", 250),
        ("RCPT TO:<nobody@example.test>", 550), ("RCPT TO:<b@example.test>", 250), ("DATA", 354),
        ("(end of data)", 250), ("NOOP", 250), ("QUIT", 221)], f"replies {replies(records)}")
    rcpt = records[3]
    check((rcpt["enhanced"], rcpt["action"], rcpt["reason"], rcpt["bounce"]) ==
          ("5.1.1", "give_up", "user_unknown", "hard"), f"RCPT record {rcpt}")
    check(records[1]["lines"] == 3, f"EHLO record {records[1]}")
    expect_end(records, rc, "ok", 0)
    check(received(log) == script[:5] + ["Subject: t", "", "..hidden", ".", "NOOP", "QUIT"],
          f"server received {received(log)}")
    check(err == "", f"stderr {err!r}")


@case
def greeting_554(ctx):
    """A 554 greeting: QUIT (nothing else) is sent, its 221 read, exit 3."""
    port, log = ctx.server("greeting_554")
    rc, records, _, _ = ctx.probe_run(port, script=["EHLO probe.example.test", "MAIL FROM:<a@b>",
                                                    "RCPT TO:<c@d>", "QUIT"])
    check(replies(records) == [("(connect)", 554), ("QUIT", 221)], f"replies {replies(records)}")
    check(records[0]["action"] == "try_next_host", f"greeting record {records[0]}")
    expect_end(records, rc, "refused", 3, "greeting (554)")
    check(received(log) == ["QUIT"], f"server received {received(log)}")


@case
def greeting_421(ctx):
    """A 421 greeting from a server that still listens: QUIT, its 221, exit 3."""
    port, log = ctx.server("greeting_421")
    rc, records, _, _ = ctx.probe_run(port)
    check(replies(records) == [("(connect)", 421), ("QUIT", 221)], f"replies {replies(records)}")
    expect_end(records, rc, "refused", 3, "(421)")
    check(received(log) == ["QUIT"], f"server received {received(log)}")


@case
def greeting_421_then_close(ctx):
    """A 421 greeting and the server closes at once: exit 3, no wait."""
    port, _ = ctx.server("greeting_421_close")
    rc, records, _, seconds = ctx.probe_run(port, "--timeout", "20", bound=15)
    check(replies(records)[:1] == [("(connect)", 421)], f"replies {replies(records)}")
    expect_end(records, rc, "refused", 3)
    check(seconds < 10, f"took {seconds:.1f} s after the server closed")


@case
def drip(ctx):
    """One byte a second: the reply deadline is not reset by each byte (exit 4)."""
    port, _ = ctx.server("drip")
    rc, records, _, seconds = ctx.probe_run(port, "--timeout", "2", bound=20)
    check(replies(records) == [], f"replies {replies(records)}")
    expect_end(records, rc, "timeout", 4, "no complete greeting within --timeout 2 s")
    check(seconds < 12, f"took {seconds:.1f} s with --timeout 2")


@case
def endless_line(ctx):
    """One endless line: line_too_long, a protocol error (exit 6), bounded output."""
    port, _ = ctx.server("endless_line")
    rc, records, _, _ = ctx.probe_run(port, "--timeout", "2", bound=20)
    check(replies(records) == [("(connect)", "line_too_long")], f"replies {replies(records)}")
    expect_end(records, rc, "protocol_error", 6, "line_too_long")


@case
def flood(ctx):
    """Endless valid replies nobody asked for: stop after 16, exit 6, bounded output."""
    port, _ = ctx.server("flood")
    rc, records, _, _ = ctx.probe_run(port, "--timeout", "2", bound=20)
    got = replies(records)
    if got[1:2] == [("EHLO probe.example.test", 250)]:
        del got[1]  # a slow machine: the flood came after the 50 ms the probe listens
    check(got[0] == ("(connect)", 220) and got[1:] == [("(unsolicited)", 250)] * 16,
          f"{len(got)} replies: {got[:3]} ...")
    expect_end(records, rc, "protocol_error", 6, "more than 16 replies nobody asked for")


@case
def output_limit(ctx):
    """--max-output: the probe stops at the limit (exit 4) with one line beyond it."""
    port, _ = ctx.server("normal")
    argv = [ctx.probe, "127.0.0.1", str(port), "--verbose", "--max-output", "3000"]
    rc, out, _, _ = ctx.run(argv, 20)
    clean_output(out, "stdout")
    check(rc == 4, f"exit status {rc}, expected 4")
    last = out.decode().splitlines()[-1]
    check(last == "*  max_output: the output reached --max-output 3000 bytes", f"last line {last!r}")
    check(len(out) - len(last) - 1 <= 3000, f"{len(out)} bytes written")


@case
def garbage_and_nul(ctx):
    """NUL and binary bytes as a reply: nul_byte, exit 6, nothing raw printed."""
    port, _ = ctx.server("garbage")
    rc, records, _, _ = ctx.probe_run(port)
    check(replies(records) == [("(connect)", 220), ("EHLO probe.example.test", "nul_byte")],
          f"replies {replies(records)}")
    expect_end(records, rc, "protocol_error", 6, "nul_byte")


@case
def escape_sequences(ctx):
    """ESC sequences (OSC 52, CSI, DCS, OSC 8) in a reply: control_character, exit 6."""
    port, _ = ctx.server("escapes")
    rc, records, _, _ = ctx.probe_run(port)
    check(replies(records) == [("(connect)", 220),
                               ("EHLO probe.example.test", "control_character")],
          f"replies {replies(records)}")
    expect_end(records, rc, "protocol_error", 6)
    for fmt in (["--format", "text"], ["--format", "text", "--verbose"]):
        rc, out, err, _ = ctx.run([ctx.probe, "127.0.0.1", str(port)] + fmt, 20)
        clean_output(out, "stdout")
        check(rc == 6, f"{fmt}: exit status {rc}")


@case
def invisible_characters(ctx):
    """8-bit CSI, bidi controls, zero-width and tag characters: removed in every format."""
    port, _ = ctx.server("invisible")
    rc, records, _, _ = ctx.probe_run(port)
    expect_end(records, rc, "ok", 0)
    shown = "red gnp.exe xy zw q tag  end"
    check(records[0]["text"] == "mx.example.test " + shown, f"greeting text {records[0]['text']!r}")
    for fmt in (["--format", "text"], ["--format", "text", "--verbose"]):
        rc, out, _, _ = ctx.run([ctx.probe, "127.0.0.1", str(port)] + fmt, 20)
        clean_output(out, "stdout")
        check(rc == 0, f"{fmt}: exit status {rc}")
        check(f"S: 220 mx.example.test {shown}\n" in out.decode(), f"{fmt}: greeting not shown")


@case
def mismatched_codes(ctx):
    """Lines of one reply with different codes: code_mismatch, exit 6."""
    port, _ = ctx.server("mismatch")
    rc, records, _, _ = ctx.probe_run(port)
    check(replies(records) == [("(connect)", 220), ("EHLO probe.example.test", "code_mismatch")],
          f"replies {replies(records)}")
    expect_end(records, rc, "protocol_error", 6, "code_mismatch")


@case
def too_many_lines(ctx):
    """300 continuation lines: too_many_lines once, the rest is not a new reply (exit 6)."""
    port, _ = ctx.server("many_lines")
    rc, records, _, _ = ctx.probe_run(port)
    check(replies(records) == [("(connect)", 220), ("EHLO probe.example.test", "too_many_lines")],
          f"replies {replies(records)}")
    expect_end(records, rc, "protocol_error", 6, "too_many_lines")


@case
def overlong_reply_then_421(ctx):
    """A 65,600-byte EHLO reply and a 421 in one burst: reply_too_large, then the 421 (exit 3).

    The reply's first 100 bytes come first, so the read that fills the probe's
    64 KiB reader also holds the end of the reply and the 421."""
    port, log = ctx.server("overlong_then_421")
    rc, records, _, _ = ctx.probe_run(port)
    check(replies(records) == [("(connect)", 220), ("EHLO probe.example.test", "reply_too_large"),
                               ("(unsolicited)", 421), ("QUIT", 221)],
          f"replies {replies(records)}")
    check(records[2]["enhanced"] == "4.3.2", f"421 record {records[2]}")
    expect_end(records, rc, "refused", 3, "(421)")
    check(received(log) == ["EHLO probe.example.test", "QUIT"], f"server received {received(log)}")


@case
def close_mid_reply(ctx):
    """The server closes in the middle of a reply: exit 5."""
    port, _ = ctx.server("mid_reply_close")
    rc, records, _, _ = ctx.probe_run(port)
    check(replies(records) == [("(connect)", 220)], f"replies {replies(records)}")
    expect_end(records, rc, "connection_lost", 5, "in the middle of the reply to 'EHLO")


@case
def close_after_greeting(ctx):
    """The server closes instead of answering EHLO: exit 5, not 0."""
    port, _ = ctx.server("close_after_greeting")
    rc, records, _, _ = ctx.probe_run(port)
    check(replies(records) == [("(connect)", 220)], f"replies {replies(records)}")
    expect_end(records, rc, "connection_lost", 5, "no reply to 'EHLO probe.example.test'")


@case
def silent_server(ctx):
    """No greeting: exit 4 after --timeout, not 0."""
    port, _ = ctx.server("silent")
    rc, records, _, seconds = ctx.probe_run(port, "--timeout", "1", bound=15)
    expect_end(records, rc, "timeout", 4, "no complete greeting within --timeout 1 s")
    check(seconds < 8, f"took {seconds:.1f} s with --timeout 1")


@case
def timeout_overflow(ctx):
    """--timeout 2147484 (past INT_MAX ms) is bounded by --max-time; WAIT 4294968 too."""
    port, _ = ctx.server("silent")
    rc, records, _, seconds = ctx.probe_run(port, "--timeout", "2147484", "--max-time", "2",
                                            bound=15)
    expect_end(records, rc, "max_time", 4, "longer than --max-time 2 s")
    check(seconds < 10, f"took {seconds:.1f} s with --max-time 2")
    port, _ = ctx.server("normal")
    rc, records, _, seconds = ctx.probe_run(port, "--max-time", "2", bound=15,
                                            script=["EHLO x", "WAIT 4294968", "QUIT"])
    expect_end(records, rc, "max_time", 4)
    check(seconds < 10, f"WAIT took {seconds:.1f} s with --max-time 2")


@case
def timeout_wraps(ctx):
    """--timeout 4294968 (4294968000 ms wraps to 0.7 s in 32 bits) waits for a 1.5 s greeting."""
    port, _ = ctx.server("slow_greeting")
    rc, records, _, _ = ctx.probe_run(port, "--timeout", "4294968", bound=20)
    check(replies(records) == [("(connect)", 220), ("EHLO probe.example.test", 250),
                               ("QUIT", 221)], f"replies {replies(records)}")
    expect_end(records, rc, "ok", 0)


@case
def session_deadline(ctx):
    """Replies within --timeout each, but the session passes --max-time: exit 4."""
    port, _ = ctx.server("slow")
    rc, records, _, seconds = ctx.probe_run(port, "--timeout", "3", "--max-time", "3", bound=20,
                                            script=["NOOP"] * 10)
    check(2 <= len(replies(records)) <= 5, f"replies {replies(records)}")
    expect_end(records, rc, "max_time", 4, "longer than --max-time 3 s")
    check(seconds < 10, f"took {seconds:.1f} s with --max-time 3")


@case
def server_does_not_read(ctx):
    """A 16 MB message to a server that stops reading: sending is bounded (exit 4)."""
    port, _ = ctx.server("no_read")
    body = ["x" * 998] * 16000
    rc, records, _, seconds = ctx.probe_run(port, "--timeout", "2", bound=20,
                                            script=["EHLO x", "MAIL FROM:<a@b>", "RCPT TO:<c@d>",
                                                    "DATA"] + body + [".", "QUIT"])
    check(replies(records)[-1] == ("DATA", 354), f"replies {replies(records)}")
    expect_end(records, rc, "timeout", 4, "sending the message took longer than --timeout 2 s")


@case
def connection_refused(ctx):
    """Nothing listens: exit 1 at once, with the reason on stderr."""
    import socket
    holder = socket.socket()
    lo, hi = (int(p) for p in ctx.ports.split("-"))
    for port in range(hi, lo - 1, -1):  # bound but not listening: connect() is refused
        try:
            holder.bind(("127.0.0.1", port))
            break
        except OSError:
            continue
    try:
        rc, records, err, _ = ctx.probe_run(port, bound=15)
    finally:
        holder.close()
    expect_end(records, rc, "error", 1, "Connection refused")
    check("smtp-probe: 127.0.0.1 port" in err and "Connection refused" in err, f"stderr {err!r}")


@case
def probe_usage(ctx):
    """--help exits 0 and lists every option; bad values are usage errors (exit 2), sanitised."""
    rc, out, err, _ = ctx.run([ctx.probe, "--help"], 10)
    text = out.decode()
    check(rc == 0 and err == b"", f"--help: exit {rc}, stderr {err!r}")
    for option in ("--script", "--format", "--verbose", "--timeout", "--max-time", "--max-output",
                   "--version", "exit status", "  6  protocol error"):
        check(option in text, f"--help does not mention {option}")
    for args, message in [
            (["--timeout", "5x"], "--timeout needs a whole number of seconds"),
            (["--timeout", "0"], "--timeout needs a whole number of seconds"),
            (["--timeout", "99999999999999999999"], "--timeout needs a whole number of seconds"),
            (["--max-time", "-1"], "--max-time needs a whole number of seconds"),
            (["--max-output", "0"], "--max-output needs a positive number of bytes"),
            (["--format", "\x1b]52;c;ZXZpbA==\x07"], "--format must be text or json, not ''"),
            (["--\x1b[31mcolour"], "unknown option '--colour'")]:
        rc, out, err, _ = ctx.run([ctx.probe, "127.0.0.1", "25"] + args, 10)
        clean_output(err, "stderr")
        check(rc == 2 and out == b"", f"{args!r}: exit {rc}, stdout {out!r}")
        check(message in err.decode(), f"{args!r}: stderr lacks {message!r}: {err.decode()!r}")
    script = ctx.work / "bad-wait.txt"
    script.write_text("EHLO x\nWAIT soon\n")
    rc, _, err, _ = ctx.run([ctx.probe, "127.0.0.1", "25", "--script", str(script)], 10)
    check(rc == 2 and b"script line 2: WAIT needs" in err, f"WAIT soon: exit {rc}, {err!r}")


@case
def probe_output_errors(ctx):
    """Output to /dev/full or a closed pipe (SIGPIPE ignored): exit 1, not 0."""
    port, _ = ctx.server("normal")
    with open("/dev/full", "wb") as full:
        rc, _, err, _ = ctx.run([ctx.probe, "127.0.0.1", str(port)], 20, stdout=full)
    check(rc == 1 and b"cannot write the output" in err, f"/dev/full: exit {rc}, {err!r}")
    with open("/dev/full", "wb") as full:
        rc, _, err, _ = ctx.run([ctx.probe, "--help"], 20, stdout=full)
    check(rc == 1 and b"cannot write" in err, f"--help > /dev/full: exit {rc}, {err!r}")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        rc, _, err, _ = ctx.run([ctx.probe, "127.0.0.1", str(port)], 20, stdout=write_end,
                                ignore_sigpipe=True)
    finally:
        os.close(write_end)
    check(rc == 1 and b"Broken pipe" in err, f"closed pipe: exit {rc}, {err!r}")


# smtp-explain on hostile arguments and outputs --------------------------------


@case
def explain_usage_sanitised(ctx):
    """Usage errors echo option values, options and subcommands without escapes or bidi."""
    osc52 = "\x1b]52;c;ZXZpbA==\x07"
    for args, message in [
            (["explain", "--lang", osc52 + "xx", "550"], "unknown language 'xx'"),
            (["explain", "--lang=" + osc52, "550"], "unknown language ''"),
            (["explain", "--format", "\x1b[31mpdf", "550"], "unknown format 'pdf'"),
            (["explain", "--command", "FROB\u202e", "550"], "unknown SMTP command 'FROB'"),
            (["explain", "--col\x1b[2Jour", "550"], "unknown option '--colour'"),
            (["explain", "--\u2066x\u2069=1", "550"], "unknown option '--x'"),
            (["fr\x1b]0;title\x07ob"], "unknown subcommand 'frob'"),
            (["\u200fexplain"], "unknown subcommand 'explain'"),
            (["compare", "21\x1b[1m1", "455"], "'211' is not an SMTP reply code"),
            (["explain", "--rules", "/nonexistent/" + osc52 + "\u202er.toml", "550"],
             "/nonexistent/r.toml: cannot read")]:
        rc, out, err, _ = ctx.run([ctx.explain] + args, 10)
        clean_output(err, "stderr")
        check(rc in (1, 2) and out == b"", f"{args!r}: exit {rc}, stdout {out!r}")
        check(message in err.decode(), f"{args!r}: stderr lacks {message!r}: {err.decode()!r}")
    # A text without a reply code is advised from its wording: the text is
    # echoed on both outputs, sanitised.
    args = ["explain", "he\x1b[5mllo\u202e mailbox \x1b]52;c;QQ==\x07full"]
    rc, out, err, _ = ctx.run([ctx.explain] + args, 10)
    clean_output(err, "stderr")
    clean_output(out, "stdout")
    check(rc == 0, f"{args!r}: exit {rc}")
    check("no SMTP reply code found in 'hello mailbox full'" in err.decode(),
          f"{args!r}: stderr {err.decode()!r}")


@case
def explain_too_many_lines(ctx):
    """A reply folding more than 65,535 lines: a true error, not "'550' is not a code"."""
    rc, out, err, _ = ctx.run([ctx.explain, "explain"] + ["550-5.1.1", "a"] * 70000, 60)
    text = err.decode()
    check(rc == 1 and out == b"", f"exit {rc}, stdout {out[:100]!r}")
    check("is not an SMTP reply code" not in text, f"stderr {text!r}")
    check("more than 65535 lines" in text, f"stderr {text!r}")


@case
def explain_output_errors(ctx):
    """Every subcommand's output to /dev/full or a closed pipe: exit 1 with a message."""
    commands = [["list"], ["list", "--format", "json"], ["explain", "550"],
                ["explain", "mailbox full"], ["compare", "211", "455"], ["--help"],
                ["explain", "--help"]]
    # rules check writes its count only when smtp-explain reads TOML (toml++).
    rules = str(HERE.parent.parent / "examples" / "rules.toml")
    rc, _, err, _ = ctx.run([ctx.explain, "rules", "check", rules], 20)
    if b"built without toml++" in err:
        print("rules check left out: this smtp-explain was built without toml++")
    else:
        check(rc == 0, f"rules check {rules}: exit {rc}, {err!r}")
        commands.append(["rules", "check", rules])
    for args in commands:
        with open("/dev/full", "wb") as full:
            rc, _, err, _ = ctx.run([ctx.explain] + args, 20, stdout=full)
        check(rc == 1 and b"cannot write to standard output" in err,
              f"{args} > /dev/full: exit {rc}, {err!r}")
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            rc, _, err, _ = ctx.run([ctx.explain] + args, 20, stdout=write_end,
                                    ignore_sigpipe=True)
        finally:
            os.close(write_end)
        check(rc == 1 and b"Broken pipe" in err, f"{args} | closed pipe: exit {rc}, {err!r}")


@case
def scan_stops_at_closed_pipe(ctx):
    """scan | head -1 with SIGPIPE ignored: stops at the first failed write, exit 1."""
    log = ctx.work / "big.log"
    line = ("Dec  7 05:00:00 mx postfix/smtp[1]: 4XYZ: to=<b@example.test>, relay=mx[192.0.2.1]:25,"
            " status=bounced (host mx[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO"
            " command))\n")
    log.write_text(line * 50000)
    proc = subprocess.Popen([ctx.explain, "scan", str(log)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, restore_signals=False)
    try:
        first = proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        rc = proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        raise Failed("scan did not stop after its reader went away")
    check(b"550" in first, f"first line {first!r}")
    check(rc == 1 and b"Broken pipe" in err, f"exit {rc}, {err!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--probe")
    ap.add_argument("--explain")
    ap.add_argument("--ports", default="2720-2739")
    ap.add_argument("--work", default="/tmp/smtpcodes-hostile")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("case", nargs="?")
    args = ap.parse_args()
    if args.list:
        print(";".join(CASES))
        return 0
    if args.case not in CASES:
        print(f"cases.py: unknown case {args.case!r}", file=sys.stderr)
        return 2
    ctx = Context(args)
    # A SIGTERM (CTest's timeout, a user) still stops the servers by their pids.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))
    try:
        CASES[args.case](ctx)
    except Failed as e:
        print(f"FAIL {args.case}: {e}", file=sys.stderr)
        return 1
    finally:
        ctx.stop_servers()
    print(f"ok {args.case}: {CASES[args.case].__doc__.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
