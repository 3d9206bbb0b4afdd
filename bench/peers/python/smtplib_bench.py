#!/usr/bin/env python3
"""Peer benchmark: Python's smtplib reading the smtpcodes wire corpus.

smtplib.SMTP.getreply() is called once per reply on a client whose socket is
a stand-in that serves the corpus bytes through makefile('rb'), exactly the
file object getreply() reads from a real socket. Prints one JSON line:
{"name", "bytes", "replies", "errors", "seconds"} (median of the runs).

    python3 smtplib_bench.py WIRE_FILE [RUNS]
"""
import io
import json
import platform
import smtplib
import statistics
import sys
import time


class CorpusSocket:
    """The part of a socket that smtplib.SMTP.getreply() touches."""

    def __init__(self, data):
        self.data = data

    def makefile(self, mode):
        return io.BufferedReader(io.BytesIO(self.data))

    def close(self):
        pass


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    seconds = []
    replies = errors = 0
    for _ in range(runs):
        client = smtplib.SMTP()  # not connected: no host given
        client.sock = CorpusSocket(data)
        client.file = None
        replies = errors = 0
        start = time.perf_counter()
        while True:
            try:
                code, _message = client.getreply()
            except smtplib.SMTPServerDisconnected:
                break  # end of the corpus
            if code == -1:
                errors += 1
            replies += 1
        seconds.append(time.perf_counter() - start)
    print(json.dumps({
        "name": f"Python {platform.python_version()} smtplib getreply",
        "bytes": len(data),
        "replies": replies,
        "errors": errors,
        "seconds": statistics.median(seconds),
        "runs": runs,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
