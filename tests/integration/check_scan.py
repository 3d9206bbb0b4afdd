#!/usr/bin/env python3
"""Checks `smtp-explain scan` on the maillog the private Postfix wrote during
the integration test: one JSON record per delivery or rejection line, with the
code, enhanced status, command, action, reason and bounce the library gives,
the summary as the last JSON line, and a text summary by reason. Exits 1 on
any difference."""
import argparse
import json
import re
import subprocess
import sys

# Postfix smtpd: "NOQUEUE: reject: RCPT from host[addr]: 550 5.1.1 ..." (or a queue id for NOQUEUE).
REJECT = re.compile(r"reject: (\w[\w-]*) from [^:]*\]: ([1-5][0-5]\d) (?:([245]\.\d{1,3}\.\d{1,3}) )?")
EXPECTED = {  # (code, enhanced) -> (command, action, reason, bounce)
    ("550", "5.1.1"): ("rcpt", "give_up", "user_unknown", "hard"),
    ("554", "5.7.1", "Relay"): ("rcpt", "give_up", "relay_denied", "soft"),
    ("552", "5.3.4"): ("mail", "give_up", "message_too_large", "soft"),
    ("450", "4.2.0"): ("rcpt", "retry_later", "greylisted", "soft"),
    ("452", "4.2.2"): ("rcpt", "retry_later", "mailbox_full", "soft"),
    ("551", "5.1.6"): ("rcpt", "give_up", "has_moved", "hard"),
    ("550", "5.2.1"): ("rcpt", "give_up", "mailbox_disabled", "soft"),
    ("504", "5.5.2"): ("rcpt", "change_request", "syntax_error", "soft"),
    ("452", "4.3.1"): ("mail", "retry_later", "system_full", "soft"),
    ("554", "5.7.1", "CONNECT"): ("connect", "try_next_host", "blocked", "soft"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--explain", required=True)
    ap.add_argument("--maillog", required=True)
    args = ap.parse_args()
    with open(args.maillog, encoding="utf-8", errors="replace") as f:
        log = f.read().splitlines()
    want = [(i + 1, m) for i, line in enumerate(log) if (m := REJECT.search(line))]
    run = subprocess.run([args.explain, "scan", args.maillog, "--format", "json"],
                         capture_output=True, text=True, timeout=60)
    failures = []
    if run.returncode != 0:
        failures.append(f"scan exited {run.returncode}: {run.stderr.strip()}")
    lines = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
    if not lines or "summary" not in lines[-1]:
        failures.append("the JSON output does not end with the summary")
    records = [r for r in lines if "summary" not in r]
    by_line = {r["line"]: r for r in records}
    for number, m in want:
        r = by_line.get(number)
        if r is None:
            failures.append(f"line {number}: no record for: {log[number - 1]}")
            continue
        if str(r["code"]) != m.group(2) or (r["enhanced"] or None) != m.group(3):
            failures.append(f"line {number}: code/enhanced {r['code']}/{r['enhanced']}")
        if r["command"] != m.group(1).lower().replace("connect", "connect"):
            if not (m.group(1) == "CONNECT" and r["command"] == "connect"):
                failures.append(f"line {number}: command {r['command']}, log says {m.group(1)}")
        for key, expected in EXPECTED.items():
            if (m.group(2), m.group(3)) != key[:2]:
                continue
            if len(key) == 3 and key[2] not in log[number - 1]:
                continue
            got = (r["command"], r["action"], r["reason"], r["bounce"])
            if got != expected:
                failures.append(f"line {number}: got {got}, expected {expected}")
    # Records only for deliveries and rejections (none for connect/disconnect lines).
    extra = [r for r in records if not any(r["line"] == n for n, _ in want)]
    for r in extra:
        text = log[r["line"] - 1]
        if " status=" not in text and "reject: " not in text:
            failures.append(f"line {r['line']}: record for a line that is no delivery: {text}")
        elif r["status"] not in text:
            failures.append(f"line {r['line']}: status {r['status']} is not in: {text}")
    reasons_seen = {r["reason"] for r in records}
    summary = subprocess.run([args.explain, "scan", args.maillog], capture_output=True,
                             text=True, timeout=60).stdout
    for reason in ("user_unknown", "relay_denied", "greylisted", "message_too_large"):
        if reason not in reasons_seen:
            failures.append(f"no record with reason {reason}")
        if reason not in summary:
            failures.append(f"text summary lacks {reason}")
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    print(f"check_scan: {len(log)} log lines, {len(want)} reject lines, {len(records)} records, "
          f"{len(failures)} failures")
    if len(want) < 10:
        print("check_scan: fewer than 10 reject lines in the maillog", file=sys.stderr)
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
