#!/usr/bin/env python3
"""Real bounces from a real Postfix, read by `smtp-explain bounce`.

Runs two SMTP servers on loopback (standard library only, in threads of this
process, stopped before it exits):

  127.0.0.1:2601  remote.test: RCPT reject@ -> 550 5.1.1, defer@ -> 451 4.7.1,
                  anything else -> 250; no DSN extension (so NOTIFY=SUCCESS
                  mail is "relayed")
  127.0.0.1:2602  sender.test: accepts everything and keeps each message: the
                  DSNs the Postfix instance of start_dsn.sh sends back

submits four messages to that instance (127.0.0.1:2603) with RFC 3461 DSN
parameters, waits (at most --timeout seconds) for a failure DSN, a delay
warning and two success DSNs, stores them as a Maildir, runs
`smtp-explain bounce --format json` on it, and checks each record's
recipient, action, status, diagnostic and command against the lines Postfix
wrote to its maillog. Exits 1 on any difference."""
import argparse
import json
import os
import pathlib
import re
import smtplib
import socketserver
import subprocess
import sys
import threading
import time

HOST = "127.0.0.1"
PORT_REMOTE, PORT_CAPTURE, PORT_SUBMIT = 2601, 2602, 2603
SENDER = "tester@sender.test"


class SmtpHandler(socketserver.StreamRequestHandler):
    """A small SMTP server: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    timeout = 30

    def reply(self, line):
        self.wfile.write(line.encode("ascii") + b"\r\n")

    def rcpt_reply(self, address):  # overridden by the remote server
        return "250 2.1.5 Ok"

    def keep(self, data):  # overridden by the capture server
        pass

    def handle(self):
        self.reply("220 %s ESMTP test server" % self.server.name)
        recipients = 0
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("ascii", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-%s" % self.server.name if verb == "EHLO" else "250 %s" % self.server.name)
                if verb == "EHLO":
                    self.reply("250 8BITMIME")
            elif verb == "MAIL":
                recipients = 0
                self.reply("250 2.1.0 Ok")
            elif verb == "RCPT":
                address = command[command.find("<") + 1:command.find(">")]
                answer = self.rcpt_reply(address)
                recipients += answer.startswith("250")
                self.reply(answer)
            elif verb == "DATA":
                if recipients == 0:
                    self.reply("554 5.5.1 No valid recipients")
                    continue
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data = []
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                self.keep(b"".join(data))
                self.reply("250 2.0.0 Ok: kept")
            elif verb == "RSET":
                recipients = 0
                self.reply("250 2.0.0 Ok")
            elif verb == "NOOP":
                self.reply("250 2.0.0 Ok")
            elif verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                return
            else:
                self.reply("502 5.5.2 Command not implemented")


class RemoteHandler(SmtpHandler):
    def rcpt_reply(self, address):
        local = address.split("@")[0]
        if local == "reject":
            return "550 5.1.1 <%s>: mailbox unknown here" % address
        if local == "defer":
            return "451 4.7.1 <%s>: greylisted, try again later" % address
        return "250 2.1.5 Ok"


class CaptureHandler(SmtpHandler):
    def keep(self, data):
        with self.server.lock:
            self.server.kept.append(data)


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port, handler, name):
        super().__init__((HOST, port), handler)
        self.name = name
        self.kept = []
        self.lock = threading.Lock()


def submit(rcpt, notify, subject):
    with smtplib.SMTP(HOST, PORT_SUBMIT, timeout=30) as s:
        s.ehlo("client.example.test")
        s.sendmail(SENDER, [rcpt],
                   ("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s@sender.test>\r\n\r\n"
                    "A message for the DSN test.\r\n" % (SENDER, rcpt, subject, subject)).encode(),
                   mail_options=["RET=HDRS", "ENVID=env-" + subject],
                   rcpt_options=["NOTIFY=" + notify])


# Postfix's delivery lines: to=<...>, ..., dsn=X.Y.Z, status=WORD (TEXT)
DELIVERY = re.compile(r"to=<([^>]*)>.*?, dsn=(\d\.\d+\.\d+), status=(\w+) \((.*)\)$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--explain", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--timeout", type=float, default=60)
    args = ap.parse_args()
    work = pathlib.Path(args.workdir)
    remote = Server(PORT_REMOTE, RemoteHandler, "mx.remote.test")
    capture = Server(PORT_CAPTURE, CaptureHandler, "mx.sender.test")
    for server in (remote, capture):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    failures = []
    t0 = time.monotonic()
    try:
        submit("reject@remote.test", "FAILURE", "failed")
        submit("defer@remote.test", "DELAY,FAILURE", "delayed")
        submit("ok@remote.test", "SUCCESS", "relayed")
        submit("ok@local.test", "SUCCESS", "delivered")
        t_submitted = time.monotonic()
        # Wait for four DSNs: failure, delay warning, two successes.
        deadline = time.monotonic() + args.timeout
        while time.monotonic() < deadline:
            with capture.lock:
                if len(capture.kept) >= 4:
                    break
            time.sleep(0.2)
        t_arrived = time.monotonic()
        time.sleep(1)  # let postlogd write the last lines
    finally:
        for server in (remote, capture):
            server.shutdown()
            server.server_close()
    with capture.lock:
        kept = list(capture.kept)
    maildir = work / "dsn-maildir"
    (maildir / "cur").mkdir(parents=True, exist_ok=True)
    (maildir / "new").mkdir(parents=True, exist_ok=True)
    for i, data in enumerate(kept):
        (maildir / "new" / ("%d.dsn" % i)).write_bytes(data)
    if len(kept) < 4:
        failures.append("only %d DSNs arrived within %s s" % (len(kept), args.timeout))

    run = subprocess.run([args.explain, "bounce", "--format", "json", str(maildir)],
                         capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        failures.append("smtp-explain bounce exited %d: %s" % (run.returncode, run.stderr.strip()))
    records = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
    summary = records[-1].get("summary", {}) if records else {}
    records = [r for r in records if "recipient" in r]
    log = (work / "maillog").read_text(errors="replace").splitlines()
    deliveries = [m.groups() for line in log if "postfix-dsn/" in line and (m := DELIVERY.search(line))]

    # Each recipient's record must agree with one of Postfix's lines for it
    # (a deferred message is tried more than once, and the warning reports
    # one of the attempts).
    def agrees(r, dsn, text):
        said = re.search(r"said: (.*?)(?: \(in reply to (.*) command\))?$", text)
        diagnostic = said.group(1) if said else text
        if r["status"] != dsn or r["diagnostic"] != diagnostic:
            return False
        if said and said.group(2):
            verb = said.group(2).split()[0].lower()  # "RCPT TO" -> rcpt, "end of DATA" -> end
            return r["command"] == ("end_of_data" if verb == "end" else verb)
        return True

    checked = []
    for to, action, status, verdict in [
            ("reject@remote.test", "failed", "bounced", ("user_unknown", "hard", "give_up")),
            ("defer@remote.test", "delayed", "deferred", (None, "soft", "retry_later")),
            ("ok@remote.test", "relayed", "sent", ("none", "none", "proceed")),
            ("ok@local.test", "delivered", "sent", ("none", "none", "proceed"))]:
        mine = [r for r in records if r["recipient"] == to and r["action"] == action]
        lines = [(dsn, text) for (t, dsn, st, text) in deliveries if t == to and st == status]
        if len(mine) != 1:
            failures.append("%d %s records for %s" % (len(mine), action, to))
            continue
        r = mine[0]
        if not lines:
            failures.append("no '%s' line for %s in the maillog" % (status, to))
            continue
        if r["kind"] != "delivery_status" or r["generator"] != "postfix":
            failures.append("%s: kind %s, generator %s" % (to, r["kind"], r["generator"]))
        if not any(agrees(r, dsn, text) for dsn, text in lines):
            failures.append("%s: status %s, diagnostic %r, command %s; the log says %s"
                            % (to, r["status"], r["diagnostic"], r["command"], lines))
        got = (r["reason"] if verdict[0] else None, r["bounce"], r["advice"])
        if got != verdict:
            failures.append("%s: verdict %s, expected %s" % (to, got, verdict))
        checked.append(to)
    if summary.get("messages") != len(kept):
        failures.append("summary counts %s messages, %d were kept" % (summary.get("messages"), len(kept)))

    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    print("check_bounces: %d DSNs, %d records, %d delivery lines in the log, %d checked, %d failures"
          % (len(kept), len(records), len(deliveries), len(checked), len(failures)))
    print("check_bounces: submitted in %.1f s, DSNs arrived %.1f s later, checked after %.1f s"
          % (t_submitted - t0, t_arrived - t_submitted, time.monotonic() - t0))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
