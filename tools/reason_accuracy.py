#!/usr/bin/env python3
"""How often smtp-explain's bounce reason and hard/soft call agree with a
labelled bounce corpus (the development half of Sisimai's set-of-emails in
../shared/bounce-corpus/, labelled by Sisimai 5.1).

  reason_accuracy.py [--corpus DIR] [--misses N] [--sisimai] SMTP_EXPLAIN
  reason_accuracy.py --self-test SMTP_EXPLAIN

Each record's diagnostic text, with its reply code and status in front when
the text lacks them (as a bounce processor holds them), is given to
`SMTP_EXPLAIN explain --format json` with the record's SMTP command. Prints the
agreement on the reason and on hard/soft, a table per reason and the most
frequent confusions. --sisimai also runs Sisimai's own text-only reason matcher
(Debian libsisimai-perl) on the same texts, for comparison.

Exit status: 0 when the figures were printed or the corpus is absent (a
message says it was skipped); 1 when the script or smtp-explain broke (a
record whose output is not JSON with an "advice" object, a missing label
file). Figures never fail it: they are a measurement, not a test.
--self-test runs the whole pipeline on a small corpus of our own wordings
written to a temporary directory and checks every step's result.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

# Sisimai's reason names and ours (the library's bounce_reason names).
SISIMAI_TO_OURS = {
    "userunknown": "user_unknown", "hostunknown": "host_unknown", "hasmoved": "has_moved",
    "notaccept": "not_accept", "suspend": "mailbox_disabled", "mailboxfull": "mailbox_full",
    "mesgtoobig": "message_too_large", "exceedlimit": "message_too_large",
    "emailtoolarge": "message_too_large", "norelaying": "relay_denied", "blocked": "blocked",
    "badreputation": "bad_reputation", "requireptr": "require_ptr",
    "toomanyconn": "rate_limited", "speeding": "rate_limited", "ratelimited": "rate_limited",
    "spamdetected": "spam_detected", "virusdetected": "virus_detected",
    "contenterror": "content_error", "policyviolation": "policy_violation",
    "authfailure": "auth_failure", "securityerror": "security_error",
    "failedstarttls": "failed_starttls", "rejected": "sender_rejected", "filtered": "filtered",
    "syntaxerror": "syntax_error", "notcompliantrfc": "not_compliant_rfc",
    "expired": "expired", "networkerror": "network_error", "systemerror": "system_error",
    "systemfull": "system_full", "mailererror": "mailer_error", "onhold": "on_hold",
    "undefined": "undefined",
}
# The SMTP command names of the labels and smtp-explain's --command values.
COMMANDS = {"CONN": "CONNECT", "HELO": "HELO", "EHLO": "EHLO", "MAIL": "MAIL", "RCPT": "RCPT",
            "DATA": "DOT"}
# Statuses Sisimai invents for its own use (X.0.9xx): not what a server sent.
PSEUDO_STATUS = ("2.0.9", "4.0.9", "5.0.9")


def records(labels_path):
    """The scorable records: one per distinct (text, code, status), with a known reason
    and a hard or soft label."""
    seen = set()
    out = []
    with open(labels_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            want = SISIMAI_TO_OURS.get(r.get("reason", ""))
            if want is None or r.get("bounce") not in ("hard", "soft"):
                continue
            text = " ".join((r.get("diagnostic") or "").split())
            if not text:
                continue
            code = r.get("replycode") or ""
            status = r.get("status") or ""
            if status.startswith(PSEUDO_STATUS):
                status = ""
            front = [v for v in (code, status) if v and v not in text]
            text = " ".join(front + [text])
            key = (text, code, r.get("status") or "")
            if key in seen:
                continue
            seen.add(key)
            out.append({"message": r.get("message", ""), "text": text, "reason": want,
                        "bounce": r["bounce"], "command": COMMANDS.get(r.get("smtpcommand", ""))})
    return out


def explain(exe, record):
    """smtp-explain's (reason, bounce) for a record; raises RuntimeError when its output
    is not what the explain contract promises."""
    args = [exe, "explain", "--format", "json"]
    if record["command"]:
        args += ["--command", record["command"]]
    p = subprocess.run(args + [record["text"]], capture_output=True, timeout=60)
    try:
        advice = json.loads(p.stdout)["advice"]
        return advice["reason"], advice["bounce"]
    except (ValueError, KeyError, TypeError) as e:
        raise RuntimeError(f"{record['message']}: smtp-explain exit {p.returncode}, output not "
                           f"an explain JSON object ({e}): "
                           f"{p.stderr.decode('utf-8', 'replace').strip()[:200]}")


def sisimai_reasons(texts):
    """Sisimai's text-only matcher (Sisimai::Reason->match and its hard/soft rule) on each
    text, or None when Perl or Sisimai is missing."""
    program = (
        "use strict; use warnings; use Sisimai::Reason; use Sisimai::SMTP::Error;"
        "binmode STDIN, ':raw'; binmode STDOUT, ':raw';"
        "while (my $t = <STDIN>) { chomp $t; my $r = Sisimai::Reason->match($t) || 'undefined';"
        "my $b = Sisimai::SMTP::Error->soft_or_hard($r, $t) || ''; print \"$r\\t$b\\n\"; }")
    if shutil.which("perl") is None:
        return None
    p = subprocess.run(["perl", "-e", program], input=("\n".join(texts) + "\n").encode("utf-8"),
                       capture_output=True, timeout=300)
    lines = p.stdout.decode("utf-8", "replace").splitlines()
    if p.returncode != 0 or len(lines) != len(texts):
        return None
    return [(SISIMAI_TO_OURS.get(r, r), b) for r, b in (l.split("\t") for l in lines)]


def ratio(k, n):
    return f"{k}/{n} = {100.0 * k / n:.1f} %" if n else "0/0"


def report(recs, got, misses, anchor=None, out=sys.stdout):
    """Prints the figures; returns (reason agreements, hard/soft agreements)."""
    n = len(recs)
    ok_reason = sum(g[0] == r["reason"] for r, g in zip(recs, got))
    ok_bounce = sum(g[1] == r["bounce"] for r, g in zip(recs, got))
    print(f"records: {n}", file=out)
    print(f"reason agreement:    {ratio(ok_reason, n)}", file=out)
    print(f"hard/soft agreement: {ratio(ok_bounce, n)}", file=out)
    false_hard = sum(g[1] == "hard" and r["bounce"] == "soft" for r, g in zip(recs, got))
    false_soft = sum(g[1] == "soft" and r["bounce"] == "hard" for r, g in zip(recs, got))
    print(f"hard where the label is soft: {false_hard}; soft where it is hard: {false_soft}",
          file=out)
    if anchor is not None:
        a_reason = sum(a[0] == r["reason"] for r, a in zip(recs, anchor))
        a_bounce = sum(a[1] == r["bounce"] for r, a in zip(recs, anchor))
        print(f"Sisimai's text-only matcher on the same texts: reason {ratio(a_reason, n)}, "
              f"hard/soft {ratio(a_bounce, n)}", file=out)
    labelled = collections.Counter(r["reason"] for r in recs)
    said = collections.Counter(g[0] for g in got)
    agree = collections.Counter(r["reason"] for r, g in zip(recs, got) if g[0] == r["reason"])
    print("\nper reason (label: records, agreed; ours: times said)", file=out)
    print(f"  {'reason':20s} {'labelled':>8s} {'agreed':>7s} {'said':>5s}", file=out)
    for reason in sorted(set(labelled) | set(said), key=lambda x: (-labelled[x], x)):
        print(f"  {reason:20s} {labelled[reason]:8d} {agree[reason]:7d} {said[reason]:5d}",
              file=out)
    confusion = collections.Counter((r["reason"], g[0]) for r, g in zip(recs, got)
                                    if g[0] != r["reason"])
    print("\nconfusions (label -> ours: records)", file=out)
    for (want, have), k in confusion.most_common():
        print(f"  {want:20s} -> {have:20s} {k:3d}", file=out)
    shown = 0
    for r, g in zip(recs, got):
        if shown >= misses:
            break
        if g[0] != r["reason"] or g[1] != r["bounce"]:
            shown += 1
            print(f"  miss: {r['message']}: label {r['reason']}/{r['bounce']}, ours {g[0]}/{g[1]}"
                  f" [{r['command'] or '-'}]: {r['text'][:150]}", file=out)
    return ok_reason, ok_bounce


# The self-test corpus: our own wordings in the labels' format, each with the
# reason and bounce type smtp-explain gives it, so that every step is checked.
SELF_TEST = [
    {"message": "a.eml", "reason": "userunknown", "bounce": "hard", "replycode": "550",
     "status": "5.1.1", "smtpcommand": "RCPT", "diagnostic": "<ann@example.org>: no mailbox by\n"
     "  that name here"},
    {"message": "b.eml", "reason": "mailboxfull", "bounce": "soft", "replycode": "",
     "status": "5.2.2", "smtpcommand": "", "diagnostic": "The mailbox of bob@example.org is over"
     " its quota"},
    {"message": "c.eml", "reason": "expired", "bounce": "soft", "replycode": "", "status": "",
     "diagnostic": "Message could not be delivered for 5 days and was removed from the queue"},
    {"message": "c.eml", "reason": "expired", "bounce": "soft", "replycode": "", "status": "",
     "diagnostic": "Message could not be delivered for 5 days and was removed from the queue"},
    {"message": "d.eml", "reason": "feedback", "bounce": "undefined", "diagnostic": "abuse"},
    {"message": "e.eml", "reason": "rejected", "bounce": "soft", "replycode": "550",
     "status": "5.0.910", "smtpcommand": "MAIL", "diagnostic": "550 5.1.0 Address of the sender"
     " does not exist"},
]


def self_test(exe):
    work = tempfile.mkdtemp(prefix="reason_accuracy_")
    try:
        labels = os.path.join(work, "labels.jsonl")
        with open(labels, "w", encoding="utf-8") as f:
            for r in SELF_TEST:
                f.write(json.dumps(r) + "\n")
        recs = records(labels)
        texts = [r["text"] for r in recs]
        expected_texts = ["550 5.1.1 <ann@example.org>: no mailbox by that name here",
                          "5.2.2 The mailbox of bob@example.org is over its quota",
                          "Message could not be delivered for 5 days and was removed from the "
                          "queue",
                          "550 5.1.0 Address of the sender does not exist"]
        failures = []
        if texts != expected_texts:
            failures.append(f"records(): texts {texts}")
        if [r["command"] for r in recs] != ["RCPT", None, None, "MAIL"]:
            failures.append(f"records(): commands {[r['command'] for r in recs]}")
        got = [explain(exe, r) for r in recs]
        want = [("user_unknown", "hard"), ("mailbox_full", "soft"), ("expired", "soft"),
                ("sender_rejected", "soft")]
        if got != want:
            failures.append(f"explain(): {got}, expected {want}")
        sink = open(os.devnull, "w")
        if report(recs, got, 0, out=sink) != (4, 4):
            failures.append("report(): agreements are not 4 and 4")
        sink.close()
        if failures:
            print("reason_accuracy self-test FAILED:\n  " + "\n  ".join(failures))
            return 1
        print("reason_accuracy self-test: 4 records read, explained and counted as expected")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("exe", help="the smtp-explain program")
    ap.add_argument("--corpus", default=os.environ.get(
        "SMTPCODES_BOUNCE_CORPUS",
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared",
                     "bounce-corpus")),
        help="the corpus folder with labels.jsonl (default: $SMTPCODES_BOUNCE_CORPUS or "
             "../shared/bounce-corpus next to the repository)")
    ap.add_argument("--misses", type=int, default=0, help="print this many disagreements")
    ap.add_argument("--sisimai", action="store_true",
                    help="also run Sisimai's text-only matcher on the same texts")
    ap.add_argument("--self-test", action="store_true",
                    help="check the pipeline on a small corpus of our own")
    a = ap.parse_args()
    if not os.access(a.exe, os.X_OK):
        print(f"reason_accuracy: {a.exe} is not an executable program", file=sys.stderr)
        return 1
    try:
        if a.self_test:
            return self_test(a.exe)
        labels = os.path.join(a.corpus, "labels.jsonl")
        if not os.path.isdir(a.corpus):
            print(f"reason_accuracy: skipped, no bounce corpus at {os.path.abspath(a.corpus)} "
                  "(set --corpus or SMTPCODES_BOUNCE_CORPUS)")
            return 0
        if not os.path.isfile(labels):
            print(f"reason_accuracy: {labels} is missing from the corpus folder", file=sys.stderr)
            return 1
        recs = records(labels)
        if not recs:
            print(f"reason_accuracy: no scorable record in {labels}", file=sys.stderr)
            return 1
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            got = list(pool.map(lambda r: explain(a.exe, r), recs))
        anchor = sisimai_reasons([r["text"] for r in recs]) if a.sisimai else None
        if a.sisimai and anchor is None:
            print("reason_accuracy: Sisimai's matcher did not run (perl and libsisimai-perl "
                  "needed); its figures are left out")
        print(f"corpus: {os.path.abspath(a.corpus)}")
        report(recs, got, a.misses, anchor)
        return 0
    except RuntimeError as e:
        print(f"reason_accuracy: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
