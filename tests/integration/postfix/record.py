#!/usr/bin/env python3
"""Record real Postfix replies as fixture files.

Runs scripted SMTP sessions against the private instance started by
start.sh (127.0.0.1 only, ports listed in README.md) and writes the raw bytes
of selected replies, exactly as received (CRLF included), to one file per
reply in tests/fixtures/postfix/. Whole sessions are written as session_*.txt
(every byte the server sent, concatenated). Two index files describe them:

  INDEX.csv     file,command,code,enhanced,description   (one reply per file)
  SESSIONS.csv  file,port,codes,description               (codes in order)

Every captured reply is checked against the code and enhanced code we expect;
the script exits 1 if any scenario produced something else.

Standard library only. Usage:
  record.py [--fixtures DIR] [--workdir WORKDIR]
With --workdir, WORKDIR/maillog is copied to DIR/maillog.txt at the end.
"""

import argparse
import base64
import csv
import os
import shutil
import socket
import ssl
import sys
import time

HOST = "127.0.0.1"  # loopback only, never a name that needs DNS

# Port map; keep in sync with start.sh and README.md.
PORT_NORMAL = 2525
PORT_FOOTER = 2526
PORT_TLS = 2527
PORT_SASL = 2528
PORT_ERRLIMIT = 2529
PORT_REJECT = 2530
PORT_TIMEOUT = 2531
PORT_STORAGE = 2532

CLIENT = "client.example.test"
SENDER = "sender@example.org"
GOOD_RCPT = "alice@mx.example.test"
DOMAIN = "mx.example.test"

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FIXTURES = os.path.normpath(os.path.join(HERE, "..", "..", "fixtures", "postfix"))


class SmtpError(Exception):
    """The server closed, stalled or sent something that is not a reply."""


class Session:
    """One SMTP connection that returns each reply as its raw bytes."""

    def __init__(self, port, timeout=10.0):
        self.port = port
        self.timeout = timeout
        self.sock = socket.create_connection((HOST, port), timeout=timeout)
        self.buf = b""        # received but not yet handed out
        self.transcript = b""  # every byte received, in order
        self.closed = False

    def _fill(self, timeout):
        self.sock.settimeout(timeout)
        try:
            data = self.sock.recv(65536)
        except socket.timeout:
            raise SmtpError("port %d: no reply within %.0f s" % (self.port, timeout))
        if not data:
            self.closed = True
            raise SmtpError("port %d: connection closed" % self.port)
        self.buf += data
        self.transcript += data

    def reply(self, timeout=None):
        """Read exactly one (possibly multi-line) reply and return its bytes."""
        timeout = self.timeout if timeout is None else timeout
        pos = 0
        while True:
            nl = self.buf.find(b"\n", pos)
            if nl < 0:
                self._fill(timeout)
                continue
            line = self.buf[pos:nl].rstrip(b"\r")
            if len(line) < 3 or not line[:3].isdigit():
                raise SmtpError("port %d: not a reply line: %r" % (self.port, line))
            pos = nl + 1
            # "ddd " or a bare "ddd" ends the reply; "ddd-" continues it.
            if len(line) == 3 or line[3:4] == b" ":
                raw, self.buf = self.buf[:pos], self.buf[pos:]
                return raw

    def send(self, line):
        self.sock.sendall(line.encode("ascii") + b"\r\n")

    def cmd(self, line, timeout=None):
        self.send(line)
        return self.reply(timeout)

    def data_body(self, lines):
        """Send a message body followed by the terminating '.' line."""
        text = "".join(l + "\r\n" for l in lines) + ".\r\n"
        self.sock.sendall(text.encode("ascii"))
        return self.reply()

    def starttls(self):
        """Switch the connection to TLS (self-signed test cert: no checks)."""
        if self.buf:
            raise SmtpError("data pending before TLS handshake")
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        self.sock = ctx.wrap_socket(self.sock)
        return self.sock.version()

    def wait_closed(self, timeout=5.0):
        """Read until the server closes; extra bytes still go to transcript."""
        end = time.time() + timeout
        while not self.closed and time.time() < end:
            try:
                self._fill(max(0.1, end - time.time()))
            except SmtpError:
                break

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def parse_codes(raw):
    """(code, enhanced) of a reply's first line; enhanced is '' when absent."""
    first = raw.split(b"\n", 1)[0].rstrip(b"\r").decode("ascii", "replace")
    code = first[:3]
    rest = first[4:].split(" ", 1)[0] if len(first) > 4 else ""
    parts = rest.split(".")
    is_enh = (len(parts) == 3 and all(p.isdigit() for p in parts)
              and parts[0] in ("2", "4", "5") and parts[0] == code[0])
    return code, (rest if is_enh else "")


def first_line(raw):
    return raw.split(b"\n", 1)[0].rstrip(b"\r").decode("ascii", "replace")


class Recorder:
    def __init__(self, outdir):
        self.outdir = outdir
        self.index = []      # rows for INDEX.csv
        self.sessions = []   # rows for SESSIONS.csv
        self.problems = []

    def save(self, name, raw, command, code, enhanced, description):
        """Write one reply and check it has the expected codes."""
        got_code, got_enh = parse_codes(raw)
        if (got_code, got_enh) != (code, enhanced):
            self.problems.append("%s: expected %s %s, got %r"
                                 % (name, code, enhanced or "-", first_line(raw)))
        with open(os.path.join(self.outdir, name), "wb") as f:
            f.write(raw)
        self.index.append([name, command, got_code, got_enh, description])
        print("  %-48s %s" % (name, first_line(raw)))

    def save_session(self, name, sess, description):
        """Write every byte a session received, and the reply codes in order."""
        with open(os.path.join(self.outdir, name), "wb") as f:
            f.write(sess.transcript)
        codes = []
        for line in sess.transcript.split(b"\n"):
            line = line.rstrip(b"\r")
            if len(line) >= 3 and (len(line) == 3 or line[3:4] == b" "):
                codes.append(line[:3].decode("ascii"))
        self.sessions.append([name, str(sess.port), " ".join(codes), description])
        print("  %-48s %s" % (name, " ".join(codes)))


def scenario(rec, title, func):
    """Run one scenario; a failure is recorded and the next one still runs."""
    print(title)
    try:
        func(rec)
    except (OSError, SmtpError) as exc:
        rec.problems.append("%s: %s" % (title, exc))
        print("  FAILED: %s" % exc)


# ---------------------------------------------------------------- scenarios

def normal_session(rec):
    s = Session(PORT_NORMAL)
    rec.save("220_greeting.txt", s.reply(), "connect", "220", "", "greeting (banner)")
    rec.save("250_ehlo_multiline.txt", s.cmd("EHLO " + CLIENT), "ehlo", "250", "",
             "multi-line EHLO reply listing extensions")
    rec.save("250_2.1.0_mail_ok.txt", s.cmd("MAIL FROM:<%s>" % SENDER), "mail", "250", "2.1.0",
             "sender accepted")
    rec.save("250_2.1.5_rcpt_ok.txt", s.cmd("RCPT TO:<%s>" % GOOD_RCPT), "rcpt", "250", "2.1.5",
             "recipient accepted")
    rec.save("354_data.txt", s.cmd("DATA"), "data", "354", "", "start mail input")
    body = ["From: <%s>" % SENDER, "To: <%s>" % GOOD_RCPT, "Subject: fixture test",
            "", "Hello from the smtpcodes recorder."]
    rec.save("250_2.0.0_queued.txt", s.data_body(body), "end_of_data", "250", "2.0.0",
             "message accepted; text carries the queue id")
    rec.save("250_2.0.0_rset.txt", s.cmd("RSET"), "rset", "250", "2.0.0", "RSET accepted")
    rec.save("221_2.0.0_quit.txt", s.cmd("QUIT"), "quit", "221", "2.0.0", "closing connection")
    s.wait_closed()
    rec.save_session("session_normal.txt", s,
                     "greeting, EHLO, MAIL, RCPT, DATA, message, RSET, QUIT")
    s.close()


def helo_and_vrfy(rec):
    s = Session(PORT_NORMAL)
    s.reply()
    rec.save("250_helo.txt", s.cmd("HELO " + CLIENT), "helo", "250", "", "single-line HELO reply")
    rec.save("502_5.5.1_vrfy_disabled.txt", s.cmd("VRFY alice"), "vrfy", "502", "5.5.1",
             "VRFY disabled (disable_vrfy_command = yes)")
    rec.save("500_5.5.2_unknown_command.txt", s.cmd("FROBNICATE"), "unknown", "500", "5.5.2",
             "command not recognized")
    rec.save("503_5.5.1_auth_not_enabled.txt", s.cmd("AUTH PLAIN AGFsaWNlAHNlY3JldA=="), "auth",
             "503", "5.5.1", "AUTH on a listener without SASL")
    s.cmd("QUIT")
    s.close()


def sequence_errors(rec):
    s = Session(PORT_NORMAL)
    s.reply()
    s.cmd("EHLO " + CLIENT)
    rec.save("503_5.5.1_need_mail.txt", s.cmd("RCPT TO:<%s>" % GOOD_RCPT), "rcpt", "503", "5.5.1",
             "RCPT before MAIL")
    rec.save("501_5.1.7_bad_sender_syntax.txt", s.cmd("MAIL FROM:<bad sender@example.org>"),
             "mail", "501", "5.1.7", "bad sender address syntax")
    rec.save("555_5.5.4_unsupported_parameter.txt", s.cmd("MAIL FROM:<%s> FOO=BAR" % SENDER),
             "mail", "555", "5.5.4", "unsupported MAIL parameter FOO=BAR")
    s.cmd("MAIL FROM:<%s>" % SENDER)
    rec.save("501_5.1.3_bad_recipient_syntax.txt", s.cmd("RCPT TO:<bad rcpt@example.org>"),
             "rcpt", "501", "5.1.3", "bad recipient address syntax")
    rec.save("550_5.1.1_unknown_user.txt", s.cmd("RCPT TO:<nosuchuser@%s>" % DOMAIN), "rcpt",
             "550", "5.1.1", "unknown local user (local_recipient_maps)")
    rec.save("554_5.7.1_relay_denied.txt", s.cmd("RCPT TO:<someone@example.org>"), "rcpt",
             "554", "5.7.1", "relay access denied (reject_unauth_destination)")
    rec.save("504_5.5.2_non_fqdn_recipient.txt", s.cmd("RCPT TO:<alice>"), "rcpt", "504", "5.5.2",
             "recipient not fully qualified (reject_non_fqdn_recipient)")
    rec.save("554_5.5.1_no_valid_recipients.txt", s.cmd("DATA"), "data", "554", "5.5.1",
             "DATA when no recipient was accepted")
    s.cmd("QUIT")
    s.wait_closed()
    rec.save_session("session_rejections.txt", s,
                     "RCPT before MAIL, bad syntax, unknown user, relay, non-FQDN, DATA without recipients")
    s.close()


def size_limit(rec):
    s = Session(PORT_NORMAL)
    s.reply()
    s.cmd("EHLO " + CLIENT)
    rec.save("552_5.3.4_message_too_big.txt", s.cmd("MAIL FROM:<%s> SIZE=9999999" % SENDER),
             "mail", "552", "5.3.4", "declared SIZE above message_size_limit")
    s.cmd("QUIT")
    s.close()


def recipient_limit(rec):
    s = Session(PORT_NORMAL)
    s.reply()
    s.cmd("EHLO " + CLIENT)
    s.cmd("MAIL FROM:<%s>" % SENDER)
    s.cmd("RCPT TO:<alice@%s>" % DOMAIN)
    s.cmd("RCPT TO:<postmaster@%s>" % DOMAIN)
    rec.save("452_4.5.3_too_many_recipients.txt", s.cmd("RCPT TO:<root@%s>" % DOMAIN), "rcpt",
             "452", "4.5.3", "third recipient with smtpd_recipient_limit = 2")
    s.cmd("QUIT")
    s.close()


def access_map(rec):
    s = Session(PORT_NORMAL)
    s.reply()
    s.cmd("EHLO " + CLIENT)
    s.cmd("MAIL FROM:<%s>" % SENDER)
    cases = [
        ("greylist", "450_4.2.0_greylisted.txt", "450", "4.2.0", "greylisting (access map)"),
        ("full", "452_4.2.2_mailbox_full.txt", "452", "4.2.2", "mailbox full (access map)"),
        ("moved", "551_5.1.6_user_moved.txt", "551", "5.1.6", "user has moved (access map)"),
        ("disabled", "550_5.2.1_mailbox_disabled.txt", "550", "5.2.1",
         "mailbox disabled (access map)"),
        ("blocked", "554_5.7.1_blocklisted.txt", "554", "5.7.1",
         "client blocked using zen.spamhaus.org (access map text)"),
    ]
    for user, name, code, enh, desc in cases:
        rec.save(name, s.cmd("RCPT TO:<%s@%s>" % (user, DOMAIN)), "rcpt", code, enh, desc)
    s.cmd("QUIT")
    s.close()


def content_reject(rec):
    s = Session(PORT_NORMAL)
    s.reply()
    s.cmd("EHLO " + CLIENT)
    s.cmd("MAIL FROM:<%s>" % SENDER)
    s.cmd("RCPT TO:<%s>" % GOOD_RCPT)
    s.cmd("DATA")
    body = ["From: <%s>" % SENDER, "To: <%s>" % GOOD_RCPT, "Subject: reject-me", "",
            "This message is rejected by header_checks."]
    rec.save("550_5.7.1_content_rejected.txt", s.data_body(body), "end_of_data", "550", "5.7.1",
             "rejected after end of data by header_checks")
    s.cmd("QUIT")
    s.close()


def footer(rec):
    s = Session(PORT_FOOTER)
    s.reply()
    s.cmd("EHLO " + CLIENT)
    s.cmd("MAIL FROM:<%s>" % SENDER)
    rec.save("550_5.1.1_multiline_footer.txt", s.cmd("RCPT TO:<nosuchuser@%s>" % DOMAIN), "rcpt",
             "550", "5.1.1", "three-line reject: smtpd_reject_footer adds two lines")
    rec.save("554_5.7.1_relay_denied_multiline_footer.txt", s.cmd("RCPT TO:<someone@example.org>"),
             "rcpt", "554", "5.7.1", "three-line relay reject with footer")
    rec.save("450_4.2.0_greylisted_multiline_footer.txt", s.cmd("RCPT TO:<greylist@%s>" % DOMAIN),
             "rcpt", "450", "4.2.0", "three-line access-map reject with footer")
    s.cmd("QUIT")
    s.close()


def tls_required(rec):
    s = Session(PORT_TLS)
    s.reply()
    rec.save("250_ehlo_starttls_offered.txt", s.cmd("EHLO " + CLIENT), "ehlo", "250", "",
             "EHLO on the TLS-required listener")
    rec.save("530_5.7.0_starttls_required.txt", s.cmd("MAIL FROM:<%s>" % SENDER), "mail", "530",
             "5.7.0", "MAIL before STARTTLS with smtpd_tls_security_level = encrypt")
    rec.save("220_2.0.0_ready_to_start_tls.txt", s.cmd("STARTTLS"), "starttls", "220", "2.0.0",
             "STARTTLS accepted")
    version = s.starttls()
    rec.save("250_ehlo_after_starttls.txt", s.cmd("EHLO " + CLIENT), "ehlo", "250", "",
             "EHLO inside TLS (%s); STARTTLS no longer listed" % version)
    rec.save("250_2.1.0_mail_ok_over_tls.txt", s.cmd("MAIL FROM:<%s>" % SENDER), "mail", "250",
             "2.1.0", "MAIL accepted inside TLS")
    s.cmd("QUIT")
    s.wait_closed()
    rec.save_session("session_tls_required.txt", s,
                     "530 before STARTTLS, then STARTTLS; replies after 220 were read through TLS")
    s.close()


def sasl(rec):
    def b64(text):
        return base64.b64encode(text.encode("ascii")).decode("ascii")

    s = Session(PORT_SASL)
    s.reply()
    rec.save("250_ehlo_auth.txt", s.cmd("EHLO " + CLIENT), "ehlo", "250", "",
             "EHLO advertising AUTH PLAIN LOGIN")
    wrong = b64("\0alice@%s\0wrong-password" % DOMAIN)
    rec.save("535_5.7.8_auth_failed.txt", s.cmd("AUTH PLAIN " + wrong), "auth", "535", "5.7.8",
             "AUTH PLAIN with a wrong password")
    rec.save("334_auth_login_username.txt", s.cmd("AUTH LOGIN"), "auth", "334", "",
             "AUTH LOGIN challenge 'Username:' (base64)")
    rec.save("334_auth_login_password.txt", s.cmd(b64("alice@" + DOMAIN)), "auth", "334", "",
             "AUTH LOGIN challenge 'Password:' (base64)")
    rec.save("235_2.7.0_auth_succeeded.txt", s.cmd(b64("secret")), "auth", "235", "2.7.0",
             "AUTH LOGIN with the right password")
    rec.save("503_5.5.1_already_authenticated.txt", s.cmd("AUTH PLAIN " + wrong), "auth", "503",
             "5.5.1", "second AUTH in an authenticated session")
    s.cmd("QUIT")
    s.wait_closed()
    rec.save_session("session_sasl.txt", s, "failed AUTH PLAIN, successful AUTH LOGIN, AUTH again")
    s.close()


def error_limit(rec):
    s = Session(PORT_ERRLIMIT)
    s.reply()
    s.cmd("EHLO " + CLIENT)
    s.cmd("BOGUS1")
    s.cmd("BOGUS2")
    s.cmd("BOGUS3")  # the third error reaches smtpd_hard_error_limit = 3
    rec.save("421_4.7.0_too_many_errors.txt", s.reply(), "unknown", "421", "4.7.0",
             "sent unasked right after the 3rd error reply; then the server closes")
    s.wait_closed()
    rec.save_session("session_error_limit.txt", s,
                     "three unknown commands; the 3rd 500 and the 421 arrive together, then close")
    s.close()


def reject_at_connect(rec):
    s = Session(PORT_REJECT)
    rec.save("554_5.7.1_greeting_rejected.txt", s.reply(), "connect", "554", "5.7.1",
             "greeting refused (smtpd_client_restrictions = reject, smtpd_delay_reject = no)")
    rec.save("503_5.7.0_access_denied.txt", s.cmd("EHLO " + CLIENT), "ehlo", "503", "5.7.0",
             "every command after a 554 greeting")
    rec.save("503_5.7.0_access_denied_mail.txt", s.cmd("MAIL FROM:<%s>" % SENDER), "mail", "503",
             "5.7.0", "MAIL after a 554 greeting")
    rec.save("221_2.0.0_quit_after_reject.txt", s.cmd("QUIT"), "quit", "221", "2.0.0",
             "QUIT still works after a 554 greeting")
    s.wait_closed()
    rec.save_session("session_reject_at_connect.txt", s, "554 greeting, 503 to EHLO and MAIL, QUIT")
    s.close()


def idle_timeout(rec):
    s = Session(PORT_TIMEOUT)
    s.reply()
    s.cmd("EHLO " + CLIENT)
    # Say nothing; smtpd_timeout = 3s makes the server give up.
    rec.save("421_4.4.2_timeout.txt", s.reply(timeout=15), "unknown", "421", "4.4.2",
             "idle client; smtpd_timeout = 3s (answers no command)")
    s.wait_closed()
    s.close()


def storage(rec):
    s = Session(PORT_STORAGE)
    s.reply()
    s.cmd("EHLO " + CLIENT)
    rec.save("452_4.3.1_insufficient_storage.txt", s.cmd("MAIL FROM:<%s>" % SENDER), "mail", "452",
             "4.3.1", "queue_minfree larger than the free disk space")
    s.cmd("QUIT")
    s.close()


SCENARIOS = [
    ("normal session", normal_session),
    ("HELO, VRFY, unknown command, AUTH not enabled", helo_and_vrfy),
    ("sequence and address errors", sequence_errors),
    ("size limit", size_limit),
    ("recipient limit", recipient_limit),
    ("access map replies", access_map),
    ("content reject after end of data", content_reject),
    ("multi-line footer", footer),
    ("TLS required", tls_required),
    ("SASL", sasl),
    ("hard error limit", error_limit),
    ("reject at connect", reject_at_connect),
    ("idle timeout", idle_timeout),
    ("insufficient storage", storage),
]


def remove_previous(outdir):
    """Delete fixtures listed by a previous run, so renamed ones do not linger."""
    for index in ("INDEX.csv", "SESSIONS.csv"):
        path = os.path.join(outdir, index)
        if not os.path.exists(path):
            continue
        with open(path, newline="") as f:
            for row in csv.DictReader(f):
                name = os.path.basename(row.get("file", ""))
                if name.endswith(".txt") and os.path.exists(os.path.join(outdir, name)):
                    os.remove(os.path.join(outdir, name))


def write_csv(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def copy_maillog(workdir, outdir):
    """Copy WORKDIR/maillog once postlogd has stopped appending to it."""
    src = os.path.join(workdir, "maillog")
    last, stable_since, end = -1, time.time(), time.time() + 10
    while time.time() < end:
        size = os.path.getsize(src)
        if size != last:
            last, stable_since = size, time.time()
        elif time.time() - stable_since >= 1.0:
            break
        time.sleep(0.2)
    shutil.copyfile(src, os.path.join(outdir, "maillog.txt"))
    print("copied %s -> maillog.txt (%d bytes)" % (src, last))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fixtures", default=DEFAULT_FIXTURES, help="output directory")
    ap.add_argument("--workdir", help="start.sh WORKDIR; its maillog is copied")
    args = ap.parse_args()

    os.makedirs(args.fixtures, exist_ok=True)
    remove_previous(args.fixtures)
    rec = Recorder(args.fixtures)
    for title, func in SCENARIOS:
        scenario(rec, title, func)

    write_csv(os.path.join(args.fixtures, "INDEX.csv"),
              ["file", "command", "code", "enhanced", "description"], rec.index)
    write_csv(os.path.join(args.fixtures, "SESSIONS.csv"),
              ["file", "port", "codes", "description"], rec.sessions)
    if args.workdir:
        copy_maillog(args.workdir, args.fixtures)

    print("%d replies, %d sessions written to %s"
          % (len(rec.index), len(rec.sessions), args.fixtures))
    if rec.problems:
        print("PROBLEMS:", file=sys.stderr)
        for p in rec.problems:
            print("  " + p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
