#!/usr/bin/env python3
"""Hostile (and one well-behaved) SMTP servers on 127.0.0.1 for cases.py.

    servers.py MODE --ports LO-HI --log FILE

Binds the first free port from LO to HI, prints "port N" on standard output,
then serves every connection on a thread of its own the way MODE says, and
appends every line it receives to FILE (one line each, without the line end,
decoded as Latin-1). Runs until it is killed (cases.py stops it by its pid),
or at the latest --lifetime seconds (default 240, beyond the tests' CTest
timeout): a server whose case was killed does not outlive it for long.
"""
import argparse
import os
import socket
import sys
import threading
import time

GREETING = b"220 mx.example.test ESMTP ready\r\n"
EHLO_REPLY = b"250-mx.example.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n"


class Peer:
    """One client connection: reads lines (logging each), sends bytes."""

    def __init__(self, sock, log, lock):
        self.sock, self.log, self.lock, self.buffer = sock, log, lock, b""

    def line(self):
        """The next line without its line end, or None when the client closed."""
        while b"\n" not in self.buffer:
            try:
                data = self.sock.recv(65536)
            except OSError:
                return None
            if not data:
                return None
            self.buffer += data
        line, self.buffer = self.buffer.split(b"\n", 1)
        line = line.rstrip(b"\r")
        with self.lock:
            with open(self.log, "a", encoding="latin-1") as f:
                f.write(line.decode("latin-1") + "\n")
        return line

    def send(self, data):
        self.sock.sendall(data)

    def drain(self):
        """Reads and logs lines until the client closes."""
        while self.line() is not None:
            pass


def verb(line):
    return line.split(b" ", 1)[0].split(b":", 1)[0].upper()


def answer(peer, line, in_data=False):
    """What a well-behaved server answers to `line`; False after QUIT."""
    v = verb(line)
    if v in (b"EHLO", b"HELO"):
        peer.send(EHLO_REPLY if v == b"EHLO" else b"250 mx.example.test\r\n")
    elif v == b"MAIL":
        peer.send(b"250 2.1.0 Ok\r\n")
    elif v == b"RCPT":
        if b"nobody" in line:
            peer.send(b"550 5.1.1 <nobody@example.test>: Recipient address rejected: "
                      b"User unknown\r\n")
        else:
            peer.send(b"250 2.1.5 Ok\r\n")
    elif v == b"DATA":
        peer.send(b"354 End data with <CR><LF>.<CR><LF>\r\n")
        while True:
            body = peer.line()
            if body is None:
                return False
            if body == b".":
                break
        peer.send(b"250 2.0.0 Ok: queued as 4XYZ\r\n")
    elif v == b"NOOP":
        peer.send(b"250 2.0.0 Ok\r\n")
    elif v == b"QUIT":
        peer.send(b"221 2.0.0 Bye\r\n")
        return False
    else:
        peer.send(b"502 5.5.2 Error: command not recognized\r\n")
    return True


def serve_commands(peer, delay=0.0):
    while True:
        line = peer.line()
        if line is None:
            return
        if delay:
            time.sleep(delay)
        if not answer(peer, line):
            return


def refuse_commands(peer):
    """After a refusing greeting: 221 to QUIT, 503 to anything else."""
    while True:
        line = peer.line()
        if line is None:
            return
        if verb(line) == b"QUIT":
            peer.send(b"221 2.0.0 Bye\r\n")
            return
        peer.send(b"503 5.5.1 Error: go away\r\n")


def reply_to_ehlo_with(reply):
    """Greets, answers the first command (EHLO) with `reply`, then behaves."""
    def mode(peer):
        peer.send(GREETING)
        if peer.line() is None:
            return
        peer.send(reply)
        serve_commands(peer)
    return mode


def normal(peer):
    peer.send(GREETING)
    serve_commands(peer)


def slow(peer):
    peer.send(GREETING)
    serve_commands(peer, delay=0.8)


def slow_greeting(peer):
    time.sleep(1.5)
    normal(peer)


def greeting_554(peer):
    peer.send(b"554 5.7.1 mx.example.test: no SMTP service for you\r\n")
    refuse_commands(peer)


def greeting_421(peer):
    peer.send(b"421 4.3.2 mx.example.test: service shutting down\r\n")
    refuse_commands(peer)


def greeting_421_close(peer):
    peer.send(b"421 4.3.2 mx.example.test: service shutting down\r\n")


def drip(peer):
    """Every byte of every reply one second apart."""
    def send_slowly(data):
        for i in range(len(data)):
            peer.send(data[i:i + 1])
            time.sleep(1.0)
    send_slowly(GREETING)
    while peer.line() is not None:
        send_slowly(b"250 2.0.0 Ok\r\n")


def endless_line(peer):
    peer.send(b"220 ")
    chunk = b"a" * 65536
    while True:
        peer.send(chunk)


def flood(peer):
    chunk = b"250 2.0.0 Ok\r\n" * 4096
    peer.send(GREETING + chunk)
    while True:
        peer.send(chunk)


def mid_reply_close(peer):
    peer.send(GREETING)
    if peer.line() is not None:
        peer.send(b"250-mx.example.test\r\n250-PIPEL")


def close_after_greeting(peer):
    peer.send(GREETING)
    peer.line()


def silent(peer):
    peer.drain()


def no_read(peer):
    """Takes the envelope and DATA, then never reads the message."""
    peer.send(GREETING)
    while True:
        line = peer.line()
        if line is None:
            return
        if verb(line) == b"DATA":
            peer.send(b"354 End data with <CR><LF>.<CR><LF>\r\n")
            while True:
                time.sleep(1)
        answer(peer, line)


def escapes(peer):
    """Terminal escape sequences in the EHLO reply (control bytes: not a valid reply)."""
    peer.send(GREETING)
    if peer.line() is None:
        return
    peer.send(b"250-mx.example.test \x1b]52;c;ZXZpbA==\x07hello \x1b[2J\x1b[1;31mred\r\n"
              b"250-\x1bP1$r\x1b\\PIPELINING\r\n"
              b"250 8BITMIME \x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\\r\n")
    serve_commands(peer)


def invisible_text():
    """UTF-8 a parser accepts: 8-bit CSI (U+009B), bidi overrides and isolates,
    zero-width characters, a byte order mark, tag characters, U+2028."""
    return (b"\xc2\x9b31mred \xe2\x80\xaegnp.exe\xe2\x80\xac \xe2\x80\x8fx\xe2\x81\xa6y\xe2\x81\xa9 "
            b"\xef\xbb\xbfz\xe2\x80\x8bw \xd8\x9cq \xf3\xa0\x81\x89\xf3\xa0\x81\x87tag "
            b"\xe2\x80\xa8end")


def invisible(peer):
    peer.send(b"220 mx.example.test " + invisible_text() + b"\r\n")
    if peer.line() is None:
        return
    peer.send(b"250-mx.example.test " + invisible_text() + b"\r\n250 8BITMIME\r\n")
    serve_commands(peer)


def many_lines_reply():
    return b"".join(b"250-line %d\r\n" % i for i in range(300)) + b"250 last\r\n"


def overlong_then_421(peer):
    """A 65,600-byte EHLO reply and a 421: its first 100 bytes, then the rest in one burst."""
    lines = b"".join(b"250-" + b"x" * 994 + b"\r\n" for _ in range(64))
    lines += b"250-" + b"y" * 1580 + b"\r\n250 SMTPUTF8\r\n"
    assert len(lines) == 65600
    burst = lines + b"421 4.3.2 Service shutting down\r\n"
    peer.send(GREETING)
    if peer.line() is None:
        return
    peer.send(burst[:100])
    time.sleep(0.3)
    peer.send(burst[100:])
    serve_commands(peer)


MODES = {
    "normal": normal,
    "slow": slow,
    "slow_greeting": slow_greeting,
    "greeting_554": greeting_554,
    "greeting_421": greeting_421,
    "greeting_421_close": greeting_421_close,
    "drip": drip,
    "endless_line": endless_line,
    "flood": flood,
    "garbage": reply_to_ehlo_with(b"\x00\x01garbage\xff\xfe\r\n"),
    "mismatch": reply_to_ehlo_with(b"250-mx.example.test\r\n550 5.7.1 no\r\n"),
    "many_lines": reply_to_ehlo_with(many_lines_reply()),
    "overlong_then_421": overlong_then_421,
    "mid_reply_close": mid_reply_close,
    "close_after_greeting": close_after_greeting,
    "silent": silent,
    "no_read": no_read,
    "escapes": escapes,
    "invisible": invisible,
}


def handle(mode, conn, log, lock):
    peer = Peer(conn, log, lock)
    try:
        MODES[mode](peer)
    except OSError:
        pass  # the client went away
    finally:
        conn.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=sorted(MODES))
    ap.add_argument("--ports", required=True, help="LO-HI")
    ap.add_argument("--log", required=True)
    ap.add_argument("--lifetime", type=float, default=240.0)
    args = ap.parse_args()
    # The bound on this server's life, whatever its case does.
    timer = threading.Timer(args.lifetime, lambda: os._exit(3))
    timer.daemon = True
    timer.start()
    lo, hi = (int(p) for p in args.ports.split("-"))
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    for port in range(lo, hi + 1):
        try:
            listener.bind(("127.0.0.1", port))
            break
        except OSError:
            continue
    else:
        print(f"servers.py: no free port in {lo}-{hi}", file=sys.stderr)
        return 1
    listener.listen(8)
    print(f"port {port}", flush=True)
    lock = threading.Lock()
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=handle, args=(args.mode, conn, args.log, lock),
                         daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
