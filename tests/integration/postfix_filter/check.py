#!/usr/bin/env python3
"""The real-Postfix test of `smtp-explain postfix-filter`. The sending instance
of start.sh relays to the loopback SMTP servers this script runs (2661-2665)
and asks the filter, which this script starts on 127.0.0.1:2670, about every
delivery result. Checks, in Postfix's own log:

  run 1, filter up:   450 4.1.1 "User unknown in local recipient table" bounces at
                      once (dsn=5.1.1, status=bounced); 550 5.7.1 "try again later"
                      and 552 5.5.3 at RCPT are deferred (dsn=4.7.1, 4.5.3); an
                      operator rule keeps one 450; a plain 550 5.1.1 stays bounced;
                      the bounce for the rewritten 450 arrives, Status: 5.1.1; asked
                      under a wrong map name, the filter answers PERM, which Postfix
                      logs as a lookup error and keeps its own status; smtp-explain
                      scan counts the three rewrites in Postfix's log
  run 2, filter down: Postfix logs lookup errors and keeps its own status (the 450
                      is deferred, the 550 bounced), also with a table listed after
                      the socketmap, which it does not consult (alone, that table
                      turns the 550 into 4.7.1)

Everything started here is stopped by its pid (the Postfix instance by the
driver). SIGTERM (the driver's time limit) ends the script through its cleanup,
and the filter's pid is also in WORKDIR/postfix-filter.pid for the driver.
Exits 1 on any failure."""
import argparse
import json
import os
import re
import signal
import smtplib
import socket
import socketserver
import subprocess
import sys
import threading
import time

FILTER_PORT = 2670
SUBMIT_PORT = 2660
RCPT_REPLIES = {  # port -> what the server answers at RCPT ({rcpt}: the address)
    2661: "450 4.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table",
    2662: "550 5.7.1 Service unavailable, try again later",
    2663: "552 5.5.3 Too many recipients",
    2664: "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown",
    2665: None,  # accepts everything: the bounces Postfix sends to sender.test
}
SENDER = "sender@sender.test"
RULES = """# An operator rule: this 450 is trusted to be temporary (it stays a 4xx).
[[rule]]
name = "keep-test"
text = "<keep@dead.test>"
action = "retry_later"
"""
# postfix/smtp[PID] or, for the smtpfb transport, postfix/smtpfb/smtp[PID].
DELIVERY = re.compile(r"postfix/(?:\w+/)?smtp\[\d+\]: \w+: to=<([^>]+)>, .*?dsn=([0-9.]+), "
                      r"status=(\w+) \((.*)\)$")

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL: " + what, flush=True)
    return cond


class SmtpHandler(socketserver.StreamRequestHandler):
    """A minimal SMTP server: one scripted RCPT reply per port; sender.test
    recipients are accepted and their messages kept."""
    timeout = 30

    def send(self, line):
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self):
        port = self.server.server_address[1]
        self.send("220 test.example ESMTP loopback test server")
        accepted = []
        while True:
            raw = self.rfile.readline(4096)
            if not raw:
                return
            line = raw.decode("latin-1").rstrip("\r\n")
            verb = line[:4].upper()
            if verb == "EHLO":
                self.send("250-test.example")
                self.send("250 8BITMIME")
            elif verb in ("HELO", "RSET", "NOOP"):
                accepted = []
                self.send("250 2.0.0 Ok")
            elif verb == "MAIL":
                accepted = []
                self.send("250 2.1.0 Ok")
            elif verb == "RCPT":
                m = re.search(r"<([^>]*)>", line)
                rcpt = m.group(1) if m else ""
                reply = RCPT_REPLIES.get(port)
                if reply is None or rcpt.endswith("@sender.test"):
                    accepted.append(rcpt)
                    self.send("250 2.1.5 Ok")
                else:
                    self.send(reply.format(rcpt=rcpt))
            elif verb == "DATA":
                if not accepted:
                    self.send("554 5.5.1 No valid recipients")
                    continue
                self.send("354 End data with <CR><LF>.<CR><LF>")
                body = []
                while True:
                    raw = self.rfile.readline(65536)
                    if not raw or raw in (b".\r\n", b".\n"):
                        break
                    body.append(raw.decode("latin-1"))
                with self.server.lock:
                    self.server.messages.append((accepted, "".join(body)))
                self.send("250 2.0.0 Ok: queued")
            elif verb == "QUIT":
                self.send("221 2.0.0 Bye")
                return
            else:
                self.send("502 5.5.2 Command not recognized")


class SmtpServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), SmtpHandler)
        self.lock = threading.Lock()
        self.messages = []


def submit(rcpt):
    with smtplib.SMTP("127.0.0.1", SUBMIT_PORT, timeout=30) as s:
        s.sendmail(SENDER, [rcpt], f"From: {SENDER}\r\nTo: {rcpt}\r\nSubject: filter test "
                                   f"{rcpt}\r\n\r\nA test message.\r\n")


def deliveries(maillog):
    """Every delivery line of the log: (recipient, dsn, status, text)."""
    with open(maillog, encoding="utf-8", errors="replace") as f:
        return [m.groups() for line in f if (m := DELIVERY.search(line.rstrip("\n")))]


def wait_for(maillog, recipients, seconds=60):
    """The delivery line of each recipient, waiting for all of them (bounded)."""
    deadline = time.time() + seconds
    while True:
        found = {}
        for rcpt, dsn, status, text in deliveries(maillog):
            if rcpt in recipients:
                found.setdefault(rcpt, []).append((dsn, status, text))
        if all(r in found for r in recipients) or time.time() > deadline:
            return found
        time.sleep(0.2)


def expect(found, rcpt, dsn, status, tag):
    lines = found.get(rcpt)
    if not check(lines is not None, f"{rcpt}: no delivery line in the maillog"):
        return
    check(len(lines) == 1, f"{rcpt}: {len(lines)} delivery lines, expected one (first attempt)")
    got_dsn, got_status, text = lines[0]
    check((got_dsn, got_status) == (dsn, status),
          f"{rcpt}: dsn={got_dsn}, status={got_status}; expected dsn={dsn}, status={status}")
    if tag is None:
        check("(smtpcodes:" not in text, f"{rcpt}: rewritten although it should not be: {text}")
    else:
        check(text.endswith(tag), f"{rcpt}: text does not end with {tag!r}: {text}")
    print(f"  {rcpt}: dsn={got_dsn}, status={got_status} ({text})", flush=True)


def on_sigterm(signum, frame):
    """The driver's time limit: leave through the finally blocks, which stop the
    filter and the test servers."""
    raise SystemExit(f"check.py: stopped by signal {signum}")


def main():
    signal.signal(signal.SIGTERM, on_sigterm)
    ap = argparse.ArgumentParser()
    ap.add_argument("--explain", required=True)
    ap.add_argument("--workdir", required=True)
    args = ap.parse_args()
    maillog = os.path.join(args.workdir, "maillog")
    rules = os.path.join(args.workdir, "rules.toml")
    with open(rules, "w") as f:
        f.write(RULES)

    servers = {port: SmtpServer(port) for port in RCPT_REPLIES}
    for s in servers.values():
        threading.Thread(target=s.serve_forever, daemon=True).start()
    filter_log_path = os.path.join(args.workdir, "postfix-filter.log")
    filter_log = open(filter_log_path, "w")
    service = subprocess.Popen(
        [args.explain, "postfix-filter", "--listen", f"127.0.0.1:{FILTER_PORT}", "--rules", rules],
        stdout=subprocess.DEVNULL, stderr=filter_log)
    print(f"postfix-filter pid {service.pid}", flush=True)
    with open(os.path.join(args.workdir, "postfix-filter.pid"), "w") as f:
        f.write(f"{service.pid}\n")
    try:
        deadline = time.time() + 10
        while "listening on" not in open(filter_log_path).read():
            if time.time() > deadline or service.poll() is not None:
                raise RuntimeError("postfix-filter did not start: " + open(filter_log_path).read())
            time.sleep(0.05)

        # Run 1: the filter answers.
        started = time.time()
        run1 = ["dead@dead.test", "keep@dead.test", "later@later.test", "many@many.test",
                "gone@gone.test", "later5@badname.test"]
        for rcpt in run1:
            submit(rcpt)
        found = wait_for(maillog, run1)
        print(f"run 1 (filter up): {time.time() - started:.1f} s", flush=True)
        expect(found, "dead@dead.test", "5.1.1", "bounced",
               "(smtpcodes: was 4.1.1, built-in dead-address)")
        expect(found, "keep@dead.test", "4.1.1", "deferred", None)
        expect(found, "later@later.test", "4.7.1", "deferred",
               "(smtpcodes: was 5.7.1, built-in temporary-5xx)")
        expect(found, "many@many.test", "4.5.3", "deferred",
               "(smtpcodes: was 5.5.3, built-in recipient-limit-552)")
        expect(found, "gone@gone.test", "5.1.1", "bounced", None)
        expect(found, "later5@badname.test", "5.7.1", "bounced", None)
        check(re.search(r"postfix/smtpnm/smtp\[\d+\]: warning: socketmap:inet:127\.0\.0\.1:"
                        rf"{FILTER_PORT}:wrongname lookup error",
                        open(maillog, encoding="utf-8", errors="replace").read()) is not None,
              "a PERM answer (wrong map name) is a lookup error in Postfix's log")
        dead_line = found.get("dead@dead.test", [("", "", "")])[0][2]
        check("said: 450 4.1.1 <dead@dead.test>: Recipient address rejected: User unknown in local "
              "recipient table (in reply to RCPT TO command)" in dead_line,
              "the rewritten text keeps what the server said")
        # The bounce for dead@dead.test reaches the sender: a DSN with Status: 5.1.1.
        deadline = time.time() + 30
        dsn = None
        while dsn is None and time.time() < deadline:
            with servers[2665].lock:
                for rcpts, body in servers[2665].messages:
                    if "Final-Recipient: rfc822; dead@dead.test" in body:
                        dsn = body
            time.sleep(0.2)
        if check(dsn is not None, "no bounce message for dead@dead.test reached sender.test"):
            check(re.search(r"^Action: failed\s*$", dsn, re.M) is not None, "DSN Action: failed")
            check(re.search(r"^Status: 5\.1\.1\s*$", dsn, re.M) is not None, "DSN Status: 5.1.1")
            check("Diagnostic-Code: smtp; 450 4.1.1 <dead@dead.test>" in dsn,
                  "the DSN's Diagnostic-Code is what the server said")
        log = open(filter_log_path).read()
        for line in [
            "rewrite 4.1.1 -> 5.1.1 (built-in dead-address): 4.1.1 host 127.0.0.1[127.0.0.1] said: "
            "450 4.1.1 <dead@dead.test>",
            "rewrite 5.7.1 -> 4.7.1 (built-in temporary-5xx): 5.7.1 host 127.0.0.1[127.0.0.1] said: "
            "550 5.7.1 Service unavailable, try again later",
            "rewrite 5.5.3 -> 4.5.3 (built-in recipient-limit-552): 5.5.3 host 127.0.0.1[127.0.0.1] "
            "said: 552 5.5.3 Too many recipients",
            "unknown map name 'wrongname' (expected 'smtpcodes')",
        ]:
            check(line in log, f"postfix-filter log has no line {line!r}")

        # smtp-explain scan counts the rewritten statuses in Postfix's own log.
        scan = subprocess.run([args.explain, "scan", "--summary", "--format", "json", maillog],
                              capture_output=True, text=True, timeout=60)
        check(scan.returncode == 0, f"scan exit status {scan.returncode}: {scan.stderr}")
        try:
            rewritten = json.loads(scan.stdout)["summary"].get("rewritten")
        except (ValueError, KeyError) as e:
            rewritten = f"unreadable: {e}: {scan.stdout[:200]!r}"
        check(rewritten == {"built-in dead-address": 1, "built-in temporary-5xx": 1,
                            "built-in recipient-limit-552": 1},
              f"scan's summary counts the three rewrites of run 1: {rewritten}")
        print(f"  scan: rewritten {rewritten}", flush=True)

        # Stop the filter by its pid: SIGTERM, exit status 0.
        service.send_signal(signal.SIGTERM)
        rc = service.wait(timeout=15)
        check(rc == 0, f"postfix-filter exit status {rc} after SIGTERM")
        check("stopped on SIGTERM: " in open(filter_log_path).read(), "postfix-filter stop line")

        # Run 2: the filter is down.
        started = time.time()
        run2 = ["dead2@dead.test", "later2@later.test", "later3@fallback.test",
                "later4@regexp.test"]
        for rcpt in run2:
            submit(rcpt)
        found = wait_for(maillog, run2)
        print(f"run 2 (filter down): {time.time() - started:.1f} s", flush=True)
        expect(found, "dead2@dead.test", "4.1.1", "deferred", None)
        expect(found, "later2@later.test", "5.7.1", "bounced", None)
        expect(found, "later3@fallback.test", "5.7.1", "bounced", None)
        expect(found, "later4@regexp.test", "4.7.1", "deferred", None)  # the table alone works
        text = open(maillog, encoding="utf-8", errors="replace").read()
        for needle in [
            f"warning: connect to 127.0.0.1:{FILTER_PORT}: Connection refused",
            f'warning: socketmap:inet:127.0.0.1:{FILTER_PORT}:smtpcodes lookup error for "4.1.1 '
            f'host 127.0.0.1[127.0.0.1] said: 450 4.1.1 <dead2@dead.test>',
            f'warning: socketmap:inet:127.0.0.1:{FILTER_PORT}:smtpcodes lookup error for "5.7.1 '
            f'host 127.0.0.1[127.0.0.1] said: 550 5.7.1 Service unavailable, try again later',
        ]:
            check(needle in text, f"maillog has no {needle!r}")
        check(re.search(r"postfix/smtpfb/smtp\[\d+\]: warning: socketmap:inet:127\.0\.0\.1:"
                        rf"{FILTER_PORT}:smtpcodes lookup error", text) is not None,
              "the smtpfb transport (socketmap, then regexp) logs the lookup error too")
    finally:
        if service.poll() is None:
            service.kill()
            service.wait()
        filter_log.close()
        for s in servers.values():
            s.shutdown()
            s.server_close()
    if failures:
        print(f"{len(failures)} failure(s); postfix-filter log:\n" + open(filter_log_path).read())
        return 1
    print("postfix-filter with real Postfix: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
