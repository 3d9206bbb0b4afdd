#!/usr/bin/env bash
# The `smtp-explain scan --summary` benchmark: a 200 MB mixed mail log
# (bench/scan_log.py: Postfix, Exim and Sendmail lines, written once and kept
# outside the repository) read from a file, from a pipe and gzip-compressed;
# for each, the median of RUNS runs: wall time, CPU time (user + system), the
# speed in GB/s (10^9 bytes of log a second) and the maximum resident set;
# `wc -l` on the same file in the same run is the floor to compare with. With
# --before, another build (main's, say) is measured in the same run, from a
# file and from a pipe, for a before/after comparison on the same load.
# scan uses one judging thread per core (up to 8); the `1 thread` row is
# `--threads 1`, one judging thread beside the reading one.
#
# usage: bench/scan.sh [--exe PATH] [--before PATH] [--data DIR] [--megabytes N] [--runs N]
# Default exe: build/release/bin/smtp-explain (cmake --workflow --preset release).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exe="$root/build/release/bin/smtp-explain"
before=""
data="$root/build/bench-data"
megabytes=200
runs=5
while (($#)); do
  case "$1" in
    --exe) exe=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --megabytes) megabytes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--exe PATH] [--before PATH] [--data DIR] [--megabytes N] [--runs N]" >&2
       exit 2 ;;
  esac
done
[[ -x "$exe" ]] || { echo "$exe not found: cmake --workflow --preset release" >&2; exit 1; }
[[ -z "$before" || -x "$before" ]] || { echo "$before not found" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }
mkdir -p "$data"
log="$data/mixed-${megabytes}MB.log"
if [[ ! -s "$log" ]]; then
  echo "writing $log"
  python3 "$root/bench/scan_log.py" "$log" --megabytes "$megabytes"
fi
[[ -s "$log.gz" ]] || gzip -c -6 "$log" > "$log.gz"
bytes=$(stat -L -c %s "$log")
lines=$(wc -l < "$log")
cat "$log" > /dev/null  # in the page cache, as a log being scanned usually is

# One run: prints "wall cpu maxrss_kb".
measure() {
  local out
  out=$( { /usr/bin/time -f "%e %U %S %M" bash -c "$1" > /dev/null; } 2>&1 | tail -1)
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' <<< "$out"
}
# The median of RUNS runs of each column.
median_of() {
  local cmd=$1 i runs_file
  runs_file=$(mktemp)
  for ((i = 0; i < runs; i++)); do measure "$cmd" >> "$runs_file"; done
  local k=$(((runs + 1) / 2)) col out=""
  for col in 1 2 3; do
    out+="$(cut -d' ' -f$col "$runs_file" | sort -g | sed -n "${k}p") "
  done
  rm -f "$runs_file"
  echo "$out"
}
report() {
  local name=$1 cmd=$2 w c m
  read -r w c m < <(median_of "$cmd")
  awk -v n="$name" -v w="$w" -v c="$c" -v m="$m" -v b="$bytes" -v l="$lines" 'BEGIN {
    printf "%-14s wall %6.3f s  %5.2f GB/s  %5.2f M lines/s | cpu %6.3f s  %5.2f GB/s | max RSS %6.1f MB\n",
      n, w, b / w / 1e9, l / w / 1e6, c, (c > 0 ? b / c / 1e9 : 0), m / 1024 }'
}

echo "$exe scan --summary on $log: $bytes bytes, $lines lines; median of $runs runs"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cores=$(nproc)
echo "judging threads by default: $((cores < 8 ? cores : 8)) (one per core, up to 8)"
report 'wc -l' "wc -l '$log'"
if [[ -n "$before" ]]; then
  report 'before file' "'$before' scan --summary '$log'"
  report 'before pipe' "cat '$log' | '$before' scan --summary -"
fi
report file "'$exe' scan --summary '$log'"
report pipe "cat '$log' | '$exe' scan --summary -"
report '1 thread file' "'$exe' scan --summary --threads 1 '$log'"
report gzip "'$exe' scan --summary '$log.gz'"
echo "(wc -l: a memchr line count of the same file, the floor; gzip: GB/s of decompressed"
echo " log; pipe: cpu is scan's and cat's together)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
