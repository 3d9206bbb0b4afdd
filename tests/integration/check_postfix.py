#!/usr/bin/env python3
"""Runs every scenario in scenarios/ through smtp-probe against the private
Postfix and checks the replies it names.

A scenario is a file NAME.smtp: a header of "# port: N", an optional
"# exit: N" (smtp-probe's exit status, 0 when not given: 3 when the server
refuses the session) and "# expect:" lines, then the probe script. Each
expect line is
    # expect: SENT-PREFIX | CODE | ENHANCED | ACTION | REASON [| LINES]
and matches the first reply (in order) whose "sent" field starts with
SENT-PREFIX; ENHANCED "-" means no enhanced status; LINES, when given, is the
number of reply lines. Exits 1 on any difference."""
import argparse
import json
import pathlib
import subprocess
import sys


def parse_scenario(path):
    port, exit_status, expects, script = None, 0, [], []
    for line in path.read_text().splitlines():
        if line.startswith("# port:"):
            port = line.split(":", 1)[1].strip()
        elif line.startswith("# exit:"):
            exit_status = int(line.split(":", 1)[1])
        elif line.startswith("# expect:"):
            fields = [f.strip() for f in line.split(":", 1)[1].split("|")]
            expects.append(fields)
        else:
            script.append(line)
    return port, exit_status, expects, script


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--probe", required=True)
    ap.add_argument("--scenarios", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    failures, checked, scenarios = [], 0, 0
    for path in sorted(pathlib.Path(args.scenarios).glob("*.smtp")):
        scenarios += 1
        port, exit_status, expects, script = parse_scenario(path)
        script_file = out / (path.stem + ".script")
        script_file.write_text("\n".join(script) + "\n")
        run = subprocess.run(
            [args.probe, "127.0.0.1", port, "--script", str(script_file), "--format", "json",
             "--timeout", "10"],
            capture_output=True, text=True, timeout=60)
        (out / (path.stem + ".jsonl")).write_text(run.stdout)
        records = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
        if run.returncode != exit_status:
            end = records[-1] if records else {}
            failures.append(f"{path.name}: smtp-probe exited {run.returncode}, expected "
                            f"{exit_status}: {end.get('message', '')} {run.stderr.strip()}")
            continue
        replies = [r for r in records if "code" in r]
        position = 0
        for sent, code, enhanced, action, reason, *rest in expects:
            checked += 1
            match = None
            for i in range(position, len(replies)):
                if replies[i]["sent"].startswith(sent):
                    match, position = replies[i], i + 1
                    break
            where = f"{path.name}: '{sent}'"
            if match is None:
                failures.append(f"{where}: no reply found in {[r['sent'] for r in replies]}")
                continue
            got = (str(match["code"]), match["enhanced"] or "-", match["action"], match["reason"])
            want = (code, enhanced, action, reason)
            if got != want:
                failures.append(f"{where}: got {got}, expected {want}")
            if rest and int(rest[0]) != match["lines"]:
                failures.append(f"{where}: {match['lines']} lines, expected {rest[0]}")
        print(f"check_postfix: {path.name}: {len(replies)} replies, {len(expects)} checked")
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    print(f"check_postfix: {scenarios} scenarios, {checked} checks, {len(failures)} failures")
    if scenarios < 20 or checked < 20:
        print("check_postfix: fewer than 20 scenarios or checks ran", file=sys.stderr)
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
