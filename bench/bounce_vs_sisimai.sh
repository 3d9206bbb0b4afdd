#!/usr/bin/env bash
# Reads the same mbox of generated bounces (bench/gen_bounces) with
# `smtp-explain bounce --format json` and with Sisimai (Perl, Debian package
# libsisimai-perl) in one run, and prints both times, the records each found
# and the ratio. Each program runs `--rounds` times, alternately; the
# medians are reported: CPU time (user + system, of the process) and wall
# time. Sisimai's time is taken inside Perl around Sisimai->make(), so its
# interpreter start-up is not counted against it.
#
#   cmake --preset bench && cmake --build --preset bench
#   bench/bounce_vs_sisimai.sh [--build DIR] [--count N] [--rounds N]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${SMTPCODES_BENCH_BUILD:-$here/../build/bench}"
count=5000
rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --count) count="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "bounce_vs_sisimai.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

gen="$build/bench/gen_bounces"
explain="$build/bin/smtp-explain"
for f in "$gen" "$explain"; do
  if [ ! -x "$f" ]; then
    echo "bounce_vs_sisimai.sh: $f not found; build it first:" >&2
    echo "  cmake --preset bench && cmake --build --preset bench" >&2
    exit 2
  fi
done
if ! perl -MSisimai -e 1 2>/dev/null; then
  echo "bounce_vs_sisimai.sh: Perl module Sisimai not found (Debian: apt-get install libsisimai-perl)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$gen" "$work/bounces.mbox" "$count" >&2

cat > "$work/sisimai.pl" <<'PERL'
use strict; use warnings;
use Sisimai; use Time::HiRes qw(time);
my ($u0, $s0) = times; my $t0 = time;
my $v = Sisimai->make($ARGV[0]) || [];
my ($u1, $s1) = times; my $t1 = time;
printf "%d %.6f %.6f\n", scalar(@$v), ($u1 - $u0) + ($s1 - $s0), $t1 - $t0;
PERL

# explain_once: records, CPU seconds and wall seconds of one smtp-explain run.
explain_once() {
  python3 - "$explain" "$work/bounces.mbox" <<'PY'
import os, subprocess, sys, time
t0 = time.monotonic(); r0 = os.times()
p = subprocess.run([sys.argv[1], "bounce", "--format", "json", sys.argv[2]], capture_output=True)
r1 = os.times(); t1 = time.monotonic()
if p.returncode != 0:
    sys.exit("smtp-explain failed: " + p.stderr.decode())
records = sum(1 for l in p.stdout.splitlines() if l.startswith(b'{"file"') and b'"recipient"' in l)
cpu = (r1.children_user - r0.children_user) + (r1.children_system - r0.children_system)
print(records, "%.6f" % cpu, "%.6f" % (t1 - t0))
PY
}

: > "$work/explain.txt"
: > "$work/sisimai.txt"
for ((i = 0; i < rounds; ++i)); do
  explain_once >> "$work/explain.txt"
  perl "$work/sisimai.pl" "$work/bounces.mbox" >> "$work/sisimai.txt"
done

python3 - "$work/explain.txt" "$work/sisimai.txt" "$count" "$(stat -c %s "$work/bounces.mbox")" <<'PY'
import statistics, sys
def load(path):
    rows = [line.split() for line in open(path) if line.strip()]
    return (int(rows[0][0]), statistics.median(float(r[1]) for r in rows),
            statistics.median(float(r[2]) for r in rows))
(er, ec, ew), (sr, sc, sw) = load(sys.argv[1]), load(sys.argv[2])
n, size = int(sys.argv[3]), int(sys.argv[4])
print("| program | records | CPU s | wall s | messages/s (CPU) | MB/s (CPU) |")
print("|---|---|---|---|---|---|")
for name, r, c, w in (("smtp-explain bounce --format json", er, ec, ew), ("Sisimai->make (Perl)", sr, sc, sw)):
    print("| %s | %d | %.3f | %.3f | %.0f | %.1f |" % (name, r, c, w, n / c, size / c / 1e6))
print()
print("%d messages, %.1f MB; smtp-explain is %.0fx Sisimai in CPU time, %.0fx in wall time"
      % (n, size / 1e6, sc / ec, sw / ew))
PY
