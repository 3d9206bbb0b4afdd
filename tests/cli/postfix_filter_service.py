#!/usr/bin/env python3
"""Tests `smtp-explain postfix-filter` as a running socketmap server on
127.0.0.1 (ports 2672-2677): answers and their exact bytes, persistent and
pipelined connections, requests split into single bytes, concurrent clients,
bad input answered with PERM and the connection closed, --max-clients,
SIGHUP reloads (a bad file keeps the rules in force), SIGTERM and SIGINT
stops with exit status 0, and the log lines. Every server it starts is
stopped by its pid, also when the script runs out of its 240 s (SIGALRM) or is
sent SIGTERM: both end the running test through its cleanup. Exits 1 on any
failure."""
import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

PORT = 2672  # this test's ports: 2672-2677

HOST = "host mx.example.org[192.0.2.30] said: "
TAIL = " (in reply to RCPT TO command)"
DEAD = "4.1.1 " + HOST + ("450 4.1.1 <x@example.org>: Recipient address rejected: "
                          "User unknown in local recipient table") + TAIL
LATER = "5.7.1 " + HOST + "550 5.7.1 Service unavailable, try again later" + TAIL
MANY = "5.5.3 " + HOST + "552 5.5.3 Too many recipients" + TAIL
GONE = "5.1.1 " + HOST + "550 5.1.1 <x@example.org>: User unknown" + TAIL
SENT = "2.0.0 250 2.0.0 Ok: queued as 4XyZ1k2Lmnz3"
HOLD = "5.7.1 " + HOST + "550 5.7.1 policy-hold for review" + TAIL

EXPECTED = {  # key -> the exact reply payload
    DEAD: "OK 5.1.1" + DEAD[5:] + " (smtpcodes: was 4.1.1, built-in dead-address)",
    LATER: "OK 4.7.1" + LATER[5:] + " (smtpcodes: was 5.7.1, built-in temporary-5xx)",
    MANY: "OK 4.5.3" + MANY[5:] + " (smtpcodes: was 5.5.3, built-in recipient-limit-552)",
    GONE: "NOTFOUND ",
    SENT: "NOTFOUND ",
}

failures = []
servers = []  # every Server started, so that main() can stop any a test left running


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL: " + what, flush=True)
    return cond


def netstring(payload):
    data = payload.encode() if isinstance(payload, str) else payload
    return str(len(data)).encode() + b":" + data + b","


class Client:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.buf = b""

    def send(self, raw):
        self.sock.sendall(raw)

    def read(self):
        """The next reply payload as text, or None when the server closed."""
        while True:
            colon = self.buf.find(b":")
            if colon > 0:
                n = int(self.buf[:colon])
                if len(self.buf) >= colon + n + 2:
                    assert self.buf[colon + 1 + n:colon + 2 + n] == b",", self.buf
                    payload = self.buf[colon + 1:colon + 1 + n]
                    self.buf = self.buf[colon + 2 + n:]
                    return payload.decode()
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buf += chunk

    def ask(self, key, name="smtpcodes"):
        self.send(netstring(name + " " + key))
        return self.read()

    def closed(self):
        """True when the server closed the connection (nothing more to read)."""
        try:
            self.sock.settimeout(5)
            return self.sock.recv(1) == b""
        except socket.timeout:
            return False
        except ConnectionResetError:
            return True

    def close(self):
        self.sock.close()


class Server:
    def __init__(self, explain, work, port, *args):
        self.port = port
        self.log = os.path.join(work, f"server-{port}.log")
        self.err = open(self.log, "w")
        self.proc = subprocess.Popen(
            [explain, "postfix-filter", "--listen", f"127.0.0.1:{port}", *args],
            stdout=subprocess.DEVNULL, stderr=self.err)
        servers.append(self)
        # Ready when it says it listens (no probe connection: it would count as a client).
        deadline = time.time() + 10
        while time.time() < deadline:
            if "listening on" in self.text():
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"postfix-filter on port {port} did not start: {self.text()}")

    def text(self):
        if not self.err.closed:
            self.err.flush()
        with open(self.log) as f:
            return f.read()

    def wait_log(self, needle, seconds=5):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if needle in self.text():
                return True
            time.sleep(0.05)
        return False

    def kill(self, sig):
        self.proc.send_signal(sig)

    def stop(self, sig=signal.SIGTERM):
        """Stops the server by its pid; returns its exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.err.close()
        return self.proc.returncode


def test_answers(explain, work):
    s = Server(explain, work, PORT)
    try:
        c = Client(PORT)
        for key, want in EXPECTED.items():
            got = c.ask(key)
            check(got == want, f"answer for {key[:40]!r}: {got!r}, expected {want!r}")
        # One connection, many lookups (Postfix keeps its connection).
        keys, wants = list(EXPECTED), list(EXPECTED.values())
        wrong = sum(1 for i in range(500) if c.ask(keys[i % 5]) != wants[i % 5])
        check(wrong == 0, f"persistent connection: {wrong} of 500 answers wrong")
        # Pipelined: 50 requests in one write, 50 answers in order.
        keys = [list(EXPECTED)[i % 5] for i in range(50)]
        c.send(b"".join(netstring("smtpcodes " + k) for k in keys))
        answers = [c.read() for _ in keys]
        check(answers == [EXPECTED[k] for k in keys], "pipelined answers differ")
        # One request sent a byte at a time.
        raw = netstring("smtpcodes " + DEAD)
        for i in range(len(raw)):
            c.send(raw[i:i + 1])
            if i % 40 == 0:
                time.sleep(0.001)
        check(c.read() == EXPECTED[DEAD], "request sent byte by byte")
        # The limit is 65536 bytes of payload: at the limit an answer, over it PERM.
        big = "smtpcodes 5.7.1 " + HOST + "550 5.7.1 "
        big += "x" * (65536 - len(big))
        check(c.ask(big[len("smtpcodes "):]) == "NOTFOUND ", "a 65536-byte request")
        c.close()

        # Concurrent clients, each with its own persistent connection.
        errors = []

        def client(n):
            try:
                cc = Client(PORT)
                for i in range(100):
                    k = list(EXPECTED)[(i + n) % 5]
                    if cc.ask(k) != EXPECTED[k]:
                        errors.append(f"client {n} lookup {i}")
                        break
                cc.close()
            except OSError as e:
                errors.append(f"client {n}: {e}")

        threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        check(not errors, f"8 concurrent clients: {errors[:3]}")

        # Bad input: PERM with the reason, then the server closes the connection.
        for raw, reason in [
            (b"05:hello,", "the length is not a decimal number followed by ':'"),
            (b"abc", "the length is not a decimal number followed by ':'"),
            (b":x,", "the length is not a decimal number followed by ':'"),
            (b"5:hello;", "the netstring does not end with ','"),
            (b"65537:", "the request is longer than the limit"),
            (b"99999999999", "the request is longer than the limit"),
            (netstring("smtpcodes"), "the request is not 'NAME KEY'"),
            (netstring(" 4.1.1 x"), "the request has no map name"),
            (netstring("smtpcodes "), "the request has no key"),
        ]:
            bad = Client(PORT)
            bad.send(raw)
            got = bad.read()
            check(got == "PERM " + reason, f"bad request {raw[:20]!r}: {got!r}")
            check(bad.closed(), f"connection closed after bad request {raw[:20]!r}")
            bad.close()
        # An unknown map name or a key that is not a status: PERM, the connection stays.
        c = Client(PORT)
        got = c.ask(SENT, name="other")
        check(got == "PERM unknown map name 'other': this service answers 'smtpcodes'",
              f"unknown map name: {got!r}")
        got = c.ask("hello world")
        check(got == "PERM the key is not 'ENHANCED-STATUS TEXT': use this map for "
                     "smtp_delivery_status_filter", f"bad key: {got!r}")
        check(c.ask(DEAD) == EXPECTED[DEAD], "the connection serves on after PERM for a bad key")
        # A request cut off when the client closes: nothing breaks.
        cut = Client(PORT)
        cut.send(netstring("smtpcodes " + DEAD)[:30])
        cut.close()
        check(c.ask(LATER) == EXPECTED[LATER], "served on after a client left mid-request")
        c.close()
        # Neither an idle connection nor one in the middle of a request keeps
        # SIGTERM from stopping the server, and neither is logged as a time-out.
        idle = Client(PORT)
        half = Client(PORT)
        half.send(netstring("smtpcodes " + DEAD)[:20])
        time.sleep(0.2)
        rc = s.stop()
        check(rc == 0, f"exit status after SIGTERM: {rc}")
        check(half.closed(), "the connection with half a request is closed at SIGTERM")
        idle.close()
        half.close()
        check("unfinished" not in s.text(), "no time-out logged for connections closed at SIGTERM")
        log = s.text()
        check("smtp-explain postfix-filter: listening on 127.0.0.1:2672 (map name smtpcodes; no "
              "rules file; built-in rewrites on)\n" in log, "listening line")
        check("smtp-explain postfix-filter: rewrite 4.1.1 -> 5.1.1 (built-in dead-address): " + DEAD
              + "\n" in log, "rewrite log line")
        check("client 127.0.0.1:" in log and "bad request (the netstring does not end with ',')"
              in log, "bad request log line")
        # The name is right in: the 5 answers, 500 persistent, 50 pipelined, byte by
        # byte, 65536 bytes, 8 clients x 100, the bad key and DEAD after it, LATER.
        lookups = 5 + 500 + 50 + 1 + 1 + 8 * 100 + 2 + 1
        rewrites = 3 + 300 + 30 + 1 + 0 + 8 * 60 + 1 + 1
        want = (f"stopped on SIGTERM: {lookups} lookups, {rewrites} rewritten, 11 bad requests")
        check(want in log, f"stop line: want {want!r} in {log.splitlines()[-1]!r}")
    finally:
        s.stop()


def test_max_clients(explain, work):
    s = Server(explain, work, PORT + 1, "--max-clients", "2", "--verbose")
    try:
        a, b = Client(PORT + 1), Client(PORT + 1)
        check(a.ask(SENT) == "NOTFOUND " and b.ask(SENT) == "NOTFOUND ", "two clients served")
        third = Client(PORT + 1)
        got = third.read()
        check(got == "TEMP too many clients (2); try again", f"third client: {got!r}")
        check(third.closed(), "third client closed")
        third.close()
        a.close()
        ok = False
        for _ in range(40):  # the finished connection is reaped within a second
            time.sleep(0.1)
            d = Client(PORT + 1)
            got = d.ask(SENT)
            d.close()
            if got == "NOTFOUND ":
                ok = True
                break
        check(ok, "a client is served again once one has left")
        b.close()
        check(s.wait_log("refused, 2 clients already (--max-clients)"), "refusal logged")
        check(s.wait_log("keep: " + SENT), "--verbose logs kept keys")
    finally:
        rc = s.stop(signal.SIGINT)
        check(rc == 0, f"exit status after SIGINT: {rc}")
        check("stopped on SIGINT" in s.text(), "stop line names SIGINT")


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def test_rules_and_reload(explain, work):
    rules = os.path.join(work, "rules.toml")
    write(rules, '[[rule]]\nname = "hold"\ntext = "policy-hold"\nrewrite = "4.7.1"\n\n'
                 '[[rule]]\nname = "trust"\nhost = "example.org"\ncode = "450"\n'
                 'action = "retry_later"\n')
    s = Server(explain, work, PORT + 2, "--rules", rules)
    try:
        c = Client(PORT + 2)
        got = c.ask(HOLD)
        check(got == "OK 4.7.1" + HOLD[5:] + ' (smtpcodes: was 5.7.1, rule "hold")',
              f"rule rewrite: {got!r}")
        check(c.ask(DEAD) == "NOTFOUND ", "an operator rule that keeps comes before dead-address")
        check(c.ask(LATER) == EXPECTED[LATER], "no rule matches: the built-in rewrite")
        # A new file takes effect on SIGHUP, on connections already open.
        write(rules, '[[rule]]\nname = "hold2"\ntext = "policy-hold"\nrewrite = "4.7.2"\n')
        s.kill(signal.SIGHUP)
        check(s.wait_log(f"SIGHUP: reloaded 1 rule from {rules}\n"), "reload logged")
        got = c.ask(HOLD)
        check(got == "OK 4.7.2" + HOLD[5:] + ' (smtpcodes: was 5.7.1, rule "hold2")',
              f"after reload: {got!r}")
        check(c.ask(DEAD) == EXPECTED[DEAD], "the old rules are gone after reload")
        # A bad file: the rules in force stay, and the log says why (FILE:LINE).
        write(rules, '[[rule]]\nname = "broken"\nrewrite = "9.9.9"\n')
        s.kill(signal.SIGHUP)
        check(s.wait_log(f"SIGHUP: reload failed, keeping the 1 rule from {rules}: {rules}:3:"),
              "failed reload logged with FILE:LINE")
        got = c.ask(HOLD)
        check(got is not None and got.startswith("OK 4.7.2"), f"rules kept after a bad reload: {got!r}")
        c.close()
    finally:
        check(s.stop() == 0, "exit status 0")


def test_no_builtin(explain, work):
    s = Server(explain, work, PORT + 3, "--no-builtin", "--name", "status")
    try:
        c = Client(PORT + 3)
        check(c.ask(DEAD, name="status") == "NOTFOUND ", "--no-builtin keeps dead-address keys")
        check(c.ask(LATER, name="status") == "NOTFOUND ", "--no-builtin keeps temporary 5xx keys")
        got = c.ask(DEAD)
        check(got == "PERM unknown map name 'smtpcodes': this service answers 'status'",
              f"--name: {got!r}")
        c.close()
    finally:
        check(s.stop() == 0, "exit status 0")
    check("built-in rewrites off" in s.text(), "listening line says built-ins are off")


def test_start_errors(explain, work):
    busy = socket.socket()
    busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    busy.bind(("127.0.0.1", PORT + 4))
    busy.listen()
    try:
        run = subprocess.run([explain, "postfix-filter", "--listen", f"127.0.0.1:{PORT + 4}"],
                             capture_output=True, text=True, timeout=20)
        check(run.returncode == 1, f"port in use: exit {run.returncode}")
        check(f"cannot listen on 127.0.0.1:{PORT + 4}: Address already in use" in run.stderr,
              f"port in use: {run.stderr!r}")
    finally:
        busy.close()
    bad = os.path.join(work, "bad.toml")
    write(bad, '[[rule]]\nname = "x"\ncolour = "red"\n')
    run = subprocess.run([explain, "postfix-filter", "--listen", f"127.0.0.1:{PORT + 5}",
                          "--rules", bad], capture_output=True, text=True, timeout=20)
    check(run.returncode == 1 and f"{bad}:3: unknown key 'colour'" in run.stderr,
          f"bad rules file: exit {run.returncode}, {run.stderr!r}")


class Stopped(Exception):
    """SIGALRM (the script's own time limit) or SIGTERM: leave through the
    tests' finally blocks, which stop their servers."""


def on_signal(signum, frame):
    raise Stopped(f"signal {signum}")


def main():
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGALRM, on_signal)
    signal.alarm(240)  # below ctest's TIMEOUT of 300 s
    ap = argparse.ArgumentParser()
    ap.add_argument("--explain", required=True)
    ap.add_argument("--toml", action="store_true", help="smtp-explain reads rules files")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="smtpcodes-pf-") as work:
        tests = [test_answers, test_max_clients, test_no_builtin, test_start_errors]
        if args.toml:
            tests.append(test_rules_and_reload)
        for t in tests:
            started = time.time()
            try:
                t(args.explain, work)
            except Stopped as e:
                check(False, f"{t.__name__}: stopped by {e}")
                break
            except Exception as e:  # report and go on with the next test
                check(False, f"{t.__name__}: {type(e).__name__}: {e}")
            print(f"{t.__name__}: {time.time() - started:.1f} s", flush=True)
    signal.alarm(0)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # the last cleanup runs to its end
    for s in servers:  # a test cut short (a signal in its set-up) may have left one running
        if s.proc.poll() is None:
            s.proc.kill()
            s.proc.wait()
            check(False, f"the server on port {s.port} was still running at the end")
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("postfix-filter service: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
